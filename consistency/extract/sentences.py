"""Split an article body into sentences that keep their character spans."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

from consistency.runtime import corpus_cache

# Tokens that end with a period without ending a sentence ("U.S.", "Mr.", "Sept.").
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "prof",
        "hon",  # "Hon. Jane Odhiambo", "Rt. Hon.", "H.E. Abdi Dirane": official honorifics
        "rt",
        "h.e",
        "amb",
        "adm",
        "maj",
        "brig",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "approx",
        "est",
        "fig",
        "vol",
        "pp",
        "ft",
        "mt",
    ]
)

# A paragraph is a line with some text; scraped pages put one paragraph per line. Lines of
# spaces alone hold no sentence: the pattern skips them, where blanked page chrome is. A line
# that starts in lower case goes on the sentence of the line before (a print page's wrapping).
_PARAGRAPH = re.compile(r"^[^\S\n]*+\S[^\n]*(?:\n[^\S\n]*+[a-z][^\n]*)*", re.MULTILINE)
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# What an abbreviation before a period is made of.
_WORD_CHARS = frozenset(string.ascii_letters + ".")
#: The longest sentence read whole, in characters. News sentences run to a few hundred; a
#: longer one (a page without stops, clauses joined without end) is read in pieces of at
#: most this, cut after a semicolon, comma or space, so no sentence costs more than a bound.
MAX_SENTENCE = 2000
#: Where cut pieces go: the separators tried, best first.
_CUTS = ("; ", ", ", " ")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a body, with its span in the body (and so in the source file)."""

    start: int
    end: int
    text: str

    @property
    def clean(self) -> str:
        """The sentence with runs of whitespace folded to one space."""
        return " ".join(self.text.split())


def split_sentences(body: str) -> list[Sentence]:
    """Split a body into sentences, one paragraph (line) at a time."""
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(body):
        at = para.start()
        found = _paragraph_sentences(para.group())
        sentences += [Sentence(at + start, at + end, text) for start, end, text in found]
    return sentences


# A paragraph splits the same wherever it stands, and outlets that run the same wire copy
# repeat paragraphs word for word: split each paragraph text once.
@corpus_cache(maxsize=1 << 14)
def _paragraph_sentences(paragraph: str) -> tuple[tuple[int, int, str], ...]:
    """The sentences of one paragraph as (start, end, text), offsets within the paragraph."""
    return tuple((s.start, s.end, s.text) for s in _split_paragraph(paragraph))


def _split_paragraph(paragraph: str) -> Iterator[Sentence]:
    """Yield the sentences of one paragraph, trimmed of surrounding whitespace."""
    for start, end in _spans(paragraph):
        for piece_start, piece_end in _pieces(paragraph, start, end):
            yield from _trimmed(paragraph, piece_start, piece_end)


def _spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence of a paragraph, however long, untrimmed."""
    start = 0
    for boundary in _BOUNDARY.finditer(paragraph):
        if _is_abbreviation(paragraph, start, boundary.start() + 1):
            continue
        yield start, boundary.start() + 1 + _closers(paragraph, boundary)
        start = boundary.end()
    yield start, len(paragraph)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A span cut into pieces of at most MAX_SENTENCE characters, each after a separator."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = limit
        for separator in _CUTS:
            found = text.rfind(separator, start + MAX_SENTENCE // 2, limit - len(separator) + 1)
            if found >= 0:
                cut = found + len(separator)
                break
        yield start, cut
        start = cut
    yield start, end


def long_sentences(body: str) -> int:
    """How many sentences of a body are longer than MAX_SENTENCE, and so read in pieces."""
    count = 0
    for para in _PARAGRAPH.finditer(body):
        if para.end() - para.start() > MAX_SENTENCE:
            text = para.group()
            count += sum(len(text[a:b].strip()) > MAX_SENTENCE for a, b in _spans(text))
    return count


def _closers(body: str, boundary: re.Match[str]) -> int:
    """Count closing quotes and brackets right after the sentence's final punctuation."""
    text = boundary.group()[1:]
    return len(text) - len(text.lstrip("\"”’')]"))


def _is_abbreviation(body: str, start: int, end: int) -> bool:
    """Tell whether the text from `start` up to a period at `end - 1` ends in an abbreviation.

    The word is the run of ASCII letters and periods before that period ("U.S", "Mr", "J");
    walking back from the period spares a search through the whole sentence.
    """
    if body[end - 1] != ".":
        return False
    first = end - 1
    while first > start and body[first - 1] in _WORD_CHARS:
        first -= 1
    word = body[first : end - 1]
    if not word:
        return False
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trimmed(body: str, start: int, end: int) -> Iterator[Sentence]:
    """Yield the span without its surrounding whitespace, if anything is left."""
    text = body[start:end]
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if right > left:
        yield Sentence(start + left, start + right, text[left:right])
