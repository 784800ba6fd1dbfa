"""The work one partition of a corpus does on its own: build articles, find their claims.

Everything here is a plain function of picklable values, so Dask can run it in any worker.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consistency.engine.stories import sentence_words
from consistency.extract import claim_rows, sentence_warning
from consistency.extract.incidents import body_incident_keys
from consistency.ingest import _articles as article_rows
from consistency.ingest.assemble import Options
from consistency.ingest.bodies import article_body
from consistency.ingest.inputs import Document, Reading, Rejection, digest
from consistency.ingest.reader import Plan, read_documents
from consistency.ingest.sidecar import Sidecar
from consistency.ingest.story_runs import StoryWords, story_words
from consistency.normalise import claim_values
from consistency.normalise.syndication import sketch
from consistency.normalise.values import Value
from consistency.runtime import collector_paused


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
    #: The warning that some of its sentences are too long to read whole, if they are.
    long_sentences: str | None = None
    #: The document's identity (the digest duplicates are judged on), its source, and the
    #: path and address a sidecar row is matched to.
    identity: str = ""
    source: str = ""
    path: Path = Path()
    url: str | None = None


#: A step of reading: a file to read, a walk's warning or rejection, or a document read
#: already (standard input, which only the client can read).
Step = Path | str | Rejection | Document


@dataclass(frozen=True)
class Read:
    """One partition of the inputs read and built.

    Each document's outcome in reading order, the inputs that could not be read, and the
    warnings reading them gave.
    """

    built: list[Built]
    rejected: list[Rejection]
    warnings: list[str]

    def articles(self, skip: Collection[int] = ()) -> list[Built]:
        """The documents built as articles, but those at the positions in `skip` (repeats)."""
        return [b for i, b in enumerate(self.built) if b.row is not None and i not in skip]


# Each part function is paused (see collector): a worker's heap holds its partitions, which
# every full collection walks while the part makes objects by the thousand.
@collector_paused()
def read_part(steps: Sequence[Step], max_bytes: int, sidecar: Sidecar, options: Options) -> Read:
    """Read one partition's inputs and build each document on its own.

    Files are read here, where they are built, so that their bytes never travel. Each
    document goes through ingest's own article builder alone, so the rows, rejections and
    warnings are those `ingest` gives it; `sidecar` is the corpus's (a copy). Documents with
    the same bytes as one read before are built too: which one is first is told over the
    whole corpus, by the client.
    """
    reading = Reading()
    built: list[Built] = []
    for step in steps:
        if isinstance(step, Document):
            documents: Iterable[Document] = [step]
        else:
            documents = read_documents(Plan((step,), ()), max_bytes, reading)
        built.extend(_build(document, sidecar, options) for document in documents)
    return Read(built, reading.rejected, reading.warnings)


def _build(document: Document, sidecar: Sidecar, options: Options) -> Built:
    """One document's article row and what the corpus-wide steps need of it, or its rejection."""
    rows, rejected, warnings = article_rows([document], sidecar, options)
    url = document.hints.url if document.hints is not None else None
    known = functools.partial(
        Built, identity=digest(document.data), source=document.source, path=document.path, url=url
    )
    if not rows:
        return known(None, rejected[0] if rejected else None, tuple(warnings))
    row = rows[0]
    body = article_body(str(row["raw_text"]), str(row["chrome"]))
    long = sentence_warning(row["source"], row["raw_text"], row["chrome"])
    keys = body_incident_keys(body)
    return known(row, None, tuple(warnings), keys, sketch(body), long)


@dataclass(frozen=True)
class Claimed:
    """One partition's claims, a list per column, with each claim's normalised value.

    Columns pickle far smaller and faster than a dict per claim, and make the table directly.
    """

    columns: dict[str, list[object]]
    values: list[Value]
    #: The story words of its claims' sentences (engine.stories), when they were asked for.
    words: StoryWords | None = None


@collector_paused()
def story_words_part(
    part: Read, days: Mapping[str, str] | None = None, skip: Collection[int] = ()
) -> StoryWords:
    """The story words of one partition's articles (ingest.story_runs.StoryWords).

    `days` are the publication days placed for the corpus, by article id, and `skip` the
    repeats of documents read before, as in claim_part.
    """
    found = StoryWords()
    for b in part.articles(skip):
        assert b.row is not None
        article = str(b.row["article_id"])
        day = _ordinal((days or {}).get(article, b.row["published"]))
        found.read(
            article, day, story_words(article_body(str(b.row["raw_text"]), str(b.row["chrome"])))
        )
    return found


@collector_paused()
def claim_part(
    part: Read,
    keys: Mapping[str, frozenset[str]],
    days: Mapping[str, str] | None = None,
    words: bool = False,
    skip: Collection[int] = (),
) -> Claimed:
    """The claims of one partition's articles, given each article's incident nouns.

    `days` are the publication days placed for the corpus (a day printed without its year
    takes the year of the others), by article id. Each claim's value is worked out here too,
    from its article's publication day, as normalise would. With `words`, the story words
    of the claims' sentences are read too, as the engine's stories() would read them. The
    documents at the positions in `skip` repeat one read before and make no claims.
    """
    records = [b.row for b in part.articles(skip) if b.row is not None]
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
    found = None
    if words:
        day_of = {a: _ordinal(day) for a, day in published.items()}
        found = sentence_words(((r["article_id"], r["sentence"]) for r in rows), day_of)
    return Claimed({name: [row[name] for row in rows] for name in names}, values, found)


def _ordinal(day: object) -> int | None:
    """A publication day (ISO text, or missing) as an ordinal."""
    return dt.date.fromisoformat(day).toordinal() if isinstance(day, str) else None
