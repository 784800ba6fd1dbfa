"""Page chrome never yields a claim: the `traps` of expected.yaml, checked on every claim."""

from __future__ import annotations

from typing import Any

import pytest

from consistency.ingest.bodies import article_bodies
from consistency.schemas import CheckResult
from tests.conftest import CORPORA, corpus_result
from tests.expected_facts import trap_phrases

# Text that only page chrome carries in the real pages (menus, boxes, counters, credits).
CHROME_MARKERS = (
    "More stories",
    "Most Read",
    "Min Read",
    "Shares",
    "Page 1 of",
    "Image:",
    "Sept. 27, 2025",
    "BREAKING",
    "hours ago",
    "minutes ago",
    "03:32 min",
)


@pytest.mark.corpus
def test_claims_come_only_from_kept_body_text(blinken_result: CheckResult) -> None:
    """Every claim's span is body text that ingest kept, never blanked chrome."""
    articles = blinken_result.articles
    bodies = dict(zip(articles["article_id"], article_bodies(articles), strict=True))
    for row in blinken_result.facts.itertuples():
        assert bodies[row.article_id][row.start : row.end] == row.text, row.text


@pytest.mark.corpus
@pytest.mark.parametrize("marker", CHROME_MARKERS)
def test_no_claim_sentence_holds_chrome(blinken_result: CheckResult, marker: str) -> None:
    """No claim's sentence carries a chrome marker."""
    sentences = [s for s in blinken_result.facts["sentence"] if marker in s]
    assert sentences == []


@pytest.mark.corpus
def test_no_claim_is_dated_to_the_chrome_years(blinken_result: CheckResult) -> None:
    """Dates from "Most Read" boxes (2025) and "More stories" (January 2023) never appear."""
    values = [str(v) for v in blinken_result.facts["value"] if v is not None]
    assert not [v for v in values if v.startswith(("2025", "2023-01-10"))]


def _trap_phrases() -> list[Any]:
    """Every quoted phrase of every corpus's `traps`, one case per corpus and phrase."""
    return [
        pytest.param(corpus, phrase, id=f"{corpus}-{phrase[:40]}")
        for corpus, folder in sorted(CORPORA.items())
        for phrase in trap_phrases(folder)
    ]


@pytest.mark.corpus
@pytest.mark.parametrize(("corpus", "phrase"), _trap_phrases())
def test_trap_yields_no_claim(corpus: str, phrase: str) -> None:
    """A trap phrase found on a page is in no article body and in no claim's sentence."""
    result = corpus_result(corpus)
    if not any(phrase in raw for raw in result.articles["raw_text"]):
        pytest.skip("an editor's paraphrase, not verbatim page text")
    assert [s for s in result.facts["sentence"] if phrase in s] == []
    assert [b[:60] for b in article_bodies(result.articles) if phrase in b] == []
