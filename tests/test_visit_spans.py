"""Visits' first and last days, and spans of days (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.timex import date_phrases
from consistency.extract.visits import visit_claims
from consistency.normalise.dates import DateValue, resolve_date
from consistency.normalise.values import normalise_value

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)


def _visit_values(body: str) -> list[object]:
    """The normalised values of a body's visit.dates claims."""
    return [
        normalise_value(c.fact, c.value_text, PUBLISHED, c.tense).value
        for c in visit_claims(Document.from_body(body, PUBLISHED))
        if c.fact == "visit.dates"
    ]


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # An airport is where a visit starts; a palace would be a meeting's place.
        (
            "Health Minister Oriel Banet's plane landed at Corvath International Airport "
            "Tuesday afternoon.",
            "2031-03-11",
            None,
        ),
        (
            "Health Minister Oriel Banet touched down in Corvath late Monday local time.",
            "2031-03-10",
            None,
        ),
        # The second day of a three-day visit gives its first and its last day.
        (
            "Health Minister Oriel Banet met President Aldo Fenn on Tuesday, the second day "
            "of a three-day visit.",
            "2031-03-10",
            "2031-03-12",
        ),
        (
            "Health Minister Oriel Banet is in Corvath on a state visit on March 10-12.",
            "2031-03-10",
            "2031-03-12",
        ),
    ],
)
def test_visit_days(body: str, start: str, end: str | None) -> None:
    """Arrivals by air, numbered days with a length, and spans of days date a visit."""
    assert _visit_values(body) == [{"start": start, "end": end}]


@pytest.mark.parametrize(
    "body",
    [
        # "Since 2019" bounds a precedent; it is no day of this visit.
        "Health Minister Oriel Banet arrived in Corvath on the eve of the first talks between "
        "the two countries since 2019.",
        # The date stands in another clause, after a dash.
        "Health Minister Oriel Banet, arriving for the visit -- her aides said -- is to come "
        "back later this year.",
        "Health Minister Oriel Banet arrived at the Old Palace on Tuesday for talks.",
    ],
)
def test_dates_of_other_clauses_date_no_visit(body: str) -> None:
    """A span's bound, a date across a dash and an arrival at a palace give no visit day."""
    assert _visit_values(body) == []


def test_not_due_to_arrive_until_is_the_arrival_day() -> None:
    """'Not due to arrive until Thursday' dates the arrival, hedged."""
    body = "Health Minister Oriel Banet was not due to arrive in Corvath until Thursday."
    (claim,) = visit_claims(Document.from_body(body, PUBLISHED))
    assert claim.hedged
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense).value
    assert value == {"start": "2031-03-13", "end": None}


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "They met on 19 and 20 November 1985 in the villa.",
            "on 19 and 20 November 1985",
            "1985-11-19",
            "1985-11-20",
        ),
        ("The fair runs from May 3 to 5.", "from May 3 to 5", "2031-05-03", "2031-05-05"),
        ("The talks ran on March 10-11.", "on March 10-11", "2031-03-10", "2031-03-11"),
    ],
)
def test_spans_of_days(sentence: str, phrase: str, start: str, end: str) -> None:
    """A span of days in one month is one date phrase and one interval of days."""
    (found,) = date_phrases(sentence)
    assert found[2] == phrase
    # A span without a year lies ahead of publication in the future, behind it in the past.
    value = resolve_date(phrase, PUBLISHED, "future" if start > "2031-03-12" else "past")
    assert isinstance(value, DateValue)
    assert (value.start.isoformat(), value.end.isoformat(), value.precision) == (start, end, "day")
    assert DateValue.from_iso(value.iso) == value


def test_a_future_meeting_is_hedged() -> None:
    """'Will hold talks' is not yet done: hedged until an outlet reports it."""
    body = "Health Minister Oriel Banet will hold talks with President Aldo Fenn on Friday."
    claims = [c for c in meeting_claims(Document.from_body(body, PUBLISHED))]
    assert [(c.fact, c.hedged, c.tense) for c in claims] == [("meeting.date", True, "future")]
