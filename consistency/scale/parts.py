"""The work one partition of a corpus does on its own: build articles, find their claims.

Everything here is a plain function of picklable values, so Dask can run it in any worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from consistency.extract import claim_rows
from consistency.extract.incidents import body_incident_keys
from consistency.ingest import _articles as article_rows
from consistency.ingest.assemble import Options
from consistency.ingest.bodies import article_body
from consistency.ingest.inputs import Document, Rejection
from consistency.ingest.sidecar import Sidecar
from consistency.ingest.story_runs import story_words
from consistency.normalise import claim_values
from consistency.normalise.syndication import sketch
from consistency.normalise.values import Value


@dataclass(frozen=True)
class Built:
    """One document made an article row (or rejected), with what the corpus-wide steps need."""

    row: dict[str, Any] | None
    rejection: Rejection | None
    warnings: tuple[str, ...]
    #: Incident nouns of its body (its story's keys are the union over the story's articles).
    incident_keys: frozenset[str] = frozenset()
    #: Its body's shingle sketch, to find wire copies across the corpus.
    sketch: tuple[int, ...] = ()


def build_part(documents: Sequence[Document], sidecar: Sidecar, options: Options) -> list[Built]:
    """Build one partition's documents (no two with the same bytes), each on its own.

    Each document goes through ingest's own article builder alone, so the rows, rejections
    and warnings are those `ingest` gives it; `sidecar` is the corpus's (a copy).
    """
    built = []
    for document in documents:
        rows, rejected, warnings = article_rows([document], sidecar, options)
        if rows:
            body = article_body(str(rows[0]["raw_text"]), str(rows[0]["chrome"]))
            built.append(
                Built(rows[0], None, tuple(warnings), body_incident_keys(body), sketch(body))
            )
        else:
            built.append(Built(None, rejected[0] if rejected else None, tuple(warnings)))
    return built


@dataclass(frozen=True)
class Claimed:
    """One partition's claims, a list per column, with each claim's normalised value.

    Columns pickle far smaller and faster than a dict per claim, and make the table directly.
    """

    columns: dict[str, list[object]]
    values: list[Value]


def story_words_part(part: Sequence[Built]) -> list[tuple[str, set[str]]]:
    """Each of one partition's articles with its story words (ingest.story_runs.story_words)."""
    return [
        (
            str(b.row["article_id"]),
            story_words(article_body(str(b.row["raw_text"]), str(b.row["chrome"]))),
        )
        for b in part
        if b.row is not None
    ]


def claim_part(
    part: Sequence[Built],
    keys: Mapping[str, frozenset[str]],
    days: Mapping[str, str] | None = None,
) -> Claimed:
    """The claims of one partition's articles, given each article's incident nouns.

    `days` are the publication days placed for the corpus (a day printed without its year
    takes the year of the others), by article id. Each claim's value is worked out here too,
    from its article's publication day, as normalise would.
    """
    records = [b.row for b in part if b.row is not None]
    if days:
        records = [
            {**row, "published": days[row["article_id"]]} if row["article_id"] in days else row
            for row in records
        ]
    rows = claim_rows(records, keys)
    published = {str(row["article_id"]): row["published"] for row in records}
    values = claim_values(
        (str(r["fact"]), str(r["value_text"]), published[str(r["article_id"])], str(r["tense"]))
        for r in rows
    )
    names = list(rows[0]) if rows else []
    return Claimed({name: [row[name] for row in rows] for name in names}, values)
