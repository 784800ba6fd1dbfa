"""Event identity: a story's own meeting is one event whatever the values; two only on evidence."""

from __future__ import annotations

from typing import Any

import pandas as pd

from consistency.engine import evaluate, load_rules
from consistency.schemas import FactSchema, validate
from tests.test_rule_cases import facts_for

RULES = {rule.code: rule for rule in load_rules()}
# facts_for publishes every article on 2023-06-20.


def _statuses(claims: list[dict[str, Any]], code: str = "DT01") -> list[str]:
    """The statuses of the findings of one rule's claims, sorted."""
    rule = RULES[code]
    return sorted(evaluate(facts_for(rule, claims), [rule])["status"])


def test_a_day_a_week_off_is_a_conflict_not_another_meeting() -> None:
    """Two outlets date the story's meeting a week apart: one finding, in conflict."""
    claims = [
        {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "B", "value": "2023-06-19", "text": "Ana and Ben met on Monday"},
        {"outlet": "C", "value": "2023-06-12", "text": "Ana held talks with Ben last Monday"},
    ]
    assert _statuses(claims) == ["conflict"]


def test_met_again_makes_a_second_meeting_of_those_claims_only() -> None:
    """A second meeting takes the claims saying so and those of its day.

    A stray day stays with the first meeting, in conflict with it.
    """
    claims = [
        {"outlet": "A", "value": "2023-06-18", "text": "Ana met Ben on Sunday"},
        {"outlet": "B", "value": "2023-06-18", "text": "Ana met Ben on Sunday"},
        {"outlet": "A", "value": "2023-06-19", "text": "Ana and Ben met again on Monday"},
        {"outlet": "B", "value": "2023-06-19", "text": "Ana and Ben talked on Monday"},
        {"outlet": "C", "value": "2023-06-16", "text": "Ana met Ben on Friday"},
    ]
    assert _statuses(claims) == ["agree", "conflict"]


def test_a_meeting_long_before_publication_is_another_event() -> None:
    """Last year's meeting of the same people is not compared with this week's."""
    claims = [
        {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "B", "value": "2023-06-19", "text": "Ana and Ben met on Monday"},
        {"outlet": "B", "value": "2022-11", "text": "Ana and Ben last met in November"},
    ]
    assert _statuses(claims) == ["agree", "single_source"]


def test_an_undated_article_is_read_at_its_storys_days() -> None:
    """An article without a day still tells of its story's meeting: its other day conflicts."""
    rule = RULES["DT01"]
    facts = facts_for(
        rule,
        [
            {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
            {"outlet": "B", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
            {"outlet": "C", "value": "2023-06-14", "text": "Ana met Ben on June 14"},
        ],
    )
    facts.loc[2, "published"] = None
    assert list(evaluate(validate(FactSchema, facts), [rule])["status"]) == ["conflict"]


def _with(facts: pd.DataFrame, **columns: list[Any]) -> pd.DataFrame:
    """The facts with some columns set row by row."""
    facts = facts.copy()
    for name, values in columns.items():
        facts[name] = values
    return facts


def test_a_duration_is_not_dated_by_an_old_date_in_another_sentence() -> None:
    """A date far back ("known since 2011") dates no meeting length in another sentence."""
    dates, lengths = RULES["DT01"], RULES["DU01"]
    met = facts_for(
        dates,
        [
            {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
            {"outlet": "B", "value": "2011", "text": "Ana, who has known Ben since 2011"},
        ],
    )
    lasted = facts_for(
        lengths,
        [
            {"outlet": "A", "value": 120, "text": "The talks lasted two hours"},
            {"outlet": "B", "value": 240, "text": "The talks lasted four hours"},
        ],
    )
    both = [
        _with(met, article_id=["a", "b"], start=[10, 10]),
        _with(lasted, article_id=["a", "b"], start=[80, 80], claim_id=["d0", "d1"]),
    ]
    facts = validate(FactSchema, pd.concat(both, ignore_index=True))
    findings = evaluate(facts, [dates, lengths])
    durations = findings[findings["rule"] == "DU01"]
    assert list(durations["status"]) == ["conflict"], list(durations["summary"])


def test_an_article_giving_two_days_makes_two_meetings() -> None:
    """An article telling Monday's talks and Tuesday's ceremony makes two meetings.

    A day nobody tells apart goes to the meeting most claims are about, in conflict with it.
    """
    rule = RULES["DT01"]
    claims = [
        {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "A", "value": "2023-06-20", "text": "Ana and Ben held talks on Tuesday"},
        {"outlet": "B", "value": "2023-06-20", "text": "Ana and Ben held formal talks"},
        {"outlet": "C", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "D", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "E", "value": "2023-06-16", "text": "Ana met Ben on Friday"},
    ]
    facts = _with(facts_for(rule, claims), article_id=["a", "a", "b", "c", "d", "e"])
    findings = evaluate(validate(FactSchema, facts), [rule])
    by_outlets = dict(zip(findings["outlets"], findings["status"], strict=True))
    assert by_outlets == {("A", "C", "D", "E"): "conflict", ("A", "B"): "agree"}


def test_a_second_day_no_other_source_gives_is_no_meeting_of_its_own() -> None:
    """One article's stray second day (a misread weekday) stays a conflict with the meeting."""
    rule = RULES["DT01"]
    claims = [
        {"outlet": "A", "value": "2023-06-19", "text": "Ana met Ben on Monday"},
        {"outlet": "A", "value": "2023-06-26", "text": "Ana said she had made progress with Ben"},
        {"outlet": "B", "value": "2023-06-19", "text": "Ana and Ben met on Monday"},
    ]
    facts = _with(facts_for(rule, claims), article_id=["a", "a", "b"])
    assert list(evaluate(validate(FactSchema, facts), [rule])["status"]) == ["conflict"]


def test_a_mention_without_a_day_goes_to_the_event_nearest_the_story_not_the_largest() -> None:
    """Which event is main never depends on how many outlets repeat another."""
    rule = RULES["DT01"]
    claims: list[dict[str, Any]] = [
        {"outlet": "A", "value": "2023-03-04", "text": "Ana met Ben in March"},
        {"outlet": "B", "value": "2022-11-21", "text": "Ana met Ben in November 2022"},
        {"outlet": "C", "value": "2022-11-21", "text": "Ana and Ben met in November 2022"},
        {"outlet": "D", "value": None, "text": "Ana has met Ben"},
    ]
    findings = evaluate(facts_for(rule, claims), [rule])
    outlets = sorted(findings["outlets"])
    assert outlets == [("A", "D"), ("B", "C")], list(findings["summary"])
