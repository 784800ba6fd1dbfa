"""Which meeting a claim belongs to: the dated event its own article puts it in.

A duration or a venue is a fact of one meeting. When the same people met twice, each
outlet's "lasted two hours" must be compared with the other outlets' figure for the same
meeting, so a claim takes the event of the date its sentence (or the text before it) gives.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from consistency.engine.clusters import Span, clusters, is_own, main_part
from consistency.engine.rows import Row, grouped_rows, missing
from consistency.engine.rule import Rule
from consistency.engine.stories import Stories

#: Claims of one article about one subject: (article id, subject).
_Place = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Dated:
    """A dated claim in an article: where it stands, its sentence, and its event key."""

    start: int
    sentence: str
    event: str


@dataclass
class EventIndex:
    """The event keys of one date fact's claims, looked up by article, subject and offset."""

    by_place: dict[_Place, list[_Dated]] = field(default_factory=dict)
    #: The main event of each story's subject: (story, subject) to its event key.
    main: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    stories: Stories = field(default_factory=Stories)
    #: Each place's claim offsets, and its dated claims by sentence (both in by_place's order).
    starts: dict[_Place, list[int]] = field(default_factory=dict)
    by_sentence: dict[_Place, dict[str, list[_Dated]]] = field(default_factory=dict)
    #: Every dated claim of a place, those far from publication too (by_place has the others).
    _all: dict[_Place, list[_Dated]] = field(default_factory=dict)

    def event_of(self, row: Row) -> str | None:
        """The key of the meeting the claim's article dates it to; None for the main meeting.

        The main meeting (the one most claims of its story are about) has no key, so a
        duration's id stays that of its rule, fact and people until another meeting of the
        same people is told.
        """
        subject = tuple(row["subject"])
        event = self._nearest(row, subject)
        main = self.main.get((self.stories.story_of(row), subject))
        return None if event is None or event == main else event

    def undated(self, row: Row) -> bool:
        """Tell whether the claim's article dates no meeting of its people at all."""
        return (str(row["article_id"]), tuple(row["subject"])) not in self._all

    def _nearest(self, row: Row, subject: tuple[str, ...]) -> str | None:
        """The event of the date nearest the claim in its own article.

        A date in the same sentence wins; then the last date of the story's own time before
        the claim (the meeting the text is telling of); then the first one after it. A date
        far from publication in another sentence ("whom he has known since 2011") dates
        nothing else.
        """
        place = (str(row["article_id"]), subject)
        start = int(row["start"])
        same = self.by_sentence.get(place, {}).get(str(row["sentence"]))
        if same:
            return _closest(same, start).event
        starts = self.starts.get(place)
        if not starts:
            return None
        before = bisect.bisect_right(starts, start)
        return self.by_place[place][before - 1].event if before else self.by_place[place][0].event

    def add(
        self,
        subject: tuple[str, ...],
        parts: Iterable[tuple[str, list[Row]]],
        story: str = "",
        own: Callable[[Row], bool] | None = None,
        span: Span = None,
    ) -> None:
        """Index one story's events of a subject: each dated claim, and the main event.

        `own` tells the claims dated in the story's own time; only those date claims in
        other sentences (every claim does when it is not given).
        """
        parts = list(parts)
        touched: set[_Place] = set()
        ordered: list[list[Row]] = []
        owned: list[list[Row]] = []
        for key, rows in parts:
            ordered.append(rows)
            owned.append([])
            for row in rows:
                if missing(row["lo"]):
                    continue
                place = (str(row["article_id"]), subject)
                dated = _Dated(int(row["start"]), str(row["sentence"]), key)
                self._all.setdefault(place, []).append(dated)
                if own is None or own(row):
                    self.by_place.setdefault(place, []).append(dated)
                    owned[-1].append(row)
                touched.add(place)
        for place in touched:
            # A stable sort keeps claims with equal keys in the order they came, as insort did.
            mine = self.by_place.setdefault(place, [])
            mine.sort(key=_order)
            self.starts[place] = [d.start for d in mine]
            sentences: dict[str, list[_Dated]] = {}
            for d in sorted(self._all[place], key=_order):
                sentences.setdefault(d.sentence, []).append(d)
            self.by_sentence[place] = sentences
        if ordered:
            # The parts are in key order; the story's own events first, as main_part reads them.
            keys = [key for key, _ in parts]
            first = [i for i in range(len(ordered)) if owned[i]]
            rest = [i for i in range(len(ordered)) if not owned[i]]
            order = first + rest
            at = main_part([ordered[i] for i in order], len(first), span)
            self.main[(story, subject)] = keys[order[at]]


def _order(dated: _Dated) -> tuple[int, str]:
    """Dated claims sort by offset, then event key."""
    return dated.start, dated.event


def _closest(dated: list[_Dated], start: int) -> _Dated:
    """Of dated claims in offset order, the nearest to an offset; the earlier one on a tie."""
    at = bisect.bisect_left(dated, start, key=lambda d: d.start)
    if at < len(dated) and (at == 0 or dated[at].start - start < start - dated[at - 1].start):
        return dated[at]
    # The first of the claims at the nearest earlier offset, as min() over them would pick.
    return dated[bisect.bisect_left(dated, dated[at - 1].start, key=lambda d: d.start)]


def _own_or_unanchored(row: Row, span: Span, reach: float) -> bool:
    """Tell whether a dated claim is of its story's own time, or nothing says what that is."""
    return is_own(row, span, reach) or (missing(row["published"]) and span is None)


def event_indexes(
    facts: pd.DataFrame, by_fact: Mapping[str, Rule], told: Stories | None = None
) -> dict[str, EventIndex]:
    """An index of events for every date fact that a rule's `dated_by` option names."""
    wanted = {
        str(rule.options["dated_by"])
        for rule in by_fact.values()
        if rule.options.get("cluster") == "dated" and rule.options.get("dated_by") in by_fact
    }
    indexes = {fact: EventIndex(stories=told or Stories()) for fact in wanted}
    if not wanted:
        return indexes
    for (fact, _), group in grouped_rows(facts[facts["fact"].isin(sorted(wanted))]):
        subject = tuple(group[0]["subject"])
        known = told or Stories()
        rule = by_fact[fact]
        for story, rows in known.split(group):
            span = known.span(story)
            reach = float(rule.option("current_days"))
            own = functools.partial(_own_or_unanchored, span=span, reach=reach)
            indexes[fact].add(subject, clusters(rows, rule, span=span), story, own, span)
    return indexes
