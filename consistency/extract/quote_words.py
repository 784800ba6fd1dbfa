"""The words two quotes are compared by, and whether one quote's words stand in another's.

A quote is read as its folded words, with degree words dropped ("slightly", "a bit") and each
near-synonym replaced by the first word of its set ("jealous" -> "envious"), so that two
translations of one remark read alike, and each person or tense a telling in reported speech
moves to ("they would" for "we will") read as the speaker's (data/vocabulary/quotes.yaml).
The engine groups quotes into statements with these (engine/quote_match.py); an article that
repeats a quotation gives it the speaker of its attributed occurrence (extract/quotes.py), and
reported speech joins the quote it tells (extract/reported.py, `tells`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from rapidfuzz import fuzz, process

from consistency.knowledge import fold, lexicon
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

_WORD = re.compile(r"[a-z0-9]+(?:['.,][a-z0-9]+)*")
# Two words this alike are one word written or inflected another way ("backs", "back").
_SAME_WORD = 85
# Words shorter than this are compared exactly: "on" and "no" are not one word misspelt.
_FUZZY_LENGTH = 4
# Reported speech tells a quote when this share of its words, and this many telling words
# (not stop words), stand in the quote: "she said the fees remained a problem" tells
# "the harbour fees remain a problem for our fleet", not "the fees are fair".
_TOLD_SHARE = 0.75
_TOLD_WORDS = 3


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


def tells(reported: Sequence[str], quoted: Sequence[str]) -> bool:
    """Tell whether reported speech (see quote_words) tells a quote's statement in other words.

    Most of the telling's words stand in the quote (an inflection allowed: "remained",
    "remain"), and at least a few words that are not stop words: a telling adds little of
    its own, while it may leave much of a long quote out.
    """
    if not reported:
        return False
    in_quote = _word_index(tuple(quoted))
    found = [w for w in reported if in_quote(w)]
    plain = _plain()
    telling = sum(1 for w in found if w not in plain)
    return len(found) >= _TOLD_SHARE * len(reported) and telling >= _TOLD_WORDS


class Quotes:
    """Some quotes' words, indexed so that reported speech is tried only on those it may tell.

    A quote that a telling tells holds _TOLD_WORDS of its telling words or more, each as
    _same_word sees it: equal, or (four letters or more) beginning with the same two
    letters. So a quote is a candidate only when that many of the telling's words find it
    in the index (equal short words; long words by their first two letters); tells() then
    decides as before. Reported speech in hundreds of articles is then not tried against
    every quote of its speaker.
    """

    def __init__(self, quotes: Sequence[Sequence[str]]) -> None:
        """Index the quotes' words."""
        self.quotes = [tuple(words) for words in quotes]
        self._exact: dict[str, set[int]] = {}
        self._start: dict[str, set[int]] = {}
        for number, words in enumerate(self.quotes):
            for word in words:
                self._exact.setdefault(word, set()).add(number)
                if len(word) >= _FUZZY_LENGTH:
                    self._start.setdefault(word[:2], set()).add(number)

    def told_by(self, reported: Sequence[str]) -> list[int]:
        """The quotes (by number, in order) the reported speech tells."""
        plain = _plain()
        hits: dict[int, int] = {}
        for word in reported:
            if word in plain:
                continue
            if len(word) >= _FUZZY_LENGTH:
                found = self._start.get(word[:2], ())
            else:
                found = self._exact.get(word, ())
            for number in found:
                hits[number] = hits.get(number, 0) + 1
        candidates = sorted(n for n, count in hits.items() if count >= _TOLD_WORDS)
        return [n for n in candidates if tells(reported, self.quotes[n])]


# Reported speech is compared with every quote of its speaker in the story: on a corpus of
# many outlets that is each clause times each quote, so each quote's words are indexed once.
@corpus_cache(maxsize=1 << 12)
def _word_index(quoted: tuple[str, ...]) -> Callable[[str], bool]:
    """A test whether a word is _same_word as one of a quote's words (see _index)."""
    return _index(quoted)


def _index(quoted: tuple[str, ...]) -> Callable[[str], bool]:
    """A test whether a word is _same_word as one of a quote's words, without trying them all.

    Equal words are a set look-up; a word that may be one misspelt or inflected shares its
    first two letters with it and is long enough (what _same_word asks first), so only the
    quote's words that begin alike are tried, once for each word asked.
    """
    exact = frozenset(quoted)
    alike: dict[str, list[str]] = {}
    for word in exact:
        if len(word) >= _FUZZY_LENGTH:
            alike.setdefault(word[:2], []).append(word)
    asked: dict[str, bool] = {}

    def holds(word: str) -> bool:
        """Tell whether `word` is _same_word as one of the quote's words."""
        if word in exact:
            return True
        if len(word) < _FUZZY_LENGTH:
            return False
        known = asked.get(word)
        if known is None:
            # Words of one start and long enough: _same_word is the ratio alone, tried over
            # them all at once (a corpus's quotes may hold hundreds of words of one start).
            others = alike.get(word[:2], ())
            best = process.extractOne(word, others, scorer=fuzz.ratio, score_cutoff=_SAME_WORD)
            known = asked[word] = best is not None
        return known

    return holds


class Statements:
    """One speaker's quotes in a story by their words, with the articles that quote each.

    Finds the articles quoting what a telling tells (`tells`). Outlets repeat a quote word
    for word and a telling nearly so: each wording is tried once with each telling, only
    when it may tell it (Quotes), and a telling's words that are in none of the quotes only
    count towards its length, so two tellings that differ only in such words are answered
    once.
    """

    def __init__(self) -> None:
        """No quotes yet."""
        self.wordings: dict[tuple[str, ...], set[str]] = {}
        self._told: dict[tuple[tuple[str, ...], int], set[str]] = {}
        self._index: tuple[Quotes, Callable[[str], bool]] | None = None

    def add(self, words: tuple[str, ...], article: str) -> None:
        """Add an article's quote (its quote_words)."""
        self.wordings.setdefault(words, set()).add(article)
        self._told.clear()
        self._index = None

    def told_by(self, reported: tuple[str, ...]) -> set[str]:
        """The articles quoting a statement that reported speech (quote_words) tells."""
        if self._index is None:
            every = _index(tuple(w for words in self.wordings for w in words))
            self._index = Quotes(list(self.wordings)), every
        quotes, every = self._index
        # A word no quote holds is held by none of them: only the length counts it.
        key = (tuple(w for w in reported if every(w)), len(reported))
        found = self._told.get(key)
        if found is None:
            quoting = list(self.wordings.values())
            told = quotes.told_by(reported)
            found = self._told[key] = set().union(*(quoting[n] for n in told))
        return found


def telling_share(left: Sequence[str], right: Sequence[str]) -> float:
    """The share of the shorter quote's telling words (not stop words) the other one holds.

    1.0 when either has none: the words alone must then decide.
    """
    plain = _plain()
    own_l = [w for w in dict.fromkeys(left) if w not in plain]
    own_r = [w for w in dict.fromkeys(right) if w not in plain]
    if not own_l or not own_r:
        return 1.0
    short, long_ = sorted((own_l, own_r), key=len)
    in_long = _word_index(tuple(long_))
    return sum(1 for w in short if in_long(w)) / len(short)


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
def _plain() -> frozenset[str]:
    """Stop words and words of person and tense: they tell nothing of a statement."""
    return lexicon().stopwords | _forms()


@cache
def _forms() -> frozenset[str]:
    """The words of person and tense (vocabulary quotes.reported_forms), which tell nothing."""
    entries = group("quotes", "reported_forms").entries
    return frozenset(fold(w) for entry in entries for w in entry.split("|"))


@cache
def _synonyms() -> dict[str, str]:
    """Each near-synonym or reported-speech form, folded, to the first word of its set."""
    merged: dict[str, str] = {}
    for name in ("near_synonyms", "reported_forms"):
        for entry in group("quotes", name).entries:
            first, *others = (fold(w) for w in entry.split("|"))
            for word in others:
                merged[word] = first
    return merged
