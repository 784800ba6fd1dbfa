"""Say in words why two values of a conflict cannot both be true (interval arithmetic)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from consistency.engine.comparators import Observation
from consistency.engine.observations import OutletView
from consistency.engine.pairs import PairComparisons
from consistency.engine.rule import Rule
from consistency.engine.units import MINUTES, MONEY, amount_text

#: The `unit` options whose numbers a conflict's summary explains as ranges.
UNITS = frozenset({MINUTES, MONEY, "years", "count"})


def why_conflict(views: Sequence[OutletView], pairs: PairComparisons, rule: Rule) -> str:
    """The first two reported values that conflict, as ranges, and the gap between them.

    "“about 2.5 hours” (2 h 15 min to 2 h 45 min) and “just over three hours” (3 h to 3 h 27
    min) cannot both be true: the first is at most 2 h 45 min, the second at least 3 h."
    Minutes read as hours and minutes, as in the reports (see units). Empty when the rule
    names no unit or the clash is not one of numbers.
    """
    unit = rule.option("unit")
    if unit not in UNITS:
        return ""
    reported = [v for v in views if v.asserted is not None]
    for index, one in enumerate(reported):
        for other in reported[index + 1 :]:
            if pairs.between(one, other) == "conflict":
                return _sentence(one.asserted, other.asserted, str(unit))
    return ""


def _sentence(a: Observation | None, b: Observation | None, unit: str) -> str:
    """The sentence for two conflicting values, the lower range first."""
    if a is None or b is None or not (a.numeric and b.numeric):
        return ""
    low, high = (a, b) if a.hi < b.lo or (a.hi == b.hi and a.lo < b.lo) else (b, a)
    if low.hi >= high.lo:
        # Ranges that meet yet conflict: another rule of the comparator (a rank, a kind).
        return ""
    first = "is" if low.lo == low.hi else "is at most"
    second = "is" if high.lo == high.hi else "at least"
    # Two different numbers never read alike: rounded to the minute unless that would.
    exact = amount_text(low.hi, unit) == amount_text(high.lo, unit)
    return (
        f"{_named(low, unit)} and {_named(high, unit)} cannot both be true: the first "
        f"{first} {amount_text(low.hi, unit, exact=exact)}, the second {second} "
        f"{amount_text(high.lo, unit, exact=exact)}."
    )


def _named(value: Observation, unit: str) -> str:
    """An outlet's words with the range they allow: "“about an hour” (51 min to 1 h 9 min)"."""
    words = f"“{value.text}”" if value.text else value.outlet
    return f"{words} ({_range(value.lo, value.hi, unit)})"


def _range(lo: float, hi: float, unit: str) -> str:
    """A range as editors read it: one amount, "at least", "at most", or "x to y"."""
    if math.isinf(hi):
        return f"at least {amount_text(lo, unit)}"
    if lo <= 0 < hi and unit == MINUTES:
        return f"at most {amount_text(hi, unit)}"
    if lo == hi:
        return amount_text(lo, unit)
    return f"{amount_text(lo, unit)} to {amount_text(hi, unit)}"
