"""Venues of meetings: how news names them (extract/places.py) and how they compare (PL01)."""

from __future__ import annotations

import pytest

from consistency.engine.venues import containment, place_of, relation
from consistency.extract.places import venue_phrases


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("Varga met Brekke at the Villa Arnsk in Velm on Monday.", "Villa Arnsk"),
        ("They shook hands outside the villa Arnsk and went in.", "villa Arnsk"),
        ("The summit venue, the Arnsk villa and its park, was fenced.", "Arnsk villa"),
        ("The venue was the historic Brenholm estate near Velm.", "Brenholm estate"),
        (
            "They walked across the grounds of the scenic Brenholm country estate.",
            "Brenholm country estate",
        ),
        (
            "Talks began in the Mirror Hall of the Old Palace on Tuesday.",
            "Mirror Hall of the Old Palace",
        ),
        ("They met at the Citadel in Velm, Norland, on Friday.", "Citadel"),
        ("The two met at the Citadel in Velm, Monday, March 4.", "Citadel"),
        ("Varga greeted Brekke at Velm's international airport.", "Velm's international airport"),
        (
            "Set by the lake, the Villa Arnsk was the scene of their first summit in 1990.",
            "Villa Arnsk",
        ),
        ("The Old Palace hosted the talks on Monday.", "Old Palace"),
        ("The Citadel will be the venue for the meeting.", "Citadel"),
    ],
)
def test_a_venue_is_read_without_its_town(sentence: str, venue: str) -> None:
    """Each way of naming a venue gives the venue; its town stays in the sentence for PL01."""
    assert [phrase for _, _, phrase in venue_phrases(sentence)] == [venue]


@pytest.mark.parametrize(
    "sentence",
    [
        "They met in Velm on Monday.",
        "They met at the Velm summit on Monday.",
        "They met at the 2030 Group of Seven meeting.",
        "Brekke was welcomed in the Netherlands.",
        "They met at the end of the day.",
        # Nations, bodies and gatherings host meetings too, but are no venues.
        "Norland hosted the summit.",
        "The United Nations hosted the talks.",
        "The Velm summit was the scene of a row.",
    ],
)
def test_towns_events_and_nations_are_no_venues(sentence: str) -> None:
    """A town alone, an event, a nation or a time is no venue."""
    assert venue_phrases(sentence) == []


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Brenholm estate", "the Brenholm Estate", "same"),
        ("Brenholm estate", "Brenhlom estate", "same"),
        ("Brenholm estate in Velm", "Brenholm estate in Sarnhold", "compatible"),
        ("Villa Arnsk in Velm", "Velm", "compatible"),
        ("the Old Mill", "Velm", "compatible"),
        ("Villa Arnsk in Velm", "Sarnhold", "conflict"),
        ("Harbour Hotel", "Velm's international airport", "conflict"),
        ("Velm", "Sarnhold", "conflict"),
    ],
)
def test_places_compare_as_editors_read_them(one: str, other: str, expected: str) -> None:
    """One venue named several ways, a venue in a town, and two places apart."""
    assert relation(place_of(one), place_of(other)) == expected
    assert relation(place_of(other), place_of(one)) == expected


def test_a_venue_takes_its_town_from_its_sentence() -> None:
    """A venue whose sentence places it in a town conflicts with another town."""
    venue = place_of("Old Mill", "They met at the Old Mill in Velm on Monday.")
    assert relation(venue, place_of("Sarnhold")) == "conflict"
    assert relation(venue, place_of("Velm")) == "compatible"
    in_march = place_of("Old Mill", "They met at the Old Mill in March.")
    assert relation(in_march, place_of("Sarnhold")) == "compatible"


@pytest.mark.parametrize(
    ("around", "inner", "outer", "expected"),
    [
        # One outlet names the hall of the palace: a hall and that palace are one place.
        (
            "Kerr welcomed Odo in the St Anne's Hall of the Grand Amber Palace on Tuesday.",
            "St Anne's Hall",
            "Amber Palace",
            "compatible",
        ),
        (
            "They dined at the Amber Room, a building in the Brenholm Castle.",
            "Amber Room",
            "Brenholm Castle",
            "compatible",
        ),
        # A venue in a town names the town, not another venue there.
        ("They met at the Villa Arnsk in Velm.", "Villa Arnsk", "Velm Castle", "conflict"),
        # Nothing said of the two: two venues.
        ("They met on Monday.", "St Anne's Hall", "Amber Palace", "conflict"),
    ],
)
def test_a_venue_one_source_places_inside_another_is_compatible_with_it(
    around: str, inner: str, outer: str, expected: str
) -> None:
    """What any sentence of the story says of two venues tells how they relate."""
    inside = containment(around)
    one, other = place_of(inner), place_of(outer)
    assert relation(one, other, inside=inside) == expected
    assert relation(other, one, inside=inside) == expected
