"""Outlet by outlet: what only it reports and where it conflicts; and the merged wire copies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from consistency.engine.agreement import outlet_profiles
from consistency.normalise.syndication import SyndicatedGroup
from consistency.report.contract import FindingJSON, ReportJSON
from consistency.report.outlet_pairs import relations_of


@dataclass(frozen=True)
class FindingRef:
    """A finding as another section names it: its number in the report, and the finding."""

    number: int
    finding: FindingJSON


@dataclass(frozen=True)
class Conflict:
    """A conflict finding an outlet is part of, and the outlets whose values clash with its."""

    ref: FindingRef
    #: Empty when the pairs were not compared (then the outlets in conflict are not known).
    against: tuple[str, ...]


@dataclass(frozen=True)
class OutletSummary:
    """One outlet's facts no other outlet reports, and its conflicts with others."""

    outlet: str
    single_source: tuple[FindingRef, ...]
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True)
class Copy:
    """One copy of a wire story: its article, outlet and source as the report names them."""

    article_id: str
    outlet: str
    source: str


@dataclass(frozen=True)
class CopyGroup:
    """The copies of one wire story that were counted as one source, under `origin`."""

    origin: str
    copies: tuple[Copy, ...]


def outlet_summaries(report: ReportJSON) -> list[OutletSummary]:
    """Each outlet (as findings name sources), sorted, with its single-source and conflicts."""
    findings = report["findings"]
    refs = {f["finding_id"]: FindingRef(n, f) for n, f in enumerate(findings, start=1)}
    frame = pd.DataFrame(
        {
            "finding_id": [f["finding_id"] for f in findings],
            "outlets": [f["outlets"] for f in findings],
            "status": [f["status"] for f in findings],
        }
    )
    return [
        OutletSummary(
            outlet=profile.outlet,
            single_source=tuple(refs[i] for i in profile.single_source),
            conflicts=_conflicts(profile.outlet, [refs[i] for i in profile.conflicting]),
        )
        for profile in outlet_profiles(frame)
    ]


def _conflicts(outlet: str, refs: Sequence[FindingRef]) -> tuple[Conflict, ...]:
    """The conflicts an outlet's own value is part of, each with the outlets it clashes with."""
    found = []
    for ref in refs:
        relations = relations_of(ref.finding)
        against = tuple(
            sorted(
                b if a == outlet else a
                for (a, b), relation in relations.items()
                if relation == "conflict" and outlet in (a, b)
            )
        )
        # An outlet whose value fits every other's is in the finding, not in the conflict.
        if against or not relations:
            found.append(Conflict(ref, against))
    return tuple(found)


def copy_groups(report: ReportJSON, groups: Sequence[SyndicatedGroup]) -> list[CopyGroup]:
    """The syndicated groups with each copy's outlet and source as the report shows them."""
    articles = {a["article_id"]: a for a in report["articles"]}
    return [
        CopyGroup(group.origin, tuple(_copy(i, articles) for i in group.article_ids))
        for group in groups
    ]


def _copy(article_id: str, articles: Mapping[str, Mapping[str, object]]) -> Copy:
    """One copy, named from its article row."""
    article = articles.get(article_id, {})
    return Copy(article_id, str(article.get("outlet", "")), str(article.get("source", "")))
