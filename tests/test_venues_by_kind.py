"""A venue told by its kind alone: "at the presidential palace", "at a seaside hotel".

Sentences written for these tests; no person or place in them is real.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine.venues import place_of, relation
from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.places import venue_phrases


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Brekke held talks with Renn at the presidential palace on Monday.",
            "presidential palace",
        ),
        ("The two ministers met at a seaside hotel in the capital.", "seaside hotel"),
        ("Okafor received Brekke at the old royal residence in Velm.", "old royal residence"),
    ],
)
def test_a_venue_told_by_its_kind_is_read_without_the_words_after_it(
    sentence: str, venue: str
) -> None:
    """The kind and its adjectives are the venue; "on Monday" and the town are not."""
    assert [phrase for _, _, phrase in venue_phrases(sentence)] == [venue]


@pytest.mark.parametrize(
    "sentence",
    [
        "They spoke of palaces and parks.",  # plurals with no article name no venue
        "Brekke praised hotels in Velm on Monday.",
    ],
)
def test_kinds_without_an_article_are_no_venue(sentence: str) -> None:
    """Only a kind with "the" or "a" names a venue."""
    assert venue_phrases(sentence) == []


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("presidential palace", "Amber Palace", "same"),  # the palace, named by its kind
        ("seaside hotel", "Kestria Kempinski", "compatible"),  # a name with no kind
        ("seaside hotel", "Arnsk Hotel", "same"),
        ("seaside hotel", "Harbour Palace Kempinski", "compatible"),  # hotels' name words
        ("presidential palace", "Harbour Hotel", "conflict"),
        ("hotel", "Foreign Ministry", "conflict"),  # another kind of venue
        ("seaside hotel", "Villa Arnsk", "conflict"),
        ("presidential palace in Velm", "Amber Palace in Tarvo", "conflict"),  # another town
    ],
)
def test_a_venue_by_kind_is_any_venue_of_its_kind(one: str, other: str, expected: str) -> None:
    """Of the same kind, or of none, it may be the other; of another kind it is not."""
    assert relation(place_of(one), place_of(other)) == expected
    assert relation(place_of(other), place_of(one)) == expected


def _places(body: str) -> list[str]:
    """The meeting.place values an article gives."""
    doc = Document.from_body(body, dt.date(2026, 11, 9))
    return [c.value_text for c in meeting_claims(doc) if c.fact == "meeting.place"]


def test_a_venue_by_kind_is_the_place_of_an_article_that_names_none() -> None:
    """With no venue named, "at the presidential palace" is where they met."""
    body = (
        "Prime Minister Ilse Brekke held talks with President Tomas Renn at the presidential "
        "palace on Monday."
    )
    assert _places(body) == ["presidential palace"]


def test_a_venue_by_kind_after_a_named_one_points_back_to_it() -> None:
    """After "the Amber Palace", "inside the building" is no second place."""
    body = (
        "Prime Minister Ilse Brekke met President Tomas Renn at the Amber Palace on Monday. "
        "Brekke and Renn met again inside the building on Tuesday."
    )
    assert _places(body) == ["Amber Palace"]
