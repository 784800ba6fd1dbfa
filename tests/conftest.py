"""Shared fixtures: the real corpus beside the project and one pipeline run over it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from consistency.defaults import PEOPLE_VARIABLE
from consistency.pipeline import run_check
from consistency.schemas import CheckResult

PROJECT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"
BLINKEN = SHARED_CORPUS / "blinken-beijing-2023"
DEMO = PROJECT / "consistency" / "demo_corpus"
SUMMIT = PROJECT / "tests" / "fixtures" / "corpora" / "harbour-summit-2025"
#: Written by someone who had not read the extractors: a test of stories never seen.
HELDOUT = PROJECT / "tests" / "fixtures" / "corpora" / "ministers-call-2026"
#: Every corpus with an editor's expected.yaml: the real pages and three written for the tests.
CORPORA = {"blinken": BLINKEN, "demo": DEMO, "summit": SUMMIT, "heldout": HELDOUT}
_RESULTS: dict[str, CheckResult] = {}

# Property tests run the same examples on every run, so CI's verdict on a commit does not
# depend on luck; `--hypothesis-profile=explore` searches new examples (and keeps the
# failures it finds in .hypothesis/), the way to look for new bugs before landing.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def missing_corpus(folder: Path) -> None:
    """Skip a test whose corpus is not checked out; in CI, where it must be, fail instead."""
    message = f"corpus not found at {folder}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI has ../shared beside the project)")
    pytest.skip(message)


def corpus_result(name: str) -> CheckResult:
    """The pipeline's tables for one corpus, computed once per test session."""
    folder = CORPORA[name]
    if not folder.is_dir():
        missing_corpus(folder)
    if name not in _RESULTS:
        _RESULTS[name] = run_check([folder])
    return _RESULTS[name]


@pytest.fixture(scope="session")
def blinken_dir() -> Path:
    """The folder of real scraped pages, or a skip where it is not checked out."""
    if not BLINKEN.is_dir():
        missing_corpus(BLINKEN)
    return BLINKEN


@pytest.fixture(scope="session")
def blinken_result(blinken_dir: Path) -> CheckResult:
    """The pipeline's tables for the real pages (run once per test session)."""
    return corpus_result("blinken")


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Chromium (tests marked `browser`); skipped where missing, failing in CI."""
    from tests.browsing import chromium  # it imports this module for PROJECT

    yield from chromium()


@pytest.fixture(params=["bundled", "empty"])
def people(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Run each test with the bundled people file and with an empty one."""
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "empty":
            empty = tmp_path / "people.yaml"
            empty.write_text("people: []\n", encoding="utf-8")
            patch.setenv(PEOPLE_VARIABLE, str(empty))
        else:
            patch.delenv(PEOPLE_VARIABLE, raising=False)
        yield str(request.param)
