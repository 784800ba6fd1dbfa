"""Ingest: turn input files into the validated `articles` table and a `rejected` table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pandera.typing.pandas import DataFrame

from consistency.schemas import ArticleSchema, RejectedSchema


@dataclass(frozen=True)
class Ingested:
    """What ingest produced: accepted articles, rejected inputs, and one-line warnings."""

    articles: DataFrame[ArticleSchema]
    rejected: DataFrame[RejectedSchema]
    warnings: tuple[str, ...] = field(default=())


def ingest(
    paths: Sequence[Path],
    *,
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Ingested:
    """Read every file under `paths` into articles, or into rejected entries with a reason."""
    raise NotImplementedError
