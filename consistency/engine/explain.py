"""Say in words why two values of a conflict cannot both be true (interval arithmetic)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from consistency.engine.comparators import Observation
from consistency.engine.observations import OutletView
from consistency.engine.pairs import PairComparisons
from consistency.engine.rule import Rule

#: How a rule's `unit` option names its numbers to editors.
UNIT_WORDS = {"minutes": " min", "years": "", "count": ""}


def why_conflict(views: Sequence[OutletView], pairs: PairComparisons, rule: Rule) -> str:
    """The first two reported values that conflict, as ranges, and the gap between them.

    "“about 2.5 hours” (135 to 165 min) and “just over three hours” (180 to 207 min) cannot
    both be true: the first is at most 165 min, the second at least 180 min." Empty when
    the rule names no unit or the clash is not one of numbers.
    """
    unit = rule.option("unit")
    if unit not in UNIT_WORDS:
        return ""
    reported = [v for v in views if v.asserted is not None]
    for index, one in enumerate(reported):
        for other in reported[index + 1 :]:
            if pairs.between(one, other) == "conflict":
                return _sentence(one.asserted, other.asserted, UNIT_WORDS[unit])
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
    return (
        f"{_named(low, unit)} and {_named(high, unit)} cannot both be true: the first "
        f"{first} {_number(low.hi)}{unit}, the second {second} {_number(high.lo)}{unit}."
    )


def _named(value: Observation, unit: str) -> str:
    """An outlet's words with the range they allow: "“about an hour” (51 to 69 min)"."""
    words = f"“{value.text}”" if value.text else value.outlet
    return f"{words} ({_range(value.lo, value.hi, unit)})"


def _range(lo: float, hi: float, unit: str) -> str:
    """A range as editors read it: one number, "at least", "at most", or "x to y"."""
    if math.isinf(hi):
        return f"at least {_number(lo)}{unit}"
    if lo <= 0 < hi and unit != "":
        return f"at most {_number(hi)}{unit}"
    if lo == hi:
        return f"{_number(lo)}{unit}"
    return f"{_number(lo)} to {_number(hi)}{unit}"


def _number(value: float) -> str:
    """A number without a needless decimal point."""
    return f"{value:g}" if not value.is_integer() else str(int(value))
