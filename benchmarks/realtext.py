"""Real text: the shared corpora's pages copied many times, measured against the naive pass.

Generated prose flatters both sides (search_dates is unusually slow on it), so the benchmark
also runs on real pages: every page of `../shared/corpus` copied `copies` times, a token unique
to the copy and the sentence put before each sentence's full stop, so that no cache of the
tool's (or of dateparser's) answers for a sentence it has seen. The corpus is written by the
benchmark into its work folder and never committed. Both passes are timed in CPU seconds.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dateparser.search import search_dates

#: A sentence's full stop: after a letter or digit, before a space, a line end or the text's end.
_FULL_STOP = re.compile(r"(?<=[A-Za-z0-9])\.(?=\s|$)")
#: Pages the naive pass reads, spread through the corpus; its cost is counted per megabyte.
NAIVE_SAMPLE = 120


@dataclass(frozen=True)
class RealTextRun:
    """One measurement of the tool and of the naive pass on the real-text corpus."""

    files: int
    megabytes: float
    check_cpu_s: float
    check_wall_s: float
    naive_files: int
    naive_megabytes: float
    naive_cpu_s: float

    @property
    def mb_per_cpu_s(self) -> float:
        """The tool's throughput, end to end, per CPU second."""
        return self.megabytes / self.check_cpu_s if self.check_cpu_s else 0.0

    @property
    def naive_mb_per_cpu_s(self) -> float:
        """The naive pass's throughput per CPU second."""
        return self.naive_megabytes / self.naive_cpu_s if self.naive_cpu_s else 0.0

    @property
    def times_naive(self) -> float:
        """How many times the naive pass's throughput the tool reaches."""
        naive = self.naive_mb_per_cpu_s
        return self.mb_per_cpu_s / naive if naive else 0.0

    def figures(self) -> dict[str, Any]:
        """The run as JSON-ready figures, the rates included."""
        return asdict(self) | {
            "mb_per_cpu_s": self.mb_per_cpu_s,
            "naive_mb_per_cpu_s": self.naive_mb_per_cpu_s,
            "times_naive": self.times_naive,
        }


def marked(text: str, copy: int, page: int = 0) -> str:
    """A page with a token unique to this copy, page and sentence before each full stop."""
    count = iter(range(1 << 30))
    return _FULL_STOP.sub(lambda _: f" zq{copy}p{page}x{next(count)}.", text)


def build(source: Path, target: Path, copies: int) -> list[Path]:
    """Write `copies` marked copies of every page under `source` into `target`, once."""
    pages = sorted(source.glob("*/*.txt"))
    if not pages:
        raise SystemExit(f"{source}: no corpus pages (is ../shared/corpus beside the project?)")
    done = target / ".complete"
    if done.is_file() and done.read_text() == f"{len(pages)}x{copies}":
        return sorted(target.glob("*.txt"))
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for copy in range(copies):
        for index, page in enumerate(pages):
            path = target / f"{copy:04d}_{index:03d}_{page.stem}.txt"
            path.write_text(marked(page.read_text(encoding="utf-8"), copy, index), encoding="utf-8")
            written.append(path)
    done.write_text(f"{len(pages)}x{copies}")
    return written


def children_cpu() -> float:
    """CPU seconds (user and system) of every finished child process so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_check(corpus: Path, out: Path) -> tuple[float, float]:
    """CPU and wall seconds of `consistency check` on the corpus, in a child process."""
    command = [sys.executable, "-m", "consistency", "check", str(corpus), "--out", str(out), "-q"]
    before, start = children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"consistency check failed ({done.returncode}): {done.stderr[-500:]}")
    return children_cpu() - before, time.perf_counter() - start


def time_naive(pages: list[Path], sample: int) -> tuple[int, float, float]:
    """Files, megabytes and CPU seconds of search_dates over a sample spread through the pages."""
    count = min(sample, len(pages))
    step = len(pages) / count if count else 1.0
    chosen = [pages[int(i * step)].read_text(encoding="utf-8") for i in range(count)]
    search_dates("warm up on Monday")  # its first call loads language data: not per page
    start = time.process_time()
    for text in chosen:
        search_dates(text)
    seconds = time.process_time() - start
    return count, sum(len(t.encode()) for t in chosen) / 1e6, seconds


def measure(source: Path, workdir: Path, copies: int, sample: int = NAIVE_SAMPLE) -> RealTextRun:
    """Build (or reuse) the real-text corpus and time the tool and the naive pass on it."""
    corpus = workdir / f"realtext-{copies}"
    pages = build(source, corpus, copies)
    megabytes = sum(p.stat().st_size for p in pages) / 1e6
    cpu, wall = time_check(corpus, workdir / f"realtext-{copies}-reports")
    naive_files, naive_mb, naive_cpu = time_naive(pages, sample)
    return RealTextRun(len(pages), megabytes, cpu, wall, naive_files, naive_mb, naive_cpu)
