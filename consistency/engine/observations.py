"""Reduce an outlet's claims about one fact to the value the outlet asserts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from consistency.engine.comparators import Observation
from consistency.engine.rows import Row, missing


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
    #: Every claim of the outlet's is hedged ("is to meet"), whether or not it has a value.
    only_hedged: bool = False


def outlet_view(outlet: str, rows: Sequence[Row]) -> OutletView:
    """Combine one outlet's claims (all its articles) into one view of the fact."""
    valued = [r for r in rows if not missing(r["value"]) and r["not_evaluated"] == ""]
    asserted = [r for r in valued if not bool(r["hedged"])]
    hedged = [r for r in valued if bool(r["hedged"])]
    merged, contradicted = _merge(outlet, asserted)
    hedged_merged, _ = _merge(outlet, hedged)
    return OutletView(
        outlet=outlet,
        asserted=merged,
        hedged=hedged_merged,
        asserted_text=_surface(asserted),
        hedged_text=_surface(hedged),
        failures=tuple(sorted({r["not_evaluated"] for r in rows if r["not_evaluated"] != ""})),
        self_contradicted=contradicted,
        only_hedged=bool(rows) and all(bool(r["hedged"]) for r in rows),
    )


def _merge(outlet: str, rows: Sequence[Row]) -> tuple[Observation | None, bool]:
    """The most precise value all of an outlet's claims allow; its latest when they clash."""
    if not rows:
        return None, False
    ordered = sorted(rows, key=_published_order)
    observations = [_observation(outlet, row) for row in ordered]
    numeric = [o for o in observations if o.numeric]
    if not numeric:
        # Words, not amounts: the outlet said all of them (a person holds several titles).
        values = tuple(dict.fromkeys(str(o.value) for o in observations))
        merged = values[0] if len(values) == 1 else values
        context = " ".join(dict.fromkeys(o.context for o in observations))
        merged_observation = Observation(
            outlet, merged, math.nan, math.nan, observations[-1].precision, context=context
        )
        return merged_observation, False
    if len(numeric) != len(observations):
        return observations[-1], False
    lo = max(o.lo for o in numeric)
    hi = min(o.hi for o in numeric)
    if lo > hi:
        # An outlet that changed its account: its latest article speaks for it.
        return observations[-1], True
    narrowest = min(numeric, key=lambda o: (o.hi - o.lo, o.lo))
    return narrowest, False


def _published_order(row: Row) -> tuple[bool, str, str, int]:
    """Sort key: undated articles first, then by publication day, article and offset.

    Two articles of one day are ordered by their ids, never by the order they were read in,
    so that which of an outlet's accounts counts does not depend on how files are listed.
    """
    published = row["published"]
    dated = not missing(published)
    return dated, str(published) if dated else "", str(row["article_id"]), int(row["start"])


def _observation(outlet: str, row: Row) -> Observation:
    """One claim row as an observation."""
    return Observation(
        outlet=outlet,
        value=row["value"],
        lo=float(row["lo"]) if not missing(row["lo"]) else math.nan,
        hi=float(row["hi"]) if not missing(row["hi"]) else math.nan,
        precision=str(row["precision"]),
        text=str(row["value_text"]),
        context=str(row.get("sentence") or ""),
    )


def _surface(rows: Sequence[Row]) -> str:
    """The phrases the outlet used for the value, quoted, without repeats."""
    phrases = dict.fromkeys(str(r["value_text"]) for r in rows if str(r["value_text"]))
    return " / ".join(f"“{p}”" for p in phrases)
