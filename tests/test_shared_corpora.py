"""Every fact an editor lists in every shared corpus: one test each, generated from the folders.

A corpus folder added to `../shared/corpus` is tested without new code. Facts the tool does
not get right yet are listed, with why, in `tests/shared_corpus_gaps.yaml`: strict expected
failures, so a fix that makes one pass fails the run until its line is deleted.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from consistency.pipeline import run_check
from consistency.schemas import CheckResult
from tests.conftest import SHARED_CORPUS, corpus_result, missing_corpus
from tests.shared_corpus import FactScore, corpus_folders, load, score

GAPS_FILE = Path(__file__).with_name("shared_corpus_gaps.yaml")
_RESULTS: dict[str, CheckResult] = {}
_SCORES: dict[str, dict[str, FactScore]] = {}


def _gaps() -> dict[str, str]:
    """Known gaps: `corpus/FACT_ID` -> the reason the tool gets it wrong today."""
    if not GAPS_FILE.is_file():
        return {}
    return {str(k): str(v) for k, v in (yaml.safe_load(GAPS_FILE.read_text()) or {}).items()}


def _params() -> list[Any]:
    """A case per fact per corpus folder; known gaps are strict expected failures."""
    gaps = _gaps()
    params = []
    for folder in corpus_folders(SHARED_CORPUS):
        for index, fact in enumerate(load(folder).get("facts") or []):
            fact_id = str(fact.get("id") or f"F{index:02d}")
            key = f"{folder.name}/{fact_id}"
            marks = []
            if key in gaps:
                reason = f"{gaps[key]} (when it passes, delete its line in {GAPS_FILE.name})"
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            params.append(pytest.param(folder, fact_id, id=key, marks=marks))
    return params


def corpus_scores(folder: Path) -> dict[str, FactScore]:
    """The scored facts of one shared corpus, the check run once per test session."""
    if folder.name not in _SCORES:
        _RESULTS[folder.name] = run_check([folder])
        _SCORES[folder.name] = {s.fact_id: s for s in score(_RESULTS[folder.name], folder)}
    return _SCORES[folder.name]


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "fact_id"), _params())
def test_fact_gets_the_editors_verdict(folder: Path, fact_id: str) -> None:
    """One finding holds the fact's evidence, with the editor's verdict, none of it chrome."""
    fact = corpus_scores(folder)[fact_id]
    assert fact.right, f"{fact.fact}: {'; '.join(fact.why)}"
    assert not fact.split, f"{fact.fact}: its evidence is split over several findings"


def test_gap_list_names_only_existing_facts() -> None:
    """A gap line for a fact that no corpus has is stale: the list must shrink with the fixes."""
    if not SHARED_CORPUS.is_dir():
        missing_corpus(SHARED_CORPUS)
    known = {
        f"{folder.name}/{fact.get('id') or f'F{i:02d}'}"
        for folder in corpus_folders(SHARED_CORPUS)
        for i, fact in enumerate(load(folder).get("facts") or [])
    }
    assert set(_gaps()) <= known, sorted(set(_gaps()) - known)


#: A parenthesis opened inside another: "quantity (sentence (years))" (issue 20).
_NESTED = re.compile(r"\([^()]*\(")
#: A duration given as a bare number before the outlet's words: "Meridian Wire: 330 (“".
_BARE_MINUTES = re.compile(r": (?:at (?:least|most) )?\d+(?:\.\d+)?(?: to \d+(?:\.\d+)?)? \(“")


def _corpus_result(name: str) -> CheckResult:
    """One shared corpus's run (shared with the fact tests), or the demo's."""
    if name == "demo":
        return corpus_result("demo")
    corpus_scores(SHARED_CORPUS / name)
    return _RESULTS[name]


@pytest.mark.corpus
@pytest.mark.parametrize("name", [*(f.name for f in corpus_folders(SHARED_CORPUS)), "demo"])
def test_findings_read_cleanly(name: str) -> None:
    """No subject nests parentheses, and every duration in a summary has its unit (issue 20)."""
    findings = _corpus_result(name).findings
    nested = [s for subject in findings["subject"] for s in subject if _NESTED.search(s)]
    assert not nested, nested
    durations = findings[findings["fact"].str.endswith(".duration")]
    bare = [s for s in durations["summary"] if _BARE_MINUTES.search(s)]
    assert not bare, bare
