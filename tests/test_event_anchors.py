"""Events dated by the meeting an article reports, events of no one person, bounds of years.

Every sentence is written for these tests (invented people and places).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.engine.comparators import interval_relation
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.normalise.values import normalise_value, value_from_json
from consistency.pipeline import run_check
from tests.test_engine_stories import _write

# A Thursday.
PUBLISHED = dt.date(2031, 3, 20)
MEETING = (
    "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn on"
    " Wednesday. "
)


def _events(body: str) -> list[tuple[tuple[str, ...], object, bool]]:
    """(subject, normalised value, hedged) of each event.date claim of a body."""
    doc = Document.from_body(body, PUBLISHED)
    return [
        (f.subject, normalise_value(f.fact, f.value_text, PUBLISHED, f.tense).value, f.hedged)
        for f in dated_event_claims(doc)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            MEETING + "After the talks, the two ministers issued a joint statement on fishing.",
            [(("joint statement",), "2031-03-19", False)],
        ),
        (
            "In a joint declaration released after their Tallinn summit on Monday, Okafor and"
            " Brekke pledged to reopen the ferry line.",
            [(("joint statement",), "2031-03-17", False)],
        ),
        (
            "The two governments issued a joint communiqué on Tuesday.",
            [(("joint statement",), "2031-03-18", False)],
        ),
    ],
)
def test_a_joint_statement_is_dated_by_its_own_clause_or_the_meeting_it_followed(
    body: str, expected: list[object]
) -> None:
    """A joint statement happens to no one person; "after the talks" gives the talks' day."""
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The meeting is only planned: no day of it is reported.
        "Foreign Minister Adaeze Okafor will hold talks with her counterpart Lars Brekke in"
        " Tallinn on Friday. A joint statement is expected after the talks.",
        # No date and no meeting the statement follows.
        "The joint statement, the fruit of months of drafting, was welcomed in Tallinn.",
        # A statement of one side is no joint statement.
        MEETING + "After the talks, Okafor issued a statement.",
    ],
)
def test_no_joint_statement_date(body: str) -> None:
    assert _events(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # An opening phrase: the main clause's subject held the news conference.
            "Speaking at a news conference on Wednesday, Ilse Varga said the talks went well.",
            [(("Ilse Varga", "news conference"), "2031-03-19", False)],
        ),
        (
            # A clock time alone is a time of the day the article reports; the bracketed
            # conversion to GMT falls on the next day and is not the event's day.
            MEETING + "Okafor was scheduled to hold a press conference at 4:15 pm (0015 GMT"
            " Thursday).",
            [(("Adaeze Okafor", "news conference"), "2031-03-19", True)],
        ),
        (
            "Lars Brekke told a press briefing in Tallinn on Tuesday that the ferry would sail.",
            [(("Lars Brekke", "news conference"), "2031-03-18", False)],
        ),
    ],
)
def test_a_news_conference_is_dated_and_given_to_who_held_it(
    body: str, expected: list[object]
) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The press conference was cancelled.",
        # Nobody named holds it.
        "Speaking at a news conference on Wednesday, a spokesman said the talks went well.",
        # A clock time in an article that reports no meeting held: no day to give it.
        "Foreign Minister Adaeze Okafor is to hold a news conference at 5 pm.",
    ],
)
def test_no_news_conference_date(body: str) -> None:
    assert _events(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Built in 1910, the Villa Rask was once a merchant's home.",
            [(("construction",), "1910", False)],
        ),
        (
            "The lodge, built in 1888, stands by the lake.",
            [(("construction",), "1888", False)],
        ),
        (
            "The hall, which belongs to the city, was built over a century ago for a shipowner.",
            [(("construction",), {"max": "1931"}, False)],
        ),
    ],
)
def test_a_building_is_dated_when_it_was_built(body: str, expected: list[object]) -> None:
    assert _events(body) == expected


def test_building_a_relationship_is_no_construction() -> None:
    assert _events("Okafor and Brekke built a close relationship in 2019.") == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("over a century ago", {"max": "1931"}),
        ("more than two decades ago", {"max": "2011"}),
        ("less than a decade ago", {"min": "2021"}),
        # A count without a bound is its year; a bound on months keeps the month.
        ("two centuries ago", "1831"),
        ("more than three months ago", "2030-12"),
    ],
)
def test_a_bound_on_years_back_is_a_bound_on_the_date(phrase: str, value: object) -> None:
    assert normalise_value("event.date", phrase, PUBLISHED, "past").value == value


def test_a_year_within_a_bound_is_compatible_and_one_beyond_it_conflicts() -> None:
    bound = normalise_value("event.date", "over a century ago", PUBLISHED, "past")
    within = normalise_value("event.date", "in 1910", PUBLISHED, "past")
    beyond = normalise_value("event.date", "in 1950", PUBLISHED, "past")
    assert interval_relation((bound.lo, bound.hi), (within.lo, within.hi), 0) == "compatible"
    assert interval_relation((bound.lo, bound.hi), (beyond.lo, beyond.hi), 0) == "conflict"


def test_a_bound_date_reads_back_from_its_json() -> None:
    """A report's {"max": "1931"} is the interval up to the end of 1931."""
    bound = normalise_value("event.date", "over a century ago", PUBLISHED, "past")
    again = value_from_json("event.date", bound.value)
    assert (again.precision, again.lo, again.hi) == ("bound", bound.lo, bound.hi)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ties soured after a February incident in which Premier Tomas Renn referred to"
            " President Ilse Varga as a tyrant.",
            [(("Tomas Renn", "remark"), "2031-02", False)],
        ),
        (
            # "he" is the person of the sentence before, not the one the remark was about.
            "Premier Tomas Renn ended his news conference in good humour. Asked whether he still"
            ' calls Ilse Varga a "tyrant" -- a comparison that angered Velm when he made it'
            " last year -- he smiled.",
            [(("Tomas Renn", "remark"), "2030", False)],
        ),
        (
            "The envoy Pia Lund recalled an episode in October when Minister Oskar Lind called"
            " Velm a rogue state.",
            [(("Oskar Lind", "remark"), "2030-10", False)],
        ),
    ],
)
def test_a_recalled_remark_is_dated_and_given_to_who_made_it(
    body: str, expected: list[object]
) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Remarks of the day are no recalled episode: a person makes remarks every day.
        "In remarks on Tuesday, Premier Tomas Renn praised the accord.",
        "Premier Tomas Renn called President Ilse Varga a friend on Monday.",
        "Premier Tomas Renn called for calm in May.",
    ],
)
def test_no_remark_date(body: str) -> None:
    assert _events(body) == []


def _conference_findings(tmp_path: Path, days: tuple[str, str]) -> list[str]:
    """The statuses of the news-conference findings of two outlets' articles."""
    articles = {
        "n1": (
            "Harbour Courier",
            "March 20, 2025",
            "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in"
            " Tallinn on Wednesday.",
            f"Speaking at a news conference on {days[0]}, Okafor said the ferry line would reopen.",
        ),
        "n2": (
            "Meridian Wire",
            "20 Mar 2025",
            "Okafor, the foreign minister, met Lars Brekke in the Estonian capital on Wednesday"
            " for a second round of fisheries talks.",
            f"Okafor told a news conference on {days[1]} that quotas were close to agreed.",
        ),
    }
    _write(tmp_path, articles)
    findings = run_check([tmp_path]).findings
    conferences = [
        status
        for status, subject in zip(findings["status"], findings["subject"], strict=True)
        if "news conference" in subject
    ]
    return sorted(conferences)


def test_news_conferences_on_two_days_are_two_events(tmp_path: Path) -> None:
    """A person holds news conferences on many days: two days are no conflict."""
    assert _conference_findings(tmp_path, ("Monday", "Tuesday")) == [
        "single_source",
        "single_source",
    ]


def test_one_news_conference_told_by_two_outlets_agrees(tmp_path: Path) -> None:
    assert _conference_findings(tmp_path, ("Wednesday", "Wednesday")) == ["agree"]


def test_two_buildings_built_years_apart_are_no_conflict(tmp_path: Path) -> None:
    """A story names several buildings: their building years apart are two events."""
    articles = {
        "b1": (
            "Harbour Courier",
            "March 20, 2025",
            "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in"
            " Tallinn on Wednesday.",
            "Built in 1910, the Villa Rask was once a merchant's home.",
        ),
        "b2": (
            "Meridian Wire",
            "20 Mar 2025",
            "Okafor, the foreign minister, met Lars Brekke in the Estonian capital on Wednesday"
            " for a second round of fisheries talks.",
            "The ferry terminal, which was built in 1985, was closed for the day.",
        ),
    }
    _write(tmp_path, articles)
    findings = run_check([tmp_path]).findings
    built = [
        s
        for s, subject in zip(findings["status"], findings["subject"], strict=True)
        if "construction" in subject
    ]
    assert sorted(built) == ["single_source", "single_source"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Premier Tomas Renn will hold a news conference on Friday.",
            [(("Tomas Renn", "news conference"), "2031-03-21", False)],
        ),
        (
            "The visit of Premier Tomas Renn will be followed by a press conference on Saturday.",
            [(("Tomas Renn", "news conference"), "2031-03-22", False)],
        ),
        (
            "Premier Tomas Renn held a news conference on Monday.",
            [(("Tomas Renn", "news conference"), "2031-03-17", False)],
        ),
    ],
)
def test_an_event_told_as_coming_is_dated_ahead(body: str, expected: list[object]) -> None:
    """A weekday of an event still to come is the next such day, of one that was the last."""
    assert _events(body) == expected


def test_a_joint_statement_recalled_from_years_before_is_another(tmp_path: Path) -> None:
    """A joint statement of the week and one recalled from 2021 are two, not a conflict."""
    articles = {
        "j1": (
            "Harbour Courier",
            "March 20, 2025",
            "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in"
            " Tallinn on Wednesday. After the talks, the two sides issued a joint statement.",
        ),
        "j2": (
            "Meridian Wire",
            "20 Mar 2025",
            "Okafor, the foreign minister, met Lars Brekke in the Estonian capital on Wednesday."
            " The accord builds on a joint declaration the two countries signed in 2021.",
        ),
    }
    _write(tmp_path, articles)
    findings = run_check([tmp_path]).findings
    statements = [
        s
        for s, subject in zip(findings["status"], findings["subject"], strict=True)
        if "joint statement" in subject
    ]
    assert sorted(statements) == ["single_source", "single_source"]
