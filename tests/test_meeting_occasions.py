"""Meetings told without a meeting verb next to both names (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims

# A Thursday.
PUBLISHED = dt.date(2031, 5, 8)


def _claims(body: str, fact: str) -> dict[tuple[str, ...], list[str]]:
    """The claims of one fact in a body: each group's value phrases ("" for none)."""
    found: dict[tuple[str, ...], list[str]] = {}
    for claim in meeting_claims(Document.from_body(body, PUBLISHED)):
        if claim.fact == fact:
            found.setdefault(claim.subject, []).append(claim.value_text)
    return found


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Adaeze Okafor (L) and Defence Minister Lars Brekke (R) shake hands "
        "at the Old Palace in Tallinn on May 6, 2031.",
        "President Ana Kerr (2nd L) and Prime Minister Tor Odo (C-R) shake hands at the Old "
        "Palace in Tallinn, on May 6, 2031.",
        "President Ana Kerr (left) and Prime Minister Tor Odo (right) met at the Old Palace "
        "in Tallinn on May 6, 2031.",
    ],
)
def test_a_caption_note_of_where_one_stands_does_not_part_a_pair(body: str) -> None:
    """'A (L) and B (R) shake hands': the position note leaves A and B one subject."""
    found = _claims(body, "meeting.place")
    assert list(found.values()) == [["Old Palace"]]
    assert len(next(iter(found))) == 2


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Set by the lake, the Villa Arnsk was the scene of another historic meeting some 40 "
            "years earlier, when President Ana Kerr met the leader of Norland, Tor Odo.",
            ("Ana Kerr", "Tor Odo"),
        ),
        (
            "The Old Palace in Velm hosted the talks on Monday, where Foreign Minister Adaeze "
            "Okafor met Defence Minister Lars Brekke.",
            ("Adaeze Okafor", "Lars Brekke"),
        ),
    ],
)
def test_a_venue_that_hosted_a_meeting_is_its_place(body: str, pair: tuple[str, ...]) -> None:
    """'The Villa X was the scene of ... when A met B': the venue before the verb is its place."""
    found = _claims(body, "meeting.place")
    assert list(found) == [pair]
    assert found[pair][0] in ("Villa Arnsk", "Old Palace")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "President Ana Kerr welcomed visiting Norlandic leader Tor Odo at an official "
            "ceremony in the Mirror Hall of the Old Palace on Tuesday afternoon.",
            "Mirror Hall of the Old Palace",
        ),
        ("Prime Minister Tor Odo was greeted by President Ana Kerr at the Citadel.", "Citadel"),
        (
            "President Ana Kerr greets Prime Minister Tor Odo at the Old Palace in Velm",
            "Old Palace",
        ),
    ],
)
def test_a_welcome_is_a_meeting_of_the_two(body: str, place: str) -> None:
    """Greeting or welcoming a guest in person is meeting them, where the sentence says."""
    assert _claims(body, "meeting.place") == {("Ana Kerr", "Tor Odo"): [place]}


@pytest.mark.parametrize(
    "body",
    [
        "President Ana Kerr welcomed Prime Minister Tor Odo's proposal on Tuesday.",
        "President Ana Kerr welcomed the decision on Tuesday, Prime Minister Tor Odo said.",
    ],
)
def test_welcoming_a_persons_words_is_no_meeting(body: str) -> None:
    """'Welcomed Odo's proposal' takes the proposal as its object, not Odo."""
    assert _claims(body, "meeting.date") == {}


def test_a_meeting_he_had_with_someone_is_his() -> None:
    """'On Monday, he had an informal one-on-one meeting with X': he met X on Monday."""
    body = (
        "Prime Minister Tor Odo is in Velm on a state visit.\n"
        "On Monday, he had an informal one-on-one meeting with President Ana Kerr in the "
        "Citadel, which lasted about 4.5 hours.\n"
    )
    assert _claims(body, "meeting.date") == {("Ana Kerr", "Tor Odo"): ["On Monday"]}
