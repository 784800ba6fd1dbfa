"""Pair by pair: how each two sources' own values for one finding compare, by its rule.

A finding is a conflict when any two of its sources disagree; the others in it may well
agree with both. The verdict, the notes and the reports' agreement counts all read the same
comparisons, made once here per pair of sources.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from consistency.engine.comparators import Comparator, Relation
from consistency.engine.observations import OutletView
from consistency.engine.rule import Rule

#: How two sources' values compare: "unknown" when one of them gives no value to compare.
PairRelation = Literal["agree", "compatible", "conflict", "unknown"]
#: Two sources (in sorted order) and how their values compare: one cell of `pairs`.
PairCell = tuple[str, str, PairRelation]


class PairComparisons:
    """Every pair of one finding's source views compared once, in the views' order."""

    def __init__(
        self, views: Sequence[OutletView], compare: Comparator, rule: Rule, around: str = ""
    ) -> None:
        """Compare each two views: both asserted, or one's hedge against the other's report.

        `around` is the text each value is read in, for comparators that read it (a venue
        one source places inside another); by default every sentence of the views.
        """
        self._views = _around(views, around)
        self._relations: dict[tuple[str, str], Relation | None] = {
            (a.outlet, b.outlet): _relation(a, b, compare, rule)
            for a, b in itertools.combinations(self._views, 2)
        }

    def between(self, a: OutletView, b: OutletView) -> Relation | None:
        """The relation of two of the views (in either order); None when not comparable."""
        key = (a.outlet, b.outlet)
        return self._relations[key] if key in self._relations else self._relations[key[::-1]]

    def asserted(self) -> list[Relation]:
        """The relation of every pair of views that both assert a value, in order."""
        both = [v for v in self._views if v.asserted is not None]
        return [r for a, b in itertools.combinations(both, 2) if (r := self.between(a, b))]

    def cells(self) -> tuple[PairCell, ...]:
        """Each pair of sources with its relation named as a status names it."""
        return tuple((a, b, _named(r)) for (a, b), r in self._relations.items())


def _around(views: Sequence[OutletView], around: str) -> list[OutletView]:
    """The views with `around` (else every source's sentences) around each observation."""
    observations = [o for v in views for o in (v.asserted, v.hedged) if o is not None]
    around = around or " ".join(dict.fromkeys(o.context for o in observations if o.context))
    if not around:
        return list(views)
    return [
        replace(
            view,
            asserted=replace(view.asserted, around=around) if view.asserted else None,
            hedged=replace(view.hedged, around=around) if view.hedged else None,
        )
        for view in views
    ]


def _relation(a: OutletView, b: OutletView, compare: Comparator, rule: Rule) -> Relation | None:
    """Compare two views' values; a hedge is weighed against a report, never two hedges."""
    if a.asserted is not None and b.asserted is not None:
        return compare(a.asserted, b.asserted, rule)
    # The hedge is always the comparator's first value, as in the verdict's confirmations.
    if a.asserted is not None and b.hedged is not None:
        return compare(b.hedged, a.asserted, rule)
    if b.asserted is not None and a.hedged is not None:
        return compare(a.hedged, b.asserted, rule)
    return None


def _named(relation: Relation | None) -> PairRelation:
    """Name a comparator's relation as a finding status does ("same" is "agree")."""
    if relation is None:
        return "unknown"
    return "agree" if relation == "same" else relation
