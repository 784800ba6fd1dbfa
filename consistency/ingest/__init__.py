"""Ingest: turn input files into the validated `articles` table and a `rejected` table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.ingest.assemble import Options, build_article, read_options
from consistency.ingest.inputs import STDIN, Document, Rejection, digest
from consistency.ingest.language import language_problem
from consistency.ingest.reader import DEFAULT_MAX_BYTES, read_inputs
from consistency.ingest.rules import chrome_rules, known_outlets
from consistency.ingest.sidecar import Sidecar, read_sidecars
from consistency.schemas import ArticleSchema, Model, RejectedSchema, empty, validate

__all__ = ["DEFAULT_MAX_BYTES", "STDIN", "Ingested", "ingest"]


@dataclass(frozen=True)
class Ingested:
    """What ingest produced: accepted articles, rejected inputs, and one-line warnings."""

    articles: DataFrame[ArticleSchema]
    rejected: DataFrame[RejectedSchema]
    warnings: tuple[str, ...] = field(default=())


def _table(model: type[Model], rows: list[dict[str, Any]]) -> DataFrame[Model]:
    """Validate the rows as a table of `model`, with its columns even when empty."""
    columns = list(model.to_schema().columns)
    frame = pd.DataFrame(rows, columns=columns) if rows else empty(model)
    return validate(model, frame)


def _articles(
    documents: Sequence[Document], sidecar: Sidecar, options: Options
) -> tuple[list[dict[str, Any]], list[Rejection], list[str]]:
    """Article rows for the documents; repeats and articles not in English are rejected."""
    rules, known = chrome_rules(), known_outlets()
    rows: list[dict[str, Any]] = []
    rejected: list[Rejection] = []
    warnings: list[str] = []
    first_seen: dict[str, str] = {}
    for document in documents:
        identity = digest(document.data)
        if identity in first_seen:
            rejected.append(Rejection(document.source, f"duplicate of {first_seen[identity]}"))
            continue
        first_seen[identity] = document.source
        url = document.hints.url if document.hints is not None else None
        entry = sidecar.lookup(document.path, url)
        row, found = build_article(document, entry, options, rules, known)
        problem = language_problem(row["body"])
        if problem is not None:
            rejected.append(Rejection(document.source, problem))
            continue
        rows.append(row)
        warnings.extend(found)
    return rows, rejected, warnings


def ingest(
    paths: Sequence[Path],
    *,
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: dt.date | None = None,
) -> Ingested:
    """Read every file under `paths` (and standard input for "-") into articles or rejections.

    `today` is the day publication dates are judged against (future dates are dropped);
    the machine's date when None.
    """
    inputs = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    reading = read_inputs(inputs, max_bytes)
    explicit = Path(sidecar) if sidecar is not None else None
    table, sidecar_warnings = read_sidecars(reading.sidecars, explicit)
    options, option_warnings = read_options(outlet, published, today)
    rows, skipped, article_warnings = _articles(reading.documents, table, options)
    unused = [f"{e.sidecar}: no input file matches the row for {e.file!r}" for e in table.unused()]
    rejected = [{"source": r.source, "reason": r.reason} for r in [*reading.rejected, *skipped]]
    warnings = [*reading.warnings, *sidecar_warnings, *option_warnings, *article_warnings, *unused]
    return Ingested(
        articles=_table(ArticleSchema, rows),
        rejected=_table(RejectedSchema, rejected),
        warnings=tuple(warnings),
    )
