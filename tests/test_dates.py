"""Date phrases found in sentences and anchored to the publication day at their precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.extract.timex import date_phrases
from consistency.normalise.dates import (
    DateValue,
    Unresolved,
    resolve_date,
    years_ago,
)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TENSES = ["past", "present", "future", "unknown"]
WED = dt.date(2023, 6, 14)  # a Wednesday
MON = dt.date(2023, 6, 19)  # a Monday
publication_days = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))


def iso(text: str, published: dt.date | None, tense: str = "past") -> str:
    """Resolve a phrase and return its ISO form, failing the test if it is unresolved."""
    resolved = resolve_date(text, published, tense)
    assert isinstance(resolved, DateValue), resolved
    return resolved.iso


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # A bare weekday: on or before publication, or on or after it in the future tense.
        ("on Sunday", WED, "past", "2023-06-11"),
        ("Sunday", WED, "present", "2023-06-18"),
        ("this Sunday", WED, "present", "2023-06-18"),
        ("on Sunday", WED, "unknown", "2023-06-11"),
        ("on Sunday", WED, "future", "2023-06-18"),
        ("on Monday", MON, "past", "2023-06-19"),
        ("later on Monday", MON, "future", "2023-06-19"),
        ("on Monday morning", MON, "past", "2023-06-19"),
        ("On Wednesday", WED, "past", "2023-06-14"),
        ("this Friday", WED, "future", "2023-06-16"),
        ("this Friday", WED, "past", "2023-06-09"),
        ("Sunday's", WED, "past", "2023-06-11"),
        # last/next are strictly before/after, whatever the tense.
        ("last Sunday", WED, "past", "2023-06-11"),
        ("last Monday", MON, "past", "2023-06-12"),
        ("last Monday", MON, "future", "2023-06-12"),
        ("next Tuesday", WED, "future", "2023-06-20"),
        ("next Monday", MON, "future", "2023-06-26"),
        ("next Monday", MON, "past", "2023-06-26"),
        # Across month and year boundaries.
        ("on Sunday", dt.date(2024, 1, 2), "past", "2023-12-31"),
        ("on Friday", dt.date(2023, 12, 30), "future", "2024-01-05"),
        ("last Saturday", dt.date(2024, 3, 1), "past", "2024-02-24"),
        ("this Sunday", dt.date(2023, 12, 27), "present", "2023-12-31"),
        ("on Monday", dt.date(2023, 12, 29), "present", "2024-01-01"),
        ("last Thursday", dt.date(2024, 1, 2), "past", "2023-12-28"),
        ("last Thursday", dt.date(2024, 3, 1), "present", "2024-02-29"),
        ("on Thursday", dt.date(2025, 1, 1), "past", "2024-12-26"),
        ("on Friday", dt.date(2024, 2, 27), "future", "2024-03-01"),
        ("on Wednesday, April 8", dt.date(2026, 4, 14), "past", "2026-04-08"),
        ("Tuesday, December 31", dt.date(2025, 1, 2), "past", "2024-12-31"),
        ("in January", dt.date(2026, 4, 10), "past", "2026-01"),
        ("in January", dt.date(2026, 4, 10), "future", "2027-01"),
        ("in December", dt.date(2026, 1, 10), "present", "2026-12"),
        # Days counted from publication.
        ("yesterday", WED, "past", "2023-06-13"),
        ("today", WED, "present", "2023-06-14"),
        ("tomorrow", dt.date(2023, 12, 31), "future", "2024-01-01"),
        ("yesterday", dt.date(2024, 3, 1), "past", "2024-02-29"),
        ("last night", WED, "past", "2023-06-13"),
        ("three days ago", dt.date(2024, 1, 2), "past", "2023-12-30"),
        # A month without a year: on or before the publication month, or on or after it.
        ("in February", WED, "past", "2023-02"),
        ("In November", WED, "past", "2022-11"),
        ("in June", WED, "past", "2023-06"),
        ("in June", WED, "future", "2023-06"),
        ("in March", WED, "future", "2024-03"),
        ("In December", dt.date(2024, 1, 15), "past", "2023-12"),
        ("in January", dt.date(2023, 12, 5), "future", "2024-01"),
        ("last February", WED, "past", "2023-02"),
        ("last February", dt.date(2024, 2, 10), "past", "2023-02"),
        ("last June", WED, "past", "2022-06"),
        ("next March", WED, "future", "2024-03"),
        ("next June", WED, "future", "2024-06"),
        ("this November", WED, "past", "2023-11"),
        ("in early February", WED, "past", "2023-02"),
        ("mid-June", WED, "past", "2023-06"),
        ("November last year", WED, "past", "2022-11"),
        # A month and day without a year: on or before the publication day, or on or after.
        ("on January 28", WED, "past", "2023-01-28"),
        ("January 28", WED, "future", "2024-01-28"),
        ("28 January", WED, "past", "2023-01-28"),
        ("the 14th of June", WED, "past", "2023-06-14"),
        ("June 14", WED, "future", "2023-06-14"),
        ("June 15", WED, "past", "2022-06-15"),
        ("December 31", dt.date(2024, 1, 1), "past", "2023-12-31"),
        ("January 1", dt.date(2023, 12, 31), "future", "2024-01-01"),
        ("February 29", dt.date(2024, 3, 10), "past", "2024-02-29"),
        ("February 29", dt.date(2025, 3, 10), "past", "2024-02-29"),
        ("February 29", dt.date(2024, 3, 10), "future", "2028-02-29"),
        ("Sunday, June 18", WED, "future", "2023-06-18"),
        # A year makes a date absolute: publication and tense do not matter.
        ("June 19, 2023", dt.date(2020, 1, 1), "future", "2023-06-19"),
        ("Monday, June 19, 2023", None, "past", "2023-06-19"),
        ("19 Jun 2023", None, "past", "2023-06-19"),
        ("Sept. 27, 2025", None, "past", "2025-09-27"),
        ("2023-06-18", None, "future", "2023-06-18"),
        ("February 2023", None, "past", "2023-02"),
        ("in 2022", None, "future", "2022"),
        ("since 2018", WED, "past", "2018"),
        # Months and years counted from publication.
        ("last year", WED, "past", "2022"),
        ("earlier this year", WED, "past", "2023"),
        ("next year", dt.date(2023, 12, 31), "future", "2024"),
        ("last month", dt.date(2024, 1, 3), "past", "2023-12"),
        ("next month", dt.date(2023, 12, 3), "future", "2024-01"),
        ("two months ago", dt.date(2024, 1, 3), "past", "2023-11"),
        ("a decade ago", WED, "past", "2013"),
        # A week is its days from Monday to Sunday.
        ("last week", WED, "past", "2023-06-05/2023-06-11"),
        ("this week", WED, "past", "2023-06-12/2023-06-18"),
        ("next week", WED, "future", "2023-06-19/2023-06-25"),
    ],
)
def test_resolve_date(text: str, published: dt.date | None, tense: str, expected: str) -> None:
    """Each form of date phrase lands on the documented day, month or year."""
    assert iso(text, published, tense) == expected


@pytest.mark.parametrize(
    ("text", "published", "reason"),
    [
        ("on Sunday", None, "relative date with no publication date"),
        ("in November", None, "relative date with no publication date"),
        ("January 28", None, "relative date with no publication date"),
        ("last year", None, "relative date with no publication date"),
        ("yesterday", None, "relative date with no publication date"),
        ("two weeks ago", WED, "a week is not a day"),
        ("February 30", WED, "no such day"),
        ("2023-02-29", WED, "no such day"),
        ("February 29, 2023", WED, "no such day"),
        ("the talks", WED, "not a date phrase"),
        ("", WED, "not a date phrase"),
    ],
)
def test_unresolved_dates_say_why(text: str, published: dt.date | None, reason: str) -> None:
    """What cannot be a date is Unresolved with a reason, never a guess."""
    resolved = resolve_date(text, published, "past")
    assert isinstance(resolved, Unresolved)
    assert reason in resolved.reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (DateValue.of_day(dt.date(2023, 6, 18)), "2023-06-18"),
        (DateValue.of_month(2023, 2), "2023-02"),
        (DateValue.of_year(2023), "2023"),
    ],
)
def test_iso_keeps_the_precision(value: DateValue, expected: str) -> None:
    """A date prints at its precision, and from_iso reads it back."""
    assert value.iso == expected
    assert DateValue.from_iso(expected) == value


def test_a_month_covers_its_days() -> None:
    """A month or a year is the interval of all its days, leap days included."""
    assert DateValue.of_month(2024, 2) == DateValue(
        dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"
    )
    assert DateValue.of_year(2023).end == dt.date(2023, 12, 31)


@pytest.mark.parametrize("text", ["2023-13", "June", "2023-02-30", "23-06-18", "2023-6-1"])
def test_from_iso_rejects_what_iso_never_writes(text: str) -> None:
    """Only YYYY, YYYY-MM and YYYY-MM-DD naming a real date read back."""
    with pytest.raises(ValueError):
        DateValue.from_iso(text)


@given(st.dates(), st.sampled_from(["day", "month", "year"]))
def test_iso_round_trips(day: dt.date, precision: str) -> None:
    """Every value's ISO form reads back to the same value."""
    value = {
        "day": DateValue.of_day(day),
        "month": DateValue.of_month(day.year, day.month),
        "year": DateValue.of_year(day.year),
    }[precision]
    assert DateValue.from_iso(value.iso) == value


@given(publication_days, st.sampled_from(WEEKDAYS), st.sampled_from(TENSES), st.booleans())
def test_a_weekday_is_within_six_days_on_the_tense_side(
    published: dt.date, weekday: str, tense: str, with_on: bool
) -> None:
    """A bare weekday is on or before publication, or on or after it if future or present."""
    resolved = resolve_date(f"on {weekday}" if with_on else weekday, published, tense)
    assert isinstance(resolved, DateValue)
    assert resolved.precision == "day"
    assert resolved.start.strftime("%A") == weekday
    gap = (resolved.start - published).days
    assert (0 <= gap <= 6) if tense in ("future", "present") else (-6 <= gap <= 0)


@given(publication_days, st.sampled_from(WEEKDAYS), st.sampled_from(TENSES))
def test_last_and_next_weekday_are_strict(published: dt.date, weekday: str, tense: str) -> None:
    """A last weekday is one to seven days before publication, a next one one to seven after."""
    last = resolve_date(f"last {weekday}", published, tense)
    after = resolve_date(f"next {weekday}", published, tense)
    assert isinstance(last, DateValue) and isinstance(after, DateValue)
    assert last.start.strftime("%A") == after.start.strftime("%A") == weekday
    assert 1 <= (published - last.start).days <= 7
    assert 1 <= (after.start - published).days <= 7


@given(
    st.integers(1990, 2100),
    st.sampled_from([1, 12]),
    st.integers(1, 28),
    st.sampled_from(MONTHS),
    st.sampled_from(["past", "future"]),
)
def test_months_in_december_and_january_articles_land_in_the_right_year(
    year: int, pub_month: int, pub_day: int, month: str, tense: str
) -> None:
    """Around new year a month name means this year, last year or next year by tense."""
    published = dt.date(year, pub_month, pub_day)
    number = MONTHS.index(month) + 1
    if tense == "past":
        expected = year if number <= pub_month else year - 1
    else:
        expected = year if number >= pub_month else year + 1
    assert iso(f"in {month}", published, tense) == f"{expected:04d}-{number:02d}"


@given(publication_days, st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)), st.booleans())
def test_a_month_and_day_is_within_a_year_on_the_tense_side(
    published: dt.date, day: dt.date, future: bool
) -> None:
    """A month and day without a year is the nearest one on the tense's side of publication."""
    text = f"{MONTHS[day.month - 1]} {day.day}"
    resolved = resolve_date(text, published, "future" if future else "past")
    assert isinstance(resolved, DateValue)
    assert (resolved.start.month, resolved.start.day) == (day.month, day.day)
    gap = (resolved.start - published).days
    assert (0 <= gap <= 365) if future else (-365 <= gap <= 0)


@given(st.text(max_size=40), st.none() | publication_days, st.text(max_size=8))
def test_resolve_date_never_raises(text: str, published: dt.date | None, tense: str) -> None:
    """Any text, with or without a publication day and with any tense, resolves or says why."""
    assert isinstance(resolve_date(text, published, tense), DateValue | Unresolved)


@given(
    st.lists(st.sampled_from([*WEEKDAYS, *MONTHS, "on", "last", "this", "29", "2024", "ago"])).map(
        " ".join
    ),
    publication_days,
    st.sampled_from(TENSES),
)
def test_resolve_date_never_raises_on_near_dates(text: str, published: dt.date, tense: str) -> None:
    """Jumbles of date words resolve or say why, and never raise."""
    assert isinstance(resolve_date(text, published, tense), DateValue | Unresolved)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Varga is scheduled to visit Kestria on Sunday, June 18, 2023, before she departs "
            "later on Monday.",
            ["on Sunday, June 18, 2023", "later on Monday"],
        ),
        ("Varga may also meet Renn on Sunday.", ["on Sunday"]),
        ("May I ask whether the talks went well?", []),
        ("Theresa May met him.", []),
        (
            "In May, he said it would be held on May 5 or in May 2024.",
            ["In May", "on May 5", "in May 2024"],
        ),
        (
            "since May and last May and early May and late May",
            ["since May", "last May", "early May", "late May"],
        ),
        ("SundayImage: the minister at the airport", []),
        ("Caption (Monday)Photo", ["Monday"]),
        (
            "He met Lund on Monday morning and Renn on Monday afternoon.",
            ["on Monday morning", "on Monday afternoon"],
        ),
        (
            "Last Sunday he left; next Tuesday he returns; this Friday he rests.",
            ["Last Sunday", "next Tuesday", "this Friday"],
        ),
        ("Published 19 Jun 2023 and updated Sept. 27, 2025.", ["19 Jun 2023", "Sept. 27, 2025"]),
        ("He visited in February and again In November.", ["in February", "In November"]),
        (
            "on January 28 and 28 January and the 28th of January",
            ["on January 28", "28 January", "the 28th of January"],
        ),
        ("the 2023-06-18 meeting", ["2023-06-18"]),
        ("the first visit since 2018, and in 2022, but not 2019 alone", ["since 2018", "in 2022"]),
        ("yesterday, today and tomorrow", ["yesterday", "today", "tomorrow"]),
        (
            "earlier this year, last month and last week",
            ["earlier this year", "last month", "last week"],
        ),
        ("the march in March", ["in March"]),
        ("he arrived five years ago", ["five years ago"]),
    ],
)
def test_date_phrases(sentence: str, expected: list[str]) -> None:
    """Date phrases are found whole, in order, and "May" the verb or glued names are not."""
    found = date_phrases(sentence)
    assert [text for _, _, text in found] == expected
    assert all(sentence[start:end] == text for start, end, text in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday, June 18, 2023, he arrived; later on Monday he left.",
        "He came last February, in November last year, and on the 3rd of March.",
        "Talks on Sept. 27 ran late; since 2018, yesterday, three days ago, in early 2022.",
        "Next Tuesday, mid-June, 2023-06-18, tonight and earlier this month.",
    ],
)
def test_every_phrase_found_resolves(sentence: str) -> None:
    """What date_phrases finds, resolve_date can anchor."""
    for _, _, text in date_phrases(sentence):
        assert isinstance(resolve_date(text, WED, "past"), DateValue), text


def test_years_ago_counts_back_from_publication() -> None:
    """A span of years counts back from the publication year, and needs one."""
    assert years_ago(5, WED) == 2018
    assert years_ago(0, dt.date(2024, 1, 1)) == 2024
    assert years_ago(5, None) is None


@given(publication_days, st.sampled_from(WEEKDAYS))
def test_a_weekday_before_its_date_decides_nothing_but_is_noted(
    published: dt.date, weekday: str
) -> None:
    """A weekday before a day keeps the day; it is noted exactly when the day is another."""
    day = published - dt.timedelta(days=3)
    text = f"{weekday}, {MONTHS[day.month - 1]} {day.day}"
    resolved = resolve_date(text, published, "past")
    assert isinstance(resolved, DateValue)
    assert resolved.start == day
    assert (resolved.note == "") == (day.strftime("%A") == weekday)
