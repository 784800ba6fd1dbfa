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
from consistency.report.present import STATUS_ORDER, format_value

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# Drawn at its own size (12 px text), never scaled down: a phone scrolls the figure sideways
# and a printout fits it to the page, so its labels stay readable on both.
LABEL_WIDTH = 170  #: room for the outlet names left of the lanes
PLOT_WIDTH = 820  #: the time axis
PAD = 14  #: space between the axis ends and the first and last day
ROW = 16  #: one row of marks inside a lane
LANE_PAD = 4
AXIS_HEIGHT = 78  #: room for the slanted day labels under the lanes
MIN_TICK_GAP = 17  #: closer day labels would overprint each other
OPEN_STUB = 26  #: how far a visit with one known end reaches towards the unknown one
MAX_LABEL = 24
#: Claims this many days apart or more sit in separate stretches of the axis, with a break
#: between: a call a year earlier takes a short stretch, not most of the axis.
GAP_DAYS = 7
BREAK = 24  #: the width of a break between two stretches
MIN_STRETCH = 40  #: the narrowest stretch, for one day or a lone month or year
INSET = 8  #: room inside a stretch before its first and after its last day
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
    #: What the list under the figure says of the claim: outlet, fact, value, its words.
    outlet: str = ""
    fact: str = ""
    when: str = ""
    text: str = ""
    first: date | None = None

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
    #: Where the axis breaks between two stretches of days (the middle of each gap).
    breaks: tuple[float, ...] = ()
    #: The statuses the marks are coloured by, in the order the legend lists them.
    statuses: tuple[str, ...] = ()
    #: Whether any mark is hedged, or a visit with one end known (for the legend).
    hedged: bool = False
    open_ended: bool = False


@dataclass(frozen=True)
class Stretch:
    """A run of days drawn on one linear stretch of the axis."""

    first: date
    last: date
    x1: float
    x2: float

    def x(self, day: date) -> float:
        """Where a day of this stretch lies."""
        days = (self.last - self.first).days
        if days == 0:
            return round((self.x1 + self.x2) / 2, 1)
        share = (day - self.first).days / days
        return round(self.x1 + INSET + share * (self.x2 - self.x1 - 2 * INSET), 1)


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
    stretches = _stretches([d.span for d in dated])
    x = _scale(stretches)
    lanes, marks, y = [], [], 0.0
    for outlet in sorted({d.claim["outlet"] for d in dated}):
        placed = _pack([d for d in dated if d.claim["outlet"] == outlet], x, y)
        height = (max(row for row, _ in placed) + 1) * ROW + 2 * LANE_PAD
        lanes.append(Lane(outlet, shorten(outlet), y, height))
        marks += [mark for _, mark in placed]
        y += height
    present = {m.status for m in marks}
    return Timeline(
        width=LABEL_WIDTH + PLOT_WIDTH,
        height=math.ceil(y + AXIS_HEIGHT),
        axis_y=y,
        lanes=tuple(lanes),
        marks=tuple(marks),
        ticks=_ticks(dated, x),
        breaks=tuple(round((a.x2 + b.x1) / 2, 1) for a, b in itertools.pairwise(stretches)),
        statuses=tuple(s for s in (*STATUS_ORDER, "none") if s in present),
        hedged=any(m.hedged for m in marks),
        open_ended=any(m.open_start or m.open_end for m in marks),
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
    """The days an ISO day, month or year (or a span of days "a/b") covers; None for other text."""
    first, slash, last = text.partition("/")
    if slash:
        spans = (_iso_span(first), _iso_span(last))
        if spans[0] is None or spans[1] is None:
            return None
        return Span(spans[0].first, spans[1].last)
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


def _stretches(spans: Sequence[Span]) -> list[Stretch]:
    """Cut the axis into stretches of nearby days; each gets room by how many days it shows."""
    runs: list[list[date]] = []  # first day, last day, then the first day of each claim
    for span in sorted(spans, key=lambda s: (s.first, s.last)):
        if runs and (span.first - runs[-1][1]).days < GAP_DAYS:
            runs[-1][1] = max(runs[-1][1], span.last)
            runs[-1].append(span.first)
        else:
            runs.append([span.first, span.last, span.first])
    # The claims a stretch holds weigh its width: the story's own days, where most claims
    # fall, get the room they need; a lone precedent gets a short stretch.
    weights = [len(run) - 2 for run in runs]
    usable = PLOT_WIDTH - 2 * PAD - BREAK * (len(runs) - 1)
    least = min(MIN_STRETCH, usable / len(runs))
    spare = usable - least * len(runs)
    stretches, x = [], float(LABEL_WIDTH + PAD)
    for run, weight in zip(runs, weights, strict=True):
        width = least + spare * weight / sum(weights)
        stretches.append(Stretch(run[0], run[1], round(x, 1), round(x + width, 1)))
        x += width + BREAK
    return stretches


def _scale(stretches: Sequence[Stretch]) -> Callable[[date], float]:
    """Map days to x: linear inside each stretch, the stretches side by side with breaks."""

    def x(day: date) -> float:
        stretch = next(s for s in stretches if s.first <= day <= s.last)
        return stretch.x(day)

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
    when, text = format_value(claim["value"], claim["fact"]), " ".join(claim["text"].split())
    title = f"{claim['outlet']} — {claim['fact']}: {when}{hedge} — “{text}”"
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
        outlet=claim["outlet"],
        fact=claim["fact"],
        when=f"{when}{hedge}",
        text=text,
        first=item.span.first,
    )


def _ticks(dated: Sequence[_Dated], x: Callable[[date], float]) -> tuple[Tick, ...]:
    """Label the days claims start and end on (a month or a year by its name), left to right.

    A label too close to the one before is skipped; the year is written when it changes.
    """
    wanted: dict[date, str] = {}
    for item in dated:
        for day, precision in _tick_days(item):
            # A day's own label wins over a month's or a year's starting on it.
            if precision == "day" or day not in wanted:
                wanted[day] = precision
    ticks: list[Tick] = []
    year = 0
    for day in sorted(wanted):
        if ticks and x(day) - ticks[-1].x < MIN_TICK_GAP:
            continue
        ticks.append(Tick(x(day), _tick_label(day, wanted[day], show_year=day.year != year)))
        year = day.year
    return tuple(ticks)


def _tick_days(item: _Dated) -> list[tuple[date, str]]:
    """The days a claim marks on the axis, with how precisely its value names them."""
    value, span = item.claim["value"], item.span
    if isinstance(value, str) and len(value) == 4:
        return [(span.first, "year")]
    if isinstance(value, str) and len(value) == 7:
        return [(span.first, "month")]
    return [(span.first, "day"), (span.last, "day")]


def _tick_label(day: date, precision: str, *, show_year: bool) -> str:
    """`12 Mar`, `12 Mar 2024` when the year changes, `Mar 2024` for a month, `2019` for a year."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    label = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{label} {day.year}" if show_year else label
