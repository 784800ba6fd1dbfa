"""Split one fact's claims into the separate things they are about, when a rule asks to."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from consistency.engine.rows import Row, missing
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


def clusters(group: Sequence[Row], rule: Rule) -> list[list[Row]]:
    """The claims of one fact and subject, split as the rule's `cluster` option says."""
    how = rule.options.get("cluster")
    if how is None or len(group) < 2:
        return [list(group)]
    if how == "events":
        return _events(group, float(rule.options.get("window_days", 30)))
    texts = [str(r["text"]) for r in group]
    if how == "words":
        linked = _linked_by_words(texts)
    elif how == "wording":
        linked = _linked_by_wording(texts, float(rule.options.get("cluster_threshold", 60)))
        linked |= _adjacent(group)
    else:
        raise ValueError(f"{rule.path}: unknown cluster option '{how}'")
    return [[group[i] for i in members] for members in _components(len(texts), linked)]


def cluster_label(group: Sequence[Row]) -> str:
    """A stable name for a cluster: the first of its claim texts in sorted order."""
    return min(fold(str(r["text"])) for r in group)


def _events(group: Sequence[Row], window: float) -> list[list[Row]]:
    """Claims about the same people, one event per run of dates no more than `window` apart.

    Dates that disagree inside the window stay one event (a conflict to report), unless a
    text says the people met again: then only overlapping dates are one event.
    """
    if any(_AGAIN.search(str(r["sentence"])) for r in group):
        window = 0.0
    dated = sorted((r for r in group if not missing(r["lo"])), key=_date_order)
    if not dated:
        return [list(group)]
    events: list[list[int]] = []
    reach = -math.inf
    for position, row in enumerate(dated):
        lo, hi = row["lo"], row["hi"]
        if events and lo <= reach + window:
            events[-1].append(position)
            reach = max(reach, hi)
        else:
            events.append([position])
            reach = hi
    parts = [[dated[i] for i in members] for members in events]
    undated = [r for r in group if missing(r["lo"])]
    if undated:
        # A mention with no date goes with the event most outlets date.
        biggest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
        parts[biggest] = parts[biggest] + undated
    return parts


def _date_order(row: Row) -> tuple[float, bool, float, str]:
    """Sort key by low day, high day (missing last) and claim id, as the table sorted them."""
    hi = row["hi"]
    return row["lo"], missing(hi), 0.0 if missing(hi) else hi, str(row["claim_id"])


def _linked_by_words(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Links between texts that share a telling word (not a date, a stop word or "incident").

    Each text is linked to the previous one sharing a word, not to every one: the clusters
    (connected groups) are the same, without comparing every pair.
    """
    lex = lexicon()
    common = lex.stopwords | lex.incident_words | _CALENDAR
    last: dict[str, int] = {}
    links: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        for word in set(_WORD.findall(fold(text))) - common:
            if word in last:
                links.add((last[word], i))
            last[word] = i
    return links


def _linked_by_wording(texts: Sequence[str], threshold: float) -> set[tuple[int, int]]:
    """Pairs of texts worded alike (rapidfuzz token-set score at or above the threshold)."""
    folded = [fold(t) for t in texts]
    return {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if fuzz.token_set_ratio(folded[i], folded[j]) >= threshold
    }


def _adjacent(group: Sequence[Row]) -> set[tuple[int, int]]:
    """Pairs of claims that run on in one article (the sentences of one quotation)."""
    by_article: dict[str, list[int]] = {}
    for i, row in enumerate(group):
        by_article.setdefault(str(row["article_id"]), []).append(i)
    spans = [(int(r["start"]), int(r["end"])) for r in group]
    return {
        (i, j)
        for members in by_article.values()
        for n, i in enumerate(members)
        for j in members[n + 1 :]
        if min(abs(spans[j][0] - spans[i][1]), abs(spans[i][0] - spans[j][1])) <= _RUN_ON
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
