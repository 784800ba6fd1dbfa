"""The naive way to find dates: `dateparser.search.search_dates` over every article body."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from dateparser.search import search_dates


@dataclass(frozen=True)
class NaivePass:
    """How long search_dates took over a sample of bodies, and the cost per article."""

    sampled: int
    seconds: float
    dates_found: int

    @property
    def per_article(self) -> float:
        """Seconds per article body."""
        return self.seconds / self.sampled if self.sampled else 0.0


def naive_pass(bodies: Sequence[str], sample: int) -> NaivePass:
    """Run search_dates over `sample` bodies spread evenly through the corpus."""
    count = min(sample, len(bodies))
    step = len(bodies) / count if count else 1.0
    chosen = [bodies[int(i * step)] for i in range(count)]
    search_dates("warm up on Monday")  # its first call loads language data: not per article
    found = 0
    start = time.perf_counter()
    for body in chosen:
        found += len(search_dates(body) or [])
    return NaivePass(count, time.perf_counter() - start, found)
