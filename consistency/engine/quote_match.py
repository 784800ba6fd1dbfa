"""When two quotes of one speaker are one statement: by their words, or a fragment by containment.

A quote is read as its folded words, with degree words dropped and near-synonyms merged
(extract/quote_words.py), so that two translations of one remark read alike. Quotes of at least
`fragment_words` words are one statement when their rapidfuzz token-set score reaches the
rule's threshold and they share at least half of the shorter one's telling words (a shared
frame, "the talks were ... and ...", is not one statement). A shorter quote is a fragment: it
is one statement with another quote only when its words stand, in order and next to each
other, in the other's ("not an option" in "is not an option"), so two different short quotes
("a good meeting", "a bad meeting") never become one by sharing a word or two.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from consistency.extract.quote_words import contains, quote_words, telling_share

__all__ = ["contains", "is_fragment", "quote_words", "same_statement"]

# Two statements share at least this share of the shorter one's telling words: "the talks
# were frank and useful" and "the talks were long and difficult" share a frame, not a
# statement; translations of one remark ("made our decision clear" / "stated its position")
# keep about half.
_TELLING_SHARE = 0.5


def is_fragment(words: Sequence[str], fragment_words: int) -> bool:
    """Tell whether a quote's words are too few to be compared as a statement of its own."""
    return len(words) < fragment_words


def same_statement(
    left: Sequence[str], right: Sequence[str], threshold: float, fragment_words: int
) -> bool:
    """Tell whether two quotes' words (see quote_words) are one statement."""
    if is_fragment(left, fragment_words) or is_fragment(right, fragment_words):
        short, long_ = sorted((left, right), key=len)
        return contains(long_, short)
    if fuzz.token_set_ratio(" ".join(left), " ".join(right)) < threshold:
        return False
    return telling_share(left, right) >= _TELLING_SHARE
