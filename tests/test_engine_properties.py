"""Properties of the rule engine that must hold for any claims, not only the examples."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.engine import evaluate, load_rules
from consistency.schemas import FactSchema, validate
from tests.conftest import corpus_result
from tests.test_rule_cases import facts_for

RULES = {rule.code: rule for rule in load_rules()}
OUTLETS = st.sampled_from(["Alpha Post", "Beta Wire", "Gamma Times", "Delta News", "Echo Daily"])
DAYS = st.integers(min_value=0, max_value=20)
BASE = dt.date(2024, 3, 1)


def _day(offset: int) -> str:
    """A day in March 2024 as ISO text."""
    return (BASE + dt.timedelta(days=offset)).isoformat()


def _claims(pairs: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Meeting-date claims for (outlet, day offset) pairs."""
    return [{"outlet": outlet, "value": _day(offset)} for outlet, offset in pairs]


def _verdicts(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """The findings as comparable tuples, in id order."""
    columns = ["finding_id", "status", "outlets", "claim_ids", "value"]
    rows = frame.sort_values("finding_id")[columns].itertuples(index=False)
    return [tuple(row) for row in rows]


claims_strategy = st.lists(st.tuples(OUTLETS, DAYS), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(claims_strategy, st.randoms())
def test_permuting_claims_changes_no_finding(pairs: list[tuple[str, int]], rng: Any) -> None:
    """The order claims arrive in changes no finding, its id or its claims."""
    rule = RULES["DT01"]
    facts = facts_for(rule, _claims(pairs))
    shuffled = facts.sample(frac=1, random_state=rng.randint(0, 10_000)).reset_index(drop=True)
    shuffled = validate(FactSchema, shuffled)
    assert _verdicts(evaluate(facts, [rule])) == _verdicts(evaluate(shuffled, [rule]))


@settings(max_examples=40, deadline=None)
@given(claims_strategy)
def test_renaming_outlets_changes_no_status(pairs: list[tuple[str, int]]) -> None:
    """Outlets are interchangeable: renaming them all keeps every status and id."""
    rule = RULES["DT01"]
    renamed = [(outlet[::-1], offset) for outlet, offset in pairs]
    before = evaluate(facts_for(rule, _claims(pairs)), [rule])
    after = evaluate(facts_for(rule, _claims(renamed)), [rule])
    assert sorted(zip(before["finding_id"], before["status"], strict=True)) == sorted(
        zip(after["finding_id"], after["status"], strict=True)
    )


@settings(max_examples=40, deadline=None)
@given(st.lists(OUTLETS, min_size=2, max_size=5, unique=True), DAYS, OUTLETS)
def test_an_agreeing_observation_never_makes_a_conflict(
    outlets: list[str], offset: int, newcomer: str
) -> None:
    """Adding a claim that agrees with an agreement keeps it an agreement."""
    rule = RULES["DT01"]
    pairs = [(outlet, offset) for outlet in outlets]
    before = evaluate(facts_for(rule, _claims(pairs)), [rule])
    after = evaluate(facts_for(rule, _claims([*pairs, (newcomer, offset)])), [rule])
    assert list(before["status"]) == ["agree"]
    assert list(after["status"]) == ["agree"]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=30, max_value=900),
    st.integers(min_value=1, max_value=600),
    st.booleans(),
)
def test_a_value_beyond_the_tolerance_always_conflicts(
    minutes: int, shift: int, longer: bool
) -> None:
    """Two exact durations further apart than the rule's tolerance always conflict."""
    rule = RULES["DU01"]
    other = minutes + shift if longer else max(minutes - shift, 0)
    if abs(other - minutes) <= rule.tolerance:
        return
    facts = facts_for(rule, [{"outlet": "A", "value": minutes}, {"outlet": "B", "value": other}])
    assert list(evaluate(facts, [rule])["status"]) == ["conflict"]


def test_corpus_ids_are_stable_under_input_order() -> None:
    """Running the demo corpus with its facts in reverse order gives the same findings."""
    result = corpus_result("demo")
    rules = load_rules()
    reversed_facts = validate(FactSchema, result.facts.iloc[::-1].reset_index(drop=True))
    assert _verdicts(evaluate(reversed_facts, rules)) == _verdicts(result.findings)
