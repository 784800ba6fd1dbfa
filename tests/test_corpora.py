"""The facts an editor finds in each corpus: one test per fact of its expected.yaml."""

from __future__ import annotations

from typing import Any

import pytest

from consistency.extract import EXTRACTED_FACTS
from consistency.schemas import CheckResult
from tests.conftest import CORPORA, corpus_result
from tests.expected_facts import (
    ExpectedFact,
    expected_facts,
    expected_path,
    expected_value,
    finding_for,
    load_expected,
    matching_claim,
    observed_claim_ids,
    same_value,
)

#: Facts the tool does not yet get right, by test id, with why: strict, so a fix must say so.
KNOWN_GAPS = {
    "heldout-11-meeting.date-Teodor_Halvik+Renata_Ostrel": (
        "'the two ministers' in 004: only one of them is titled minister in that article"
    ),
}


def _params() -> list[Any]:
    """A case per fact per corpus; families not extracted yet are strict expected failures."""
    params = []
    for name, folder in CORPORA.items():
        for expected in expected_facts(folder):
            marks = []
            if expected.fact not in EXTRACTED_FACTS:
                reason = f"{expected.fact} is not extracted yet"
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            gap = KNOWN_GAPS.get(f"{name}-{expected.test_id}")
            if gap:
                marks.append(pytest.mark.xfail(reason=gap, strict=True))
            params.append(
                pytest.param(name, expected, id=f"{name}-{expected.test_id}", marks=marks)
            )
    return params


@pytest.mark.corpus
@pytest.mark.parametrize(("corpus", "expected"), _params())
def test_fact_has_expected_verdict_and_values(corpus: str, expected: ExpectedFact) -> None:
    """The finding for the fact has the editor's verdict, and each outlet's value."""
    result = corpus_result(corpus)
    finding = finding_for(result, expected)
    assert finding is not None, f"no single finding for {expected.test_id}"
    assert finding["status"] == expected.data["verdict"], finding["summary"]
    for observation in expected.data["observations"]:
        claims = matching_claim(result, expected, observation, set(finding["claim_ids"]))
        assert not claims.empty, f"no claim from {observation['article']}: {observation['text']}"
        want = expected_value(observation)
        if want is not None:
            assert any(same_value(v, want) for v in claims["value"]), list(claims["value"])
        if observation.get("hedged"):
            assert claims["hedged"].all()


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_no_conflict_beyond_the_editors(corpus: str) -> None:
    """Every conflict the tool reports is one the editor lists."""
    result = corpus_result(corpus)
    facts = expected_facts(CORPORA[corpus])
    listed = [f for f in facts if f.data["verdict"] == "conflict"]
    conflicts = result.findings[result.findings["status"] == "conflict"]
    for row in conflicts.to_dict("records"):
        assert any(_lists(result, f, row) for f in listed), row["summary"]


def _lists(result: CheckResult, expected: ExpectedFact, finding: dict[Any, Any]) -> bool:
    """Tell whether the editor's fact is this finding: same people, else same observed claims."""
    if expected.fact != finding["fact"]:
        return False
    who = expected.data.get("who")
    if who:
        return set(who) == set(finding["subject"])
    return bool(observed_claim_ids(result, expected) & set(finding["claim_ids"]))


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_claim_text_is_the_exact_source_text(corpus: str) -> None:
    """Every claim's text is the source file's text at its span."""
    result = corpus_result(corpus)
    raw = dict(zip(result.articles["article_id"], result.articles["raw_text"], strict=True))
    for row in result.facts.itertuples():
        assert raw[row.article_id][row.start : row.end] == row.text


def _article_params() -> list[Any]:
    """A case per article of every corpus's expected.yaml."""
    params = []
    for name, folder in CORPORA.items():
        if not expected_path(folder).is_file():
            continue
        for file_name, meta in load_expected(folder)["articles"].items():
            params.append(pytest.param(name, file_name, meta, id=f"{name}-{file_name[:3]}"))
    return params


@pytest.mark.corpus
@pytest.mark.parametrize(("corpus", "file_name", "meta"), _article_params())
def test_article_outlet_and_date(corpus: str, file_name: str, meta: dict[str, object]) -> None:
    """Each article has the outlet and publication day the editor reads off the page."""
    articles = corpus_result(corpus).articles
    row = articles[[s.endswith(file_name) for s in articles["source"]]].iloc[0]
    outlet = str(meta["outlet"])
    assert row["outlet"] == (f"unknown ({file_name})" if outlet == "unknown" else outlet)
    assert row["published"] == str(meta["published"])
    if "published_from" in meta:
        assert row["published_from"] == meta["published_from"]
