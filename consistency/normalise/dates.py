"""Date phrases in news sentences, found and anchored to the publication day at their precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from consistency.extract.timex import MONTH_NAMES as _MONTH_NAMES
from consistency.extract.timex import WEEKDAY_NAMES as _WEEKDAY_NAMES
from consistency.extract.timex import alternation as _alt
from consistency.normalise.numbers import parse_number, years_back
from consistency.vocabulary import group

Precision = Literal["day", "month", "year"]

_MONTHS = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS |= {name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(_WEEKDAY_NAMES)}
_FIXED_DAYS = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "last night": -1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
}
_BEFORE = ("last", "past", "this past")
_AFTER = ("next", "coming", "this coming")
# Tenses whose bare weekdays, days and months lie ahead of publication.
_FORWARD_TENSES = ("future", "present")
_STEPS = {mod: -1 for mod in _BEFORE} | {mod: 1 for mod in _AFTER} | {"this": 0}


# Patterns over a cleaned phrase (lower case, no dots or commas) for resolve_date.
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"
_MONTH_WORD = rf"(?P<month>{_alt(_MONTHS)})"
_DAY_NUMBER = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_NUMBER = r"(?P<year>\d{4})"
_LEADS = re.compile(
    r"^(?:(?:later on|earlier on|on|in|for|since|by|until|till|from|during|of|the|at|"
    r"later|earlier|early|late|mid)\s+)+"
)
_MODIFIER = re.compile(rf"^(?P<mod>{_alt(_BEFORE + _AFTER + ('this',))})\s+(?P<rest>.+)$")
_FIXED = re.compile(rf"^(?P<word>{_alt(_FIXED_DAYS)}){_PART_OF_DAY}$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_VALUE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_UNIT = re.compile(r"^(?P<unit>year|month|week|weekend)$")
_AGO = re.compile(
    rf"^(?P<count>.+?) (?P<unit>{group('time', 'counted_units').alternation}) "
    rf"(?:{group('time', 'counted_back').alternation})$"
)
_SAME_DAY = frozenset(" ".join(e.lower().split()) for e in group("time", "same_day").entries)
_YEAR = re.compile(rf"^{_YEAR_NUMBER}$")
_WEEKDAY = re.compile(rf"^(?P<weekday>{_alt(_WEEKDAYS)}){_PART_OF_DAY}$")
_WEEKDAY_DATE = re.compile(rf"^(?P<weekday>{_alt(_WEEKDAYS)}) (?P<rest>.*\d.*)$")
_MONTH_DAY = (
    re.compile(rf"^{_MONTH_WORD} {_DAY_NUMBER}(?: {_YEAR_NUMBER})?$"),
    re.compile(rf"^{_DAY_NUMBER} (?:of )?{_MONTH_WORD}(?: {_YEAR_NUMBER})?$"),
)
_MONTH = re.compile(rf"^{_MONTH_WORD}(?: {_YEAR_NUMBER}| (?P<rel>last|this|next) year)?$")
_RANGE_JOIN = r" ?(?:-|–| to | and | through ) ?"
_LAST_DAY = r"(?P<last>\d{1,2})(?:st|nd|rd|th)?"
_DAY_RANGE = (
    re.compile(rf"^{_MONTH_WORD} {_DAY_NUMBER}{_RANGE_JOIN}{_LAST_DAY}(?: {_YEAR_NUMBER})?$"),
    re.compile(
        rf"^{_DAY_NUMBER}{_RANGE_JOIN}{_LAST_DAY} (?:of )?{_MONTH_WORD}(?: {_YEAR_NUMBER})?$"
    ),
)
_SEPARATORS = re.compile(r"[.,]|(?<=[a-z])-(?=[a-z])")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class DateValue:
    """A date at its precision, as the inclusive interval of days it covers."""

    start: dt.date
    end: dt.date
    precision: Precision
    #: Why the phrase is doubtful though it resolved: a weekday that its date does not fall on.
    note: str = field(default="", compare=False)

    @classmethod
    def of_day(cls, day: dt.date) -> DateValue:
        """Make the one-day value of `day`."""
        return cls(day, day, "day")

    @classmethod
    def of_month(cls, year: int, month: int) -> DateValue:
        """Make the value covering every day of a month."""
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")

    @classmethod
    def of_year(cls, year: int) -> DateValue:
        """Make the value covering every day of a year."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @property
    def iso(self) -> str:
        """Return ISO 8601 at the value's precision: '2023-06-18', '2023-02' or '2023'."""
        if self.precision == "day":
            if self.end != self.start:
                return f"{self.start.isoformat()}/{self.end.isoformat()}"
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return f"{self.start.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> DateValue:
        """Read back a value written by `iso`; raise ValueError on anything else."""
        first, slash, last = text.partition("/")
        if slash:
            start, end = cls.from_iso(first), cls.from_iso(last)
            if start.precision != "day" or end.precision != "day" or end.start < start.start:
                raise ValueError(f"not a span of days: {text!r}")
            return cls(start.start, end.end, "day")
        match = _ISO_VALUE.match(text)
        if match is None:
            raise ValueError(f"not an ISO day, month or year: {text!r}")
        year = int(match["year"])
        if match["day"]:
            return cls.of_day(dt.date(year, int(match["month"]), int(match["day"])))
        if match["month"]:
            return cls.of_month(year, int(match["month"]))
        return cls.of_year(year)


@dataclass(frozen=True)
class Unresolved:
    """A date phrase that names no date here, and why."""

    reason: str


_NO_PUBLICATION = Unresolved("relative date with no publication date")
_WEEK = Unresolved("a week is not a day")


@dataclass(frozen=True)
class _Phrase:
    """A cleaned date phrase with its modifier apart, and what anchors it."""

    text: str  #: The phrase without leading prepositions or modifier ("sunday").
    whole: str  #: The phrase without leading prepositions ("last sunday").
    mod: str | None  #: "last", "next", "this", ... or None.
    published: dt.date | None
    future: bool
    cleaned: str = ""  #: The whole cleaned phrase, leads and all ("earlier in the day").


Resolved = DateValue | Unresolved
_Handler = Callable[[_Phrase], Resolved | None]


def resolve_date(text: str, published: dt.date | None, tense: str) -> Resolved:
    """Anchor a date phrase to the publication day; never raises.

    A date with a year is absolute. Otherwise the phrase is anchored to `published`:
    a bare (or "this") weekday is the latest such day on or before publication for tense
    past/unknown, the next on or after it for future and present (news writes coming events
    in the present: "travels to X on Sunday"); "last" is strictly before,
    "next" strictly after. A month, or month and day, without a year follows the same rule
    by month or by day, except that "this <month>" is the one in the publication year.
    "last/this/next year|month", "yesterday/today/tomorrow" and "<n> days|months|years ago"
    count from publication; weeks are Unresolved, as a week is not a day. A weekday before
    a date ("Monday, June 19") does not move it: the date decides, and a weekday it does not
    fall on is told in the value's `note`.
    """
    try:
        return _resolve(_clean(text), published, tense in _FORWARD_TENSES)
    except (ValueError, OverflowError):
        return Unresolved(f'"{text}" falls outside the calendar')


def _clean(text: str) -> str:
    """Lower-case a phrase, drop dots, commas and a possessive, and single-space it."""
    spaced = _SPACES.sub(" ", _SEPARATORS.sub(" ", text.lower())).strip()
    return _POSSESSIVE.sub("", spaced)


def _resolve(cleaned: str, published: dt.date | None, future: bool) -> Resolved:
    """Try each form of date phrase in turn; the first that matches decides."""
    whole = _LEADS.sub("", cleaned)
    modified = _MODIFIER.match(whole)
    phrase = _Phrase(
        text=modified["rest"] if modified else whole,
        whole=whole,
        mod=modified["mod"] if modified else None,
        published=published,
        future=future,
        cleaned=cleaned,
    )
    for handler in _HANDLERS:
        resolved = handler(phrase)
        if resolved is not None:
            return resolved
    return Unresolved(f'"{cleaned}" is not a date phrase')


def _fixed_day(phrase: _Phrase) -> Resolved | None:
    """Resolve "yesterday", "today", "tomorrow", "last night", "earlier in the day"."""
    match = _FIXED.match(phrase.whole)
    same_day = phrase.cleaned in _SAME_DAY
    if match is None and not same_day:
        return None
    if phrase.published is None:
        return _NO_PUBLICATION
    offset = dt.timedelta(days=0 if same_day or match is None else _FIXED_DAYS[match["word"]])
    return DateValue.of_day(phrase.published + offset)


def _iso_day(phrase: _Phrase) -> Resolved | None:
    """Resolve an ISO day ("2023-06-18")."""
    if not _ISO_DAY.match(phrase.whole):
        return None
    try:
        return DateValue.from_iso(phrase.whole)
    except ValueError:
        return Unresolved(f"no such day: {phrase.whole}")


def _relative_unit(phrase: _Phrase) -> Resolved | None:
    """Resolve "last year", "this month", "next week"; a weekend is Unresolved.

    A week is the days from Monday to Sunday ("last week" in a Tuesday 21 March article:
    13 to 19 March), an interval of days like "March 20-22".
    """
    match = _UNIT.match(phrase.text)
    if match is None or phrase.mod is None:
        return None
    if match["unit"] == "weekend":
        return _WEEK
    if phrase.published is None:
        return _NO_PUBLICATION
    step = _STEPS[phrase.mod]
    if match["unit"] == "week":
        monday = phrase.published - dt.timedelta(days=phrase.published.weekday() - 7 * step)
        return DateValue(monday, monday + dt.timedelta(days=6), "day")
    if match["unit"] == "year":
        return DateValue.of_year(phrase.published.year + step)
    return DateValue.of_month(*_add_months(phrase.published, step))


def _ago(phrase: _Phrase) -> Resolved | None:
    """Resolve "three days ago", "two months ago", "a decade ago"."""
    match = _AGO.match(phrase.whole)
    if match is None:
        return None
    unit = "century" if match["unit"] == "centuries" else match["unit"].rstrip("s")
    if unit == "week":
        return _WEEK
    years = unit in ("year", "decade", "century")
    count = years_back(f"{match['count']} {match['unit']}") if years else None
    number = float(count) if count is not None else parse_number(match["count"])
    if number is None or not number.is_integer():
        return Unresolved(f'"{phrase.whole}" does not count whole {unit}s')
    if phrase.published is None:
        return _NO_PUBLICATION
    return _count_back(phrase.published, int(number), unit)


def _count_back(published: dt.date, count: int, unit: str) -> DateValue:
    """Step back whole days, months or years (decades already counted as years)."""
    if unit == "day":
        return DateValue.of_day(published - dt.timedelta(days=count))
    if unit == "month":
        return DateValue.of_month(*_add_months(published, -count))
    return DateValue.of_year(published.year - count)


def _year(phrase: _Phrase) -> Resolved | None:
    """Resolve a year on its own ("2022", "in 2022")."""
    match = _YEAR.match(phrase.text)
    return None if match is None else DateValue.of_year(int(match["year"]))


def _weekday(phrase: _Phrase) -> Resolved | None:
    """Resolve a weekday ("on Sunday", "last Sunday", "Monday morning")."""
    match = _WEEKDAY.match(phrase.text)
    if match is None:
        return None
    if phrase.published is None:
        return _NO_PUBLICATION
    forward, strict = _direction(phrase)
    day = _nearest_weekday(phrase.published, _WEEKDAYS[match["weekday"]], forward, strict)
    return DateValue.of_day(day)


def _weekday_date(phrase: _Phrase) -> Resolved | None:
    """Resolve a weekday before a date ("Monday, June 19, 2023") by the date alone."""
    match = _WEEKDAY_DATE.match(phrase.text)
    if match is None:
        return None
    dated = _Phrase(match["rest"], match["rest"], None, phrase.published, phrase.future)
    resolved = _month_day(dated)
    named = _WEEKDAYS[match["weekday"]]
    if isinstance(resolved, DateValue) and resolved.start.weekday() != named:
        # The date decides, as a day number is rarer to get wrong than a day name; but an
        # editor should see that the two disagree.
        actual = _WEEKDAY_NAMES[resolved.start.weekday()]
        note = f"{resolved.iso} is a {actual}, not a {_WEEKDAY_NAMES[named]}"
        return replace(resolved, note=note)
    return resolved


def _month_day(phrase: _Phrase) -> Resolved | None:
    """Resolve a month and day, with a year or anchored ("June 19, 2023", "28 January")."""
    match = next((m for m in (p.match(phrase.text) for p in _MONTH_DAY) if m), None)
    if match is None:
        return None
    month, day = _MONTHS[match["month"]], int(match["day"])
    if not _real_day(month, day):
        return Unresolved(f"no such day: {phrase.text}")
    if match["year"]:
        try:
            return DateValue.of_day(dt.date(int(match["year"]), month, day))
        except ValueError:
            return Unresolved(f"no such day: {phrase.text}")
    if phrase.published is None:
        return _NO_PUBLICATION
    forward, strict = _direction(phrase)
    return DateValue.of_day(_nearest_day(phrase.published, month, day, forward, strict))


def _day_range(phrase: _Phrase) -> Resolved | None:
    """Resolve a span of days in one month ("March 20-22", "19 and 20 November 1985")."""
    match = next((m for m in (p.match(phrase.text) for p in _DAY_RANGE) if m), None)
    if match is None:
        return None
    first = _month_day(replace(phrase, text=_without(match.group(0), match.span("last"))))
    if not isinstance(first, DateValue):
        return first
    try:
        last = first.start.replace(day=int(match["last"]))
    except ValueError:
        return Unresolved(f"no such day: {phrase.text}")
    if last < first.start:
        return Unresolved(f"a span that ends before it starts: {phrase.text}")
    return DateValue(first.start, last, "day")


def _without(text: str, span: tuple[int, int]) -> str:
    """A range phrase with its last day (and the word joining it) left out: "march 20"."""
    before = re.sub(rf"{_RANGE_JOIN}$", "", text[: span[0]])
    return (before + text[span[1] :]).strip()


def _month(phrase: _Phrase) -> Resolved | None:
    """Resolve a month: with a year, or anchored ("last February", "November last year")."""
    match = _MONTH.match(phrase.text)
    if match is None:
        return None
    month = _MONTHS[match["month"]]
    if match["year"]:
        return DateValue.of_month(int(match["year"]), month)
    if phrase.published is None:
        return _NO_PUBLICATION
    if match["rel"]:
        return DateValue.of_month(phrase.published.year + _STEPS[match["rel"]], month)
    if phrase.mod == "this":
        return DateValue.of_month(phrase.published.year, month)
    forward, strict = _direction(phrase)
    return DateValue.of_month(*_nearest_month(phrase.published, month, forward, strict))


_HANDLERS: tuple[_Handler, ...] = (
    _fixed_day,
    _iso_day,
    _relative_unit,
    _ago,
    _year,
    _weekday,
    _weekday_date,
    _day_range,
    _month_day,
    _month,
)


def _direction(phrase: _Phrase) -> tuple[bool, bool]:
    """Whether to look forward from publication, and whether publication itself is excluded."""
    if phrase.mod in _BEFORE:
        return False, True
    if phrase.mod in _AFTER:
        return True, True
    return phrase.future, False


def _nearest_weekday(published: dt.date, weekday: int, forward: bool, strict: bool) -> dt.date:
    """Find the nearest day with `weekday` on the chosen side of publication."""
    gap = (weekday - published.weekday()) * (1 if forward else -1) % 7
    if strict and gap == 0:
        gap = 7
    return published + dt.timedelta(days=gap if forward else -gap)


def _nearest_month(published: dt.date, month: int, forward: bool, strict: bool) -> tuple[int, int]:
    """Find the (year, month) of the nearest such month on the chosen side of publication."""
    here = published.year * 12 + published.month - 1
    gap = (month - 1 - here) % 12 if forward else (here - month + 1) % 12
    if strict and gap == 0:
        gap = 12
    year, index = divmod(here + gap if forward else here - gap, 12)
    return year, index + 1


def _nearest_day(published: dt.date, month: int, day: int, forward: bool, strict: bool) -> dt.date:
    """Find the nearest such month and day on the chosen side of publication."""
    step = 1 if forward else -1
    # A leap day recurs at most eight years later (2096 -> 2104).
    for offset in range(9):
        year = published.year + step * offset
        if not _real_day(month, day, year):
            continue
        candidate = dt.date(year, month, day)
        on_side = candidate >= published if forward else candidate <= published
        if on_side and not (strict and candidate == published):
            return candidate
    raise ValueError(f"no {month}-{day} within nine years")  # unreachable for a real day


def _real_day(month: int, day: int, year: int = 2000) -> bool:
    """Whether the month has the day in `year` (by default a leap year)."""
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    """Step `months` from the month of `day`, as (year, month)."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, index + 1


def years_ago(n: int, published: dt.date | None) -> int | None:
    """Return the year `n` years before publication, or None without a publication date."""
    return None if published is None else published.year - n
