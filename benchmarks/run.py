"""Benchmark the whole pipeline on generated corpora of 1k, 10k and 50k articles.

`python benchmarks/run.py` (or `nox -s bench -- ARGS`) prints a table and writes bench.json;
`--quick` measures 200 and 1000 articles for development. Then the growth check
(benchmarks/growth.py) times single pages of 16 KB, 256 KB and 4 MB; the run exits 1 when
a page's time per MB at 4 MB is over twice that at 16 KB (`--no-growth` skips it,
`--growth-only` runs only it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the project root importable so `benchmarks.*` resolves.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.table import Table

from benchmarks import growth, realtext
from benchmarks.generate import TRUTH, generate
from benchmarks.targets import (
    REAL_MB_PER_CPU_S,
    REAL_TIMES_NAIVE,
    check_targets,
    figures_table,
    targets_table,
)

HERE = Path(__file__).resolve().parent
#: The shared corpora the real-text corpus is copied from (beside the project, as in CI).
SHARED_CORPUS = HERE.parent.parent / "shared" / "corpus"
SIZES = (1000, 10_000, 50_000)
QUICK_SIZES = (200, 1000)


def corpus_for(workdir: Path, articles: int, outlets: int, seed: int, console: Console) -> Path:
    """A generated corpus of this size, reused when an earlier run already wrote it."""
    path = workdir / f"corpus-{articles}-{outlets}-{seed}"
    if (path / TRUTH).is_file():
        return path
    console.print(f"generating {articles} articles in {path} ...")
    start = time.perf_counter()
    generate(path, articles, outlets=outlets, seed=seed)
    console.print(f"  generated in {time.perf_counter() - start:.1f} s")
    return path


def measure_in_subprocess(corpus: Path, workdir: Path, naive_sample: int) -> dict[str, Any]:
    """Measure one corpus in a fresh Python, so its peak memory is its own."""
    result = workdir / f"{corpus.name}.result.json"
    command = [
        sys.executable,
        str(HERE / "measure.py"),
        str(corpus),
        str(result),
        "--naive-sample",
        str(naive_sample),
    ]
    subprocess.run(command, check=True)
    figures: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
    return with_rates(figures)


def measure_fastest(corpus: Path, workdir: Path, naive_sample: int, repeat: int) -> dict[str, Any]:
    """Measure one corpus `repeat` times, each in a fresh Python, and keep the fastest run.

    The machine is shared and its speed varies between runs, never in the code's favour:
    as with timeit, the fastest run is the closest to what the code costs. The run keeps
    every run's total, and the highest peak memory of them all.
    """
    runs = [measure_in_subprocess(corpus, workdir, naive_sample) for _ in range(repeat)]
    return fastest(runs)


def fastest(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The fastest of several runs of one corpus, with every total and the highest peak."""
    best = min(runs, key=lambda run: run["total_seconds"])
    return best | {
        "repeats": [run["total_seconds"] for run in runs],
        "peak_rss_mb": max(run["peak_rss_mb"] for run in runs),
    }


def with_rates(figures: dict[str, Any]) -> dict[str, Any]:
    """Add throughput and the naive pass extrapolated to every article."""
    total = figures["total_seconds"]
    naive = figures["naive"]
    naive["extrapolated"] = naive["sampled"] < figures["articles"]
    naive["total_seconds"] = naive["per_article"] * figures["articles"]
    return figures | {
        "mb_per_s": figures["bytes"] / 1e6 / total,
        # One process does all the work: the throughput is that of one core.
        "cores": 1,
        "articles_per_s": figures["articles"] / total,
        "speedup_vs_naive": naive["total_seconds"] / total,
    }


def real_table(run: realtext.RealTextRun) -> Table:
    """The real-text figures beside their targets."""
    table = Table(title="Real text: shared-corpus pages, copied and marked")
    for name in ("files", "MB", "check CPU s", "MB / CPU s", "naive MB / CPU s", "x naive"):
        table.add_column(name, justify="right")
    table.add_row(
        str(run.files),
        f"{run.megabytes:.1f}",
        f"{run.check_cpu_s:.1f}",
        _against(run.mb_per_cpu_s, REAL_MB_PER_CPU_S),
        f"{run.naive_mb_per_cpu_s:.3f}",
        _against(run.times_naive, REAL_TIMES_NAIVE, "{:.1f}"),
    )
    return table


def _against(value: float, target: float, shape: str = "{:.2f}") -> str:
    """A figure with whether it meets its target (at least `target`)."""
    mark = "met" if value >= target else "not met"
    return f"{shape.format(value)} (>= {shape.format(target)}: {mark})"


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description="Benchmark the pipeline on generated corpora.")
    parser.add_argument("--sizes", type=int, nargs="+", help="article counts (default 1k 10k 50k)")
    parser.add_argument("--quick", action="store_true", help="200 and 1000 articles only")
    parser.add_argument("--outlets", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--naive-sample", type=int, default=30, help="articles to time search_dates on, per size"
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "consistency-bench",
        help="where corpora are generated and kept between runs",
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs per size; the fastest is kept (default 2)"
    )
    parser.add_argument(
        "--real-copies",
        type=int,
        default=100,
        help="copies of each shared-corpus page in the real-text corpus (0: skip it)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument("--no-growth", action="store_true", help="skip the growth check")
    parser.add_argument("--growth-only", action="store_true", help="run only the growth check")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, measure each size in its own process, print the tables, write bench.json.

    Exit status 1 when the growth check fails.
    """
    args = parse(argv)
    sizes = () if args.growth_only else args.sizes or (QUICK_SIZES if args.quick else SIZES)
    # Wide enough for the figures table when the output is a file or a CI log.
    console = Console(width=None if sys.stdout.isatty() else 180)
    args.workdir.mkdir(parents=True, exist_ok=True)
    real = None
    if args.real_copies > 0 and not args.growth_only:
        console.print(f"measuring real text ({args.real_copies} copies of each shared page) ...")
        real = realtext.measure(SHARED_CORPUS, args.workdir, args.real_copies)
        console.print(real_table(real))
    runs = []
    for articles in sizes:
        corpus = corpus_for(args.workdir, articles, args.outlets, args.seed, console)
        console.print(f"measuring {articles} articles ...")
        runs.append(measure_fastest(corpus, args.workdir, args.naive_sample, max(args.repeat, 1)))
    verdicts = check_targets(runs, real.figures() if real else None) if runs else []
    if runs:
        console.print(figures_table(runs))
        console.print(targets_table(verdicts))
    grown: dict[str, Any] = {}
    if not args.no_growth:
        console.print("measuring growth on single pages ...")
        pages = args.workdir / "growth"
        grown = growth.report(growth.measure(pages, repeat=max(args.repeat, 1)), console)
    bench = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "config": {
            "outlets": args.outlets,
            "seed": args.seed,
            "naive_sample": args.naive_sample,
            "repeat": args.repeat,
        },
        "realtext": real.figures() if real else None,
        "runs": runs,
        "targets": verdicts,
        "growth": grown,
    }
    args.out.write_text(json.dumps(bench, indent=2), encoding="utf-8")
    console.print(f"wrote {args.out}")
    return 0 if all(v["passed"] for v in grown.get("verdicts", {}).values()) else 1


if __name__ == "__main__":
    sys.exit(main())
