"""Which articles tell one story: runs of publication days, undated articles placed by words.

A desk may check one folder holding many stories. Two articles tell the same story when
they were published close together: a run of publication days with no gap longer than
`STORY_GAP_DAYS` is one story, keyed by its first day. An article that gives no publication
day joins the story whose articles share the most weight of its words (words every story uses
weigh nothing), or stays a story of its own when it shares none.

Extraction learns words per story here (from article bodies) and the engine keeps findings
per story (engine/stories.py, from the claims' words and people), with the same rules.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from consistency import vocabulary
from consistency.knowledge import fold, lexicon

#: Publication days further apart than this, with no article between them, are two stories.
#: Coverage of one story runs from previews a week ahead to follow-ups a few days after.
STORY_GAP_DAYS = 10
# Words of four letters or more carry the story (places, names, things); shorter are glue.
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


def day_runs(days: Mapping[str, int]) -> dict[str, list[str]]:
    """Dated articles in runs of publication days (ordinals) without a gap over STORY_GAP_DAYS.

    Each run is keyed by its first day (runs never share one), so the key depends on the
    articles' days alone, not on the order they were read in.
    """
    ordered = sorted(days, key=lambda a: (days[a], a))
    runs: dict[str, list[str]] = {}
    current: list[str] = []
    for article in ordered:
        if current and days[article] - days[current[-1]] > STORY_GAP_DAYS:
            runs[day_key(days[current[0]])] = current
            current = []
        current.append(article)
    if current:
        runs[day_key(days[current[0]])] = current
    return runs


def day_key(day: int) -> str:
    """A story's key: its first publication day."""
    return dt.date.fromordinal(day).isoformat()


def _placed(
    holders: Mapping[str, Collection[str]],
    tokens: Mapping[str, Collection[str]],
    undated: Sequence[str],
    runs: int,
) -> dict[str, str]:
    """Each undated article's story: the run sharing the most weight of its tokens.

    A token's weight is how rare it is among the runs (log of runs over runs that use it,
    `holders` giving the runs using each token): a token every story uses weighs nothing.
    An article that shares no weighed token with any run is a story of its own, keyed by
    the article.
    """
    placed: dict[str, str] = {}
    for article in undated:
        scores: dict[str, float] = defaultdict(float)
        for token in tokens.get(article, ()):
            keys = holders.get(token)
            if not keys or len(keys) == runs:
                continue
            weight = math.log(runs / len(keys))
            for key in keys:
                scores[key] += weight
        best = min(scores, key=lambda k: (-scores[k], k)) if scores else None
        placed[article] = best if best is not None else f"undated:{article}"
    return placed


@dataclass
class StoryWords:
    """The story words of some articles, as undated articles are placed by them.

    Each word with the publication days (ordinals) of the dated articles using it, and each
    undated article's words. A share of a corpus makes one where it is read (the Dask
    engine's partitions) and the shares add up: far less to send than every article's words.
    """

    days: dict[str, set[int]] = field(default_factory=dict)
    undated: dict[str, set[str]] = field(default_factory=dict)

    def read(self, article: str, day: int | None, words: Iterable[str]) -> None:
        """Add one article's words, given its publication day (None when it has none)."""
        if day is None:
            self.undated.setdefault(article, set()).update(words)
            return
        for word in words:
            self.days.setdefault(word, set()).add(day)

    def add(self, other: StoryWords) -> None:
        """Add another share's words."""
        for word, days in other.days.items():
            mine = self.days.get(word)
            if mine is None:
                self.days[word] = set(days)
            else:
                mine |= days
        for article, words in other.undated.items():
            self.undated.setdefault(article, set()).update(words)


def story_words(text: str) -> set[str]:
    """The words of a text that can tell a story apart (not stop words, months or weekdays)."""
    common = _common_words()
    return {w for w in _WORD.findall(fold(text)) if w not in common}


@cache
def _common_words() -> frozenset[str]:
    """Stop words and calendar names: words every story uses."""
    calendar = (
        *vocabulary.group("calendar", "months").entries,
        *vocabulary.group("calendar", "weekdays").entries,
    )
    return lexicon().stopwords | frozenset(name.lower() for name in calendar)


def article_stories(
    days: Mapping[str, dt.date | None], bodies: Callable[[], Iterable[tuple[str, str]]]
) -> dict[str, str]:
    """Each article's story key, from its publication day and, when it has none, its body.

    `bodies` gives (article id, body) pairs; it is called only when an undated article has
    to be placed among several stories. Every key is "" when the articles tell one story (one
    run of days, or none dated), as the engine keys them.
    """

    def words() -> StoryWords:
        """Every article's story words."""
        found = StoryWords()
        for article, body in bodies():
            day = days[article]
            found.read(article, None if day is None else day.toordinal(), story_words(body))
        return found

    return stories_by_words(days, words)


def stories_by_words(
    days: Mapping[str, dt.date | None], words: Callable[[], StoryWords]
) -> dict[str, str]:
    """article_stories, given the articles' story words (the Dask engine reads them in parts).

    `words` gives the words of every article, and is called only when needed.
    """
    ordinals = {a: d.toordinal() for a, d in days.items() if d is not None}
    runs = day_runs(ordinals)
    if len(runs) <= 1:
        return dict.fromkeys(days, "")
    of_article = {article: key for key, members in runs.items() for article in members}
    undated = sorted(a for a, d in days.items() if d is None)
    if undated:
        of_article |= place_by_words(words(), undated, runs, ordinals)
    return of_article


def place_by_words(
    words: StoryWords,
    undated: Sequence[str],
    runs: Mapping[str, list[str]],
    days: Mapping[str, int],
) -> dict[str, str]:
    """Each undated article's story, from the articles' story words (see _placed).

    `days` gives each dated article's publication day (an ordinal).
    """
    # Articles of one day are of one run: a word's runs are those of its days.
    run_of_day = {days[article]: key for key, members in runs.items() for article in members}
    holders = {word: {run_of_day[d] for d in found} for word, found in words.days.items()}
    return _placed(holders, words.undated, undated, len(runs))
