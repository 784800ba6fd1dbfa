"""Turn the phrase that carries a claim's value into a normalised value and an interval."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from consistency import vocabulary
from consistency.extract.durations import clock_span_minutes
from consistency.extract.parts import split_part
from consistency.extract.timex import before_summer, date_list, date_phrases
from consistency.extract.titles import title_parts
from consistency.extract.visits import sets_out
from consistency.normalise.dates import DateValue, Unresolved, resolve_date
from consistency.normalise.numbers import (
    Bound,
    parse_amount,
    parse_duration_minutes,
    parse_money,
    parse_number,
    years_bound,
)

_DAYS_A_YEAR = 365.25
_SINCE = re.compile(r"\bsince\s+((?:19|20)\d\d)\b")
_IN_YEARS = re.compile(r"\b(?:in|for|over)\s+(.+?\s+(?:years?|decades?))\s*$", re.IGNORECASE)
# A bound before a count of years back ("over a century ago", "almost four years ago"): the
# date is a bound, a little less than the count back for "almost".
_BOUND_LEAD = re.compile(
    rf"^(?:{vocabulary.group('qualifiers', 'prefix_min').alternation}|"
    rf"{vocabulary.group('qualifiers', 'prefix_max').alternation}|"
    rf"{vocabulary.group('qualifiers', 'prefix_nearly').alternation})\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_COUNTED_BACK_TAIL = re.compile(
    rf"\s+(?:{vocabulary.group('time', 'counted_back').alternation})$", re.IGNORECASE
)
# A leading "for" ("planned for February") is not part of the date.
_FOR = re.compile(r"^for\s+", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DAY_OF = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|final|last)(?:\s+and\s+(?P<final>final|last))?\s+day\s+of"
)
_LENGTH = re.compile(r"\b(?P<n>[\w]+)-day\b")
# Words of a visit's first day: with a length, they give its last day too.
_STARTING = re.compile(
    r"\b(?:landed|arrived|arrives|arriving|kicked off|began|begins|started|starts|travels|"
    r"travelled|traveled|flies|flew|touched down)\b"
)
_ENDING = re.compile(
    rf"\b(?:{vocabulary.group('visits', 'departure_verbs').alternation}|"
    rf"{vocabulary.group('visits', 'homeward').alternation})\b"
)
# Facts whose value is a date ("2031-03-12", a month, a span): a meeting's, a plan's, a
# visitor's departure.
_DATED = ("date", "planned", "departure")


def ends_a_visit(text: str) -> bool:
    """Tell whether a visit phrase tells its end ("left", "wrapped up") rather than its start."""
    return _ENDING.search(text) is not None


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
    if fact == "visit.dates":
        return _visit(text, published, tense)
    if family in _DATED:
        return _date(_FOR.sub("", text.strip()), published, tense)
    if fact == "quantity":
        return _amount(text)
    if fact == "amount":
        return _money(text)
    if fact == "role.title":
        return _title(text)
    if fact == "meeting.place":
        _, text = split_part(text)  # "meal part: the Old Palace": the meal's venue
    return Value(value=" ".join(text.split()), precision="text")


# The month a summer break starts after: "before the summer recess" is by its end.
_SUMMER_BOUND_MONTH = 7
# "closed on Thursday": a round of talks told by its last day (meetings.series_ends).
_ROUND_END = re.compile(
    rf"^(?:{vocabulary.group('meetings', 'series_ends').alternation})\s+", re.IGNORECASE
)


def _date(text: str, published: dt.date | None, tense: str) -> Value:
    """A date phrase as an interval of days at its precision; a list of dates as a list."""
    if before_summer(text):
        return _before_summer(published, tense)
    ending = _ROUND_END.match(text)
    if ending:
        # "ended in Kesk on Friday": the day is the last date phrase after the verb.
        phrases = date_phrases(text[ending.end() :])
        day = phrases[-1][2] if phrases else text[ending.end() :]
        return _last_day(_date(day, published, tense))
    qualified = _BOUND_LEAD.match(text)
    if qualified:
        bounded = _years_back_bound(text, published)
        if bounded is not None:
            return bounded
        text = qualified["rest"]  # "more than three days ago": the count's own day
    resolved = resolve_date(text, published, tense)
    if isinstance(resolved, Unresolved):
        listed = date_list(text)
        if listed:
            return _dates([resolve_date(p, published, tense) for p in listed], text)
        return Value(precision="unknown", not_evaluated=f'"{text}": {resolved.reason}')
    return date_value(resolved)


def _before_summer(published: dt.date | None, tense: str) -> Value:
    """A plan "before the summer": from publication to the end of July (the next July after it).

    Its value is {"max": month}: by then or before. Told as past ("was agreed before the
    summer"), or on an undated page, it gives no value: which summer is not said.
    """
    if published is None or tense not in ("future", "present"):
        return Value(precision="unknown", not_evaluated="before which summer is not said")
    year = published.year + (published.month > _SUMMER_BOUND_MONTH)
    last = dt.date(year, _SUMMER_BOUND_MONTH + 1, 1) - dt.timedelta(days=1)
    return Value(
        value={"min": None, "max": f"{year}-{_SUMMER_BOUND_MONTH:02d}"},
        precision="bound",
        lo=float(published.toordinal()),
        hi=float(last.toordinal()),
    )


def _last_day(value: Value) -> Value:
    """A day told as the last of a round of talks ("closed on Thursday"): {"end": day}.

    Compared with another outlet's span of days by that span's last day (engine comparator
    "meeting"); anything but one day keeps its plain value.
    """
    if not isinstance(value.value, str) or value.precision != "day" or value.lo != value.hi:
        return value
    return Value(
        value={"start": None, "end": value.value},
        precision=value.precision,
        lo=value.lo,
        hi=value.hi,
    )


def _dates(resolved: list[DateValue | Unresolved], text: str) -> Value:
    """Several occasions' dates ("in March 2029 and May 2030") as one list value.

    The stretch from the first to the last is the interval compared with other outlets' dates.
    """
    failed = [r for r in resolved if isinstance(r, Unresolved)]
    if failed:
        return Value(precision="unknown", not_evaluated=f'"{text}": {failed[0].reason}')
    days = [r for r in resolved if isinstance(r, DateValue)]
    widest = max(days, key=lambda d: d.end - d.start)
    return Value(
        value=tuple(d.iso for d in days),
        precision=widest.precision,
        lo=float(min(d.start for d in days).toordinal()),
        hi=float(max(d.end for d in days).toordinal()),
    )


def _visit(text: str, published: dt.date | None, tense: str) -> Value:
    """A visit's first and last days from an arrival, a departure or "the second day of"."""
    phrases = date_phrases(text)
    if not phrases:
        return Value(precision="unknown", not_evaluated=f'"{text}": no day in the phrase')
    resolved = resolve_date(phrases[-1][2], published, tense)
    if isinstance(resolved, Unresolved):
        return Value(precision="unknown", not_evaluated=f'"{text}": {resolved.reason}')
    first, last = _visit_bounds(text, resolved)
    value = {"start": first.iso if first else None, "end": last.iso if last else None}
    anchor = first or last or resolved
    return Value(
        value=value,
        precision=resolved.precision,
        lo=float(anchor.start.toordinal()),
        hi=float(anchor.end.toordinal()),
    )


def _visit_bounds(text: str, day: DateValue) -> tuple[DateValue | None, DateValue | None]:
    """The first and last days a visit phrase gives, counting back a length where given."""
    if day.precision == "day" and day.end != day.start:
        # A span of days ("on March 20-22") gives both ends itself.
        return DateValue.of_day(day.start), DateValue.of_day(day.end)
    if sets_out(text):
        # Setting out from home: a short flight lands the same day, a long one the next (no
        # flight lasts a whole day; only a westward one across the date line lands two
        # calendar days on, which this leaves to the editor). The start is those two days,
        # so "left on Wednesday" fits "arrived on Wednesday night" and "landed on Thursday".
        return _shift_span(day, 1), None
    day_of = _DAY_OF.search(text)
    if day_of:
        final = day_of.group("final") is not None or day_of.group("ord") in ("final", "last")
        number = _ORDINALS.get(day_of.group("ord"))
        first = _shift(day, -(number - 1)) if number else None
        if final:
            return first, day
        # "The second day of a three-day visit": its length gives the last day too.
        length = _LENGTH.search(text, day_of.end())
        days = parse_number(length.group("n")) if length else None
        return first, (_shift(first, int(days) - 1) if first and days else None)
    if _ENDING.search(text):
        length = _LENGTH.search(text)
        days = parse_number(length.group("n")) if length else None
        return (_shift(day, -(int(days) - 1)) if days else None), day
    length = _LENGTH.search(text)
    if length and _STARTING.search(text):
        days = parse_number(length.group("n"))
        return day, (_shift(day, int(days) - 1) if days else None)
    return day, None


def _shift_span(day: DateValue, days: int) -> DateValue:
    """A day and the days after it, up to `days` on; other precisions as they are."""
    if day.precision != "day":
        return day
    return DateValue(day.start, day.end + dt.timedelta(days=days), "day")


def _shift(day: DateValue, days: int) -> DateValue | None:
    """A day moved by a number of days; None unless the day is known to the day."""
    if day.precision != "day":
        return None
    moved = day.start + dt.timedelta(days=days)
    return DateValue(moved, moved, "day")


def _years_back_bound(text: str, published: dt.date | None) -> Value | None:
    """The years before which ("over a century ago") or since which the event happened.

    Its value is {"max": year} (built in that year or before) or {"min": year}; a bound with
    no day of its own reaches back to the calendar's start or up to publication.
    """
    core = _COUNTED_BACK_TAIL.sub("", text.strip())
    bound = years_bound(core) if core != text.strip() else None
    if bound is None or published is None or (bound.min is None and bound.max is None):
        return None
    if bound.min is not None and bound.max is not None:
        return _years_back_window(bound.min, bound.max, published)
    latest = published.year - math.ceil(bound.min) if bound.min is not None else None
    earliest = published.year - math.floor(bound.max) if bound.max is not None else None
    value = {
        key: f"{year:04d}"
        for key, year in (("min", earliest), ("max", latest))
        if year is not None and year > 0
    }
    if not value:
        return None
    low = dt.date(earliest, 1, 1).toordinal() if earliest and earliest > 0 else 1
    high = dt.date(latest, 12, 31).toordinal() if latest and latest > 0 else published.toordinal()
    return Value(value=value, precision="bound", lo=float(low), hi=float(high))


def _years_back_window(fewest: float, most: float, published: dt.date) -> Value:
    """The days between `most` and `fewest` years before publication ("almost four years ago").

    Counted back from the page's own day, not its year: "almost four years ago" on a page of
    November 2026 reaches into 2023.
    """
    low = published.toordinal() - round(most * _DAYS_A_YEAR)
    high = published.toordinal() - round(fewest * _DAYS_A_YEAR)
    value = {
        "min": f"{dt.date.fromordinal(low).year:04d}",
        "max": f"{dt.date.fromordinal(high).year:04d}",
    }
    return Value(value=value, precision="bound", lo=float(low), hi=float(high))


def date_value(resolved: DateValue) -> Value:
    """The Value of a resolved date: ISO at its precision, and day ordinals as the interval."""
    return Value(
        value=resolved.iso,
        precision=resolved.precision,
        lo=float(resolved.start.toordinal()),
        hi=float(resolved.end.toordinal()),
    )


def _duration(text: str) -> Value:
    """A duration phrase in minutes, exact or as a bound (a part's length as its words say)."""
    _, text = split_part(text)
    bound = parse_duration_minutes(text)
    if bound is None:
        minutes = clock_span_minutes(text)
        bound = None if minutes is None else Bound(float(minutes), float(minutes))
    if bound is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a duration')
    return _bounded(bound, exact_precision="minutes")


def _bounded(bound: Bound, *, exact_precision: str) -> Value:
    """An amount as an interval: exact at its precision, or a bound open at one end."""
    exact = bound.min is not None and bound.min == bound.max
    return Value(
        value=bound.to_json(),
        precision=exact_precision if exact else "bound",
        lo=bound.min if bound.min is not None else 0.0,
        hi=bound.max if bound.max is not None else math.inf,
    )


def _title(text: str) -> Value:
    """A title phrase as its titles, without nationality: "former trade minister"."""
    parts = title_parts(text)
    if not parts:
        return Value(precision="unknown", not_evaluated=f'"{text}": no title in the phrase')
    words = [f"former {base}" if former else base for base, former in parts]
    return Value(value=" and ".join(words), precision="text")


_ORDINAL_WORDS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _amount(text: str) -> Value:
    """A count, exact or as a bound ("more than twelve"); an ordinal counts up to itself."""
    ordinal = _ordinal(text.strip().lower())
    if ordinal is not None:
        return Value(value=ordinal, precision="exact", lo=ordinal, hi=ordinal)
    bound = parse_amount(text)
    if bound is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a number')
    return _bounded(bound, exact_precision="exact")


def _money(text: str) -> Value:
    """A sum of money in units of its currency: the written figure, and the interval it allows.

    A plain sum keeps its figure as its value (1140000000 for "$1.14 billion") with the
    interval its last digit allows; a qualified one is the bound ("more than $1bn").
    """
    money = parse_money(text)
    if money is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a sum of money')
    if not money.plain:
        return _bounded(money.bound, exact_precision="exact")
    lo, hi = money.bound.min, money.bound.max
    return Value(
        value=int(money.amount) if money.amount.is_integer() else money.amount,
        precision="exact",
        lo=money.amount if lo is None else lo,
        hi=money.amount if hi is None else hi,
    )


def _ordinal(text: str) -> int | None:
    """The number an ordinal names ("seventh", "7th"), or None."""
    digits = _ORDINAL_DIGITS.match(text)
    return int(digits.group(1)) if digits else _ORDINAL_WORDS.get(text)


def _since_year(text: str, published: dt.date | None) -> Value:
    """A precedent's year: written ("since 2018"), counted back ("in five years"), or an event.

    A count of years is counted back from the publication day, so a qualified count is a
    span of years ("in over a year" written in November 2023: 2022 or before). A bound tied
    to an event ("since he took office") is kept as the event, with a year only when the
    phrase gives one ("since the invasion on 24 February 2022").
    """
    since = _SINCE.search(text)
    if since:
        year = int(since.group(1))
        return Value(value=year, precision="year", lo=year, hi=year)
    counted = _IN_YEARS.search(text)
    if counted is None:
        return _event_bound(text)
    span = years_bound(counted.group(1))
    if span is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": not a number of years')
    if published is None:
        return Value(
            precision="unknown",
            not_evaluated=f'"{text}": counting years back needs a publication date',
        )
    return _bounded(_years_before(published, span), exact_precision="year")


def _years_before(published: dt.date, span: Bound) -> Bound:
    """The years a span of years before publication reaches back to (an open end stays open)."""
    latest = None if span.min is None else _back(published, span.min).year
    earliest = None if span.max is None else _back(published, span.max).year
    return Bound(
        None if earliest is None else float(earliest), None if latest is None else float(latest)
    )


def _back(published: dt.date, years: float) -> dt.date:
    """The day some years (a fraction allowed) before publication."""
    return published - dt.timedelta(days=round(years * 365.25))


_SINCE_EVENT = re.compile(r"\bsince\s+(?P<event>.+)$", re.IGNORECASE | re.DOTALL)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _event_bound(text: str) -> Value:
    """A precedent bounded by an event: its year when the phrase gives one, else the event."""
    match = _SINCE_EVENT.search(text)
    if match is None:
        return Value(precision="unknown", not_evaluated=f'"{text}": no year and no event')
    year = _YEAR.search(match.group("event"))
    if year:
        return Value(
            value=int(year.group()), precision="year", lo=int(year.group()), hi=int(year.group())
        )
    return Value(value=f"since {' '.join(match.group('event').split())}", precision="text")


def precedent_event(text: str) -> str:
    """The event a precedent is bounded by, named the same in any wording; "" for a year.

    Every start of a term is "took office", of a further term "began a term"; otherwise the
    event's first word of its own, cut to its first four letters, so "the invasion" and
    "Kestria invaded" are one event.
    """
    match = _SINCE_EVENT.search(text)
    if match is None or _YEAR.match(match.group("event")):
        return ""
    event = match.group("event")
    if vocabulary.pattern("precedents", "last_met").search(event):
        return ""
    if vocabulary.pattern("precedents", "term_start").search(event):
        return "began a term"
    if vocabulary.pattern("precedents", "office_start").search(event):
        return "took office"
    fillers = vocabulary.words("precedents", "event_fillers")
    own = [w for w in re.findall(r"[\w'’-]+", event) if not w[0].isupper()]
    own = [w.lower() for w in own if w.lower() not in fillers]
    return own[0][:4] if own else ""


def value_from_json(fact: str, value: Any) -> Value:
    """Rebuild a Value from its JSON form (as the reports write it), e.g. for rule tests."""
    family = fact.split(".")[-1]
    if value is None:
        return Value()
    if fact == "visit.dates":
        anchor = DateValue.from_iso(str(value.get("start") or value.get("end")))
        return Value(value, anchor.precision, anchor.start.toordinal(), anchor.end.toordinal())
    if family in _DATED and isinstance(value, list | tuple):
        return _dates([DateValue.from_iso(str(v)) for v in value], str(value))
    if family in _DATED and isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        first = float(DateValue.from_iso(str(low)).start.toordinal()) if low else 1.0
        last = float(DateValue.from_iso(str(high)).end.toordinal()) if high else math.inf
        return Value(value, "bound", first, last)
    if family in _DATED:
        return date_value(DateValue.from_iso(str(value)))
    if isinstance(value, dict):
        lo, hi = value.get("min"), value.get("max")
        return Value(
            value, "bound", float(lo) if lo is not None else 0.0, hi if hi is not None else math.inf
        )
    if isinstance(value, int | float):
        precision = {"since_year": "year", "quantity": "exact"}.get(family, "minutes")
        return Value(value, precision, float(value), float(value))
    return Value(str(value), "text")
