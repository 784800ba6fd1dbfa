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


def test_a_meals_venue_is_that_parts_own() -> None:
    """'A state dinner at X' gives X as the meal's venue, apart from the talks' venue."""
    body = (
        "President Ana Kerr welcomed Prime Minister Tor Odo at the Old Palace on Tuesday.\n"
        "The two leaders held talks for three hours.\n"
        "The programme will close with a state dinner at the Amber Palace.\n"
    )
    found = _claims(body, "meeting.place")
    assert found == {("Ana Kerr", "Tor Odo"): ["Old Palace", "meal part: Amber Palace"]}
    hedged = [
        c.hedged
        for c in meeting_claims(Document.from_body(body, PUBLISHED))
        if c.value_text.startswith("meal part")
    ]
    assert hedged == [True]  # a programme told in the future is a plan


def test_a_meal_with_the_pair_named_is_theirs() -> None:
    """'A and B toast during their lunch at X': the meal of the pair named."""
    body = "President Ana Kerr and Prime Minister Tor Odo toast during their lunch at the Citadel."
    assert _claims(body, "meeting.place") == {("Ana Kerr", "Tor Odo"): ["meal part: Citadel"]}


@pytest.mark.parametrize(
    "body",
    [
        # No pair told before: a dinner of no one named is no one's meeting.
        "The festival will close with a gala dinner at the Amber Palace.",
        # A meeting noun of no one named is not the article's pair's ("Wednesday's summit"
        # may be another pair's).
        "President Ana Kerr met Prime Minister Tor Odo on Tuesday.\n"
        "Velm is hosting Wednesday's summit at the Amber Palace.\n",
    ],
)
def test_a_meeting_of_no_one_named_is_no_pairs_without_a_meal(body: str) -> None:
    """Only a meal with no one named falls to the pair the article is about."""
    assert "Amber Palace" not in str(_claims(body, "meeting.place"))


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "On Monday, President Ana Kerr and Prime Minister Tor Odo held informal talks at "
            "the Citadel.",
            ("Ana Kerr", "Tor Odo"),
        ),
        (
            "President Ana Kerr held bilateral talks with Prime Minister Tor Odo at the Citadel "
            "on Monday.",
            ("Ana Kerr", "Tor Odo"),
        ),
        (
            # Talks held without "with" take no one after them: Lund joined, Lund is not met.
            "After the summit, President Ana Kerr and Prime Minister Tor Odo held bilateral "
            "talks at the Citadel, joined by Foreign Minister Lena Lund.",
            ("Ana Kerr", "Tor Odo"),
        ),
    ],
)
def test_talks_held_with_words_between_are_a_meeting(body: str, pair: tuple[str, ...]) -> None:
    """'Held informal talks', 'held bilateral talks with X': a meeting of the pair."""
    assert _claims(body, "meeting.place") == {pair: ["Citadel"]}


def test_two_who_welcome_a_thing_did_not_meet() -> None:
    """'A and B welcomed the agreement' tells no meeting; 'A and B greeted each other' does."""
    welcomed = "President Ana Kerr and Prime Minister Tor Odo welcomed the agreement on Tuesday."
    greeted = "President Ana Kerr and Prime Minister Tor Odo greeted each other on Tuesday."
    assert _claims(welcomed, "meeting.date") == {}
    assert _claims(greeted, "meeting.date") == {("Ana Kerr", "Tor Odo"): ["on Tuesday"]}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Meeting Defence Minister Lars Brekke on Tuesday, one day before the long-awaited "
            "summit, Foreign Minister Adaeze Okafor stressed her country's neutrality.",
            "on Tuesday",
        ),
        (
            "After meeting Defence Minister Lars Brekke in Tallinn on Monday, Foreign Minister "
            "Adaeze Okafor said the talks had gone well.",
            "on Monday",
        ),
    ],
)
def test_a_participle_of_meeting_is_the_clause_subjects_meeting(body: str, date: str) -> None:
    """'Meeting X on Tuesday, ..., Y stressed': Y met X on Tuesday."""
    assert _claims(body, "meeting.date")[("Adaeze Okafor", "Lars Brekke")][0] == date


def test_a_meeting_room_is_no_participle() -> None:
    """'Meeting rooms were closed' names no one met."""
    body = "Meeting rooms were closed on Tuesday, Foreign Minister Adaeze Okafor said."
    assert _claims(body, "meeting.date") == {}
