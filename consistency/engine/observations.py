"""Reduce an outlet's claims about one fact to the value the outlet asserts."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from consistency.engine.comparators import Observation


@dataclass(frozen=True)
class OutletView:
    """What one outlet says about one fact: asserted, only hedged, or nothing usable."""

    outlet: str
    asserted: Observation | None
    hedged: Observation | None
    asserted_text: str
    hedged_text: str
    failures: tuple[str, ...]
    self_contradicted: bool


def outlet_view(outlet: str, rows: pd.DataFrame) -> OutletView:
    """Combine one outlet's claims (all its articles) into one view of the fact."""
    valued = rows[rows["value"].notna() & (rows["not_evaluated"] == "")]
    asserted = valued[~valued["hedged"].astype(bool)]
    hedged = valued[valued["hedged"].astype(bool)]
    merged, contradicted = _merge(outlet, asserted)
    hedged_merged, _ = _merge(outlet, hedged)
    return OutletView(
        outlet=outlet,
        asserted=merged,
        hedged=hedged_merged,
        asserted_text=_surface(asserted),
        hedged_text=_surface(hedged),
        failures=tuple(sorted(set(rows.loc[rows["not_evaluated"] != "", "not_evaluated"]))),
        self_contradicted=contradicted,
    )


def _merge(outlet: str, rows: pd.DataFrame) -> tuple[Observation | None, bool]:
    """The most precise value all of an outlet's claims allow; its latest when they clash."""
    if rows.empty:
        return None, False
    ordered = rows.sort_values(["published", "start"], na_position="first", kind="stable")
    observations = [_observation(outlet, row) for _, row in ordered.iterrows()]
    if all(isinstance(o.value, dict) and "start" in o.value for o in observations):
        return _merge_spans(observations)
    numeric = [o for o in observations if o.numeric]
    if not numeric:
        # Words, not amounts: the outlet said all of them (a person holds several titles).
        values = tuple(dict.fromkeys(str(o.value) for o in observations))
        merged = values[0] if len(values) == 1 else values
        return Observation(outlet, merged, math.nan, math.nan, observations[-1].precision), False
    if len(numeric) != len(observations):
        return observations[-1], False
    lo = max(o.lo for o in numeric)
    hi = min(o.hi for o in numeric)
    if lo > hi:
        # An outlet that changed its account: its latest article speaks for it.
        return observations[-1], True
    narrowest = min(numeric, key=lambda o: (o.hi - o.lo, o.lo))
    return narrowest, False


def _merge_spans(observations: list[Observation]) -> tuple[Observation, bool]:
    """A visit's first and last days from all of an outlet's claims (latest wins a clash)."""
    merged: dict[str, str | None] = {"start": None, "end": None}
    contradicted = False
    for observation in observations:
        for end in ("start", "end"):
            day = observation.value.get(end)
            if day and merged[end] and merged[end] != day:
                contradicted = True
            merged[end] = day or merged[end]
    latest = observations[-1]
    anchor = next((o for o in observations if o.value.get("start") == merged["start"]), latest)
    return Observation(latest.outlet, merged, anchor.lo, anchor.hi, latest.precision), contradicted


def _observation(outlet: str, row: pd.Series) -> Observation:
    """One claim row as an observation."""
    return Observation(
        outlet=outlet,
        value=row["value"],
        lo=float(row["lo"]) if not _missing(row["lo"]) else math.nan,
        hi=float(row["hi"]) if not _missing(row["hi"]) else math.nan,
        precision=str(row["precision"]),
        text=str(row["value_text"]),
    )


def _missing(value: object) -> bool:
    """Tell whether a cell is empty."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _surface(rows: pd.DataFrame) -> str:
    """The phrases the outlet used for the value, quoted, without repeats."""
    phrases = dict.fromkeys(str(t) for t in rows["value_text"] if str(t))
    return " / ".join(f"“{p}”" for p in phrases)
