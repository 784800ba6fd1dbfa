"""Lines of a page with their file offsets, and what a line looks like: prose, headline, blank."""

from __future__ import annotations

import re
from typing import NamedTuple

# A sentence ends with a full stop (or ellipsis), maybe inside closing quotes or brackets.
_FULL_STOP = re.compile(r"[.…][\"'”’»)\]]*$")
_OTHER_STOP = re.compile(r"[!?][\"'”’»)\]]*$")
_LETTER = re.compile(r"[^\W\d_]")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
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


def split_lines(text: str) -> list[Line]:
    """Split `text` into lines at line feeds, keeping offsets; a carriage return stays outside."""
    raws = text.split("\n")
    bodies = [raw.removesuffix("\r") for raw in raws] if "\r" in text else raws
    lines: list[Line] = []
    start = 0
    for number, (raw, body) in enumerate(zip(raws, bodies, strict=True)):
        lines.append(Line(number, start, start + len(body), body))
        start += len(raw) + 1
    return lines


def content(text: str, bullets: str) -> str:
    """Strip a line of surrounding whitespace, leading bullets and a markdown heading mark."""
    stripped = text.strip().lstrip(bullets + " \t\u00a0").strip()
    return _MARKDOWN_HEADING.sub("", stripped, count=1)


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


def is_prose(text: str) -> bool:
    """Tell whether a line reads as a paragraph: enough words, ending a sentence."""
    words = word_count(text)
    if _FULL_STOP.search(text):
        return words >= PROSE_MIN_WORDS
    return words >= PROSE_MIN_WORDS_NO_STOP and _OTHER_STOP.search(text) is not None


def is_headline(text: str) -> bool:
    """Tell whether a line reads as a headline: a few words, no closing full stop."""
    words = word_count(text)
    return (
        HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        and not _FULL_STOP.search(text)
        and not is_prose(text)
        and has_letters(text)
    )
