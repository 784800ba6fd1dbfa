"""The facts a careful editor finds in the real pages: one test per fact of expected.yaml."""

from __future__ import annotations

import pytest

from consistency.extract import EXTRACTED_FACTS
from consistency.schemas import CheckResult
from tests.conftest import BLINKEN
from tests.expected_facts import (
    ExpectedFact,
    expected_facts,
    expected_value,
    finding_for,
    matching_claim,
    same_value,
)

FACTS = expected_facts(BLINKEN)


def _param(expected: ExpectedFact) -> object:
    """A test case per fact; families not extracted yet are strict expected failures."""
    marks = []
    if expected.fact not in EXTRACTED_FACTS:
        marks.append(pytest.mark.xfail(reason=f"{expected.fact} is not extracted yet", strict=True))
    return pytest.param(expected, id=expected.test_id, marks=marks)


@pytest.mark.corpus
@pytest.mark.parametrize("expected", [_param(f) for f in FACTS])
def test_fact_has_expected_verdict_and_values(
    blinken_result: CheckResult, expected: ExpectedFact
) -> None:
    """The finding for the fact has the editor's verdict, and each outlet's value."""
    finding = finding_for(blinken_result, expected)
    assert finding is not None, f"no single finding for {expected.test_id}"
    assert finding["status"] == expected.data["verdict"], finding["summary"]
    for observation in expected.data["observations"]:
        claims = matching_claim(blinken_result, expected, observation, set(finding["claim_ids"]))
        assert not claims.empty, f"no claim from {observation['article']}: {observation['text']}"
        want = expected_value(observation)
        if want is not None:
            assert any(same_value(v, want) for v in claims["value"]), list(claims["value"])
        if observation.get("hedged"):
            assert claims["hedged"].all()


@pytest.mark.corpus
def test_no_conflict_beyond_the_editors(blinken_result: CheckResult) -> None:
    """Every conflict the tool reports is one the editor lists."""
    listed = {
        (f.fact, frozenset(f.data.get("who", [])))
        for f in FACTS
        if f.data["verdict"] == "conflict"
    }
    conflicts = blinken_result.findings[blinken_result.findings["status"] == "conflict"]
    reported = {(fact, frozenset(s)) for fact, s in zip(conflicts["fact"], conflicts["subject"], strict=True)}
    assert reported <= listed | {(fact, frozenset()) for fact, _ in listed}


@pytest.mark.corpus
def test_claim_text_is_the_exact_source_text(blinken_result: CheckResult) -> None:
    """Every claim's text is the source file's text at its span."""
    raw = dict(zip(blinken_result.articles["article_id"], blinken_result.articles["raw_text"], strict=True))
    for row in blinken_result.facts.itertuples():
        assert raw[row.article_id][row.start : row.end] == row.text
