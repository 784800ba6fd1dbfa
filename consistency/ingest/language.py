"""Tell a non-English article cheaply: shares of common words per language, and the script."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import cache
from importlib import resources

import yaml

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
_ACRONYMS = frozenset({"CJK"})


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Load the common words of each language from data/stopwords.yaml."""
    text = resources.files("consistency").joinpath("data", "stopwords.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {str(name): frozenset(str(w).lower() for w in words) for name, words in data.items()}


def shares(words: list[str], lists: Mapping[str, frozenset[str]]) -> dict[str, float]:
    """The share of `words` that are common words of each language."""
    total = len(words) or 1
    return {name: sum(w in common for w in words) / total for name, common in lists.items()}


def _script(char: str) -> str:
    """The script of a letter, as the first word of its Unicode name ("LATIN", "CYRILLIC")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def other_script(text: str) -> str | None:
    """The main non-Latin script of `text` when most of its letters are in one, else None."""
    scripts = Counter(_script(c) for c in text if c.isalpha())
    letters = sum(scripts.values())
    others = {name: n for name, n in scripts.items() if name != "LATIN"}
    if letters < MIN_LETTERS or sum(others.values()) / letters <= MAX_OTHER_SCRIPT_SHARE:
        return None
    script = max(others, key=lambda name: others[name])
    return script if script in _ACRONYMS else script.title()


def by_words(text: str) -> str | None:
    """The language whose common words plainly dominate the text, unless it is English."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    found = shares(words, stopwords())
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
