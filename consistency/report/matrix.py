"""The outlet agreement matrix: for each pair of outlets, the findings they share, and how."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from consistency.report.contract import ReportJSON
from consistency.report.pairs import outlet_pairs, relations_of
from consistency.report.present import plural
from consistency.report.timeline import shorten

#: The pair relations counted as agreeing.
AGREEING = ("agree", "compatible")
LABEL_WIDTH = 220  #: room for the row labels
HEADER_HEIGHT = 150  #: room for the slanted column labels
CELL = 66
LEGEND_HEIGHT = 34
#: Room right of the last column for its slanted label, and for the legend line.
RIGHT_MARGIN = 150
MIN_WIDTH = 640


@dataclass(frozen=True)
class Cell:
    """One pair of outlets (or an outlet with itself, on the diagonal)."""

    x: float
    y: float
    shared: int
    agreeing: int
    conflicting: int
    diagonal: bool
    tone: str
    title: str


@dataclass(frozen=True)
class Label:
    """An outlet's name at the head of its row and column."""

    outlet: str
    text: str
    x: float
    y: float


@dataclass(frozen=True)
class Matrix:
    """Everything the template needs to draw the matrix."""

    width: int
    height: int
    cell: int
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[Cell, ...]
    legend_y: float


def agreement_matrix(report: ReportJSON) -> Matrix | None:
    """Count, for every pair of outlets, shared findings and how their own values compare.

    Each finding's `pairs` say how its outlets compare (see `pairs.relations_of`).
    """
    outlets = sorted({o for f in report["findings"] for o in f["outlets"]})
    if len(outlets) < 2:
        return None
    counts = _pair_counts(report)
    cells = [
        _cell(
            first,
            second,
            LABEL_WIDTH + column * CELL,
            HEADER_HEIGHT + row * CELL,
            counts=counts.get((first, second), Counter()),
        )
        for row, first in enumerate(outlets)
        for column, second in enumerate(outlets)
    ]
    size = len(outlets) * CELL
    return Matrix(
        width=max(LABEL_WIDTH + size + RIGHT_MARGIN, MIN_WIDTH),
        height=HEADER_HEIGHT + size + LEGEND_HEIGHT,
        cell=CELL,
        rows=tuple(
            Label(o, shorten(o), LABEL_WIDTH - 8, HEADER_HEIGHT + i * CELL + CELL / 2)
            for i, o in enumerate(outlets)
        ),
        columns=tuple(
            Label(o, shorten(o), LABEL_WIDTH + i * CELL + CELL / 2, HEADER_HEIGHT - 8)
            for i, o in enumerate(outlets)
        ),
        cells=tuple(cells),
        legend_y=HEADER_HEIGHT + size + 22,
    )


def _pair_counts(report: ReportJSON) -> Mapping[tuple[str, str], Counter[str]]:
    """Count how each ordered pair of outlets compares on the findings both are in.

    The diagonal counts each outlet's findings (as "self").
    """
    # One pass over the findings: scanning them all for every pair grows with outlets squared.
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for finding in report["findings"]:
        relations = relations_of(finding)
        for outlet in set(finding["outlets"]):
            counts[outlet, outlet]["self"] += 1
        for first, second in outlet_pairs(finding["outlets"]):
            # A conflict finding is not a conflict between every two of its outlets.
            relation = relations.get((first, second), "unknown")
            counts[first, second][relation] += 1
            counts[second, first][relation] += 1
    return counts


def _cell(first: str, second: str, x: float, y: float, counts: Counter[str]) -> Cell:
    """Count one pair's findings and name the tone the cell is drawn in."""
    shared = counts.total()
    agreeing = sum(counts[s] for s in AGREEING)
    conflicting = counts["conflict"]
    diagonal = first == second
    if diagonal:
        title = f"{first}: {plural(shared, 'finding')}"
        tone = "self"
    else:
        title = (
            f"{first} and {second}: {plural(shared, 'shared finding')}, "
            f"{agreeing} agreeing, {conflicting} conflicting"
        )
        tone = "conflict" if conflicting else "agree" if agreeing else "other" if shared else "none"
    return Cell(x, y, shared, agreeing, conflicting, diagonal, tone, title)
