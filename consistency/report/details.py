"""What report.md and report.html show beyond report.json, worked out from the run's tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from consistency.normalise.syndication import SyndicatedGroup, syndicated_groups
from consistency.report.sources import feed_urls
from consistency.schemas import CheckResult


@dataclass(frozen=True)
class RunDetails:
    """Syndicated copies and feed urls: neither is in report.json.

    A page rendered from report.json alone (the review page) goes without: the syndicated
    copies are then not known.
    """

    #: The wire stories merged into one source; None when not worked out.
    syndicated: tuple[SyndicatedGroup, ...] | None = None
    #: The url of each article read from a feed row that gives one (untrusted text).
    urls: Mapping[str, str] = field(default_factory=dict)


def run_details(result: CheckResult) -> RunDetails:
    """Work out the details from the run's tables."""
    found = None
    if result.sources is not None:
        found = dict(
            zip(
                result.sources["article_id"].tolist(),
                result.sources["origin"].tolist(),
                strict=True,
            )
        )
    return RunDetails(
        syndicated=tuple(syndicated_groups(result.articles, found)),
        urls=feed_urls(result.articles),
    )
