"""Growth check: the cost of one page grows with its size, not faster (issue 22).

Two pages are written at each size: one sentence of clauses joined without end, and many
sentences in short paragraphs. Each is checked in this process (ingest to reports, after a
warm-up, best of `repeat` runs) and its seconds per MB compared with those of the smallest
size: at the largest size, the time per MB must be within FACTOR times that at the smallest.

`python benchmarks/growth.py` prints the table; `run.py` runs it after the corpora.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make the project root importable so `benchmarks.*` resolves.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console
from rich.table import Table

from consistency.pipeline import run_check
from consistency.report import write_reports

#: Page sizes in bytes: 16 KB, 256 KB and 4 MB.
SIZES = (16 * 1024, 256 * 1024, 4 * 1024 * 1024)
#: Time per MB at the largest size may be at most this many times that at the smallest.
FACTOR = 2.0
SHAPES = ("one sentence", "many sentences")

_FIRST = ("Adaeze", "Lars", "Mira", "Tomas", "Ilse", "Anton", "Sade", "Oren", "Katla", "Jonas")
_LAST = ("Okafor", "Brekke", "Solvang", "Varga", "Keller", "Ruud", "Anand", "Halvik", "Moreau")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("March", "April", "May", "June")
_HEAD = "The Harbour Courier\n\nMinisters meet in Tallinn\n\nMarch 12, 2025\n\n"


def _name(i: int) -> str:
    """An invented person, different for neighbouring numbers."""
    return f"{_FIRST[i % len(_FIRST)]} {_LAST[(i // len(_FIRST)) % len(_LAST)]}"


def clause(i: int) -> str:
    """One clause of news: a meeting, a call, a count or a quotation, varied by its number."""
    a, b = _name(i), _name(i * 7 + 3)
    day, month = _DAYS[i % len(_DAYS)], _MONTHS[i % len(_MONTHS)]
    forms = (
        f"Foreign Minister {a} met President {b} at Vellmar Palace on {day} for {i % 9 + 2} hours",
        f"{a} held a phone call with Prime Minister {b} on {month} {i % 27 + 1}",
        f"{a} said {i % 40 + 3} agreements worth {i % 90 + 10} million euros were signed",
        f"{b} told reporters that the talks with {a} in Sarnhold had been open",
        f'"I asked for {i % 12 + 2} more days," said Interior Minister {a}, adding that he met '
        f"his counterpart {b} last week",
        f"{a} will visit Sarnhold from {month} {i % 20 + 1} to {month} {i % 20 + 4}",
    )
    # Each clause carries its own number, so no paragraph repeats (a page's repeated lines
    # are read as page furniture, and a repeated sentence is answered from a cache).
    return f"{forms[i % len(forms)]}, report {i} said"


def page(shape: str, size: int) -> str:
    """A page of about `size` bytes: a headline, a date line and one or many sentences."""
    parts: list[str] = []
    total = len(_HEAD)
    i = 0
    while total < size:
        parts.append(clause(i))
        total += len(parts[-1]) + 6
        i += 1
    if shape == SHAPES[0]:
        return _HEAD + ", and ".join(parts) + ".\n"
    sentences = [f"{p}." for p in parts]
    paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    return _HEAD + "\n\n".join(paragraphs) + "\n"


@dataclass(frozen=True)
class Growth:
    """The time of one page shape at one size."""

    shape: str
    size: int
    seconds: float
    claims: int

    @property
    def per_mb(self) -> float:
        """Seconds per MB of page."""
        return self.seconds / (self.size / 1e6)


def time_page(folder: Path, shape: str, size: int, repeat: int) -> Growth:
    """Write one page, check it `repeat` times (reports included), keep the fastest."""
    pages = folder / f"{shape.replace(' ', '-')}-{size}"
    pages.mkdir(parents=True, exist_ok=True)
    (pages / "page.txt").write_text(page(shape, size), encoding="utf-8")
    best, claims = float("inf"), 0
    for _ in range(max(repeat, 1)):
        # CPU time: the run is one thread, and the machine is shared (wall time varies 2x).
        start = time.process_time()
        result = run_check([pages], max_bytes=2 * size + 4096)
        write_reports(result, folder / "reports")
        best = min(best, time.process_time() - start)
        claims = len(result.facts)
    return Growth(shape, size, best, claims)


def measure(folder: Path, sizes: Sequence[int] = SIZES, repeat: int = 2) -> list[Growth]:
    """Every shape at every size, after a warm-up run (imports, rules, data files)."""
    time_page(folder, SHAPES[1], 2048, 1)
    return [time_page(folder, shape, size, repeat) for shape in SHAPES for size in sizes]


def verdicts(figures: Sequence[Growth]) -> dict[str, dict[str, Any]]:
    """For each shape: time per MB at its smallest and largest size, their ratio, and a pass."""
    out: dict[str, dict[str, Any]] = {}
    for shape in SHAPES:
        mine = sorted((g for g in figures if g.shape == shape), key=lambda g: g.size)
        if len(mine) < 2:
            continue
        ratio = mine[-1].per_mb / mine[0].per_mb
        out[shape] = {
            "small_per_mb": mine[0].per_mb,
            "large_per_mb": mine[-1].per_mb,
            "ratio": ratio,
            "passed": ratio <= FACTOR,
        }
    return out


def table(figures: Sequence[Growth]) -> Table:
    """The figures as a rich table."""
    out = Table(title=f"Growth: s/MB at the largest size within {FACTOR:g}x the smallest")
    for column in ("page", "size", "claims", "CPU s", "CPU s per MB"):
        out.add_column(column, justify="left" if column == "page" else "right")
    for g in figures:
        out.add_row(g.shape, _size(g.size), str(g.claims), f"{g.seconds:.2f}", f"{g.per_mb:.2f}")
    return out


def _size(size: int) -> str:
    """16 KB, 256 KB, 4 MB."""
    return f"{size // (1 << 20)} MB" if size >= 1 << 20 else f"{size // 1024} KB"


def report(figures: Sequence[Growth], console: Console) -> dict[str, Any]:
    """Print the table and each verdict; the figures and verdicts for bench.json."""
    console.print(table(figures))
    checked = verdicts(figures)
    for shape, verdict in checked.items():
        mark = "pass" if verdict["passed"] else "FAIL"
        console.print(
            f"{mark}: {shape}: {verdict['large_per_mb']:.2f} s/MB at the largest size, "
            f"{verdict['small_per_mb']:.2f} at the smallest ({verdict['ratio']:.2f}x)"
        )
    return {"figures": [asdict(g) for g in figures], "verdicts": checked}


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, and exit 1 when a shape grows faster than its bound."""
    parser = argparse.ArgumentParser(description="Time pages of growing size.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="consistency-growth-") as folder:
        found = report(measure(Path(folder), args.sizes, args.repeat), Console())
    return 0 if all(v["passed"] for v in found["verdicts"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
