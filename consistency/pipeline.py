"""Run the whole pipeline: ingest -> extract -> normalise -> rules, returning every table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from consistency.engine import evaluate, load_rules
from consistency.extract import extract_claims, sentence_warnings
from consistency.ingest import ingest
from consistency.ingest.reader import DEFAULT_MAX_BYTES
from consistency.normalise import normalise, origins, sources_table
from consistency.schemas import CheckResult

#: Told how far a run is: the stage ("ingest", "extract", "normalise", "rules"), the articles
#: done and the articles in all. Each stage reports (stage, 0, total) when it starts and
#: (stage, total, total) when it ends; extraction, the long stage, also after every article.
#: The total of "ingest" is 0 until the files are read.
Progress = Callable[[str, int, int], None]


def run_check(
    paths: Sequence[Path],
    *,
    rules_dirs: Sequence[Path] = (),
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> CheckResult:
    """Check the articles under `paths` against the default rules plus any in `rules_dirs`.

    Input files over `max_bytes` are rejected unread. The process's memory settings are left
    as they are: the command line tunes them (consistency.runtime.process) before it calls this.
    """
    tell = progress or _silent
    tell("ingest", 0, 0)
    ingested = ingest(
        paths, sidecar=sidecar, published=published, outlet=outlet, max_bytes=max_bytes
    )
    total = len(ingested.articles)
    tell("ingest", total, total)
    tell("extract", 0, total)
    warnings = (*ingested.warnings, *sentence_warnings(ingested.articles))
    claims = extract_claims(ingested.articles, _counter("extract", total, tell))
    tell("normalise", 0, total)
    origin = origins(ingested.articles)
    facts = normalise(claims, ingested.articles, origin=origin)
    del claims  # the facts table holds every claim column: do not keep both
    tell("normalise", total, total)
    tell("rules", 0, total)
    rules = load_rules(rules_dirs)
    findings = evaluate(facts, rules)
    tell("rules", total, total)
    return CheckResult(
        articles=ingested.articles,
        rejected=ingested.rejected,
        facts=facts,
        findings=findings,
        warnings=warnings,
        sources=sources_table(origin),
    )


def _silent(stage: str, done: int, total: int) -> None:
    """Report nothing."""


def _counter(stage: str, total: int, tell: Progress) -> Callable[[int], None]:
    """Turn "n more articles done" into (stage, done, total) reports."""
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        tell(stage, done, total)

    return advance
