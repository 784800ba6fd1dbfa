"""Page chrome never yields a claim: the `traps` of expected.yaml, checked on every claim."""

from __future__ import annotations

import pytest

from consistency.schemas import CheckResult

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
    bodies = dict(
        zip(blinken_result.articles["article_id"], blinken_result.articles["body"], strict=True)
    )
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
