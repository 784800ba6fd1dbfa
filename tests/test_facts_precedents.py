"""Precedents ("the first ... since"), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from consistency.engine import load_rules
from consistency.engine.comparators import Observation, compare_precedents
from consistency.extract.document import Document
from consistency.extract.precedents import precedent_claims
from consistency.normalise.values import normalise_value, precedent_event

PUBLISHED = dt.date(2023, 11, 15)
RULE = next(rule for rule in load_rules() if rule.code == "PR01")
MET = (
    "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn on "
    "Tuesday."
)


def _value(text: str) -> Any:
    """A precedent phrase's normalised value, counted back from PUBLISHED."""
    return normalise_value("precedent.since_year", text, PUBLISHED, "past").value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first visit since 2017", 2017),
        ("first visit in six years", 2017),
        ("first to the capital in about 6½ years", 2017),
        ("first state visit to Norland for four years", 2019),
        ("first time in a year", 2022),
        ("first time in over a year", {"min": None, "max": 2022}),
        ("first in almost a year", {"min": 2022, "max": 2023}),
        ("first since the flood of 12 May 2021", 2021),
        ("first summit since she took office", "since she took office"),
    ],
)
def test_a_precedent_counts_back_from_the_publication_day(text: str, value: Any) -> None:
    """Written years, counts of years (qualified ones as ranges) and event bounds."""
    assert _value(text) == value


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("since Okafor took office", "since she became prime minister"),
        ("since the invasion of Kestria", "since Norland invaded Kestria"),
        ("since the Norlandic invasion", "since the invasion"),
        ("since she secured a third term", "since her re-election"),
        ("since he obtained an unprecedented second mandate", "since he was re-elected"),
    ],
)
def test_one_event_in_other_words_is_one_bound(one: str, other: str) -> None:
    """Every start of a term is "took office"; an event is named by its own first word."""
    assert precedent_event(one) == precedent_event(other) != ""


def _observation(outlet: str, text: str) -> Observation:
    """One outlet's precedent, normalised as the pipeline normalises it."""
    value = normalise_value("precedent.since_year", text, PUBLISHED, "past")
    return Observation(outlet, value.value, value.lo, value.hi, value.precision, text=text)


@pytest.mark.parametrize(
    ("one", "other", "relation"),
    [
        ("first visit since 2017", "first visit in about 6½ years", "same"),
        ("first visit since 2017", "first visit since 2015", "conflict"),
        ("first talks in over a year", "first talks in a year", "compatible"),
        ("first talks in almost a year", "first talks since 2020", "conflict"),
        ("first summit since she took office", "first summit since 2019", "compatible"),
        ("first summit since she took office", "first summit since she was sworn in", "same"),
    ],
)
def test_precedents_compare_as_spans_of_years(one: str, other: str, relation: str) -> None:
    """Years that cannot both be true conflict; an event bound fits any year."""
    assert compare_precedents(_observation("A", one), _observation("B", other), RULE) == relation


def _claims(*sentences: str) -> list[tuple[tuple[str, ...], str, bool]]:
    """Each precedent claim of an article as (subject, phrase, hedged)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text, c.hedged) for c in precedent_claims(doc)]


def test_a_meetings_precedent_is_the_pairs() -> None:
    """A first face-to-face talks in a year is about the two who met."""
    found = _claims(MET, "It was their first face-to-face talks in a year.")
    assert found == [
        (("Adaeze Okafor", "Lars Brekke"), "first face-to-face talks in a year", False)
    ]


def test_a_plan_in_another_clause_does_not_hedge_a_precedent() -> None:
    """A plan in the clause before ("are set to hold talks in Velm, where ...") hedges nothing."""
    found = _claims(
        "Minister Adaeze Okafor arrived in Velm on Monday.",
        "Okafor and Brekke are set to hold more talks in Velm, where she is on her first visit "
        "in four years.",
    )
    assert [(phrase, hedged) for _, phrase, hedged in found] == [
        ("first visit in four years", False)
    ]


def test_how_long_two_people_have_known_each_other() -> None:
    """Known since 2011 and together over the last 10 or 12 years: the pair's, compatible."""
    found = _claims(
        MET,
        "Okafor praised Brekke, whom she has known since 2011.",
        "Brekke said they had spent many hours together over the last 10 or 12 years.",
    )
    assert [(subject, phrase) for subject, phrase, _ in found] == [
        (("Adaeze Okafor", "Lars Brekke"), "known since 2011"),
        (
            ("Adaeze Okafor", "Lars Brekke"),
            "spent many hours together over the last 10 or 12 years",
        ),
    ]
    assert _value("spent many hours together over the last 10 or 12 years") == {
        "min": 2011,
        "max": 2013,
    }
    first = _observation("A", "known since 2011")
    other = _observation("B", "spent many hours together over the last 10 or 12 years")
    assert compare_precedents(first, other, RULE) == "compatible"


def test_a_further_term_is_another_event_than_taking_office() -> None:
    """A third term's start is not the first day in office: two records, both true."""
    assert precedent_event("since she secured a third term") == "began a term"
    assert precedent_event("since she took office") == "took office"
    assert precedent_event("since the term limit was lifted") not in ("began a term", "")
