"""Visits: first and last days from arrivals, lengths and endings, and planned visits."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.visits import visit_claims
from consistency.normalise.values import normalise_value

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)


def _visits(body: str, fact: str = "visit.dates") -> list[Found]:
    """The claims of one visit fact in a body."""
    return [c for c in visit_claims(Document.from_body(body, PUBLISHED)) if c.fact == fact]


@pytest.mark.parametrize(
    ("body", "start", "end", "hedged"),
    [
        (
            "Health Minister Oriel Banet arrived in Corvath on Monday for a three-day visit.",
            "2031-03-10",
            "2031-03-12",
            False,
        ),
        (
            "Health Minister Oriel Banet met President Aldo Fenn. Her three-day visit, which "
            "began on Monday, is the first since the border reopened.",
            "2031-03-10",
            "2031-03-12",
            False,
        ),
        (
            "Health Minister Oriel Banet wrapped up a two-day visit to Corvath on Tuesday.",
            "2031-03-10",
            "2031-03-11",
            False,
        ),
        (
            "Health Minister Oriel Banet is expected to travel to Corvath on Monday.",
            "2031-03-17",
            None,
            True,
        ),
        # A trip told in the present for a day to come is a timetable: hedged.
        ("Health Minister Oriel Banet travels to Corvath on Sunday.", "2031-03-16", None, True),
    ],
)
def test_visit_days(body: str, start: str, end: str | None, hedged: bool) -> None:
    """The visit's first and last days come from its boundary word, day and length."""
    (claim,) = _visits(body)
    assert claim.subject == ("Oriel Banet",)
    assert claim.hedged is hedged
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense)
    assert value.value == {"start": start, "end": end}


@pytest.mark.parametrize(
    ("body", "month"),
    [
        (
            "Health Minister Oriel Banet had been due to visit Corvath in January, but the "
            "trip was postponed.",
            "2031-01",
        ),
        (
            "Health Minister Oriel Banet met President Aldo Fenn on Tuesday. A trip originally "
            "planned for January was postponed.",
            "2031-01",
        ),
    ],
)
def test_planned_visits(body: str, month: str) -> None:
    """A visit planned for a month and called off is dated by that month, before publication."""
    (claim,) = _visits(body, "visit.planned")
    assert claim.subject == ("Oriel Banet",)
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense)
    assert value.value == month


def test_a_sentence_opening_on_an_unknown_name_is_not_given_another_visitor() -> None:
    """A visit whose sentence opens on a name not known as a person is not the last person's."""
    body = "Health Minister Oriel Banet spoke on Tuesday. Fenn arrived in Corvath on Monday."
    assert all(c.subject != ("Oriel Banet",) for c in _visits(body))


@pytest.mark.parametrize(
    ("body", "end", "hedged"),
    [
        (
            "Health Minister Oriel Banet flew back to Lisbon on Tuesday morning.",
            "2031-03-11",
            False,
        ),
        ("Minister Oriel Banet headed home on Friday after the talks.", "2031-03-07", False),
        ("Minister Oriel Banet is due to travel on to Oslo on Saturday.", "2031-03-15", True),
        # The present for a day to come is a timetable: hedged, the coming Thursday.
        ("Minister Oriel Banet returns home on Thursday, her office said.", "2031-03-13", True),
    ],
)
def test_the_way_home_is_the_departure(body: str, end: str, hedged: bool) -> None:
    """Flying back, heading home or travelling on dates the visitor's departure, its own fact."""
    assert not _visits(body)
    (claim,) = _visits(body, "visit.departure")
    assert claim.hedged is hedged
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense)
    assert value.value == end


@pytest.mark.parametrize(
    "body",
    [
        "Minister Oriel Banet will return to Corvath later this year.",
        "The negotiators returned to the table on Monday.",
        "Minister Oriel Banet fought back tears on Monday.",
    ],
)
def test_coming_back_is_no_way_home(body: str) -> None:
    """A return to the host country, or to the table, ends no visit."""
    assert not any(c.value_text.startswith(("return", "fought")) for c in _visits(body))
