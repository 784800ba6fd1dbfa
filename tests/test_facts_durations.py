"""How long meetings lasted, on sentences written for these tests about invented people."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import evaluate, load_rules
from consistency.extract.document import Document
from consistency.extract.durations import clock_span_minutes, duration_claims, duration_phrases
from consistency.normalise.values import normalise_value
from tests.test_rule_cases import facts_for

PUBLISHED = dt.date(2024, 3, 13)
MET = (
    "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn "
    "on Tuesday."
)
PAIR = ("Adaeze Okafor", "Lars Brekke")


def _durations(*sentences: str) -> list[tuple[tuple[str, ...], str, bool]]:
    """Each duration claim of an article as (people, phrase, hedged)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text, c.hedged) for c in duration_claims(doc)]


def _minutes(phrase: str) -> object:
    """A duration phrase's normalised value, as the reports show it."""
    return normalise_value("meeting.duration", phrase, PUBLISHED, "past").value


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Okafor called the four-hour talks useful.", "four-hour"),
        ("A 30-minute one-on-one followed the lunch.", "30-minute"),
        ("They held four-hours of talks in the old port.", "four-hours"),
        ("The talks ran for nearly 4-1/2 hours.", "nearly 4-1/2 hours"),
        ("The session, which lasted just over three hours, ended.", "just over three hours"),
        ("In the end the two spent less than three hours together.", "less than three hours"),
        ("The meeting went on for some three hours.", "some three hours"),
    ],
)
def test_a_meetings_length_in_many_wordings(sentence: str, phrase: str) -> None:
    """Hyphened lengths before a meeting noun, qualified lengths, "spent ... together"."""
    assert [p[2] for p in duration_phrases(sentence)] == [phrase]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brekke arrived an hour before the talks began.",
        "Two hours into the meeting, the delegations broke for lunch.",
        "The talks resumed after a 20-minute break.",
        "Okafor gave a 40-minute news conference after the meeting.",
        "The meeting began at 10:30 in the old town hall.",
        "A statement on the talks is expected within two hours.",
        "The court sat for three hours on Tuesday.",
    ],
)
def test_lead_times_breaks_and_times_of_day_are_no_length(sentence: str) -> None:
    """A lead time, another activity, a time of day or a sentence about no meeting: nothing."""
    assert duration_phrases(sentence) == []


def test_a_sentence_that_names_nobody_measures_the_articles_meeting() -> None:
    """A length in a sentence naming nobody is that of the pair the article tells of."""
    found = _durations(
        MET,
        "Reporters waited outside.",
        "When the talks ended after roughly four hours, she smiled.",
    )
    assert found == [(PAIR, "roughly four hours", False)]


def test_a_noun_phrase_with_both_people_carries_the_length() -> None:
    """A "four-hour talks with X" noun phrase names the meeting and its length."""
    found = _durations(
        "Minister Adaeze Okafor called the four-hour talks with Minister Lars Brekke fair."
    )
    assert found == [(PAIR, "four-hour", False)]


def test_a_planned_meeting_is_not_the_articles_meeting() -> None:
    """A meeting only planned does not take the lengths told about the one that was held."""
    found = _durations(
        "Minister Adaeze Okafor and Minister Lars Brekke sign a fisheries deal after blunt talks.",
        "Okafor will meet Trade Minister Ivo Sandvik next month.",
        "The talks lasted about two hours.",
    )
    assert found == [(PAIR, "about two hours", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks are scheduled to last four to five hours.",
        "Aides said they expected the meeting could stretch to five hours or more.",
        "The talks ran shorter than the five hours officials had predicted.",
    ],
)
def test_an_expected_length_is_hedged(sentence: str) -> None:
    """An expectation, wherever its word stands in the clause, is hedged, never an outcome."""
    ((_, _, hedged),) = _durations(MET, sentence)
    assert hedged


def test_a_plan_and_an_outcome_in_one_sentence() -> None:
    """Scheduled for an hour but went on for two: the plan hedged, the outcome not."""
    found = _durations(
        MET, "The talks had been scheduled to take one hour, but they went on for almost two hours."
    )
    assert [(phrase, hedged) for _, phrase, hedged in found] == [
        ("one hour", True),
        ("almost two hours", False),
    ]


def test_a_span_of_clock_times_is_a_length() -> None:
    """A span of clock times is its minutes; a break named with it is taken off."""
    found = _durations(MET, "The talks ran from 13:10 to 14:55 in the castle.")
    assert found == [(PAIR, "from 13:10 to 14:55", False)]
    assert _minutes("from 13:10 to 14:55") == 105
    assert clock_span_minutes("5:48 pm to 8:48 pm with a 25-minute break") == 155
    assert clock_span_minutes("11:30 pm to 1:00 am") == 90


def test_a_start_and_an_end_time_told_apart() -> None:
    """A start time and, a sentence later, an end time give the length between them."""
    found = _durations(
        MET,
        "The talks began at 10:05 local time.",
        "Brekke said the talks ended at 11:50, later than planned.",
    )
    assert found == [(PAIR, "10:05 to 11:50", False)]
    assert _minutes("10:05 to 11:50") == 105


def test_a_part_of_the_meeting_keeps_its_own_length() -> None:
    """A first session and, after the talks resumed, "that round" are parts of the meeting."""
    found = _durations(
        MET,
        "The talks lasted about three hours in all.",
        "The first session, with only the two ministers, ended after about 80 minutes.",
        "After a break the talks resumed with their delegations.",
        "That round ended after about an hour.",
    )
    assert [phrase for _, phrase, _ in found] == [
        "about three hours",
        "first part: about 80 minutes",
        "second part: about an hour",
    ]
    assert _minutes("second part: about an hour") == {"min": 51, "max": 69}


def test_each_part_is_compared_with_the_same_part() -> None:
    """Two outlets' first sessions and second rounds are two findings, neither the whole."""
    rule = next(r for r in load_rules() if r.code == "DU01")
    claims = [
        {"outlet": "A", "value": 180, "text": "three hours"},
        {"outlet": "B", "value": 180, "text": "three hours"},
        {"outlet": "A", "value": 80, "text": "first part: 80 minutes"},
        {"outlet": "B", "value": 80, "text": "first part: 80 minutes"},
        {"outlet": "A", "value": 60, "text": "second part: an hour"},
        {"outlet": "B", "value": 60, "text": "second part: an hour"},
    ]
    findings = evaluate(facts_for(rule, claims), [rule])
    assert sorted(zip(findings["value"], findings["status"], strict=True)) == [
        (60, "agree"),
        (80, "agree"),
        (180, "agree"),
    ]
