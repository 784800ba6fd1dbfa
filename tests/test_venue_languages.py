"""One institution named in two languages is one venue (vocabulary/institutions.yaml).

Sentences written for these tests; no person or place in them is real.
"""

from __future__ import annotations

import pytest

from consistency.engine.venues import place_of, relation
from consistency.extract.places import institution_of, venue_phrases


def _relation(one: tuple[str, str], other: tuple[str, str]) -> str:
    """How two (value, sentence) places of one meeting relate."""
    return relation(place_of(*one), place_of(*other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            ("Cancillería", "Okafor met Brekke at the Cancillería on Tuesday."),
            ("Foreign Ministry", "Okafor met Brekke at the Foreign Ministry on Tuesday."),
        ),
        (
            ("Itamaraty", "The two ministers spoke at Itamaraty after lunch."),
            ("Norlandic Foreign Ministry", "They met at the Norlandic Foreign Ministry."),
        ),
        (
            ("Kanzleramt", "Brekke received Okafor at the Kanzleramt on Friday."),
            ("Chancellery", "Brekke received Okafor at the Chancellery in Velm."),
        ),
    ],
)
def test_an_institution_in_two_languages_is_one_venue(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    """The local name and the English one of a ministry do not conflict."""
    assert _relation(one, other) == "same"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            ("Cancillería", "Okafor met Brekke at the Cancillería on Tuesday."),
            ("Kadri Palace", "Okafor met Brekke at the Kadri Palace on Tuesday."),
        ),
        (
            ("Foreign Ministry", "Okafor met Brekke at the Foreign Ministry on Tuesday."),
            ("Chancellery", "Okafor met Brekke at the Chancellery on Tuesday."),
        ),
    ],
)
def test_two_institutions_or_an_institution_and_a_palace_still_conflict(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    """Only names of one kind of institution are one venue."""
    assert _relation(one, other) == "conflict"


def test_a_local_name_is_read_as_a_venue_without_the() -> None:
    """A local name ("at Itamaraty") names a venue though no venue word or "the" stands with it."""
    text = "The two ministers spoke at Itamaraty after lunch."
    at = text.index("Itamaraty")
    assert venue_phrases(text) == [(at, at + len("Itamaraty"), "Itamaraty")]


@pytest.mark.parametrize(
    "name", ["ministry", "Old Mill", "Foreign Ministry spokesman", "Velm Foreign Trade Office"]
)
def test_other_names_are_no_institution(name: str) -> None:
    """A word of an institution alone, or a name that goes on after it, is none."""
    assert institution_of(name) == ""


def test_a_lower_case_ministry_that_speaks_is_no_venue() -> None:
    """A ministry that speaks ("the foreign ministry said") gives the meeting no place."""
    assert venue_phrases("Okafor met Brekke on Tuesday, the foreign ministry said.") == []
