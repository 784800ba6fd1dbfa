"""Every shared corpus checked in one run: no finding mixes stories, each story as when alone.

The folders are read from ../shared/corpus, so a story added there is tested without new code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from consistency.pipeline import run_check
from consistency.schemas import CheckResult
from tests.conftest import SHARED_CORPUS, missing_corpus

FOLDERS = (
    sorted(p.name for p in SHARED_CORPUS.iterdir() if (p / "expected.yaml").is_file())
    if SHARED_CORPUS.is_dir()
    else []
)


@cache
def _together() -> CheckResult:
    """One run over every story at once."""
    return run_check([SHARED_CORPUS])


@cache
def _alone(folder: str) -> CheckResult:
    """One story's own run."""
    return run_check([SHARED_CORPUS / folder])


def _folder_of(result: CheckResult) -> dict[str, str]:
    """Each claim's story: the folder its article file sits in."""
    source = dict(zip(result.articles["article_id"], result.articles["source"], strict=True))
    return {
        str(claim): Path(str(source[article])).parent.name
        for claim, article in zip(result.facts["claim_id"], result.facts["article_id"], strict=True)
    }


def _verdicts(result: CheckResult, claims: set[str]) -> set[tuple[Any, ...]]:
    """(fact, status, claims) of each finding that rests on `claims` alone."""
    return {
        (fact, status, tuple(sorted(ids)))
        for fact, status, ids in _columns(result.findings, "fact", "status", "claim_ids")
        if set(ids) <= claims
    }


def _columns(frame: pd.DataFrame, *names: str) -> list[tuple[Any, ...]]:
    """The rows of some columns of a table, as tuples."""
    return list(zip(*(frame[name].tolist() for name in names), strict=True))


@pytest.mark.corpus
def test_no_finding_holds_claims_of_two_stories() -> None:
    """Run on the folder of every story, each finding's claims come from one story's folder."""
    if not FOLDERS:
        missing_corpus(SHARED_CORPUS)
    result = _together()
    folder = _folder_of(result)
    mixed = [
        f"{fact} {subject}: {sorted({folder[c] for c in ids})}"
        for fact, subject, ids in _columns(result.findings, "fact", "subject", "claim_ids")
        if len({folder[c] for c in ids}) > 1
    ]
    assert not mixed, mixed


@pytest.mark.corpus
@pytest.mark.parametrize("folder", FOLDERS)
def test_a_story_among_others_gets_the_findings_of_its_own_run(folder: str) -> None:
    """A story's claims and findings are the same whether checked alone or with the others.

    Extraction learns its words (incident nouns) and names incidents per story, so both runs
    read the same claims; findings are compared by fact, status and the claims each rests on.
    """
    alone, together = _alone(folder), _together()
    ours = {c for c, f in _folder_of(together).items() if f == folder}
    assert ours == set(alone.facts["claim_id"])
    assert _verdicts(alone, ours) == _verdicts(together, ours)
