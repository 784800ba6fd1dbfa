"""Lines of a page with their file offsets, and what a line looks like: prose, headline, blank."""

from __future__ import annotations

import re
from functools import partial
from itertools import accumulate
from typing import NamedTuple

# A sentence ends with a full stop (or ellipsis), maybe inside closing quotes or brackets.
FULL_STOPS = ".…"
OTHER_STOPS = "!?"
CLOSERS = "\"'”’»)]"
_LETTER = re.compile(r"[^\W\d_]")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
# Characters of markdown emphasis, which may wrap a whole line.
_EMPHASIS = frozenset("*_")
# Stripped from the start of a line along with its bullets.
LEADING_BLANKS = " \t\u00a0"
# A paragraph has at least this many words; shorter lines are labels, headings or counters.
PROSE_MIN_WORDS = 6
# A question or exclamation this long is prose, shorter ones may be headlines.
PROSE_MIN_WORDS_NO_STOP = 12
HEADLINE_MIN_WORDS = 3
# Headlines are short; a longer line without a full stop is a paragraph missing its stop.
HEADLINE_MAX_WORDS = 20


class Line(NamedTuple):
    """One line of a page: its number, and its offsets in the text without the line break."""

    number: int
    start: int
    end: int
    text: str


# Makes a Line from its four fields without the Python-level `Line.__new__`: a page has
# a hundred lines, and building them was a fair part of reading its layout.
_line = partial(tuple.__new__, Line)


def split_lines(text: str) -> list[Line]:
    """Split `text` into lines at line feeds, keeping offsets; a carriage return stays outside."""
    raws = text.split("\n")
    bodies = [raw.removesuffix("\r") for raw in raws] if "\r" in text else raws
    # Each line starts just past the line feed that ends the one before it.
    starts = list(accumulate([len(raw) + 1 for raw in raws], initial=0))
    ends = [start + len(body) for start, body in zip(starts, bodies, strict=False)]
    return list(map(_line, zip(range(len(bodies)), starts, ends, bodies, strict=False)))


def content(text: str, bullets: str) -> str:
    """Strip a line of surrounding whitespace, leading bullets and a markdown heading mark."""
    return stripped_content(text, bullets + LEADING_BLANKS)


def stripped_content(text: str, leading: str) -> str:
    """`content` with the bullets and LEADING_BLANKS to strip at the start already joined."""
    stripped = text.strip().lstrip(leading).strip()
    if stripped[:1] in _EMPHASIS and stripped[-1:] == stripped[:1]:
        # Markdown emphasis around a whole line: "*By Jane Doe | 7 March 2031*", "**Page 7**".
        stripped = stripped.strip(stripped[0]).strip()
    # Most lines have no "#" at all, and then the pattern has nothing to remove.
    return _MARKDOWN_HEADING.sub("", stripped, count=1) if "#" in stripped else stripped


def word_count(text: str) -> int:
    """Count the whitespace-separated words of `text`."""
    return len(text.split())


def has_letters(text: str) -> bool:
    """Tell whether `text` has at least one letter."""
    return _LETTER.search(text) is not None


def is_name_case(text: str, small_words: frozenset[str]) -> bool:
    """Tell whether every word of `text` is capitalised, but for small joining words."""
    return all(
        word[0].isupper() or word.casefold() in small_words
        for word in text.split()
        if word[0].isalpha()
    )


def ends_with(text: str, stops: str) -> bool:
    """Tell whether `text` ends with one of `stops`, maybe inside closing quotes or brackets.

    Reads as the pattern `[stops][CLOSERS]*$` does, "$" matching before a final line feed
    too; checking the end is much faster than a regex search, which tries every offset.
    """
    end = text.rstrip(CLOSERS)
    if end and end[-1] in stops:
        return True
    if not text.endswith("\n"):
        return False
    end = text[:-1].rstrip(CLOSERS)
    return bool(end) and end[-1] in stops


def is_prose(text: str) -> bool:
    """Tell whether a line reads as a paragraph: enough words, ending a sentence."""
    return prose_of(text, word_count(text))


def prose_of(text: str, words: int) -> bool:
    """`is_prose` of a line whose words are already counted (`words`)."""
    if ends_with(text, FULL_STOPS):
        return words >= PROSE_MIN_WORDS
    return words >= PROSE_MIN_WORDS_NO_STOP and ends_with(text, OTHER_STOPS)


def is_headline(text: str) -> bool:
    """Tell whether a line reads as a headline: a few words, no closing full stop."""
    words = word_count(text)
    # Without a closing full stop, a line is prose only as a long question or exclamation.
    return (
        HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        and not ends_with(text, FULL_STOPS)
        and not (words >= PROSE_MIN_WORDS_NO_STOP and ends_with(text, OTHER_STOPS))
        and has_letters(text)
    )
