"""Cheap tests run before a claim family's patterns: whether any of its trigger words occurs."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache

from consistency.datafiles import package_data
from consistency.extract.literals import LiteralScan, folded, required
from consistency.runtime import corpus_cache

#: The environment variable that turns every prefilter off ("off"): each extractor then reads
#: every sentence, which tests compare with a run with prefilters (the claims must be equal).
SWITCH = "CONSISTENCY_PREFILTERS"
_enabled = os.environ.get(SWITCH, "on") != "off"
# Every prefilter made, so that tests can look at each one's literals.
_MADE: list[Prefilter] = []


@contextmanager
def prefilters(enabled: bool) -> Iterator[None]:
    """Run the block with every prefilter on or off (for tests that compare both)."""
    global _enabled
    before, _enabled = _enabled, enabled
    try:
        yield
    finally:
        _enabled = before


def made_prefilters() -> tuple[Prefilter, ...]:
    """Every prefilter made so far (the extractors make theirs when first run)."""
    return tuple(_MADE)


class Prefilter:
    """A sound cheap test: passes every text one of some patterns can match in.

    Built from the patterns themselves (extract/literals.py), never from a word list kept
    beside them: it asks a text's folded form for one of the literals that every match of
    some pattern holds. A pattern that needs no literal makes it pass every text.
    """

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        """The literals of all the patterns (None when one of them needs none)."""
        needs = [required(pattern) for pattern in patterns]
        union = {s for need in needs if need is not None for s in need}
        known = all(need is not None for need in needs)
        self.literals = fewest_words(tuple(sorted(union))) if known else None
        self._literals = frozenset(self.literals or ())
        self.patterns = patterns
        _MADE.append(self)
        _present.cache_clear()  # a scan made before this prefilter does not look for its literals

    def __call__(self, text: str) -> bool:
        """Tell whether a text may hold a match (always, with prefilters off)."""
        if not _enabled or self.literals is None:
            return True
        return not self._literals.isdisjoint(_present(text))


class Guarded:
    """A pattern behind its own prefilter: where it cannot match, it is not run at all.

    Finds exactly what the pattern finds (its prefilter is derived from it), only sooner
    where a sentence lacks every literal the pattern needs.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Guard a compiled pattern."""
        self.pattern = pattern
        self.prefilter = Prefilter(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """pattern.search, None without running where the prefilter fails."""
        return self.pattern.search(text, pos, endpos) if self.prefilter(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """pattern.finditer, nothing without running where the prefilter fails."""
        return self.pattern.finditer(text, pos, endpos) if self.prefilter(text) else iter(())

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """pattern.match, None without running where the prefilter fails."""
        return self.pattern.match(text, pos, endpos) if self.prefilter(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """pattern.fullmatch, None without running where the prefilter fails."""
        return self.pattern.fullmatch(text, pos, endpos) if self.prefilter(text) else None


def guard(source: str, flags: int = 0) -> Guarded:
    """Compile a pattern behind its own prefilter."""
    return Guarded(re.compile(source, flags))


# Each sentence is asked about by several prefilters: folded and scanned once for the
# literals of every prefilter (one pass, however many prefilters ask).
@corpus_cache(maxsize=1 << 15)
def _present(text: str) -> frozenset[str]:
    """The literals of all prefilters made so far that a text holds, folded."""
    return _scan().present(folded(text))


def _scan() -> LiteralScan:
    """The scan for every prefilter's literals, made again when a prefilter is added."""
    global _SCAN
    if _SCAN is None or len(_SCAN_OF) != len(_MADE):
        _SCAN_OF[:] = _MADE
        _SCAN = LiteralScan(s for made in _MADE for s in made.literals or ())
    return _SCAN


_SCAN: LiteralScan | None = None
_SCAN_OF: list[Prefilter] = []


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
