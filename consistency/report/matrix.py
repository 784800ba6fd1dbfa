"""The outlet agreement matrix: for each pair of outlets, the findings they share, and how."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from consistency.report.contract import ReportJSON
from consistency.report.outlet_pairs import outlet_pairs, relations_of
from consistency.report.present import plural
from consistency.report.timeline import shorten

#: The pair relations counted as agreeing.
AGREEING = ("agree", "compatible")
LABEL_WIDTH = 190  #: room for the row labels
HEADER_HEIGHT = 4  #: a column is named beside its diagonal cell, so no header is needed
CELL = 52
LEGEND_HEIGHT = 6
#: Room right of the diagonal for the column names.
RIGHT_MARGIN = 190
MIN_WIDTH = 480


@dataclass(frozen=True)
class Cell:
    """One pair of outlets (or an outlet with itself, on the diagonal)."""

    #: The outlet of the cell's row and of its column.
    first: str
    second: str
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
    #: Outlets that share no finding with any other: left out of the grid, named below it.
    alone: tuple[str, ...] = ()


def agreement_matrix(report: ReportJSON) -> Matrix | None:
    """Count, for every pair of outlets, shared findings and how their own values compare.

    Each finding's `pairs` say how its outlets compare (see `pairs.relations_of`).
    """
    counts = _pair_counts(report)
    everyone = sorted({o for f in report["findings"] for o in f["outlets"]})
    # A row and a column of dashes tell nothing: such outlets are named under the grid instead.
    sharing = {o for (first, second) in counts for o in (first, second) if first != second}
    outlets = [o for o in everyone if o in sharing]
    if len(outlets) < 2:
        return None
    # One triangle: a pair's cell below the diagonal says all there is; its mirror repeated it.
    cells = [
        _cell(
            first,
            second,
            LABEL_WIDTH + column * CELL,
            HEADER_HEIGHT + row * CELL,
            counts=counts.get((first, second), Counter()),
        )
        for row, first in enumerate(outlets)
        for column, second in enumerate(outlets[: row + 1])
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
        # One triangle: each column's name sits right of its diagonal cell, at the column's head.
        columns=tuple(
            Label(
                o, shorten(o), LABEL_WIDTH + (i + 1) * CELL + 8, HEADER_HEIGHT + i * CELL + CELL / 2
            )
            for i, o in enumerate(outlets)
        ),
        cells=tuple(cells),
        legend_y=HEADER_HEIGHT + size + 22,
        alone=tuple(o for o in everyone if o not in sharing),
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
        low, high = sorted((first, second))
        title = (
            f"{low} and {high}: {plural(shared, 'shared finding')}, "
            f"{agreeing} agreeing, {conflicting} conflicting"
        )
        tone = "conflict" if conflicting else "agree" if agreeing else "other" if shared else "none"
    return Cell(first, second, x, y, shared, agreeing, conflicting, diagonal, tone, title)
