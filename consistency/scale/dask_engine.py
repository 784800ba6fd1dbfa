"""Run the pipeline on Dask: ingest and extraction per partition of files, rules per group.

The corpus-wide steps (duplicates, sidecar rows, incident nouns, canonical names, wire copies)
run on the client between the partitioned ones, so the findings are those of `run_check`.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask.base
import dask.config
import pandas as pd
from dask.delayed import delayed
from pandera.typing.pandas import DataFrame

from consistency.engine import load_rules
from consistency.engine.evaluate import check_comparators, group_findings
from consistency.engine.events import EventIndex, event_indexes
from consistency.engine.rows import group_positions, grouped_rows, shared_cells
from consistency.engine.rule import Rule
from consistency.engine.stories import Stories, stories
from consistency.engine.unnamed import adopt_unnamed
from consistency.extract import (
    article_days,
    claims_table,
    incident_keys_by_story,
)
from consistency.ingest.assemble import read_options
from consistency.ingest.inputs import STDIN, STDIN_NAME, Document, Reading, Rejection
from consistency.ingest.reader import DEFAULT_MAX_BYTES, Plan, plan_inputs, read_stdin
from consistency.ingest.sidecar import read_sidecars
from consistency.ingest.story_runs import StoryWords, stories_by_words
from consistency.ingest.years import OTHER_ORDER, YEARLESS, place_years
from consistency.normalise import normalise, sources_table
from consistency.normalise.syndication import group_origins
from consistency.pipeline import Progress
from consistency.runtime import collector_paused
from consistency.scale.parts import (
    Built,
    Claimed,
    Read,
    Step,
    claim_part,
    read_part,
    story_words_part,
)
from consistency.schemas import (
    ArticleSchema,
    CheckResult,
    FindingSchema,
    Model,
    RejectedSchema,
    empty,
    validate,
)

# Dask's functions are untyped: call them through names typed Any.
_delayed: Any = delayed
_compute: Any = dask.base.compute
_persist: Any = dask.base.persist

# Documents per partition when the caller does not say. Small enough that the partitions
# are many (80 at 10k articles on 2 workers): a worker that drew one more partition than the
# other waits less (at 500, 22 partitions: workers 49 and 41 CPU s at 10k; at 125: 43 and 46).
FILES_PER_PARTITION = 125
# Groups of claims per rules task.
GROUPS_PER_TASK = 2000


def _literal(value: Any, label: str) -> Any:
    """`value` as a Dask graph node that Dask neither searches nor hashes.

    Dask looks through every argument of a task for collections and, for a pure task, hashes
    all of it: over the claim rows of 10k articles that took 66 s, ten times the rules' work.
    A value wrapped once can also be shared by many tasks without being copied into each.
    """
    return _delayed(value, name=f"{label}-{uuid.uuid4().hex}", traverse=False)


def run_check_dask(
    paths: Sequence[Path],
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    rules_dirs: Sequence[Path] = (),
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> CheckResult:
    """`run_check` on Dask, with findings identical to the pandas engine's.

    `scheduler` is a cluster's address ("tcp://host:8786"), a local scheduler's name
    ("threads", "processes", "synchronous"), or None for Dask's default (a running Client).
    `partitions` is how many parts the articles are read and extracted in.
    """
    with _scheduler(scheduler):
        options = _Options(partitions, sidecar, published, outlet, max_bytes)
        return _run(paths, rules_dirs, options, progress)


@contextmanager
def _scheduler(scheduler: str | None) -> Iterator[None]:
    """Make the named scheduler Dask's default for the run."""
    if scheduler is None:
        yield
    elif "://" in scheduler:
        from distributed import Client  # only needed for a cluster

        client: Any = Client
        with client(scheduler, set_as_default=True):
            yield
    else:
        with dask.config.set(scheduler=scheduler):
            yield


@dataclass(frozen=True)
class _Ingested:
    """Ingest's tables, the partitions (kept where Dask computed them) and what each built."""

    articles: DataFrame[ArticleSchema]
    rejected: DataFrame[RejectedSchema]
    warnings: tuple[str, ...]
    parts: tuple[Any, ...]
    built: list[Built]
    #: Each partition's positions of documents that repeat one read before.
    skips: tuple[frozenset[int], ...] = ()
    #: Days placed for articles whose page printed theirs without a year, by article id.
    placed: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Options:
    """How the inputs are read and split: partitions, sidecar, defaults and the size limit."""

    partitions: int | None
    sidecar: Path | None
    published: str | None
    outlet: str | None
    max_bytes: int


# Paused over the whole run: the client takes in every partition's articles and claims
# (Dask unpickles them in its own thread) and makes the tables from them. Full collections
# over that growing heap were about half of the client's time unpickling.
@collector_paused()
def _run(
    paths: Sequence[Path],
    rules_dirs: Sequence[Path],
    options: _Options,
    progress: Progress | None,
) -> CheckResult:
    """Every stage: partitioned where articles are independent, on the client where not."""
    tell = progress or (lambda stage, done, total: None)
    tell("ingest", 0, 0)
    ingested = _ingest(paths, options)
    articles, built = ingested.articles, ingested.built
    total = len(articles)
    tell("ingest", total, total)
    tell("extract", 0, total)
    # Incident nouns are learnt per story, as extract_claims learns them; undated articles
    # are placed by their words, read in the partitions.
    days = _literal(ingested.placed, "placed-days")
    parts = list(zip(ingested.parts, map(_skipped, ingested.skips), strict=True))
    story_of = stories_by_words(article_days(articles), lambda: _story_words(parts, days))
    own = {str(b.row["article_id"]): b.incident_keys for b in built if b.row is not None}
    keys = incident_keys_by_story(own, story_of)
    claim = _delayed(claim_part, pure=True)
    shared_keys = _literal(keys, "incident-keys")
    # Wire copies are found from the sketches on a worker while the others read claims.
    outlets, sketches = _sketches(built)
    origins_task = _delayed(group_origins, pure=True)(
        _literal(outlets, "outlets"), _literal(sketches, "sketches")
    )
    # The engine places undated articles by their claims' words, read where the claims are.
    words = any(day is None for day in article_days(articles).values())
    *claimed, origin = _compute(
        *[claim(part, shared_keys, days, words, skip) for part, skip in parts], origins_task
    )
    claims = claims_table(_joined([c.columns for c in claimed]), story_of)
    # Each article's long sentences were found where it was built, in the articles' order.
    long = (b.long_sentences for b in built if b.row is not None and b.long_sentences)
    warnings = (*ingested.warnings, *long)
    tell("extract", total, total)
    tell("normalise", 0, total)
    # By claim id: the corpus-wide steps of claims_table drop and relabel claims
    # (reported speech that tells no quote), so the parts' values follow the table's rows.
    value_of = {
        claim_id: value
        for c in claimed
        for claim_id, value in zip(c.columns.get("claim_id", ()), c.values, strict=True)
    }
    values = [value_of[claim_id] for claim_id in claims["claim_id"].tolist()]
    facts = normalise(claims, articles, origin=origin, values=values)
    tell("normalise", total, total)
    tell("rules", 0, total)
    findings = _findings(facts, load_rules(rules_dirs), _words(claimed))
    tell("rules", total, total)
    return CheckResult(
        articles=articles,
        rejected=ingested.rejected,
        facts=facts,
        findings=findings,
        warnings=warnings,
        sources=sources_table(origin),
    )


def _ingest(paths: Sequence[Path], given: _Options) -> _Ingested:
    """Read and build the inputs in partitions, and put the tables together here."""
    inputs = [Path(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
    plan = plan_inputs(inputs)
    sidecar = Path(given.sidecar) if given.sidecar else None
    table, sidecar_warnings = read_sidecars(plan.sidecars, sidecar, plan.files)
    options, option_warnings = read_options(given.outlet, given.published)
    steps = _steps(plan, given.max_bytes)
    count = given.partitions or _partition_count(len(steps))
    read = _delayed(read_part, pure=True)
    shared = given.max_bytes, _literal(table, "sidecar"), _literal(options, "options")
    parts = _persist(
        *[read(_literal(steps[a:b], "steps"), *shared) for a, b in _balanced(_sizes(steps), count)]
    )
    reads: list[Read] = list(_compute(*parts))
    built, skips, rejected = _first_of_each(reads)
    rows = [b.row for b in built if b.row is not None]
    # A day printed without its year takes the year of the corpus's other days, as in ingest.
    pending = {str(row["article_id"]) for row in rows if row.get(YEARLESS) or row.get(OTHER_ORDER)}
    placed_warnings = place_years(rows, options.today)
    placed = {
        str(row["article_id"]): str(row["published"])
        for row in rows
        if str(row["article_id"]) in pending and row.get("published")
    }
    for b in built:
        table.lookup(b.path, b.url)  # marks the sidecar rows used, as ingest does
    unused = [f"{e.sidecar}: no input file matches the row for {e.file!r}" for e in table.unused()]
    warnings = (
        *(w for part in reads for w in part.warnings),
        *sidecar_warnings,
        *option_warnings,
        *(w for b in built for w in b.warnings),
        *placed_warnings,
        *unused,
    )
    return _Ingested(
        articles=_table(ArticleSchema, rows),
        rejected=_table(
            RejectedSchema, [{"source": r.source, "reason": r.reason} for r in rejected]
        ),
        warnings=warnings,
        parts=tuple(parts),
        built=built,
        skips=tuple(skips),
        placed=placed,
    )


def _steps(plan: Plan, max_bytes: int) -> list[Step]:
    """The plan's steps, standard input read here (a worker has none): what each part reads."""
    steps: list[Step] = []
    stdin = False
    for step in plan.steps:
        if not (isinstance(step, Path) and str(step) == STDIN):
            steps.append(step)
            continue
        # Read as read_documents reads it: once, and a rejection when named again.
        reading = Reading()
        if stdin:
            reading.reject(STDIN_NAME, "standard input named twice; read once")
        else:
            read_stdin(max_bytes, reading)
        stdin = True
        steps.extend([*reading.warnings, *reading.rejected, *reading.documents])
    return steps


def _sizes(steps: Sequence[Step]) -> list[int]:
    """How much reading each step is: a file's size, a document's text (a walk's note: 0)."""
    sizes = []
    for step in steps:
        size = 0
        if isinstance(step, Document):
            size = len(step.text)
        elif isinstance(step, Path):
            with contextlib.suppress(OSError, ValueError):  # reading it will say why
                size = step.stat().st_size
        sizes.append(size)
    return sizes


def _first_of_each(
    reads: Sequence[Read],
) -> tuple[list[Built], list[frozenset[int]], list[Rejection]]:
    """The documents whose bytes were not read before, in reading order, and what was not.

    Also the positions of each partition's repeats (they make no claims) and the rejected
    inputs in the order ingest gives them: those that could not be read, then repeats and
    refused articles in reading order.
    """
    first_seen: dict[str, str] = {}
    built: list[Built] = []
    skips: list[frozenset[int]] = []
    rejected = [r for part in reads for r in part.rejected]
    for part in reads:
        skip = set()
        for position, outcome in enumerate(part.built):
            first = first_seen.get(outcome.identity)
            if first is not None:
                skip.add(position)
                rejected.append(Rejection(outcome.source, f"duplicate of {first}"))
                continue
            first_seen[outcome.identity] = outcome.source
            built.append(outcome)
            if outcome.rejection is not None:
                rejected.append(outcome.rejection)
        skips.append(frozenset(skip))
    return built, skips, rejected


def _partition_count(documents: int) -> int:
    """Partitions of at most FILES_PER_PARTITION documents, as many for every worker.

    Each partition's claims are read where it was built, so a count that is not a multiple
    of the workers leaves one worker with a partition more (3 parts on 2 workers: 2 to 1).
    """
    slots = _worker_threads()
    return slots * max(1, math.ceil(documents / (slots * FILES_PER_PARTITION)))


def _worker_threads() -> int:
    """The threads that run tasks: a cluster's workers' when a client is the default."""
    try:
        from distributed import default_client  # only with a cluster

        client: Any = default_client
        threads: dict[str, int] = client().nthreads()
        return max(1, sum(threads.values()))
    except (ImportError, ValueError):  # no distributed, or no client: a local scheduler
        return os.cpu_count() or 1


def _balanced(sizes: Sequence[int], count: int) -> list[tuple[int, int]]:
    """`count` consecutive ranges of the items with nearly equal sums of `sizes` (at least one).

    Reading costs about the same per character, so equal text is equal work; equal counts
    of documents are not, when pages differ in length tenfold.
    """
    count = max(1, min(count, len(sizes)))
    total = sum(sizes)
    bounds, running = [0], 0
    for index, size in enumerate(sizes):
        # A range closes once its text reaches its share, leaving an item for each left.
        reached = running + size / 2 >= total * len(bounds) / count
        room = index > bounds[-1] and len(sizes) - index >= count - len(bounds)
        if len(bounds) < count and reached and room:
            bounds.append(index)
        running += size
    while len(bounds) < count:  # too few items crossed a share: split the largest ranges
        bounds = _split_longest(bounds, len(sizes))
    return list(itertools.pairwise([*bounds, len(sizes)]))


def _split_longest(bounds: list[int], size: int) -> list[int]:
    """The bounds with the range holding the most items split in two."""
    ends = [*bounds[1:], size]
    start, end = max(zip(bounds, ends, strict=True), key=lambda r: r[1] - r[0])
    return sorted({*bounds, (start + end) // 2})


def _table(model: type[Model], rows: list[dict[str, Any]]) -> DataFrame[Model]:
    """Validate rows as a table of `model`, with its columns even when empty."""
    columns = list(model.to_schema().columns)
    frame = pd.DataFrame(rows, columns=columns) if rows else empty(model)
    return validate(model, frame)


def _story_words(parts: Sequence[tuple[Any, Any]], days: Any) -> StoryWords:
    """Every article's story words, read where its partition is and added up here."""
    task = _delayed(story_words_part, pure=True)
    found = StoryWords()
    for share in _compute(*[task(part, days, skip) for part, skip in parts]):
        found.add(share)
    return found


def _skipped(positions: frozenset[int]) -> Any:
    """A partition's repeated documents as a task's argument (most have none)."""
    return _literal(positions, "skip") if positions else positions


def _sketches(built: Sequence[Built]) -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """Each article's outlet and sketch, which find its source (group_origins)."""
    rows = [b for b in built if b.row is not None]
    outlets = {str(b.row["article_id"]): str(b.row["outlet"]) for b in rows if b.row}
    return outlets, {str(b.row["article_id"]): b.sketch for b in rows if b.row}


def _joined(parts: Sequence[dict[str, list[object]]]) -> dict[str, list[object]]:
    """The partitions' claim columns end to end (partitions without claims have none)."""
    filled = [part for part in parts if part]
    return (
        {name: [v for part in filled for v in part[name]] for name in filled[0]} if filled else {}
    )


def _words(claimed: Sequence[Claimed]) -> StoryWords | None:
    """The story words of every partition's claims, when they were read."""
    if any(part.words is None for part in claimed):
        return None
    found = StoryWords()
    for part in claimed:
        found.add(part.words or StoryWords())
    return found


def _findings(
    facts: pd.DataFrame, rules: Sequence[Rule], words: StoryWords | None = None
) -> DataFrame[FindingSchema]:
    """The findings table, each task judging a share of the (fact, subject) groups."""
    if facts.empty:
        return validate(FindingSchema, empty(FindingSchema))
    check_comparators(rules)
    by_fact = {rule.fact: rule for rule in rules}
    # Durations and venues are told apart by the meeting they belong to: the events of every
    # date fact are indexed here, over all groups, before the groups are judged apart.
    told = stories(facts, words)
    facts = adopt_unnamed(facts, by_fact, told)
    indexes = event_indexes(facts, by_fact, told)
    groups = group_positions(facts)
    shared = (
        _literal(by_fact, "rules"),
        _literal(indexes, "event-indexes"),
        _literal(told, "stories"),
    )
    # A story told by many outlets makes few groups of many claims: tasks are sized by claims,
    # at least two per worker thread, so that no worker judges the largest groups alone.
    count = max(math.ceil(len(groups) / GROUPS_PER_TASK), 2 * _worker_threads())
    tasks = []
    for a, b in _balanced([len(members) for _, members in groups], count):
        # Each task gets its groups' rows as a table (in table order), which pickles
        # smaller and faster than a dict per row, and makes the rows where they are judged.
        positions = sorted(p for _, members in groups[a:b] for p in members)
        share = _literal(_compact(facts.iloc[positions]), "facts")
        tasks.append(_delayed(_judge, pure=True)(share, *shared))
    rows = [f for part in _compute(*tasks) for f in part]
    frame = pd.DataFrame(rows)
    if rows:
        # Values mix days, minutes, bounds and None, kept as objects as evaluate() keeps them
        # (findings whose values are all day strings would otherwise make a string column).
        frame["value"] = pd.Series([row["value"] for row in rows], dtype=object)
    return validate(FindingSchema, frame)


def _compact(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with its text columns as Python objects, equal texts one object.

    Pickled, each distinct text is then sent once: a claim's sentence, outlet and source
    repeat down the table (Arrow text columns pickled at four times the size, and slower).
    """
    out = frame.copy(deep=False)
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.StringDtype):
            cells = shared_cells(frame[column])
            out[column] = pd.Series(cells, index=frame.index, dtype=object)
    return out


def _judge(
    facts: pd.DataFrame,
    by_fact: Mapping[str, Rule],
    indexes: Mapping[str, EventIndex],
    told: Stories,
) -> list[dict[str, Any]]:
    """The findings of the groups whose rows are `facts` (whole groups), in order."""
    return [
        finding
        for _, group in grouped_rows(facts)
        for finding in group_findings(group, by_fact, indexes, told)
    ]
