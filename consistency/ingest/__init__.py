"""Ingest: turn input files into the validated `articles` table and a `rejected` table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.ingest.assemble import Options, build_article, read_options
from consistency.ingest.bodies import article_body
from consistency.ingest.chrome_rules import chrome_rules, known_outlets
from consistency.ingest.columns import TextColumns, text_dtype
from consistency.ingest.inputs import STDIN, Document, Reading, Rejection, digest
from consistency.ingest.language import language_problem
from consistency.ingest.reader import DEFAULT_MAX_BYTES, plan_inputs, read_documents
from consistency.ingest.sidecar import Sidecar, read_sidecars
from consistency.ingest.years import OTHER_ORDER, YEARLESS, place_years
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


_DAY_KEYS = ("published", "published_from")


def _articles_table(
    columns: TextColumns, days: list[dict[str, Any]] | None = None
) -> DataFrame[ArticleSchema]:
    """Validate the gathered article columns as the articles table.

    `days`, when given, are the rows' days after those without a year were placed.
    """
    if not columns.rows:
        return validate(ArticleSchema, empty(ArticleSchema))
    frame = columns.frame()
    if days is not None:
        for key in _DAY_KEYS:
            frame[key] = pd.Series([d.get(key) for d in days], dtype=text_dtype())
    return validate(ArticleSchema, frame)


class _Builder:
    """Makes documents article rows one at a time; repeats and non-English texts are rejected."""

    def __init__(self, sidecar: Sidecar, options: Options) -> None:
        """Build against the corpus's sidecar rows and the user's options."""
        self.sidecar, self.options = sidecar, options
        self.rules, self.known = chrome_rules(), known_outlets()
        self.rejected: list[Rejection] = []
        self.warnings: list[str] = []
        # Only the digests of the documents seen are kept, not the documents.
        self.first_seen: dict[str, str] = {}

    def build(self, document: Document) -> dict[str, Any] | None:
        """The article row for a document, or None when it is rejected."""
        identity = digest(document.data)
        if identity in self.first_seen:
            duplicate = f"duplicate of {self.first_seen[identity]}"
            self.rejected.append(Rejection(document.source, duplicate))
            return None
        self.first_seen[identity] = document.source
        url = document.hints.url if document.hints is not None else None
        entry = self.sidecar.lookup(document.path, url)
        row, found = build_article(document, entry, self.options, self.rules, self.known)
        problem = language_problem(article_body(row["raw_text"], row["chrome"]))
        if problem is not None:
            self.rejected.append(Rejection(document.source, problem))
            return None
        self.warnings.extend(found)
        return row


def _articles(
    documents: Iterable[Document], sidecar: Sidecar, options: Options
) -> tuple[list[dict[str, Any]], list[Rejection], list[str]]:
    """Article rows for the documents; repeats and articles not in English are rejected."""
    builder = _Builder(sidecar, options)
    rows = [row for row in map(builder.build, documents) if row is not None]
    return rows, builder.rejected, builder.warnings


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
    plan = plan_inputs(inputs)
    explicit = Path(sidecar) if sidecar is not None else None
    table, sidecar_warnings = read_sidecars(plan.sidecars, explicit, plan.files)
    options, option_warnings = read_options(outlet, published, today)
    builder = _Builder(table, options)
    reading = Reading()
    # Each file is read, built and packed into the columns before the next is read, so
    # no file's bytes, lines or layout outlive its row.
    columns = TextColumns(list(ArticleSchema.to_schema().columns))
    # Each row's day and a day without a year, to place those once all days are known.
    days: list[dict[str, Any]] = []
    for document in read_documents(plan, max_bytes, reading):
        row = builder.build(document)
        if row is not None:
            columns.append(row)
            days.append({k: row[k] for k in (*_DAY_KEYS, YEARLESS, OTHER_ORDER) if k in row})
    placed = place_years(days, options.today)
    unused = [f"{e.sidecar}: no input file matches the row for {e.file!r}" for e in table.unused()]
    rejected = [
        {"source": r.source, "reason": r.reason} for r in [*reading.rejected, *builder.rejected]
    ]
    warnings = [
        *reading.warnings,
        *sidecar_warnings,
        *option_warnings,
        *builder.warnings,
        *placed,
        *unused,
    ]
    return Ingested(
        articles=_articles_table(columns, days if placed else None),
        rejected=_table(RejectedSchema, rejected),
        warnings=tuple(warnings),
    )
