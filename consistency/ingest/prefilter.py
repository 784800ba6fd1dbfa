"""Find characters every match of a pattern contains, so text without them is skipped cheaply.

A search for a long alternation (the counter tokens) tries every alternative at every
offset, some 30 µs for a short line. Every token holds a digit or one of a few letters,
and a one-class search for those characters takes well under a microsecond, so a line
without any of them is known to hold no token. The characters are read from the parsed
pattern, so the filter follows whatever the markers file says.

Python's parser (`re._parser`) is private: should it ever change shape, no filter is made
and every search runs in full, which gives the same answers, only slower.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

sre: Any
sre_parse: Any
try:
    sre = importlib.import_module("re._constants")
    sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without the private modules
    sre = sre_parse = None

# A sample of prose, every letter in it: of two sets of characters a match needs, the one
# matching fewer of its characters (spaces and common letters weigh most) skips more lines.
_PROSE = (
    "The minister said on Monday that the talks, which began late, would go on for a while. "
    "Quick brown foxes jump over a lazy dog."
)


def _char(code: int) -> str:
    """One character as it is written in a character class."""
    return re.escape(chr(code))


def _class(items: Iterable[tuple[Any, Any]]) -> str | None:
    """Write a parsed character class back as a pattern; None for a kind not handled."""
    categories = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    parts = []
    for op, value in items:
        # A negated class with case ignored matches less than without ("[^a]" then misses
        # "A"), and it is broad anyway: it gives no filter.
        if op is sre.LITERAL:
            parts.append(_char(value))
        elif op is sre.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is sre.CATEGORY and value in categories:
            parts.append(categories[value])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _weight(classes: list[str]) -> int:
    """How many characters of the prose sample match one of the classes (case ignored)."""
    pattern = re.compile("|".join(classes), re.IGNORECASE)
    return sum(1 for char in _PROSE if pattern.fullmatch(char))


def _needs(items: Iterable[tuple[Any, Any]]) -> list[str] | None:
    """Classes one of which every match of a parsed sequence holds; None when none is known."""
    # Every item of a sequence that cannot match empty text adds its own characters to
    # each match, so any one of them will do: the one rarest in prose is kept.
    best: list[str] | None = None
    for op, value in items:
        found = _item_needs(op, value)
        if found is not None and (best is None or _weight(found) < _weight(best)):
            best = found
    return best


def _item_needs(op: Any, value: Any) -> list[str] | None:
    """Classes one of which every match of one parsed item holds; None when none is known."""
    if op is sre.LITERAL:
        return [f"[{_char(value)}]"]
    if op is sre.IN:
        written = _class(value)
        return None if written is None else [written]
    if op is sre.SUBPATTERN:
        return _needs(value[-1])
    if op is sre.ATOMIC_GROUP:
        return _needs(value)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, item = value
        return _needs(item) if least >= 1 else None
    if op is sre.BRANCH:
        union: list[str] = []
        for branch in value[1]:
            found = _needs(branch)
            if found is None:
                return None
            union.extend(c for c in found if c not in union)
        return union
    # Anchors, lookarounds, any character, back references: nothing certain.
    return None


def required_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds a character in every text `pattern` can match in; None if unknown.

    Case is ignored, so the filter may let through more than it must, never less.
    """
    if sre_parse is None:
        return None
    try:
        found = _needs(sre_parse.parse(pattern.pattern, pattern.flags))
    # The parser's shape is private: whatever it does unexpectedly, no filter is made.
    except Exception:
        return None
    if found is None or _weight(found) == len(_PROSE):
        return None
    return re.compile("|".join(found), re.IGNORECASE)
