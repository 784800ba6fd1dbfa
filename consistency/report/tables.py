"""Write a run's articles, claims and findings as Parquet tables, for corpora too large for JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from consistency.report.replace import PathWriter, write_together
from consistency.schemas import CheckResult

#: The files `write_tables` writes, by table.
TABLE_FILES = {
    "articles": "articles.parquet",
    "claims": "claims.parquet",
    "findings": "findings.parquet",
}
# Columns holding tuples of names or ids: written as lists of strings.
_LIST_COLUMNS = ("subject", "outlets", "claim_ids")
# Columns holding tuples of (source, source, relation): written as lists of lists of strings.
_PAIR_COLUMNS = ("pairs",)
# Columns holding JSON-ready values of mixed types (a day, minutes, a bound): written as JSON
# text, since one Parquet column has one type.
_JSON_COLUMNS = ("value",)


def write_tables(result: CheckResult, directory: Path) -> list[Path]:
    """Write articles.parquet, claims.parquet and findings.parquet into `directory`.

    Under temporary names first, then renamed into place together (see replace).
    """
    tables: dict[str, pd.DataFrame] = {
        "articles": result.articles,
        "claims": result.facts,
        "findings": result.findings,
    }
    return write_together(
        directory, [(TABLE_FILES[name], _parquet(frame)) for name, frame in tables.items()]
    )


def _parquet(frame: pd.DataFrame) -> PathWriter:
    """Write one table as Parquet at a given path."""

    def to(path: Path) -> None:
        _parquet_ready(frame).to_parquet(path, engine="pyarrow", index=False)

    return to


def _parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with tuple columns as lists and mixed-value columns as JSON text."""
    ready = frame.reset_index(drop=True).copy()
    for column in ready.columns:
        if column in _LIST_COLUMNS:
            ready[column] = _cells(ready[column], lambda v: [str(x) for x in v])
        elif column in _PAIR_COLUMNS:
            ready[column] = _cells(ready[column], lambda v: [[str(x) for x in p] for p in v])
        elif column in _JSON_COLUMNS:
            ready[column] = _cells(ready[column], _json)
    return ready


def _cells(series: pd.Series, convert: Callable[[Any], Any]) -> list[Any]:
    """Each cell converted, as a plain list (object column)."""
    return [convert(v) for v in series.tolist()]


def _json(value: Any) -> str | None:
    """A JSON-ready value as JSON text; None (null) when there is none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return json.dumps(value, ensure_ascii=False)
