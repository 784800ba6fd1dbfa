"""Shared fixtures: the real corpus beside the project and one pipeline run over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.pipeline import run_check
from consistency.schemas import CheckResult

PROJECT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"
BLINKEN = SHARED_CORPUS / "blinken-beijing-2023"


@pytest.fixture(scope="session")
def blinken_dir() -> Path:
    """The folder of real scraped pages, or a skip where it is not checked out."""
    if not BLINKEN.is_dir():
        pytest.skip(f"shared corpus not found at {BLINKEN}")
    return BLINKEN


@pytest.fixture(scope="session")
def blinken_result(blinken_dir: Path) -> CheckResult:
    """The pipeline's tables for the real pages (run once per test session)."""
    return run_check([blinken_dir])
