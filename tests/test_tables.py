"""`write_tables` writes the articles, claims and findings of a run as Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

import pandas as pd

from consistency.pipeline import run_check
from consistency.report.tables import write_tables

DEMO = Path(__file__).resolve().parent.parent / "consistency" / "demo_corpus"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The three tables of the demo corpus, written and read back."""
    result = run_check([DEMO])
    out = tmp_path_factory.mktemp("tables")
    paths = write_tables(result, out)
    assert [p.name for p in paths] == ["articles.parquet", "claims.parquet", "findings.parquet"]
    return {p.stem: pd.read_parquet(p) for p in paths}


def test_rows_round_trip(tables: dict[str, pd.DataFrame]) -> None:
    """Every row of every table is written, ids included."""
    result = run_check([DEMO])
    assert list(tables["articles"]["article_id"]) == list(result.articles["article_id"])
    assert list(tables["claims"]["claim_id"]) == list(result.facts["claim_id"])
    assert list(tables["findings"]["finding_id"]) == list(result.findings["finding_id"])


def test_tuples_become_lists(tables: dict[str, pd.DataFrame]) -> None:
    """Subjects, outlets and claim ids are lists of strings, not their repr."""
    result = run_check([DEMO])
    written = [list(ids) for ids in tables["findings"]["claim_ids"]]
    assert written == [list(ids) for ids in result.findings["claim_ids"]]
    subjects = [list(s) for s in tables["claims"]["subject"]]
    assert subjects == [list(s) for s in result.facts["subject"]]


def test_values_are_json(tables: dict[str, pd.DataFrame]) -> None:
    """Mixed values (days, minutes, bounds) are JSON text, null when there is none."""
    result = run_check([DEMO])
    for written, value in zip(tables["claims"]["value"], result.facts["value"], strict=True):
        assert (None if pd.isna(written) else json.loads(written)) == value
