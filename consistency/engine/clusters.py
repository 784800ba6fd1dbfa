"""Split one fact's claims into the separate things they are about, when a rule asks to."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import pandas as pd
from rapidfuzz import fuzz

from consistency.engine.rules import Rule
from consistency.knowledge import fold, lexicon

_WORD = re.compile(r"[a-z]{4,}")
# Words that show a second meeting of the same people, not a second account of one.
_AGAIN = re.compile(
    r"\b(?:again|once more|second meeting|another meeting|second round|follow-up meeting)\b",
    re.IGNORECASE,
)
# Claims this close in one article belong together (a quotation split into sentences).
_RUN_ON = 4
_CALENDAR = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def clusters(group: pd.DataFrame, rule: Rule) -> list[pd.DataFrame]:
    """The claims of one fact and subject, split as the rule's `cluster` option says."""
    how = rule.options.get("cluster")
    if how is None or len(group) < 2:
        return [group]
    if how == "events":
        return _events(group, float(rule.options.get("window_days", 30)))
    texts = [str(t) for t in group["text"]]
    if how == "words":
        linked = _linked_by_words(texts)
    elif how == "wording":
        linked = _linked_by_wording(texts, float(rule.options.get("cluster_threshold", 60)))
        linked |= _adjacent(group)
    else:
        raise ValueError(f"{rule.path}: unknown cluster option '{how}'")
    return [group.iloc[members] for members in _components(len(texts), linked)]


def cluster_label(group: pd.DataFrame) -> str:
    """A stable name for a cluster: the first of its claim texts in sorted order."""
    return sorted(fold(str(t)) for t in group["text"])[0]


def _events(group: pd.DataFrame, window: float) -> list[pd.DataFrame]:
    """Claims about the same people, one event per run of dates no more than `window` apart.

    Dates that disagree inside the window stay one event (a conflict to report), unless a
    text says the people met again: then only overlapping dates are one event.
    """
    if any(_AGAIN.search(str(s)) for s in group["sentence"]):
        window = 0.0
    dated = group[group["lo"].notna()].sort_values(["lo", "hi", "claim_id"], kind="stable")
    if dated.empty:
        return [group]
    events: list[list[int]] = []
    reach = -math.inf
    for position, (lo, hi) in enumerate(zip(dated["lo"], dated["hi"], strict=True)):
        if events and lo <= reach + window:
            events[-1].append(position)
            reach = max(reach, hi)
        else:
            events.append([position])
            reach = hi
    parts = [dated.iloc[members] for members in events]
    undated = group[group["lo"].isna()]
    if not undated.empty:
        # A mention with no date goes with the event most outlets date.
        biggest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
        parts[biggest] = pd.concat([parts[biggest], undated])
    return parts


def _linked_by_words(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of texts that share a telling word (not a date, a stop word or "incident")."""
    lex = lexicon()
    common = lex.stopwords | lex.incident_words | _CALENDAR
    words = [set(_WORD.findall(fold(t))) - common for t in texts]
    return {
        (i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if words[i] & words[j]
    }


def _linked_by_wording(texts: Sequence[str], threshold: float) -> set[tuple[int, int]]:
    """Pairs of texts worded alike (rapidfuzz token-set score at or above the threshold)."""
    folded = [fold(t) for t in texts]
    return {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if fuzz.token_set_ratio(folded[i], folded[j]) >= threshold
    }


def _adjacent(group: pd.DataFrame) -> set[tuple[int, int]]:
    """Pairs of claims that run on in one article (the sentences of one quotation)."""
    rows = list(zip(group["article_id"], group["start"], group["end"], strict=True))
    return {
        (i, j)
        for i in range(len(rows))
        for j in range(i + 1, len(rows))
        if rows[i][0] == rows[j][0]
        and min(abs(rows[j][1] - rows[i][2]), abs(rows[i][1] - rows[j][2])) <= _RUN_ON
    }


def _components(size: int, links: set[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of indices, in order of their first member."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())
