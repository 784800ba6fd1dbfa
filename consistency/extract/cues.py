"""Cheap tests run before a claim family's patterns: whether any of its trigger words occurs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from consistency.datafiles import package_data


def any_word(words: Iterable[str], ignore_case: bool = False) -> Callable[[str], bool]:
    """A test that one of `words` occurs in a text, as written or (`ignore_case`) in any case.

    A pattern that can only match where one of the words occurs need not run on the others.
    """
    words = fewest_words(tuple(dict.fromkeys(w.lower() if ignore_case else w for w in words)))
    if not ignore_case:
        # map() with the text's own __contains__ runs the loop in C, without a generator.
        return lambda text: any(map(text.__contains__, words))
    pattern = re.compile("|".join(map(re.escape, words)) or "(?!)", re.IGNORECASE)
    if not all(word.isascii() for word in words):
        return lambda text: pattern.search(text) is not None
    lowered_words = tuple(word.lower() for word in words)

    def test(text: str) -> bool:
        """Substring tests on the lower-cased text; the pattern itself beyond ASCII."""
        # Outside ASCII, IGNORECASE pairs letters that lower() does not ("ı" and "i").
        if not text.isascii():
            return pattern.search(text) is not None
        return any(map(text.lower().__contains__, lowered_words))

    return test


def fewest_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those holding another: where "phoned" occurs, "phone" does too.

    The test is as strict with fewer words, and each word left costs a pass over the text.
    """
    return tuple(w for w in words if not any(o != w and o in w for o in words))


@cache
def lexicon_words(key: str) -> tuple[str, ...]:
    """One list of words from data/lexicon.yaml, as written there (empty when absent)."""
    return tuple(str(word) for word in package_data("lexicon.yaml").get(key) or ())


def words_pattern(key: str) -> str:
    """A lexicon list as a regex alternation, longest first, spaces matching any whitespace."""
    words = sorted(lexicon_words(key), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
