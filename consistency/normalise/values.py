"""Turn the phrase that carries a claim's value into a normalised value and an interval."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from consistency.normalise.dates import DateValue, Unresolved, resolve_date, years_ago
from consistency.normalise.numbers import parse_duration_minutes, years_back

_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Value:
    """A normalised value: JSON-ready form, precision, numeric interval, or why it failed."""

    value: Any = None
    precision: str = "none"
    lo: float = math.nan
    hi: float = math.nan
    not_evaluated: str = ""


def normalise_value(fact: str, text: str, published: dt.date | None, tense: str) -> Value:
    """Normalise the value phrase of a claim of `fact`; an empty phrase gives no value."""
    if not text:
        return Value()
    family = fact.split(".")[-1]
    if fact == "meeting.duration" or family == "duration":
        return _duration(text)
    if family == "since_year":
        return _since_year(text, published)
    if family in ("date", "dates", "planned"):
        return _date(text, published, tense)
    return Value(value=" ".join(text.split()), precision="text")


def _date(text: str, published: dt.date | None, tense: str) -> Value:
    """A date phrase as an interval of days at its precision."""
    resolved = resolve_date(text, published, tense)
    if isinstance(resolved, Unresolved):
        return Value(precision="unknown", not_evaluated=f'"{text}": {resolved.reason}')
    return date_value(resolved)


def date_value(resolved: DateValue) -> Value:
    """The Value of a resolved date: ISO at its precision, and day ordinals as the interval."""
    return Value(
        value=resolved.iso,
        precision=resolved.precision,
        lo=float(resolved.start.toordinal()),
        hi=float(resolved.end.toordinal()),
    )


def _duration(text: str) -> Value:
    """A duration phrase in minutes, exact or as a bound."""
    bound = parse_duration_minutes(text)
    if bound is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a duration')
    exact = bound.min is not None and bound.min == bound.max
    return Value(
        value=bound.to_json(),
        precision="minutes" if exact else "bound",
        lo=bound.min if bound.min is not None else 0.0,
        hi=bound.max if bound.max is not None else math.inf,
    )


def _since_year(text: str, published: dt.date | None) -> Value:
    """A precedent's year: written out ("since 2018") or counted back ("in five years")."""
    if _YEAR.match(text.strip()):
        year = int(text.strip())
        return Value(value=year, precision="year", lo=year, hi=year)
    span = years_back(text.removeprefix("in ").strip())
    if span is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a number of years')
    year_value = years_ago(span, published)
    if year_value is None:
        return Value(
            precision="unknown",
            not_evaluated=f'"{text}": counting years back needs a publication date',
        )
    return Value(value=year_value, precision="year", lo=year_value, hi=year_value)
