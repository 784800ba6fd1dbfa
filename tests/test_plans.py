"""Plans: visits someone is expected, likely or invited to make, and meetings still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.plans import plan_claims
from consistency.extract.timex import names_a_day
from consistency.extract.visits import visit_claims
from consistency.normalise.values import normalise_value

# A Thursday.
PUBLISHED = dt.date(2031, 3, 13)


def _plans(body: str) -> list[Found]:
    """The plan claims of a body published on PUBLISHED."""
    return list(plan_claims(Document.from_body(body, PUBLISHED)))


def _value(claim: Found) -> object:
    """A claim's normalised value."""
    return normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense).value


@pytest.mark.parametrize(
    ("body", "person", "value"),
    [
        (
            "Trade Minister Ines Morrow met Aldo Fenn on Tuesday. Morrow is likely to return to "
            "Velm next week.",
            "Ines Morrow",
            "2031-03-17/2031-03-23",
        ),
        (
            "President Aldo Fenn has invited Trade Minister Ines Morrow -- whom he called a "
            "patient partner -- to come to Kestria later this year.",
            "Ines Morrow",
            "2031",
        ),
        ("Foreign Secretary Lena Dahl plans to visit Tallinn in May.", "Lena Dahl", "2031-05"),
        (
            "Foreign Secretary Lena Dahl, who leads the talks, will head to Port Callis next "
            "month, her office said.",
            "Lena Dahl",
            "2031-04",
        ),
        (
            "Next month, Foreign Secretary Lena Dahl will travel to Port Callis.",
            "Lena Dahl",
            "2031-04",
        ),
        (
            "Prime Minister Tomas Renn has been invited to visit Corvath later this month.",
            "Tomas Renn",
            "2031-03",
        ),
    ],
)
def test_a_plan_dated_by_a_week_month_or_year_is_a_planned_visit(
    body: str, person: str, value: str
) -> None:
    """The visitor is the planner (or the invited guest); the plan is hedged, in the future."""
    (claim,) = _plans(body)
    assert claim.fact == "visit.planned"
    assert claim.subject == (person,)
    assert claim.hedged is True
    assert claim.tense == "future"
    assert _value(claim) == value


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Foreign Secretary Lena Dahl will head to Port Callis on Monday.", "2031-03-17"),
        ("Foreign Secretary Lena Dahl met Renn. She will fly to Velm tomorrow.", "2031-03-14"),
    ],
)
def test_a_plan_dated_by_one_day_is_the_visits_first_day(body: str, start: str) -> None:
    """A planned day is when the visit starts: a hedged visit.dates claim."""
    (claim,) = _plans(body)
    assert claim.fact == "visit.dates"
    assert claim.subject == ("Lena Dahl",)
    assert claim.hedged is True
    assert _value(claim) == {"start": start, "end": None}


@pytest.mark.parametrize(
    "body",
    [
        # Past, negated or unlikely: no plan to read.
        "Foreign Secretary Lena Dahl was expected to travel to Port Callis last month.",
        "Foreign Secretary Lena Dahl will not travel to Port Callis this year.",
        "Foreign Secretary Lena Dahl is unlikely to travel to Port Callis this year.",
        # No place after the verb: "return to the subject" is no journey.
        "Foreign Secretary Lena Dahl will return to the subject next week.",
        # No date: nothing to check.
        "Foreign Secretary Lena Dahl is likely to return to Velm.",
        # The name is not the subject of the plan.
        "Aides to Foreign Secretary Lena Dahl say the delegation will travel to Velm next week.",
        # A question.
        "Will Foreign Secretary Lena Dahl travel to Velm next week?",
        # A date of another clause.
        "Foreign Secretary Lena Dahl will travel to Velm; the vote is due next week.",
    ],
)
def test_no_planned_visit(body: str) -> None:
    """Sentences that tell no dated plan of the person named give no plan claim."""
    assert [c for c in _plans(body) if c.fact.startswith("visit.")] == []


def test_a_scheduled_visit_is_read_once() -> None:
    """A visit extract/visits.py reads ("is expected to travel") is not read again here."""
    body = "Health Minister Oriel Banet is expected to travel to Corvath next month."
    doc = Document.from_body(body, PUBLISHED)
    assert _plans(body) == []
    (claim,) = list(visit_claims(doc))
    assert claim.fact == "visit.planned"
    assert claim.hedged is True
    assert _value(claim) == "2031-04"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Once Kestria names a new trade minister, that person will meet Foreign Secretary "
            "Lena Dahl, an official said.",
            None,
        ),
        (
            "Once a successor is announced, that person will meet with Pentagon chief Lena Dahl.",
            None,
        ),
        (
            "The new envoy is expected to sit down with Foreign Secretary Lena Dahl next week.",
            "2031-03-17/2031-03-23",
        ),
        ("Whoever wins the vote will meet Foreign Secretary Lena Dahl in May.", "2031-05"),
        ("Foreign Secretary Lena Dahl will meet her successor on Monday.", "2031-03-17"),
    ],
)
def test_a_meeting_with_someone_not_named_yet(body: str, value: str | None) -> None:
    """A hedged meeting.date claim about the one person named, with a date or without."""
    (claim,) = _plans(body)
    assert claim.fact == "meeting.date"
    assert claim.subject == ("Lena Dahl",)
    assert claim.hedged is True
    assert (_value(claim) if claim.value_text else None) == value


@pytest.mark.parametrize(
    "body",
    [
        # Both sides named: extract/interactions.py reads the pair.
        "The new envoy, Aldo Fenn, will meet Foreign Secretary Lena Dahl on Monday.",
        "Foreign Secretary Lena Dahl will meet Aldo Fenn on Monday.",
        # Told as done, not planned.
        "That person met Foreign Secretary Lena Dahl on Monday.",
        # A minister who is no unnamed successor.
        "The minister will meet Foreign Secretary Lena Dahl on Monday.",
    ],
)
def test_no_meeting_with_someone_unnamed(body: str) -> None:
    """Meetings whose other side is named, or that are told as done, are not plans here."""
    assert [c for c in _plans(body) if c.fact == "meeting.date"] == []


@pytest.mark.parametrize(
    ("phrase", "one_day"),
    [
        ("on Monday", True),
        ("on 12 May", True),
        ("tomorrow", True),
        ("next week", False),
        ("in May 2031", False),
        ("later this year", False),
    ],
)
def test_names_a_day(phrase: str, one_day: bool) -> None:
    """Weekdays, numbered days and "tomorrow" name one day; weeks, months and years do not."""
    assert names_a_day(phrase) is one_day


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Health Minister Oriel Banet is set to visit Corvath next month.", "2031-04"),
        ("Health Minister Oriel Banet is scheduled to travel to Corvath next week.", None),
        ("Health Minister Oriel Banet is due to arrive in Corvath later this month.", "2031-03"),
        ("Health Minister Oriel Banet is expected to make a trip to Corvath in June.", "2031-06"),
    ],
)
def test_scheduled_visits_with_no_one_day_are_planned(body: str, value: str | None) -> None:
    """Whichever module reads it, a scheduled visit dated by a week or a month is planned."""
    doc = Document.from_body(body, PUBLISHED)
    claims = [*visit_claims(doc), *plan_claims(doc)]
    (claim,) = claims
    assert claim.fact == "visit.planned"
    assert claim.subject == ("Oriel Banet",)
    assert claim.hedged is True
    if value is not None:
        assert _value(claim) == value
