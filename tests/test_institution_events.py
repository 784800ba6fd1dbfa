"""Rulings and talks begun: dated events of an institution or a process, no person's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.engine.comparators import interval_relation
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.normalise.values import normalise_value
from tests.two_outlets import two_outlet_statuses

PUBLISHED = dt.date(2031, 3, 24)


def _events(body: str) -> list[tuple[tuple[str, ...], str, object]]:
    """(subject, claim text, normalised value) of each event.date claim of a body."""
    doc = Document.from_body(body, PUBLISHED)
    return [
        (
            f.subject,
            body[f.start : f.end],
            normalise_value(f.fact, f.value_text, PUBLISHED, f.tense).value,
        )
        for f in dated_event_claims(doc)
    ]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        (
            "The Northern Tribunal ruled on the dispute over the Lerna delta in December 2029.",
            "Tribunal ruled on the dispute over the Lerna delta in December 2029",
            "2029-12",
        ),
        (
            "In 2029 the court ruled that the Osk river is shared by both states.",
            "In 2029 the court ruled",
            "2029",
        ),
        (
            "The court's December 1, 2029 judgment on the canal angered Kestria.",
            "court's December 1, 2029 judgment",
            "2029-12-01",
        ),
        (
            "Velm has never accepted the arbitration panel's 2027 ruling on the border.",
            "panel's 2027 ruling",
            "2027",
        ),
        (
            "A court in Velm decided in 2028 that the port belongs to Kestria.",
            "court in Velm decided in 2028",
            "2028",
        ),
        (
            "Both governments said they would respect the verdict handed down last month.",
            "verdict handed down last month",
            "2031-02",
        ),
    ],
)
def test_a_ruling_is_dated_and_is_the_institutions(body: str, text: str, value: str) -> None:
    assert _events(body) == [(("ruling",), text, value)]


@pytest.mark.parametrize(
    "body",
    [
        "The court ruled out a retrial in May.",
        "The ruling party won the vote in May 2029.",
        "King Aldo ruled the country in the 1990s.",
        # What the court decided holds the date, not the ruling.
        "The court ruled that the deal signed in 2019 was void.",
        # The opening date is the report's.
        "In May, Velm said the court ruled against it.",
    ],
)
def test_no_ruling_date(body: str) -> None:
    assert [e for e in _events(body) if e[0] == ("ruling",)] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two countries launched talks in May 2029 on a trade pact.",
            ("launched talks in May 2029", "2029-05"),
        ),
        (
            "Negotiations were launched almost four years ago.",
            ("Negotiations were launched almost four years ago", {"min": "2027", "max": "2027"}),
        ),
        (
            "Little has moved since talks began in 2028.",
            ("talks began in 2028", "2028"),
        ),
        (
            "The talks, launched in 2028, have stalled over fishing quotas.",
            ("talks, launched in 2028", "2028"),
        ),
        (
            "Negotiations that began in 2027 are stuck.",
            ("Negotiations that began in 2027", "2027"),
        ),
        (
            "Kestria and Velm started formal negotiations last year.",
            ("started formal negotiations last year", "2030"),
        ),
    ],
)
def test_talks_begun_well_before_the_story_are_dated(
    body: str, expected: tuple[str, object]
) -> None:
    assert _events(body) == [(("talks began",), *expected)]


@pytest.mark.parametrize(
    "body",
    [
        # Talks begun on the story's own days are its meeting.
        "The two leaders began talks on Monday in Velm.",
        "Talks will resume in June.",
        "The talks in Velm ended on Monday.",
    ],
)
def test_no_talks_began_date(body: str) -> None:
    assert _events(body) == []


def test_almost_years_back_counts_back_from_the_page_day() -> None:
    """A little less than four years before 24 March 2031: from March to September 2027."""
    almost = normalise_value("event.date", "almost four years ago", PUBLISHED, "past")
    inside = normalise_value("event.date", "in May 2027", PUBLISHED, "past")
    before = normalise_value("event.date", "in 2026", PUBLISHED, "past")
    late = normalise_value("event.date", "in November 2028", PUBLISHED, "past")
    span = (almost.lo, almost.hi)
    assert interval_relation(span, (inside.lo, inside.hi), 0) == "compatible"
    assert interval_relation(span, (before.lo, before.hi), 0) == "conflict"
    assert interval_relation(span, (late.lo, late.hi), 0) == "conflict"
    # On a page of November the same count reaches into the next year.
    november = normalise_value("event.date", "almost four years ago", dt.date(2031, 11, 20), "past")
    assert november.value == {"min": "2027", "max": "2028"}


def _ruling_findings(tmp_path: Path, told: tuple[str, str]) -> list[str]:
    """The statuses of the ruling findings of two outlets' articles."""
    return two_outlet_statuses(tmp_path, told, 2031, "Osk river", lambda name: name == "ruling")


def test_one_ruling_at_two_precisions_is_compatible(tmp_path: Path) -> None:
    assert _ruling_findings(
        tmp_path,
        (
            "The Northern Tribunal ruled on the dispute in December 2029.",
            "Neither side has carried out the tribunal's 2029 ruling on the river.",
        ),
    ) == ["compatible"]


def test_a_ruling_told_in_two_years_conflicts(tmp_path: Path) -> None:
    assert _ruling_findings(
        tmp_path,
        (
            "The Northern Tribunal ruled on the dispute in December 2029.",
            "In 2027 the court ruled that the river is shared.",
        ),
    ) == ["conflict"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In 2019, Ilse Varga was elected president of Kestria.",
            [(("Ilse Varga", "term began"), "In 2019, Ilse Varga was elected", "2019")],
        ),
        (
            "In February Foreign Minister Lars Brekke was dismissed.",
            [
                (
                    ("Lars Brekke", "dismissal"),
                    "In February Foreign Minister Lars Brekke was dismissed",
                    "2031-02",
                )
            ],
        ),
        (
            "On Friday, Ambassador Tomas Renn resigned.",
            [
                (
                    ("Tomas Renn", "resignation"),
                    "On Friday, Ambassador Tomas Renn resigned",
                    "2031-03-21",
                )
            ],
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_a_persons_event(
    body: str, expected: list[object]
) -> None:
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The opening date is the report's, or another clause's.
        "On Monday, Ilse Varga said she was re-elected.",
        "On Tuesday, Ilse Varga, who was recalled to Velm, met Lars Brekke.",
        "In May Ilse Varga met Lars Brekke and was later re-elected.",
    ],
)
def test_an_opening_date_of_another_clause_dates_no_persons_event(body: str) -> None:
    assert _events(body) == []
