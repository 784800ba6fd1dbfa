"""The ceremonial occasions of a visit as events of its pair (sentences written for these tests).

A state banquet (a state dinner, a gala dinner), a welcoming ceremony, a wreath-laying and a
joint news conference are event.date claims of the visit's two people with the occasion's
label, whichever of the two a sentence names; told ahead they are hedged; "later in the
evening" puts one on the day told just before. A banquet's day is its own: it is no
meeting.date of the talks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.references import reference_mentions
from tests.two_outlets import outlets_findings

# A Wednesday.
PUBLISHED = dt.date(2026, 5, 13)
PAIR = ("Ilse Varga", "Tomas Renn")
TALKS = "President Ilse Varga of Norland held talks with President Tomas Renn in Velm on Tuesday. "


def _doc(body: str) -> Document:
    """An article body read as the pipeline reads it."""
    doc = Document.from_body(body, PUBLISHED)
    doc.references = reference_mentions(doc)
    return doc


def _occasions(body: str) -> list[tuple[tuple[str, ...], str, bool]]:
    """The event.date claims of a body as (subject, value text, hedged)."""
    return [(c.subject, c.value_text, c.hedged) for c in dated_event_claims(_doc(body))]


@pytest.mark.parametrize(
    ("body", "label", "phrase"),
    [
        (
            TALKS + "Renn hosted a state banquet for Varga and her husband on Tuesday evening "
            "at the Amber Palace.",
            "state banquet",
            "on Tuesday evening",
        ),
        (
            TALKS + "On Tuesday evening, the two attended a gala dinner at the Amber Palace.",
            "state banquet",
            "On Tuesday evening",
        ),
        (
            TALKS + "Renn on Monday hosted a gala dinner in honour of Varga.",
            "state banquet",
            "on Monday",
        ),
        (
            # Print edition: "yesterday" is the day of the talks, and the evening is its.
            "President Ilse Varga and President Tomas Renn held talks in Velm yesterday. Later "
            "in the evening, President Renn hosted the President and her delegation to a state "
            "banquet.",
            "state banquet",
            "yesterday",
        ),
        (
            TALKS + "A state banquet was held in honour of Varga on Tuesday evening.",
            "state banquet",
            "on Tuesday evening",
        ),
        (
            TALKS + "Renn welcomed Varga with a 21-gun salute and a guard of honour on Tuesday.",
            "welcome ceremony",
            "on Tuesday",
        ),
        (
            TALKS + "Varga was welcomed with full military honours in the morning.",
            "welcome ceremony",
            "on Tuesday",
        ),
        (
            TALKS + "On Monday, President Varga laid a wreath at the Tomb of the Unknown Soldier.",
            "wreath laying",
            "On Monday",
        ),
        (
            TALKS + "Varga and Renn gave a joint news conference on Tuesday afternoon.",
            "joint news conference",
            "on Tuesday afternoon",
        ),
    ],
)
def test_an_occasion_of_the_visit_is_the_pairs_event(body: str, label: str, phrase: str) -> None:
    """The pair with the occasion's label, dated in its clause or on the day told before."""
    assert _occasions(body) == [((*PAIR, label), phrase, False)]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "President Tomas Renn will hold talks with President Ilse Varga in Velm today. Renn "
            "will host a state dinner for Varga at the Amber Palace on Tuesday evening.",
            "on Tuesday evening",
        ),
        (
            "President Tomas Renn will hold talks with President Ilse Varga in Velm today. The "
            "two presidents will give a joint press conference after the talks.",
            "today",
        ),
        (
            # The ceremony's own clause tells it ahead; its day is the meeting's, planned.
            "Norland's President Ilse Varga will be received by President Tomas Renn at the "
            "Amber Palace today. A welcome ceremony will be held in the morning.",
            "today",
        ),
    ],
)
def test_an_occasion_told_ahead_is_hedged(body: str, phrase: str) -> None:
    """The programme: hedged, dated as told (after the talks: the talks' planned day)."""
    ((subject, value, hedged),) = _occasions(body)
    assert (subject[:2], value, hedged) == (PAIR, phrase, True)


@pytest.mark.parametrize(
    "body",
    [
        TALKS + "The banquet hall of the palace was closed for repairs.",
        # "and will travel": another clause, whose day is not the banquet's.
        TALKS + "Renn hosted a state banquet for Varga and will travel to Osk on Friday.",
        TALKS + "Renn said the ceremony marked the end of the war.",
        # Denied: no occasion.
        TALKS + "With no joint news conference planned on Tuesday, the two left separately.",
        TALKS + "Varga left on Tuesday evening without a state banquet.",
        # No pair: nobody named and no meeting told.
        "A state banquet was held at the Amber Palace on Tuesday.",
    ],
)
def test_no_occasion_without_its_word_its_day_or_its_pair(body: str) -> None:
    """A banquet hall, another clause's day, another ceremony, nobody's banquet: none."""
    assert _occasions(body) == []


def test_a_banquet_gives_no_day_of_the_talks() -> None:
    """The state banquet's day is an event's; its venue stays the meal's."""
    body = TALKS + "Renn hosted a state banquet for Varga on Monday evening at the Amber Palace."
    claims = [(c.fact, c.value_text) for c in meeting_claims(_doc(body)) if c.subject == PAIR]
    assert claims == [
        ("meeting.date", "on Tuesday"),
        ("meeting.place", "Velm"),
        ("meeting.place", "meal part: Amber Palace"),
    ]


def _findings(tmp_path: Path, told: tuple[str, str]) -> list[tuple[str, str]]:
    """Two outlets' (fact, status) for the pair's meeting and banquet."""
    other = "Norland's President Ilse Varga met President Tomas Renn on Tuesday in Velm."
    findings = outlets_findings(tmp_path, "May 13, 2026", (TALKS, other), told)
    return sorted(
        (str(fact), str(status))
        for fact, status, subject in zip(
            findings["fact"], findings["status"], findings["subject"], strict=True
        )
        if tuple(subject)[:2] == PAIR and fact in ("event.date", "meeting.date")
    )


def test_two_days_of_one_banquet_conflict(tmp_path: Path) -> None:
    """A state dinner on Monday against a state banquet on Tuesday: the banquet conflicts."""
    told = (
        "Renn hosted a state dinner for Varga on Monday evening.",
        "On Tuesday evening, Renn hosted a state banquet for Varga.",
    )
    assert _findings(tmp_path, told) == [("event.date", "conflict"), ("meeting.date", "agree")]


def test_a_banquet_on_the_eve_of_the_talks_is_no_conflict(tmp_path: Path) -> None:
    """Both outlets' banquet on Monday, talks on Tuesday: all agree."""
    told = (
        "Renn hosted a state dinner for Varga on Monday evening.",
        "On Monday evening, Renn hosted a state banquet for Varga.",
    )
    assert _findings(tmp_path, told) == [("event.date", "agree"), ("meeting.date", "agree")]


VISIT = (
    "President Ilse Varga of Norland arrived in Velm on Monday for a three-day state visit. "
    "She held talks with President Tomas Renn on Tuesday. "
)


@pytest.mark.parametrize(
    ("body", "phrase", "hedged"),
    [
        (
            VISIT + "On Wednesday, the visiting president is scheduled to attend a business forum.",
            "On Wednesday",
            True,
        ),
        (VISIT + "Varga is expected to address an investment forum in Velm today.", "today", True),
        (
            VISIT + "About 120 companies are expected to join a business forum on Thursday.",
            "on Thursday",
            True,
        ),
        (VISIT + "Varga spoke at a forum of business leaders on Tuesday.", "on Tuesday", False),
    ],
)
def test_a_programme_item_is_the_visitors(body: str, phrase: str, hedged: bool) -> None:
    """A business forum: the visitor's event, whoever the sentence names; ahead, hedged."""
    assert _occasions(body) == [(("Ilse Varga", "business forum"), phrase, hedged)]


@pytest.mark.parametrize(
    "body",
    [
        VISIT + "The forum on climate opened in Velm on Tuesday.",
        # No visitor and no one named: nobody's forum.
        "About 120 companies are expected to join a business forum on Thursday.",
    ],
)
def test_no_programme_item_without_its_word_or_its_visitor(body: str) -> None:
    """Another forum, or a forum of nobody's visit: none."""
    assert _occasions(body) == []
