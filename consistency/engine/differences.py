"""Say which two values of a conflict cannot both be true when they are not amounts in a unit.

Amounts (minutes, years, counts) are explained by explain.py as ranges; this module words
the rest, for every rule: two days ("on Sunday" against "on Monday"), a day outside a month,
a visit's first or last day, two names or two quotes, and a hedge that the reports
contradict. Each sentence quotes the outlets' own words with what they were read as, and
says why the two cannot both hold, so that an editor reads the conflict without opening the
claims (the summary before it names each outlet's value).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Any

from consistency.engine.comparators import Observation
from consistency.engine.observations import OutletView
from consistency.engine.pairs import PairComparisons

#: Precisions of a date value, as the normaliser gives them (dates are ISO text).
_DATE_PRECISIONS = frozenset({"day", "month", "year"})


def why_different(views: Sequence[OutletView], pairs: PairComparisons) -> str:
    """The first two values that conflict, quoted with their outlets, and why both cannot hold.

    Reports are weighed first; when only a hedge is contradicted, the hedge against the
    report it contradicts. Empty when no pair conflicts.
    """
    clash = _first_clash(views, pairs)
    if clash is None:
        return ""
    (one, a, hedged_a), (other, b, hedged_b) = clash
    first, second = _named(one, a, hedged_a), _named(other, b, hedged_b)
    return f"{first} and {second} cannot both be true: {_reason(a, b)}."


def _first_clash(
    views: Sequence[OutletView], pairs: PairComparisons
) -> tuple[tuple[OutletView, Observation, bool], tuple[OutletView, Observation, bool]] | None:
    """The first conflicting pair of reports, else the first hedge against a report."""
    reported = [v for v in views if v.asserted is not None]
    for one, other in itertools.combinations(reported, 2):
        if pairs.between(one, other) == "conflict":
            assert one.asserted is not None and other.asserted is not None
            return (one, one.asserted, False), (other, other.asserted, False)
    hedging = [v for v in views if v.asserted is None and v.hedged is not None]
    for hedge in hedging:
        for report in reported:
            if pairs.between(hedge, report) == "conflict":
                assert hedge.hedged is not None and report.asserted is not None
                return (report, report.asserted, False), (hedge, hedge.hedged, True)
    return None


def _named(view: OutletView, value: Observation, hedged: bool) -> str:
    """An outlet's words and what they were read as: "“on Monday” (2023-03-20)"."""
    words = view.hedged_text if hedged else view.asserted_text
    shown = _value(value.value)
    said = f"{words} ({shown})" if words and shown not in words else words or shown
    return f"{said}, only as planned or possible," if hedged else said


def _reason(a: Observation, b: Observation) -> str:
    """Why two conflicting values cannot both hold, by the kind of value they are."""
    if isinstance(a.value, dict) and isinstance(b.value, dict) and _is_span(a.value, b.value):
        return _span_reason(a.value, b.value)
    if a.numeric and b.numeric and _is_date(a) and _is_date(b):
        return _date_reason(a, b)
    if a.numeric and b.numeric:
        return f"{_value(a.value)} and {_value(b.value)} do not overlap"
    return "they differ"


def _date_reason(a: Observation, b: Observation) -> str:
    """Two days, or a day and a month or year that does not hold it."""
    if a.precision == "day" and b.precision == "day":
        gap = abs(int(a.lo) - int(b.lo))
        return f"they are different days, {gap} day{'s' if gap != 1 else ''} apart"
    wide, narrow = (a, b) if a.hi - a.lo >= b.hi - b.lo else (b, a)
    return f"{_value(narrow.value)} is not in the {wide.precision} {_value(wide.value)}"


def _is_date(value: Observation) -> bool:
    """Tell whether an observation is a date (ISO text at a day's, month's or year's precision)."""
    return isinstance(value.value, str) and value.precision in _DATE_PRECISIONS


def _is_span(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Tell whether two values are visits' first and last days."""
    return {"start", "end"} & set(a) != set() and {"start", "end"} & set(b) != set()


def _span_reason(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Which end of a visit the two accounts put on different days."""
    ends = [
        end
        for end in ("start", "end")
        if a.get(end) and b.get(end) and _days_apart(str(a[end]), str(b[end]))
    ]
    named = {"start": "first", "end": "last"}
    which = " and ".join(named[e] for e in ends) or "first or last"
    return f"they give the visit different {which} days"


def _days_apart(one: str, other: str) -> bool:
    """Tell whether two ISO days (or months, years) do not overlap."""
    return not (_start(one) <= _end(other) and _start(other) <= _end(one))


def _start(iso: str) -> str:
    """The first day an ISO date at its precision covers, as ISO text (sorts as dates)."""
    return (iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10]


def _end(iso: str) -> str:
    """The last day an ISO date at its precision covers, as ISO text."""
    if "/" in iso:
        return iso.partition("/")[2][:10]  # a span of days: "2031-03-05/2031-03-06"
    if len(iso) == 4:
        return f"{iso}-12-31"
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat()
    return iso[:10]


def _value(value: Any) -> str:
    """A value as editors read it: a day, a name, a range."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        return " / ".join(_value(v) for v in value)
    if isinstance(value, dict) and {"start", "end"} & set(value):
        start, end = value.get("start"), value.get("end")
        return (
            f"{start} to {end}" if start and end else f"from {start}" if start else f"until {end}"
        )
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        if high is None:
            return f"at least {low}"
        return f"at most {high}" if low is None else f"{low} to {high}"
    return str(value)
