"""Counts that keep their noun and owner, and conflicts that say why, on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import evaluate, load_rules
from consistency.extract.counts import (
    hyphen_count_claims,
    ordinal_count_claims,
    round_count_claims,
    strength_claims,
)
from consistency.extract.document import Document
from tests.test_rule_cases import facts_for

PUBLISHED = dt.date(2024, 3, 13)
RULES = {rule.code: rule for rule in load_rules()}


def _counts(*sentences: str) -> list[tuple[tuple[str, ...], str, bool]]:
    """Each hyphened count of an article as (subject, number, hedged)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text, c.hedged) for c in hyphen_count_claims(doc)]


def test_the_courses_of_a_meetings_meal_are_the_pairs() -> None:
    """A seven-course dinner after the pair met counts the courses of their meeting."""
    found = _counts(
        "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke on Tuesday.",
        "They were later served a seven- course private dinner.",
    )
    assert found == [(("Adaeze Okafor", "Lars Brekke", "courses"), "seven", False)]


def test_a_count_of_something_else_has_no_owner() -> None:
    """A 12-member panel counts members, of no meeting's meal (a delegation's: delegations.py)."""
    assert _counts("A 12-member panel travelled to Velm.") == [(("members",), "12", False)]


def test_a_planned_meal_is_hedged() -> None:
    """Being due at a six-course banquet is a plan."""
    found = _counts(
        "Minister Adaeze Okafor met Minister Lars Brekke.", "They were due at a six-course banquet."
    )
    assert [hedged for *_, hedged in found] == [True]


def test_a_conflicts_summary_names_the_ranges_that_do_not_meet() -> None:
    """The summary says which two values cannot both be true, and why, in hours and minutes."""
    rule = RULES["DU01"]
    claims = [
        {"outlet": "A", "value": {"min": 135, "max": 165}, "text": "about 2.5 hours"},
        {"outlet": "B", "value": {"min": 180, "max": 207}, "text": "just over three hours"},
        {"outlet": "C", "value": {"min": None, "max": 240}, "text": "less than four hours"},
    ]
    (summary,) = evaluate(facts_for(rule, claims), [rule])["summary"]
    assert summary.endswith(
        "“about 2.5 hours” (2 h 15 min to 2 h 45 min) and “just over three hours” (3 h to 3 h "
        "27 min) cannot both be true: the first is at most 2 h 45 min, the second at least 3 h."
    )


def _ordinals(*sentences: str) -> list[tuple[tuple[str, ...], str]]:
    """Each ordinal count of a pair's meetings in an article as (subject, ordinal)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text) for c in ordinal_count_claims(doc)]


PAIR = ("Adaeze Okafor", "Lars Brekke")
MET = "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke on Tuesday."


def test_an_ordinal_counts_the_pairs_meetings_of_one_kind() -> None:
    """The second time they met in person and their second face-to-face summit: one count."""
    found = _ordinals(
        MET,
        "It was only the second time they have met in person.",
        "This is the pair's seventh interaction since 2021.",
        "It was their second face-to-face summit.",
    )
    assert found == [
        ((*PAIR, "in-person meetings"), "second"),
        ((*PAIR, "interactions"), "seventh"),
        ((*PAIR, "in-person meetings"), "second"),
    ]


def test_a_part_of_one_meeting_is_no_count_of_meetings() -> None:
    """A second round of talks and a second day number parts of one meeting."""
    found = _ordinals(
        MET, "The second round of talks began at noon.", "On the second day they ate."
    )
    assert found == []


def _rounds(body: str) -> list[tuple[tuple[str, ...], str]]:
    """(subject, ordinal) of each count of rounds in a body."""
    doc = Document.from_body(body, PUBLISHED)
    return [(c.subject, c.value_text) for c in round_count_claims(doc)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Negotiators closed a sixth round of trade talks in Lima on Friday.", "sixth"),
        ("The 6th round of free trade negotiations ended without a deal.", "6th"),
        ("Officials completed the fifth round of talks in Oslo.", "fifth"),
        ("The bloc's ninth round of consultations opened on Monday.", "ninth"),
    ],
)
def test_which_round_of_talks_is_a_count_of_rounds(body: str, expected: str) -> None:
    """The sixth round of talks counts rounds of talks, whatever the talks are called."""
    assert _rounds(body) == [(("rounds",), expected)]


@pytest.mark.parametrize(
    "body",
    [
        "The seventh round is pencilled in for June in Oslo.",
        "The seventh round of talks will take place in Oslo in June.",
        "A seventh round is expected before the summer.",
    ],
)
def test_a_round_only_planned_is_no_count(body: str) -> None:
    """The next round, only planned, is another round: it counts nothing."""
    assert _rounds(body) == []


def test_rounds_of_something_else_are_another_series() -> None:
    """A round of sanctions is no round of talks."""
    assert _rounds("A third round of sanctions hit the banks.") == [
        (("rounds of sanctions",), "third")
    ]


@pytest.mark.parametrize(
    ("body", "subject", "number"),
    [
        ("The country's 60-strong team left on Monday.", "team members", "60"),
        ("A 1,200-strong Italian contingent guarded the port.", "contingent members", "1,200"),
        ("A forty-strong crew sailed at dawn.", "crew members", "forty"),
    ],
)
def test_a_groups_strength_counts_its_members(body: str, subject: str, number: str) -> None:
    """A 60-strong team counts the team's members (a delegation's: delegations.py)."""
    doc = Document.from_body(body, PUBLISHED)
    assert [(c.subject, c.value_text) for c in strength_claims(doc)] == [((subject,), number)]
