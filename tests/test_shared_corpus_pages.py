"""Every page of every shared corpus: its outlet and day, and no claim on its `traps:`.

Generated from each folder's expected.yaml (`articles:` and `traps:`), so a corpus added to
`../shared/corpus` is tested without new code. Outlets compare by any of the " / "-separated
names, case and punctuation aside; where the editor says `unknown`, the tool must too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from consistency.ingest import ingest
from consistency.pipeline import run_check
from consistency.schemas import CheckResult
from tests.shared_corpus import load, locate
from tests.shared_pages import PageCheck, compare, corpora, expected_articles

#: Pages whose publication day the tool does not get right yet, with why (strict).
DAY_GAPS: dict[str, str] = {}
#: Traps a claim still stands on, with why (strict), by `corpus/page/index`.
TRAP_GAPS: dict[str, str] = {}
_CHECKS: dict[str, dict[str, PageCheck]] = {}
_RUNS: dict[str, CheckResult] = {}


def _checks(folder: Path) -> dict[str, PageCheck]:
    """The page checks of a corpus, its pages ingested once per test session."""
    if folder.name not in _CHECKS:
        rows = ingest([folder]).articles.to_dict("records")
        checks = compare(folder.name, rows, expected_articles(folder))
        _CHECKS[folder.name] = {c.page: c for c in checks}
    return _CHECKS[folder.name]


def _run(folder: Path) -> CheckResult:
    """The whole check of a corpus, run once per test session."""
    if folder.name not in _RUNS:
        _RUNS[folder.name] = run_check([folder])
    return _RUNS[folder.name]


def _page_params(gaps: dict[str, str]) -> list[Any]:
    """A case per page of every corpus; pages in `gaps` are strict expected failures."""
    params = []
    for folder in corpora():
        for page in expected_articles(folder):
            key = f"{folder.name}/{page[:3]}"
            marks = [pytest.mark.xfail(reason=gaps[key], strict=True)] if key in gaps else []
            params.append(pytest.param(folder, page, id=key, marks=marks))
    return params


def _trap_params() -> list[Any]:
    """A case per trap with an article and a text, in every corpus."""
    params = []
    for folder in corpora():
        for index, trap in enumerate(load(folder).get("traps") or []):
            if not isinstance(trap, dict) or not trap.get("text"):
                continue
            article = trap.get("article")
            key = f"{folder.name}/{article:03d}/{index}" if isinstance(article, int) else ""
            key = key or f"{folder.name}/{article}/{index}"
            marks = []
            if key in TRAP_GAPS:
                marks.append(pytest.mark.xfail(reason=TRAP_GAPS[key], strict=True))
            params.append(pytest.param(folder, trap, id=key, marks=marks))
    return params


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "page"), _page_params({}))
def test_page_outlet_is_the_editors(folder: Path, page: str) -> None:
    """The outlet is the one that wrote the story (a wire agency, not its carrier)."""
    check = _checks(folder)[page]
    assert check.outlet_right, (check.outlet, check.expected_outlet)


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "page"), _page_params(DAY_GAPS))
def test_page_day_is_the_editors(folder: Path, page: str) -> None:
    """The publication day is the one the editor reads on the page."""
    check = _checks(folder)[page]
    assert check.day_right, (check.published, check.expected_published)


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "trap"), _trap_params())
def test_no_claim_stands_on_a_trap(folder: Path, trap: dict[str, Any]) -> None:
    """Page chrome (boxes, lists of other stories, footers, credits) yields no claim."""
    result = _run(folder)
    key = f"{trap['article']:03d}" if isinstance(trap["article"], int) else str(trap["article"])
    page = next(p for p in sorted(folder.glob("*.txt")) if p.name.startswith(f"{key}_"))
    spans = locate(str(trap["text"]), page.read_text(encoding="utf-8"))
    assert spans, f"trap text not found in {page.name}"
    ids = set(result.articles.loc[result.articles["source"].map(_name) == page.name, "article_id"])
    facts = result.facts[result.facts["article_id"].isin(ids)]
    on_trap = [
        text
        for text, start, end in zip(facts["text"], facts["start"], facts["end"], strict=True)
        if any(start < e and s < end for s, e in spans)
    ]
    assert not on_trap, on_trap


def _name(source: Any) -> str:
    """A source's file name."""
    return Path(str(source)).name
