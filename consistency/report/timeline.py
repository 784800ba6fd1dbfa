"""The story's timeline: every dated claim on one time axis, a lane per outlet, laid out for SVG."""

from __future__ import annotations

import itertools
import math
import re
from calendar import monthrange
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from consistency.report.contract import ClaimJSON, JSONValue, ReportJSON
from consistency.report.present import format_value

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

LABEL_WIDTH = 210  #: room for the outlet names left of the lanes
PLOT_WIDTH = 700  #: the time axis
PAD = 14  #: space between the axis ends and the first and last day
ROW = 18  #: one row of marks inside a lane
LANE_PAD = 6
AXIS_HEIGHT = 84  #: room for the slanted day labels under the lanes
MIN_TICK_GAP = 15  #: closer day labels would overprint each other
OPEN_STUB = 26  #: how far a visit with one known end reaches towards the unknown one
MAX_LABEL = 30


@dataclass(frozen=True)
class Span:
    """The days a value covers; a visit may know only its start or its end."""

    first: date
    last: date
    open_start: bool = False
    open_end: bool = False


@dataclass(frozen=True)
class Mark:
    """One dated claim in its lane: a dot for a day, a bar for a month, year or visit."""

    x1: float
    x2: float
    y: float
    status: str
    finding_id: str
    title: str
    hedged: bool
    open_start: bool
    open_end: bool

    @property
    def dot(self) -> bool:
        """Tell whether the claim is a single day (drawn as a dot)."""
        return self.x2 - self.x1 < 1 and not (self.open_start or self.open_end)


@dataclass(frozen=True)
class Lane:
    """One outlet's band of the timeline."""

    outlet: str
    label: str
    y: float
    height: float


@dataclass(frozen=True)
class Tick:
    """A labelled day on the time axis."""

    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    """Everything the template needs to draw the timeline."""

    width: int
    height: int
    axis_y: float
    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]


@dataclass(frozen=True)
class _Dated:
    """A claim with a date, before it is placed."""

    claim: ClaimJSON
    span: Span
    status: str
    finding_id: str


def timeline(report: ReportJSON) -> Timeline | None:
    """Lay out every claim whose value is a day, month, year or visit; None when there is none."""
    dated = _dated_claims(report)
    if not dated:
        return None
    x = _scale([d.span for d in dated])
    lanes, marks, y = [], [], 0.0
    for outlet in sorted({d.claim["outlet"] for d in dated}):
        placed = _pack([d for d in dated if d.claim["outlet"] == outlet], x, y)
        height = (max(row for row, _ in placed) + 1) * ROW + 2 * LANE_PAD
        lanes.append(Lane(outlet, shorten(outlet), y, height))
        marks += [mark for _, mark in placed]
        y += height
    return Timeline(
        width=LABEL_WIDTH + PLOT_WIDTH,
        height=math.ceil(y + AXIS_HEIGHT),
        axis_y=y,
        lanes=tuple(lanes),
        marks=tuple(marks),
        ticks=_ticks([d.span for d in dated], x),
    )


def date_span(value: JSONValue) -> Span | None:
    """The days a value covers: "YYYY-MM-DD", "YYYY-MM", "YYYY" or a visit {start, end}."""
    if isinstance(value, str):
        return _iso_span(value)
    if not (isinstance(value, Mapping) and {"start", "end"} <= set(value)):
        return None
    ends = (value["start"], value["end"])
    start, end = (_iso_span(v) if isinstance(v, str) else None for v in ends)
    if start and end:
        return Span(start.first, end.last) if start.first <= end.last else None
    if start:
        return Span(start.first, start.first, open_end=True)
    if end:
        return Span(end.last, end.last, open_start=True)
    return None


def shorten(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a label to `limit` characters with an ellipsis; the full text goes in a tooltip."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _iso_span(text: str) -> Span | None:
    """The days an ISO day, month or year covers; None for any other text."""
    match = _ISO.match(text)
    if match is None:
        return None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        if day:
            return Span(date(year, month, day), date(year, month, day))
        if month:
            return Span(date(year, month, 1), date(year, month, monthrange(year, month)[1]))
        return Span(date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None


def _dated_claims(report: ReportJSON) -> list[_Dated]:
    """Every claim with a date value, with the status of the finding it belongs to."""
    finding_of = {c: f for f in report["findings"] for c in f["claim_ids"]}
    dated = []
    for claim in report["claims"]:
        span = date_span(claim["value"])
        finding = finding_of.get(claim["claim_id"])
        if span is not None:
            status = finding["status"] if finding else "none"
            dated.append(_Dated(claim, span, status, finding["finding_id"] if finding else ""))
    return dated


def _scale(spans: Sequence[Span]) -> Callable[[date], float]:
    """Map days to x; gaps between the days in play grow with their log, not their length."""
    days = sorted({d.toordinal() for s in spans for d in (s.first, s.last)})
    # A linear axis would squeeze a week of talks into a dot beside a call a year earlier.
    position, total = {days[0]: 0.0}, 0.0
    for before, after in itertools.pairwise(days):
        total += math.log1p(after - before)
        position[after] = total
    usable = PLOT_WIDTH - 2 * PAD

    def x(day: date) -> float:
        share = position[day.toordinal()] / total if total else 0.5
        return round(LABEL_WIDTH + PAD + share * usable, 1)

    return x


def _pack(
    dated: Sequence[_Dated], x: Callable[[date], float], top: float
) -> list[tuple[int, Mark]]:
    """Place one outlet's marks in rows so none overlaps another."""
    rows: list[float] = []
    placed = []
    for item in sorted(dated, key=lambda d: (d.span.first, d.span.last, d.claim["claim_id"])):
        x1, x2 = x(item.span.first), x(item.span.last)
        if item.span.open_start:
            x1 = max(LABEL_WIDTH + 2.0, x2 - OPEN_STUB)
        if item.span.open_end:
            x2 = min(LABEL_WIDTH + PLOT_WIDTH - 2.0, x1 + OPEN_STUB)
        # A dot has a radius of five: leave room for two of them and a little air.
        row = next((i for i, end in enumerate(rows) if end + 12 < x1), len(rows))
        if row == len(rows):
            rows.append(x2)
        rows[row] = x2
        y = top + LANE_PAD + row * ROW + ROW / 2
        placed.append((row, _mark(item, x1, x2, y)))
    return placed


def _mark(item: _Dated, x1: float, x2: float, y: float) -> Mark:
    """Build the mark of one placed claim, with its tooltip."""
    claim = item.claim
    hedge = " (hedged)" if claim["hedged"] else ""
    title = (
        f"{claim['outlet']} — {claim['fact']}: {format_value(claim['value'])}{hedge}"
        f" — “{' '.join(claim['text'].split())}”"
    )
    return Mark(
        x1=x1,
        x2=x2,
        y=y,
        status=item.status,
        finding_id=item.finding_id,
        title=title,
        hedged=bool(claim["hedged"]),
        open_start=item.span.open_start,
        open_end=item.span.open_end,
    )


def _ticks(spans: Sequence[Span], x: Callable[[date], float]) -> tuple[Tick, ...]:
    """Label the days claims start and end on, skipping any too close to the last label."""
    days = sorted({d for s in spans for d in (s.first, s.last)})
    ticks: list[Tick] = []
    for day in days:
        if not ticks or x(day) - ticks[-1].x >= MIN_TICK_GAP:
            ticks.append(Tick(x(day), day.isoformat()))
    return tuple(ticks)
