"""Pair by pair: how each two outlets' own values for a finding compare, by its rule.

A finding is a conflict when any two of its outlets disagree; the others in it may well agree
with both. The reports count agreement per pair, so they compare each pair's values with the
comparator the finding's rule names, as the engine does for the whole finding.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import pandas as pd

from consistency.engine import Rule, RuleError, load_rules
from consistency.engine.comparators import Comparator, Relation, comparator_for
from consistency.engine.observations import OutletView, outlet_view
from consistency.engine.rows import GroupKey, Row, grouped_rows
from consistency.report.contract import FindingJSON
from consistency.schemas import CheckResult

#: How two outlets' values compare: "unknown" when one of them gives no value to compare.
PairRelation = Literal["agree", "compatible", "conflict", "unknown"]
#: Two outlets, in sorted order.
Pair = tuple[str, str]
#: Each finding's pairs of outlets and how their values compare, by finding id.
PairRelations = Mapping[str, Mapping[Pair, PairRelation]]
#: Statuses that say how the only two outlets of a finding compare.
_TWO_OUTLET_STATUSES: dict[str, PairRelation] = {
    "agree": "agree",
    "compatible": "compatible",
    "conflict": "conflict",
}
#: What a finding to compare needs: its id, its rule and its claims.
_Wanted = tuple[str, Rule, frozenset[str]]


def pair_relations(result: CheckResult, rules: Sequence[Rule] | None = None) -> PairRelations:
    """Compare every pair of outlets in each finding of several outlets, by the finding's rule.

    `rules` defaults to the shipped rules; findings whose rule is not among them are left
    out (see `relations_of` for what the reports then assume).
    """
    try:
        by_code = {rule.code: rule for rule in (load_rules() if rules is None else rules)}
    except RuleError:
        # The run itself loaded its rules; a pack broken since must not cost the reports.
        return {}
    wanted = _wanted(result.findings, by_code)
    claim_ids = {claim for found in wanted.values() for _, _, ids in found for claim in ids}
    # Only the claims of the findings compared, not the whole table, become rows.
    facts = result.facts[result.facts["claim_id"].isin(claim_ids)]
    relations: dict[str, dict[Pair, PairRelation]] = {}
    for key, rows in grouped_rows(facts):
        for finding_id, rule, ids in wanted.get(key, ()):
            relations[finding_id] = compare_outlets([r for r in rows if r["claim_id"] in ids], rule)
    return relations


def _wanted(findings: pd.DataFrame, by_code: Mapping[str, Rule]) -> dict[GroupKey, list[_Wanted]]:
    """The findings of two or more outlets under a known rule, by the engine's group key."""
    wanted: dict[GroupKey, list[_Wanted]] = defaultdict(list)
    columns = ("finding_id", "rule", "fact", "subject", "outlets", "claim_ids")
    for finding_id, code, fact, subject, outlets, claim_ids in zip(
        *(findings[c].tolist() for c in columns), strict=True
    ):
        rule = by_code.get(str(code))
        if rule is not None and rule.fact == fact and len(outlets) >= 2:
            key = (str(fact), "|".join(subject))
            wanted[key].append((str(finding_id), rule, frozenset(str(c) for c in claim_ids)))
    return wanted


def compare_outlets(rows: Sequence[Row], rule: Rule) -> dict[Pair, PairRelation]:
    """How each pair of sources' values compare, for one finding's claim rows."""
    by_origin: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        # Sources, as the engine counts them: a wire story's copies are one.
        by_origin[str(row["origin"])].append(row)
    views = [outlet_view(origin, by_origin[origin]) for origin in sorted(by_origin)]
    compare = comparator_for(rule)
    return {
        (a.outlet, b.outlet): view_relation(a, b, compare, rule)
        for a, b in itertools.combinations(views, 2)
    }


def view_relation(a: OutletView, b: OutletView, compare: Comparator, rule: Rule) -> PairRelation:
    """Compare two outlets' values: both asserted, or one's hedge against the other's report."""
    if a.asserted is not None and b.asserted is not None:
        return _named(compare(a.asserted, b.asserted, rule))
    # The engine weighs a hedge against the reports (hedge first), never two hedges together.
    if a.asserted is not None and b.hedged is not None:
        return _named(compare(b.hedged, a.asserted, rule))
    if b.asserted is not None and a.hedged is not None:
        return _named(compare(a.hedged, b.asserted, rule))
    return "unknown"


def _named(relation: Relation) -> PairRelation:
    """Name a comparator's relation as a finding status does ("same" is "agree")."""
    return "agree" if relation == "same" else relation


def relations_of(finding: FindingJSON, pairs: PairRelations) -> Mapping[Pair, PairRelation]:
    """A finding's pair relations; without them, only a finding of two outlets says how."""
    if finding["finding_id"] in pairs:
        return pairs[finding["finding_id"]]
    outlets = sorted(set(finding["outlets"]))
    relation = _TWO_OUTLET_STATUSES.get(finding["status"])
    if len(outlets) == 2 and relation is not None:
        return {(outlets[0], outlets[1]): relation}
    return {}


def outlet_pairs(outlets: Iterable[str]) -> Iterator[Pair]:
    """Every pair of distinct outlets, each in sorted order."""
    return itertools.combinations(sorted(set(outlets)), 2)
