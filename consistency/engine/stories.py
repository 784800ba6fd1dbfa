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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from consistency.engine.rows import Row, missing, shared_cells
from consistency.ingest.story_runs import (
    STORY_GAP_DAYS,
    StoryWords,
    day_runs,
    place_by_words,
    story_words,
)

__all__ = ["STORY_GAP_DAYS", "Stories", "sentence_words", "stories"]


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


def stories(facts: pd.DataFrame, words: StoryWords | None = None) -> Stories:
    """Tell the stories of the facts' articles apart by publication days, then by words.

    `words` are the story words of the claims' sentences (sentence_words) when they were
    read already, as the Dask engine reads them in its partitions.
    """
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
        of_article |= _place_undated(facts, undated, runs, day_of, words)
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
    facts: pd.DataFrame,
    undated: Sequence[str],
    runs: Mapping[str, list[str]],
    day_of: Mapping[str, int | None],
    words: StoryWords | None,
) -> dict[str, str]:
    """Each undated article's story: the run sharing the most weight of its words and people."""
    found = StoryWords()
    if words is None:
        sentences = zip(*(shared_cells(facts[c]) for c in ("article_id", "sentence")), strict=True)
        words = sentence_words(sentences, day_of)
    found.add(words)
    found.add(_person_words(facts, day_of))
    dated = {article: day for article, day in day_of.items() if day is not None}
    return place_by_words(found, undated, runs, dated)


def sentence_words(
    claims: Iterable[tuple[object, object]], day_of: Mapping[str, int | None]
) -> StoryWords:
    """The story words of claims' sentences, from (article id, sentence), each read once.

    `day_of` gives each article's publication day (an ordinal, None when it has none).
    """
    found = StoryWords()
    seen: set[tuple[str, str]] = set()
    for article, sentence in claims:
        key = (str(article), str(sentence))
        if key not in seen:
            seen.add(key)
            found.read(key[0], day_of[key[0]], story_words(key[1]))
    return found


def _person_words(facts: pd.DataFrame, day_of: Mapping[str, int | None]) -> StoryWords:
    """The people each article's claims speak of, as words ("person:Adaeze Okafor")."""
    found = StoryWords()
    # Equal subjects are mostly one object (normalise shares them): each is read once.
    seen: set[tuple[str, int]] = set()
    articles = shared_cells(facts["article_id"])
    for article, subject in zip(articles, facts["subject"].tolist(), strict=True):
        key = (str(article), id(subject))
        if key not in seen:
            seen.add(key)
            found.read(key[0], day_of[key[0]], (f"person:{name}" for name in _names(subject)))
    return found


def _names(subject: Iterable[str]) -> Iterable[str]:
    """The people of a claim's subject."""
    return (str(name) for name in subject)
