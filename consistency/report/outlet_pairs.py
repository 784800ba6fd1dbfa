"""Pair by pair: how each two outlets of a finding compare, as the engine found.

A finding is a conflict when any two of its outlets disagree; the others in it may well agree
with both. The engine keeps each finding's pair relations (its `pairs`); the reports count
agreement per pair from them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import cast

from consistency.engine.pairs import PairRelation
from consistency.report.contract import FindingJSON

#: Two outlets, in sorted order.
Pair = tuple[str, str]
#: Statuses that say how the only two outlets of a finding compare.
_TWO_OUTLET_STATUSES: dict[str, PairRelation] = {
    "agree": "agree",
    "compatible": "compatible",
    "conflict": "conflict",
}


def relations_of(finding: FindingJSON) -> Mapping[Pair, PairRelation]:
    """A finding's pair relations; without them, only a finding of two outlets says how.

    A report.json written before findings held their pairs has none: its findings of many
    outlets then count as shared only.
    """
    cells = finding.get("pairs")
    if cells:
        return {(a, b): cast(PairRelation, relation) for a, b, relation in cells}
    outlets = sorted(set(finding["outlets"]))
    relation = _TWO_OUTLET_STATUSES.get(finding["status"])
    if len(outlets) == 2 and relation is not None:
        return {(outlets[0], outlets[1]): relation}
    return {}


def outlet_pairs(outlets: Iterable[str]) -> Iterator[Pair]:
    """Every pair of distinct outlets, each in sorted order."""
    return itertools.combinations(sorted(set(outlets)), 2)
