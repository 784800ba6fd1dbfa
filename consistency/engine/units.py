"""Amounts as editors read them in a rule's unit: minutes as "5 h 30 min", other counts as numbers.

One wording for the engine's summaries and the reports' values, so a finding's summary and its
card say "at least 5 h" alike (never "≥ 300" or "330").
"""

from __future__ import annotations

#: The `unit` option (and facts) whose numbers count minutes.
MINUTES = "minutes"
#: The `unit` option whose numbers are sums of money, in units of the currency the
#: finding's subject names.
MONEY = "money"
#: Scale words a sum is written with, largest first.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def minutes_text(minutes: float, *, exact: bool = False) -> str:
    """Minutes as hours and minutes: 330 -> "5 h 30 min", 45 -> "45 min", 240 -> "4 h".

    Rounded to the minute (a range's ends carry the rounding of the words, "about an hour"
    being 51 to 69 min), unless `exact`, which keeps a fraction ("1 h 8.5 min") where two
    numbers that differ would otherwise read the same. A negative amount stays in minutes.
    """
    if minutes < 0:
        return f"{number_text(minutes)} min"
    if exact:
        total = round(minutes, 2)
        hours = int(total // 60)
        left = round(total - hours * 60, 2)
    else:
        hours, left = divmod(round(minutes), 60)
    parts = [f"{hours} h"] if hours else []
    if left or not hours:
        parts.append(f"{number_text(left)} min")
    return " ".join(parts)


def amount_text(value: float, unit: str | None, *, exact: bool = False) -> str:
    """A number in its unit: minutes as hours and minutes, anything else as a plain number."""
    if unit == MINUTES:
        return minutes_text(value, exact=exact)
    if unit == MONEY:
        return money_text(value)
    return number_text(value)


def money_text(value: float) -> str:
    """A sum as news writes it: 1140000000 -> "1.14 billion", 255000000 -> "255 million".

    Up to four significant digits in the largest scale it reaches, so that the ends of a
    range that differ read apart ("1.135 billion to 1.145 billion").
    """
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{round(value / size, 4):g} {word}"
    return f"{round(value, 2):,g}"


def number_text(value: float) -> str:
    """A number without a needless decimal point: 450.0 -> "450", 88.35 -> "88.35"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
