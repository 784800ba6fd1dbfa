"""Fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from consistency.engine import quote_match
from consistency.engine.clusters import _components, _linked_by_wording
from consistency.extract import quote_words
from consistency.knowledge import fold, lexicon
from consistency.runtime import forget_corpus


def _fold_by_definition(text: str) -> str:
    """Decompose, drop every combining mark, fold case and spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("\u2019", "'").casefold().split())


@given(st.text())
def test_fold_is_its_definition(text: str) -> None:
    assert fold.__wrapped__(text) == _fold_by_definition(text)


def test_fold_drops_accents_beyond_ascii() -> None:
    assert fold("Zo\u00eb  \u00c9ric\u2019s Stra\u00dfe") == "zoe eric's strasse"


def _wording_links_by_definition(
    texts: list[str], threshold: float, fragment_words: int
) -> set[tuple[int, int]]:
    """Quotes that are one statement, every pair compared (engine/quote_match.py)."""
    words = [quote_match.quote_words(t) for t in texts]
    short = [quote_match.is_fragment(w, fragment_words) for w in words]
    pairs = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))]
    linked = {
        (i, j)
        for i, j in pairs
        if not short[i]
        and not short[j]
        and quote_match.same_statement(words[i], words[j], threshold, fragment_words)
    }
    statement_of = {i: n for n, ms in enumerate(_components(len(texts), linked)) for i in ms}
    for i in (i for i in range(len(texts)) if short[i]):
        holders = [
            j
            for j in range(len(texts))
            if j != i and quote_match.same_statement(words[i], words[j], threshold, fragment_words)
        ]
        if len({statement_of[j] for j in holders if not short[j]}) > 1:
            continue
        linked |= {(min(i, j), max(i, j)) for j in holders}
    return linked


# Words that repeat, so that quotes repeat, overlap and hold each other (as outlets' do):
# stop words, an inflection ("options"), a misspelling ("opton"), words of few letters.
_QUOTE_WORDS = st.sampled_from(
    ["not", "an", "option", "options", "opton", "of", "the", "talks", "were", "good", "bad", "no"]
)
_QUOTES = st.lists(st.lists(_QUOTE_WORDS, max_size=6).map(" ".join), max_size=12)


@given(_QUOTES, st.sampled_from([0.0, 60.0, 85.0, 100.0]), st.integers(0, 4))
def test_wording_links_make_the_groups_every_pair_makes(
    texts: list[str], threshold: float, fragment_words: int
) -> None:
    links = _wording_links_by_definition(texts, threshold, fragment_words)
    found = _linked_by_wording(texts, threshold, fragment_words)
    assert _components(len(texts), found) == _components(len(texts), links)


def test_a_fragment_two_statements_hold_joins_neither() -> None:
    texts = [
        "the talks were not an option for us",
        "not an option",
        "a bad deal is not an option today",
        "the talks were not an option for us",
    ]
    by_definition = _components(4, _wording_links_by_definition(texts, 85.0, 4))
    assert _components(4, _linked_by_wording(texts, 85.0, 4)) == [[0, 3], [1], [2]]
    assert by_definition == [[0, 3], [1], [2]]


def _tells_by_definition(reported: list[str], quoted: list[str]) -> bool:
    """quote_words.tells as first written: every reported word tried against every quoted."""
    if not reported:
        return False
    found = [w for w in reported if any(quote_words._same_word(w, q) for q in quoted)]
    plain = lexicon().stopwords | quote_words._forms()
    telling = sum(1 for w in found if w not in plain)
    return len(found) >= quote_words._TOLD_SHARE * len(reported) and telling >= 3


# Words close to each other: shared starts, inflections, misspellings, stop words.
_TOLD_WORD = st.sampled_from(
    ["the", "fees", "fee", "remain", "remained", "remains", "problem", "problems", "probelm",
     "harbour", "harbor", "fleet", "on", "no", "will", "would", "never", "nevr", "give", "up",
     "claim", "claims", "clam", "prosper", "prospered", "a", "of", "our"]
)  # fmt: skip


@given(st.lists(_TOLD_WORD, max_size=12), st.lists(_TOLD_WORD, max_size=20))
def test_tells_is_its_definition(reported: list[str], quoted: list[str]) -> None:
    """The indexed test of reported speech against a quote equals trying every pair."""
    forget_corpus()
    assert quote_words.tells(reported, quoted) == _tells_by_definition(reported, quoted)


@given(st.lists(_TOLD_WORD, max_size=12), st.lists(st.lists(_TOLD_WORD, max_size=15), max_size=6))
def test_quotes_told_by_is_every_quote_tells_accepts(
    reported: list[str], quotes: list[list[str]]
) -> None:
    """The index only skips quotes tells() would refuse: the same quotes, in order."""
    forget_corpus()
    expected = [n for n, words in enumerate(quotes) if _tells_by_definition(reported, words)]
    assert quote_words.Quotes(quotes).told_by(reported) == expected


@given(st.lists(_TOLD_WORD, max_size=12), st.lists(_TOLD_WORD, max_size=12))
def test_telling_share_is_its_definition(left: list[str], right: list[str]) -> None:
    """The indexed share of one quote's telling words in another equals trying every pair."""
    forget_corpus()
    plain = lexicon().stopwords | quote_words._forms()
    own_l = [w for w in dict.fromkeys(left) if w not in plain]
    own_r = [w for w in dict.fromkeys(right) if w not in plain]
    expected = 1.0
    if own_l and own_r:
        short, long_ = sorted((own_l, own_r), key=len)
        alike = [w for w in short if any(quote_words._same_word(w, x) for x in long_)]
        expected = len(alike) / len(short)
    assert quote_words.telling_share(left, right) == expected


@given(st.lists(_TOLD_WORD, max_size=8), st.lists(st.lists(_TOLD_WORD, max_size=12), max_size=4))
def test_statements_tell_what_each_quote_tells(
    reported: list[str], quotes: list[list[str]]
) -> None:
    """The articles a telling tells, found by wording and shape, are those tells() finds."""
    forget_corpus()
    statements = quote_words.Statements()
    for n, words in enumerate(quotes):
        statements.add(tuple(words), f"article-{n % 3}")
    expected = {
        f"article-{n % 3}" for n, w in enumerate(quotes) if _tells_by_definition(reported, w)
    }
    assert statements.told_by(tuple(reported)) == expected
    # Two tellings that differ in a word no quote holds are one shape, answered once: each
    # answer is the one tells() gives it.
    for extra in ("zzzz", "yyyy"):
        longer = [*reported, extra]
        expected = {
            f"article-{n % 3}" for n, w in enumerate(quotes) if _tells_by_definition(longer, w)
        }
        assert statements.told_by(tuple(longer)) == expected
