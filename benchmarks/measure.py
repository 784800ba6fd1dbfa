"""Measure one corpus in this process: stage times, peak memory, recall and precision, naive pass.

Run by run.py in a fresh subprocess per corpus size, so that peak memory is that size's own:
`python benchmarks/measure.py CORPUS RESULT.json --naive-sample 30`.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the project root importable so `benchmarks.*` resolves.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from benchmarks.naive import naive_pass
from benchmarks.reference import reference_seconds
from benchmarks.score import score, story_of_articles
from consistency.ingest.bodies import article_bodies
from consistency.pipeline import run_check
from consistency.report import write_reports
from consistency.runtime.process import tune_process

STAGES = ("ingest", "extract", "normalise", "rules", "report")


class StageClock:
    """A `run_check` progress hook that times each stage and drives a progress bar."""

    def __init__(self, bar: Progress) -> None:
        """Time nothing yet."""
        self.started: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        #: Peak resident memory (MB) when each stage ended: which stage raised it.
        self.peak_mb: dict[str, float] = {}
        self._bar = bar
        self._task = bar.add_task("ingest", total=None)

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Record a stage's start and end; move the bar."""
        now = time.perf_counter()
        if stage not in self.started:
            self.started[stage] = now
            self._bar.update(self._task, description=stage, completed=0, total=total or None)
        if total and done >= total:
            self.seconds[stage] = now - self.started[stage]
            self.peak_mb[stage] = peak_rss_mb()
        self._bar.update(self._task, completed=done)


def peak_rss_mb() -> float:
    """Peak resident memory of the process so far, in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(corpus: Path, reports: Path, naive_sample: int) -> dict[str, Any]:
    """Run the whole pipeline on the corpus and say how long, how much memory, how right."""
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    columns = (TextColumn("{task.description:>9}"), BarColumn(), MofNCompleteColumn())
    reference_before = reference_seconds()
    tune_process()  # as `consistency check` does before a run: the figures are the CLI's
    with Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True)) as bar:
        clock = StageClock(bar)
        start = time.perf_counter()
        result = run_check([corpus], progress=clock)
        clock("report", 0, 1)
        write_reports(result, reports)
        clock("report", 1, 1)
        total = time.perf_counter() - start
    peak = peak_rss_mb()
    reference_after = reference_seconds()
    stories = story_of_articles(result.articles, corpus, truth)
    found = score(result.findings, result.facts, stories, truth)
    naive = naive_pass(list(article_bodies(result.articles)), naive_sample)
    return {
        "articles": len(result.articles),
        "stories": truth["stories"],
        "bytes": size,
        "claims": len(result.facts),
        "findings": len(result.findings),
        "seconds": {stage: clock.seconds.get(stage, 0.0) for stage in STAGES},
        "total_seconds": total,
        "peak_rss_mb": peak,
        "peak_rss_mb_by_stage": clock.peak_mb,
        # The fixed workload's seconds just before and just after the run: the machine's speed.
        "reference_seconds": [reference_before, reference_after],
        "injected": found.injected,
        "reported": found.reported,
        "matched": found.matched,
        "cross_story": found.cross_story,
        "recall": found.recall,
        "precision": found.precision,
        "naive": {
            "sampled": naive.sampled,
            "seconds": naive.seconds,
            "per_article": naive.per_article,
            "dates_found": naive.dates_found,
        },
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: measure one corpus and write the figures as JSON."""
    parser = argparse.ArgumentParser(description="Measure one generated corpus.")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("result", type=Path)
    parser.add_argument("--naive-sample", type=int, default=30)
    args = parser.parse_args(argv)
    figures = measure(args.corpus, args.result.parent / "reports", args.naive_sample)
    args.result.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
