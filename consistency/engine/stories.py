"""Which story each article tells, so that claims of different stories never meet in a finding.

A desk may check one folder holding many stories. Two articles tell the same story when
they were published close together: a run of publication days with no gap longer than
`STORY_GAP_DAYS` is one story. An article that gives no publication day joins the story
whose articles share the most of its distinctive words and people (words that every
story uses weigh nothing), or stays a story of its own when it shares none.

A run that holds one story keeps every key empty, so its findings and their ids are those
the engine gave before stories were told apart.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from consistency.engine.clusters import CALENDAR
from consistency.engine.rows import Row, missing, shared_cells
from consistency.knowledge import fold, lexicon

#: Publication days further apart than this, with no article between them, are two stories.
#: Coverage of one story runs from previews a week ahead to follow-ups a few days after.
STORY_GAP_DAYS = 10
# Words of four letters or more carry the story (places, names, things); shorter are glue.
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


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
    runs = _day_runs({a: d for a, d in day_of.items() if d is not None})
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


def _day_runs(days: Mapping[str, int]) -> dict[str, list[str]]:
    """Dated articles in runs of publication days without a gap over STORY_GAP_DAYS.

    Each run is keyed by its first day (runs never share one), so the key depends on the
    articles' days alone, not on the order they were read in.
    """
    ordered = sorted(days, key=lambda a: (days[a], a))
    runs: dict[str, list[str]] = {}
    current: list[str] = []
    for article in ordered:
        if current and days[article] - days[current[-1]] > STORY_GAP_DAYS:
            runs[_day_key(days[current[0]])] = current
            current = []
        current.append(article)
    if current:
        runs[_day_key(days[current[0]])] = current
    return runs


def _day_key(day: int) -> str:
    """A story's key: its first publication day."""
    return dt.date.fromordinal(day).isoformat()


def _place_undated(
    facts: pd.DataFrame, undated: Sequence[str], runs: Mapping[str, list[str]]
) -> dict[str, str]:
    """Each undated article's story: the run sharing the most weight of its words and people.

    A word's weight is how rare it is among the runs (log of runs over runs that use it): a
    word every story uses weighs nothing. An article that shares no weighed word with any
    run is a story of its own, keyed by the article.
    """
    tokens = _article_tokens(facts)
    run_of = {article: key for key, members in runs.items() for article in members}
    holders: dict[str, set[str]] = defaultdict(set)
    for article, key in run_of.items():
        for token in tokens.get(article, ()):
            holders[token].add(key)
    placed: dict[str, str] = {}
    for article in undated:
        scores: dict[str, float] = defaultdict(float)
        for token in tokens.get(article, ()):
            keys = holders.get(token)
            if not keys or len(keys) == len(runs):
                continue
            weight = math.log(len(runs) / len(keys))
            for key in keys:
                scores[key] += weight
        best = min(scores, key=lambda k: (-scores[k], k)) if scores else None
        placed[article] = best if best is not None else f"undated:{article}"
    return placed


def _article_tokens(facts: pd.DataFrame) -> dict[str, set[str]]:
    """The words and people each article's claims speak of, each sentence read once."""
    common = lexicon().stopwords | CALENDAR
    tokens: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    columns = (shared_cells(facts[c]) for c in ("article_id", "sentence", "subject"))
    for article, sentence, subject in zip(*columns, strict=True):
        bag = tokens[str(article)]
        bag.update(f"person:{name}" for name in _names(subject))
        if (str(article), str(sentence)) in seen:
            continue
        seen.add((str(article), str(sentence)))
        bag.update(w for w in _WORD.findall(fold(str(sentence))) if w not in common)
    return tokens


def _names(subject: Iterable[str]) -> Iterable[str]:
    """The people of a claim's subject."""
    return (str(name) for name in subject)
