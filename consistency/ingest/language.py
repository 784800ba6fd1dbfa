"""Tell a non-English article cheaply: shares of common words per language, and the script."""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache
from itertools import repeat

from consistency.datafiles import package_data

ENGLISH = "English"
# Shorter texts are not judged: a few words (a caption, a list of names) say nothing.
MIN_WORDS = 20
MIN_LETTERS = 40
# A language is recognised when its common words are at least this share of all words
# (English news runs at about 40%) ...
MIN_SHARE = 0.12
# ... and at least this many times the English share, so quotes and names do not tip it.
LEAD_OVER_ENGLISH = 2.0
# A text whose letters are mostly outside the Latin script is not English whatever its words.
MAX_OTHER_SCRIPT_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+")
# A letter, in the sense of _WORD, outside ASCII.
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_ACRONYMS = frozenset({"CJK"})
# Every ASCII byte, to delete them from UTF-8 text and keep the other characters' bytes.
_ASCII_BYTES = bytes(range(128))
# Every byte that is no ASCII letter, to count the ASCII letters of a text in one pass.
_NOT_ASCII_LETTER = bytes(b for b in range(256) if chr(b) not in string.ascii_letters)
# A byte table keeping ASCII letters and making every other byte a space.
_ASCII_LETTERS_ONLY = bytes(b if chr(b) in string.ascii_letters else ord(" ") for b in range(256))


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Load the common words of each language from data/stopwords.yaml."""
    data = package_data("stopwords.yaml")
    return {str(name): frozenset(str(w).lower() for w in words) for name, words in data.items()}


def shares(words: list[str], lists: Mapping[str, frozenset[str]]) -> dict[str, float]:
    """The share of `words` that are common words of each language."""
    return counted_shares(Counter(words), lists)


def counted_shares(
    counts: Mapping[str, int], lists: Mapping[str, frozenset[str]]
) -> dict[str, float]:
    """The share of the counted words that are common words of each language."""
    total = sum(counts.values()) or 1
    # A text has far more distinct words than a list has entries, so look each entry up.
    return {name: sum(map(counts.get, common, repeat(0))) / total for name, common in lists.items()}


@cache
def _common_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The languages, and each of their common words with the positions of its languages."""
    lists = stopwords()
    index: dict[str, list[int]] = {}
    for position, common in enumerate(lists.values()):
        for word in common:
            index.setdefault(word, []).append(position)
    return tuple(lists), {word: tuple(positions) for word, positions in index.items()}


@cache
def _common_byte_index() -> dict[bytes, tuple[int, ...]]:
    """`_common_index`'s words as ASCII bytes, to look up words cut out of a text's bytes."""
    _, index = _common_index()
    return {word.encode("ascii"): positions for word, positions in index.items() if word.isascii()}


def _ascii_letter_bytes(text: str) -> bytes:
    """A text whose letters are all ASCII, lower-cased, with every other character a space."""
    return text.encode("ascii", "replace").lower().translate(_ASCII_LETTERS_ONLY)


def _ascii_words(text: str) -> list[str]:
    """The lower-cased words of a text whose letters are all ASCII."""
    # Every word is a run of ASCII letters, and other characters only part words, so the
    # words can be cut out of the text's bytes in one pass.
    return _ascii_letter_bytes(text).decode("ascii").split()


def _has_non_ascii_letter(text: str) -> bool:
    """Tell whether `text` has a letter, in the sense of _WORD, outside ASCII."""
    if text.isascii():
        return False
    # Only the characters outside ASCII can be such letters: their UTF-8 bytes, cut out in
    # one pass, are a short text to search instead of the whole one.
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _NON_ASCII_LETTER.search(data.decode("utf-8", "surrogatepass")) is not None


def common_word_shares(text: str) -> dict[str, float] | None:
    """The share of the words of `text` that are common words of each language.

    None when the text has fewer than MIN_WORDS words. The same shares as `counted_shares`
    over `word_counts`, but only the common words are counted, not every word.
    """
    names, index = _common_index()
    hits = [0] * len(names)
    if not _has_non_ascii_letter(text):
        # The words stay bytes: looked up in the index as bytes, never made strings.
        byte_index = _common_byte_index()
        words = _ascii_letter_bytes(text).split()
        total = len(words)
        for common, n in Counter(filter(byte_index.__contains__, words)).items():
            for position in byte_index[common]:
                hits[position] += n
    else:
        counts = word_counts(text)
        total = counts.total()
        for word, n in counts.items():
            for position in index.get(word, ()):
                hits[position] += n
    if total < MIN_WORDS:
        return None
    return {name: hits[position] / total for position, name in enumerate(names)}


def word_counts(text: str) -> Counter[str]:
    """Count the lower-cased words of `text`."""
    if not _has_non_ascii_letter(text):
        return Counter(_ascii_words(text))
    # Count as written first: lower-casing each distinct word once is cheaper than each word.
    counts: Counter[str] = Counter()
    for word, n in Counter(_WORD.findall(text)).items():
        counts[word.lower()] += n
    return counts


def _script(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name ("LATIN", "CYRILLIC")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def script_counts(text: str) -> Counter[str]:
    """Count the letters of `text` by script, scripts in the order they first appear."""
    # Name each distinct character once: a text uses a few hundred of them at most.
    scripts: Counter[str] = Counter()
    for char, n in Counter(text).items():
        if char.isalpha():
            scripts[_script(char)] += n
    return scripts


def _mostly_ascii(text: str) -> bool:
    """Tell cheaply that at most half the letters of `text` can be outside the Latin script."""
    # ASCII letters are Latin, so with at least twice as many of them as non-ASCII
    # characters of any kind, the non-Latin letters cannot be more than half.
    ascii_bytes = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_bytes.translate(None, _NOT_ASCII_LETTER))
    return 2 * (len(text) - len(ascii_bytes)) <= ascii_letters


def other_script(text: str) -> str | None:
    """The main non-Latin script of `text` when most of its letters are in one, else None."""
    if _mostly_ascii(text):
        return None
    scripts = script_counts(text)
    letters = sum(scripts.values())
    others = {name: n for name, n in scripts.items() if name != "LATIN"}
    if letters < MIN_LETTERS or sum(others.values()) / letters <= MAX_OTHER_SCRIPT_SHARE:
        return None
    script = max(others, key=lambda name: others[name])
    return script if script in _ACRONYMS else script.title()


def by_words(text: str) -> str | None:
    """The language whose common words plainly dominate the text, unless it is English."""
    found = common_word_shares(text)
    if found is None:
        return None
    english = found.get(ENGLISH, 0.0)
    best = max(found, key=lambda name: found[name])
    if best != ENGLISH and found[best] >= MIN_SHARE and found[best] >= LEAD_OVER_ENGLISH * english:
        return best
    return None


def looks_like(text: str) -> str | None:
    """Name the language a text looks like when it is plainly not English, else None."""
    language = by_words(text)
    if language is not None:
        return language
    script = other_script(text)
    return None if script is None else f"text in the {script} script"


def language_problem(text: str) -> str | None:
    """Say why an article is skipped as not English ("not English (looks like French)"), or None."""
    language = looks_like(text)
    return None if language is None else f"not English (looks like {language})"
