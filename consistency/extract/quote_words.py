"""The words two quotes are compared by, and whether one quote's words stand in another's.

A quote is read as its folded words, with degree words dropped ("slightly", "a bit") and each
near-synonym replaced by the first word of its set ("jealous" -> "envious"), so that two
translations of one remark read alike (data/vocabulary/quotes.yaml). The engine groups quotes
into statements with these (engine/quote_match.py); an article that repeats a quotation gives
it the speaker of its attributed occurrence (extract/quotes.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from rapidfuzz import fuzz

from consistency.knowledge import fold, lexicon
from consistency.vocabulary import group

_WORD = re.compile(r"[a-z0-9]+(?:['.,][a-z0-9]+)*")
# Two words this alike are one word written or inflected another way ("backs", "back").
_SAME_WORD = 85
# Words shorter than this are compared exactly: "on" and "no" are not one word misspelt.
_FUZZY_LENGTH = 4


def quote_words(text: str) -> tuple[str, ...]:
    """The words a quote is compared by: folded, degree words dropped, synonyms merged."""
    words = _WORD.findall(fold(text))
    degrees = _degree_phrases()
    kept: list[str] = []
    i = 0
    while i < len(words):
        size = next((n for n in range(3, 0, -1) if tuple(words[i : i + n]) in degrees), 0)
        if size:
            i += size
            continue
        kept.append(_synonyms().get(words[i], words[i]))
        i += 1
    return tuple(kept)


def contains(words: Sequence[str], fragment: Sequence[str]) -> bool:
    """Tell whether a fragment's words stand next to each other in `words`, in order.

    A fragment of stop words only ("of the") is in too many quotes to say anything.
    """
    if not any(w not in lexicon().stopwords for w in fragment):
        return False
    size = len(fragment)
    return any(
        all(_same_word(a, b) for a, b in zip(words[i : i + size], fragment, strict=True))
        for i in range(len(words) - size + 1)
    )


def _same_word(a: str, b: str) -> bool:
    """Tell whether two words are one, allowing an inflection or a misspelling of a long word."""
    if a == b:
        return True
    # A misspelling or an inflection keeps a word's start; "impossible" is not "possible".
    if min(len(a), len(b)) < _FUZZY_LENGTH or a[:2] != b[:2]:
        return False
    return fuzz.ratio(a, b) >= _SAME_WORD


@cache
def _degree_phrases() -> frozenset[tuple[str, ...]]:
    """The degree words and phrases, as tuples of folded words."""
    return frozenset(tuple(fold(e).split()) for e in group("quotes", "degree_words").entries)


@cache
def _synonyms() -> dict[str, str]:
    """Each near-synonym, folded, to the first word of its set."""
    merged: dict[str, str] = {}
    for entry in group("quotes", "near_synonyms").entries:
        first, *others = (fold(w) for w in entry.split("|"))
        for word in others:
            merged[word] = first
    return merged
