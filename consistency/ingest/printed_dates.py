"""Read calendar dates as pages print them ("19 Jun 2023", "June 19, 2023", "19/06/2023")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from consistency.vocabulary import group

_CALENDAR_MONTHS = group("calendar", "months")
#: A month's number by the first three letters of its name or abbreviation ("sep" -> 9).
_MONTHS = {name[:3].lower(): number for number, name in enumerate(_CALENDAR_MONTHS.entries, 1)}
# Longest first ("September" before "Sep", "Sept" before "Sep"), so the longest name is read.
_MONTH_NAMES = (*_CALENDAR_MONTHS.entries, *group("calendar", "month_abbreviations").entries)
_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# No word boundary before the month or after the year on purpose: scraped pages glue labels
# and durations to dates ("SocietyJune 17, 2023", "June 18, 202301:36 min").
_DMY = rf"(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
# A month name starts with one of these first letters and then one of these second ones:
# the lookahead fails at once where no month can start, before each name is tried.
_MONTH_START = "(?=[{}][{}])".format(
    "".join(sorted({name[0].lower() for name in _MONTH_NAMES})),
    "".join(sorted({name[1].lower() for name in _MONTH_NAMES})),
)
_MDY = rf"{_MONTH_START}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})"
_ISO = r"(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
# "15/04/2026", "15.04.2026", "15-04-2026": read day first, as most of the world writes it,
# unless the day-first reading names no real day ("04/15/2026"). One separator throughout.
_NUMERIC = (
    r"(?<![\d/.-])(?P<d4>\d{1,2})(?:/(?P<m4>\d{1,2})/|\.(?P<n4>\d{1,2})\.|-(?P<o4>\d{1,2})-)"
    r"(?P<y4>\d{4})(?!\d|[/.-]\d)"
)
# "2026/04/15", "2026.04.15": year first, then month and day, as East Asian sites print them.
_YEAR_FIRST = (
    r"(?<![\d/.])(?P<y5>\d{4})(?:/(?P<m5>\d{1,2})/|\.(?P<n5>\d{1,2})\.)"
    r"(?P<d5>\d{1,2})(?!\d|[/.]\d)"
)
_ANY = re.compile(rf"{_DMY}|{_MDY}|{_ISO}|{_NUMERIC}|{_YEAR_FIRST}", re.IGNORECASE)

#: A date with day, month and year, without capture groups, for use inside other patterns.
DATE_PATTERN = "(?i:" + re.sub(r"\(\?P<\w+>", "(?:", _ANY.pattern) + ")"
#: A weekday name with its comma, as in "Monday, June 19, 2023".
#: Abbreviated too: "Wed 15 Mar 2023", "Wed, Nov 15, 2023".
WEEKDAY_PATTERN = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?=\d|[A-Z]))"
)
#: A time of day after a date: ", 08:47", " at 7:35 PM", " 16:20 local time", " 7:30 a.m. CET",
#: " | 06:07 pm PT".
TIME_PATTERN = (
    r"(?i:\s*[,|·]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:local\s+time|[a-z]{2,5}(?:[+-]\d{1,2})?))?)"
)
# A day and month without a year: "June 16", "16 June", "Nov. 16", and a US-style stamp with
# its time, "06/17 06:11" (a numeric day and month alone, without a time, is too often
# something else: a score, a fraction).
_YEARLESS = re.compile(
    rf"(?:(?<![\w/]){_MONTH_START}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?![\d:])(?!,?\s+\d{{4}})"
    rf"|(?<![\w/])(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?![\w])(?!,?\s+\d{{4}})"
    r"|(?<![\d/])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})(?=\s+\d{1,2}:\d{2}))",
    re.IGNORECASE,
)
#: A day and month without a year, without capture groups, for use inside other patterns.
YEARLESS_PATTERN = "(?i:" + re.sub(r"\(\?P<\w+>", "(?:", _YEARLESS.pattern) + ")"
#: How an all-numeric date was read: day first though it could be month first, or month
#: first because it cannot be day first. "" for a date with a month name or in ISO form.
DAY_FIRST = "day first"
MONTH_FIRST = "month first"


_NOT_DIGIT = re.compile(r"\D")
# Texts of at most this many characters have their first date remembered, this many of them.
REMEMBERED_TEXT = 200
REMEMBERED_TEXTS = 1 << 14


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: where it is and the ISO day it names."""

    start: int
    end: int
    day: str
    order: str = ""
    #: A numeric date read day first: the day it names read month first.
    other: str | None = None


def _month_number(name: str) -> int:
    """Return the month number of an English month name or abbreviation."""
    return _MONTHS[name.rstrip(".")[:3].lower()]


def _iso(year: str, month: int, day: str) -> str | None:
    """Return the ISO day for the parts, or None when they name no real day."""
    try:
        value = dt.date(int(year), month, int(_NOT_DIGIT.sub("", day)))
    except ValueError:
        return None
    return value.isoformat()


def _numeric_day(first: str, second: str, year: str) -> tuple[str | None, str]:
    """Read an all-numeric date day first, else month first, and say which was used."""
    day_first = _iso(year, int(second), first)
    if day_first is not None:
        return day_first, DAY_FIRST if first != second and int(first) <= 12 else ""
    month_first = _iso(year, int(first), second)
    return month_first, MONTH_FIRST if month_first is not None else ""


def _month_first(match: re.Match[str]) -> str | None:
    """The day an all-numeric date read day first names when read month first."""
    groups = match.groupdict()
    second = groups["m4"] or groups["n4"] or groups["o4"]
    return _iso(groups["y4"], int(groups["d4"]), second)


def _day_of(match: re.Match[str]) -> tuple[str | None, str]:
    """Return the ISO day a match of the date pattern names (if real) and how it was read."""
    groups = match.groupdict()
    if groups["y1"]:
        return _iso(groups["y1"], _month_number(groups["m1"]), groups["d1"]), ""
    if groups["y2"]:
        return _iso(groups["y2"], _month_number(groups["m2"]), groups["d2"]), ""
    if groups["y3"]:
        return _iso(groups["y3"], int(groups["m3"]), groups["d3"]), ""
    if groups["y5"]:
        return _iso(groups["y5"], int(groups["m5"] or groups["n5"]), groups["d5"]), ""
    month = groups["m4"] or groups["n4"] or groups["o4"]
    return _numeric_day(groups["d4"], month, groups["y4"])


def find_dates(text: str) -> Iterator[FoundDate]:
    """Yield every real calendar date with a year in `text`, in order."""
    for match in _ANY.finditer(text):
        day, order = _day_of(match)
        if day is not None:
            other = _month_first(match) if order == DAY_FIRST else None
            yield FoundDate(match.start(), match.end(), day, order, other)


def first_date(text: str) -> FoundDate | None:
    """Return the first date in `text`, or None."""
    # Date lines and bylines repeat across a site's pages: short texts are read once.
    if len(text) <= REMEMBERED_TEXT:
        return _remembered_first_date(text)
    return _first_date(text)


def _first_date(text: str) -> FoundDate | None:
    """`first_date`, read afresh."""
    return next(find_dates(text), None)


# A found date is frozen, so one may be handed out for every page that prints its text.
_remembered_first_date = lru_cache(maxsize=REMEMBERED_TEXTS)(_first_date)


@dataclass(frozen=True)
class DayOfYear:
    """A date a page prints without its year: month and day, and the text it was read from."""

    month: int
    day: int
    text: str
    order: str = ""

    def in_year(self, year: int) -> str | None:
        """The ISO day in `year`, or None when there is none (29 February)."""
        try:
            return dt.date(year, self.month, self.day).isoformat()
        except ValueError:
            return None


def _day_of_year(match: re.Match[str]) -> DayOfYear | None:
    """The month and day a match of the year-less pattern names, if any year has it."""
    groups = match.groupdict()
    order = ""
    if groups["m1"] or groups["m2"]:
        month = _month_number(groups["m1"] or groups["m2"])
        day = int(_NOT_DIGIT.sub("", groups["d1"] or groups["d2"]))
    else:
        # A stamp "06/17" is month first, as the sites that print it without a year write it,
        # unless only day first names a day.
        first, second = int(groups["n1"]), int(groups["n2"])
        month, day = (first, second) if first <= 12 else (second, first)
        order = MONTH_FIRST if first <= 12 else DAY_FIRST
        if first <= 12 and second <= 12 and first != second:
            order = MONTH_FIRST
    found = DayOfYear(month, day, match.group(), order)
    # 2024 is a leap year: any real day of the year falls in it.
    return found if found.in_year(2024) is not None else None


def first_yearless(text: str) -> DayOfYear | None:
    """The first day and month printed without a year in `text`, or None."""
    for match in _YEARLESS.finditer(text):
        found = _day_of_year(match)
        if found is not None:
            return found
    return None


def year_for(found: DayOfYear, near: Sequence[str], today: dt.date) -> str | None:
    """The day `found` names in the year that puts it nearest one of the days `near` (ISO).

    Nearest one day, not their middle: a run may hold several stories of different years,
    and a page is published within days of its own story's others. With no day to go by,
    the last such day up to `today`.
    """
    if near:
        days = sorted({dt.date.fromisoformat(d) for d in near})
        years = sorted({year + step for day in days for year in [day.year] for step in (-1, 0, 1)})
        best: tuple[int, str] | None = None
        for year in years:
            candidate = found.in_year(year)
            if candidate is None:
                continue
            value = dt.date.fromisoformat(candidate)
            gap = min(abs((value - day).days) for day in days)
            if best is None or gap < best[0]:
                best = (gap, candidate)
        return None if best is None else best[1]
    for year in range(today.year, today.year - 8, -1):
        day = found.in_year(year)
        if day is not None and dt.date.fromisoformat(day) <= today:
            return day
    return None


# A day in a web address's path: "/2031/03/07/", "/2031-03-07-slug", "/20310307/".
_ADDRESS_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:/(?P<m1>[01]?\d)/(?P<d1>[0-3]?\d)(?=[/_-]|$|\.\w{2,5}$)"
    r"|-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?=[/_-]|$|\.\w{2,5}$)"
    r"|(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?=[/_-]|$|\.\w{2,5}$))"
)


def address_day(url: str) -> str | None:
    """The ISO day a web address's path names ("https://site/2031/03/07/slug"), or None."""
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    host_end = path.find("/")
    if host_end < 0:
        return None
    for match in _ADDRESS_DAY.finditer(path, host_end):
        month = match.group("m1") or match.group("m2") or match.group("m3")
        day = match.group("d1") or match.group("d2") or match.group("d3")
        found = _iso(match.group("y"), int(month), day)
        if found is not None:
            return found
    return None


def first_day(text: str) -> str | None:
    """Return the ISO day of the first date in `text`, or None."""
    found = first_date(text)
    return None if found is None else found.day


#: Publication days before this year are typos or archive dates, not when a story ran.
EARLIEST_YEAR = 1900
#: Days a publication date may run ahead of the machine's today: a page dated in a time zone
#: east of the reader's may already be on tomorrow.
FUTURE_GRACE_DAYS = 1


def date_problem(day: str, today: dt.date) -> str | None:
    """Say why an ISO publication day cannot be trusted (future, or before 1900), or None."""
    value = dt.date.fromisoformat(day)
    if value > today + dt.timedelta(days=FUTURE_GRACE_DAYS):
        return f"is in the future (today is {today.isoformat()})"
    if value.year < EARLIEST_YEAR:
        return f"is before {EARLIEST_YEAR}"
    return None
