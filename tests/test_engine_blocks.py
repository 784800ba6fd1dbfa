"""The engine reads and packs a large table in blocks: block sizes never change a finding."""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd
import pytest

import consistency.engine.rows as rows_module
from consistency.engine import evaluate, load_rules
from consistency.pipeline import run_check

# The package's `evaluate` is the function; the module it comes from holds the constant.
evaluate_module = importlib.import_module("consistency.engine.evaluate")

DEMO = Path(__file__).resolve().parents[1] / "consistency" / "demo_corpus"


def test_tiny_blocks_give_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows read 3 at a time and findings packed 2 at a time give the demo's findings."""
    result = run_check([DEMO])
    assert len(result.findings) > 4  # several blocks and frames below
    monkeypatch.setattr(rows_module, "ROWS_PER_BLOCK", 3)
    monkeypatch.setattr(evaluate_module, "FINDINGS_PER_FRAME", 2)
    again = evaluate(result.facts, load_rules([]))
    pd.testing.assert_frame_equal(again, result.findings)
