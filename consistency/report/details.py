"""What report.md and report.html show beyond report.json, worked out from the run's tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from consistency.engine import Rule
from consistency.normalise.syndication import SyndicatedGroup, syndicated_groups
from consistency.report.pairs import PairRelations, pair_relations
from consistency.report.sources import feed_urls
from consistency.schemas import CheckResult


@dataclass(frozen=True)
class RunDetails:
    """Pair relations, syndicated copies and feed urls: none of them is in report.json.

    A page rendered from report.json alone (the review page) goes without: the matrix then
    counts only what findings of two outlets say, and the syndicated copies are not known.
    """

    #: Each finding's pairs of outlets and how their own values compare.
    pairs: PairRelations = field(default_factory=dict)
    #: The wire stories merged into one source; None when not worked out.
    syndicated: tuple[SyndicatedGroup, ...] | None = None
    #: The url of each article read from a feed row that gives one (untrusted text).
    urls: Mapping[str, str] = field(default_factory=dict)


def run_details(result: CheckResult, rules: Sequence[Rule] | None = None) -> RunDetails:
    """Work out the details from the run's tables; `rules` default to the shipped ones."""
    return RunDetails(
        pairs=pair_relations(result, rules),
        syndicated=tuple(syndicated_groups(result.articles)),
        urls=feed_urls(result.articles),
    )
