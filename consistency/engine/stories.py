"""Which story each article tells, so that claims of different stories never meet in a finding.

The rules are ingest/story_runs.py's (runs of publication days, undated articles placed by
shared words), which extraction also uses to learn words per story; here an undated article
is placed by the words and people of its claims.

A run that holds one story keeps every key empty, so its findings and their ids are those
the engine gave before stories were told apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from consistency.engine.rows import Row, missing, shared_cells
from consistency.ingest.story_runs import STORY_GAP_DAYS, day_runs, place_undated, story_words

__all__ = ["STORY_GAP_DAYS", "Stories", "stories"]


@dataclass(frozen=True)
class Stories:
    """Each article's story key, and each story's first and last publication day (ordinals)."""

    of_article: Mapping[str, str] = field(default_factory=dict)
    days: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def span(self, story: str) -> tuple[int, int] | None:
        """A story's first and last publication day, or None when none of its articles is dated."""
        return self.days.get(story)

    def story_of(self, row: Row) -> str:
        """The key of the story a claim's article tells ("" when the run holds one story)."""
        return self.of_article.get(str(row["article_id"]), "")

    def split(self, group: Sequence[Row]) -> list[tuple[str, list[Row]]]:
        """A group's claims by story, stories in order of their first publication day."""
        parts: dict[str, list[Row]] = {}
        for row in group:
            parts.setdefault(self.story_of(row), []).append(row)
        return sorted(parts.items(), key=lambda item: self._order(item[0]))

    def _order(self, key: str) -> tuple[float, str]:
        """Stories sort by first publication day; stories without one come last."""
        days = self.days.get(key)
        return (days[0] if days else math.inf, key)


def stories(facts: pd.DataFrame) -> Stories:
    """Tell the stories of the facts' articles apart by publication days, then by words."""
    if facts.empty:
        return Stories()
    day_of = _article_days(facts)
    runs = day_runs({a: d for a, d in day_of.items() if d is not None})
    undated = sorted(a for a, d in day_of.items() if d is None)
    if len(runs) <= 1:
        # One story or none dated: nothing to tell apart, every key stays empty.
        dated = [d for d in day_of.values() if d is not None]
        return Stories(days={"": (min(dated), max(dated))} if dated else {})
    of_article = {article: key for key, members in runs.items() for article in members}
    if undated:
        of_article |= _place_undated(facts, undated, runs)
    days: dict[str, tuple[int, int]] = {}
    for article, key in of_article.items():
        day = day_of[article]
        if day is None:
            continue
        low, high = days.get(key, (day, day))
        days[key] = (min(low, day), max(high, day))
    return Stories(of_article, days)


def _article_days(facts: pd.DataFrame) -> dict[str, int | None]:
    """Each article's publication day as an ordinal, or None when it gives none."""
    days: dict[str, int | None] = {}
    articles = shared_cells(facts["article_id"])
    published = shared_cells(facts["published"])
    for article, day in zip(articles, published, strict=True):
        key = str(article)
        if key not in days:
            days[key] = None if missing(day) else dt.date.fromisoformat(str(day)).toordinal()
    return days


def _place_undated(
    facts: pd.DataFrame, undated: Sequence[str], runs: Mapping[str, list[str]]
) -> dict[str, str]:
    """Each undated article's story: the run sharing the most weight of its words and people."""
    return place_undated(_article_tokens(facts), undated, runs)


def _article_tokens(facts: pd.DataFrame) -> dict[str, set[str]]:
    """The words and people each article's claims speak of, each sentence read once."""
    tokens: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    columns = (shared_cells(facts[c]) for c in ("article_id", "sentence", "subject"))
    for article, sentence, subject in zip(*columns, strict=True):
        bag = tokens[str(article)]
        bag.update(f"person:{name}" for name in _names(subject))
        if (str(article), str(sentence)) in seen:
            continue
        seen.add((str(article), str(sentence)))
        bag.update(story_words(str(sentence)))
    return tokens


def _names(subject: Iterable[str]) -> Iterable[str]:
    """The people of a claim's subject."""
    return (str(name) for name in subject)
