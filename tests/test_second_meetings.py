"""A second meeting on the day of a visit's main talks (sentences written for these tests).

"In the afternoon X was received by B", "X later met B", "X is expected to be received by B
at the palace in the afternoon": no day of its own, so the day the article has just told, or
else the day it gives its main talks. Its venue is the building named, an appositive about it
dropped, a building named only as background no rival.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.references import reference_mentions
from tests.two_outlets import outlets_findings

# A Wednesday.
PUBLISHED = dt.date(2026, 5, 13)
SECOND = ("Ilse Varga", "Oskar Lind")
TALKS = "President Ilse Varga of Norland held talks with President Tomas Renn in Velm on Tuesday. "


def _second(body: str, opening: str = TALKS) -> list[tuple[str, str, bool]]:
    """The claims about Varga and Lind as (fact, value text, hedged)."""
    doc = Document.from_body(opening + body, PUBLISHED)
    doc.references = reference_mentions(doc)
    return [(c.fact, c.value_text, c.hedged) for c in meeting_claims(doc) if c.subject == SECOND]


@pytest.mark.parametrize(
    "body",
    [
        "In the afternoon Varga was received by Prime Minister Oskar Lind at the Amber Palace, "
        "the seat of government.",
        "Later that afternoon, Varga met Prime Minister Oskar Lind at the Amber Palace.",
        "Varga was received by Prime Minister Oskar Lind at the Amber Palace in the evening.",
        "Varga later met Prime Minister Oskar Lind at the Amber Palace, the 29-storey tower "
        "which replaced the old Stone Palace as the seat of government.",
    ],
)
def test_a_meeting_later_that_day_takes_the_talks_day(body: str) -> None:
    """The day of the talks told just before; the venue without its appositive."""
    assert _second(body) == [
        ("meeting.date", "on Tuesday", False),
        ("meeting.place", "Amber Palace", False),
    ]


def test_the_main_talks_day_when_none_is_told_just_before() -> None:
    """Sentences with no day between: the day the article first gives a meeting."""
    body = (
        "The two discussed trade. Ports were on the agenda. So were fisheries. "
        "In the afternoon Varga was received by Prime Minister Oskar Lind."
    )
    assert _second(body) == [("meeting.date", "on Tuesday", False)]


def test_a_reception_ahead_is_hedged_on_the_talks_day() -> None:
    """Told ahead: the talks' "today", hedged."""
    opening = "President Ilse Varga will hold talks with President Tomas Renn in Velm today. "
    body = (
        "Varga is expected to be received by Prime Minister Oskar Lind at the Amber Palace in "
        "the afternoon."
    )
    assert _second(body, opening) == [
        ("meeting.date", "today", True),
        ("meeting.place", "Amber Palace", True),
    ]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        # A day of its own wins.
        (
            "On Thursday afternoon Varga will be received by Prime Minister Oskar Lind.",
            [("meeting.date", "On Thursday afternoon", True)],
        ),
        # An evening that is no part of a day.
        (
            "Varga met Prime Minister Oskar Lind, in the evening of his career.",
            [("meeting.date", "", False)],
        ),
    ],
)
def test_a_day_of_its_own_or_no_part_of_a_day(
    body: str, claims: list[tuple[str, str, bool]]
) -> None:
    """Only a part of a day with no day named takes the talks' day."""
    assert _second(body) == claims


def test_no_day_anywhere_leaves_it_undated() -> None:
    """No meeting dated before: the afternoon's meeting stays without a value."""
    body = "In the afternoon Varga was received by Prime Minister Oskar Lind."
    opening = "President Ilse Varga of Norland flew to Velm. "
    assert _second(body, opening) == [("meeting.date", "", False)]


def test_outlets_agree_on_the_second_meeting(tmp_path: Path) -> None:
    """Three outlets, three wordings: one day and one venue, agreed."""
    told = (
        "In the afternoon Varga was received by Prime Minister Oskar Lind at the Amber Palace, "
        "the seat of government.",
        "Varga later met Prime Minister Oskar Lind at the Amber Palace, the 29-storey tower "
        "which replaced the old Stone Palace as the seat of government.",
        "Varga was received by Prime Minister Oskar Lind at the Amber Palace in the evening.",
    )
    findings = outlets_findings(tmp_path, "May 13, 2026", TALKS, told)
    mine = findings[[tuple(s) == SECOND for s in findings["subject"]]]
    assert sorted(zip(mine["fact"], mine["status"], mine["value"], strict=True)) == [
        ("meeting.date", "agree", "2026-05-12"),
        ("meeting.place", "agree", "Amber Palace"),
    ]
