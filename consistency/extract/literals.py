"""The literals a pattern cannot match without: one of them occurs in any text it finds in.

`required(pattern)` reads a compiled pattern's own structure (Python's regular-expression
parser) and gives a set of short strings such that every match of the pattern, in any text,
holds one of them, compared in `folded` form (lower case, each run of whitespace one
space). A text whose folded form holds none of them cannot be found in: the pattern need not
run. The set is derived from the pattern, never kept beside it, so a wording added to a
vocabulary group (and so to the pattern built from it) joins the set by itself.

The reading is sound by construction, piece by piece: a literal character is itself; a
class of a few characters is each of them; a sequence joins its pieces' strings while they
stay few, else keeps the most selective run; an alternation needs one of its branches'
sets; a piece that may match nothing (`x?`, `x*`, a lookaround, a word boundary) needs
nothing. Whatever the reading does not know (a back-reference, a large class, a character
beyond ASCII that case-insensitive matching may pair with another) needs nothing, so the
set only ever errs towards "might match". `None` means the pattern needs no literal.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

# The standard library's own parser of patterns (what re.compile reads a pattern with).
# Imported by name: its module has no type stubs, and the deprecated alias sre_parse warns.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: Sets of exact strings kept while a sequence is joined; beyond this, the run so far is kept
#: as the sequence's requirement and a new run starts.
MAX_EXACT = 64
#: A word this long stands for a string it is part of (see _need_of); shorter ones do not.
_LONG_WORD = 5
#: Ranges in a character class read as their characters when no longer than this.
_MAX_RANGE = 10
# Characters beyond ASCII that case-insensitive matching pairs with an ASCII letter
# ("ı" with "i", the Kelvin sign with "k"): folded to that letter, so that a text holding
# one still holds the literal. tests/test_literals.py checks every code point against re.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_PAIRED = tuple(chr(c) for c in _TO_ASCII)

_Exact = frozenset[str]


def folded(text: str) -> str:
    """A text as literals are compared with it: lower case, whitespace runs one space, padded."""
    if not text.isascii() and any(map(text.__contains__, _PAIRED)):
        text = text.translate(_TO_ASCII)
    return " " + " ".join(text.lower().split()) + " "


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` holds (folded); None when none is known."""
    return _required(pattern.pattern, pattern.flags)


@cache
def _required(source: str, flags: int) -> frozenset[str] | None:
    """required() of a pattern's source and flags (cached: vocabulary patterns are shared)."""
    exact, need = _sequence(_parser.parse(source, flags))
    return _better(need, _need_of(exact))


def holds_any(text: str, literals: Iterable[str]) -> bool:
    """Tell whether a folded text holds one of the literals."""
    return any(map(text.__contains__, literals))


# Each reader below gives (exact, need) for a piece of a parsed pattern: `exact` is every
# string the piece can match (folded) when they are few, else None; `need` is a set one of
# which any match of the piece holds, else None.
_Info = tuple[_Exact | None, _Exact | None]
_NOTHING: _Info = (frozenset({""}), None)
_SPACE = frozenset({" "})
_UNKNOWN: _Info = (None, None)


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Info:
    """A sequence of pieces: exact strings joined while few, else the best requirement seen."""
    run: _Exact = frozenset({""})
    need: _Exact | None = None
    whole = True  # every piece so far exact, and their strings joined
    for op, av in items:
        exact, piece_need = _piece(op, av)
        if exact is not None and piece_need is not None:  # a lookaround that needs a string
            need, whole = _better(need, piece_need), False
        if exact is not None:
            joined = frozenset(_join(a, b) for a in run for b in exact)
            if len(joined) <= MAX_EXACT:
                run = joined
                continue
            need, run, whole = _better(need, _need_of(run)), exact, False
            continue
        need = _better(need, _need_of(run), piece_need)
        run, whole = frozenset({""}), False
    if whole:
        return run, None
    return None, _better(need, _need_of(run))


def _piece(op: Any, av: Any) -> _Info:
    """One parsed piece of a pattern."""
    if op is _c.LITERAL:
        char = _char(av)
        return (frozenset({char}), None) if char is not None else _UNKNOWN
    if op is _c.IN:
        return _class(av)
    if op is _c.SUBPATTERN:
        return _sequence(av[3])
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.BRANCH:
        return _branch([_sequence(branch) for branch in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(av[2]))
    if op is _c.ASSERT:
        # A lookaround matches no text of the match, but what it looks for is in the text.
        exact, need = _sequence(av[1])
        return _NOTHING[0], _better(need, _need_of(exact))
    if op in (_c.AT, _c.ASSERT_NOT):
        return _NOTHING  # zero-width: it only narrows where the rest may match
    return _UNKNOWN  # any character, a negated literal, a back-reference, a condition


def _char(code: int) -> str | None:
    """A literal character as folded text, None when folding may not keep it."""
    char = chr(code)
    if char.isspace():
        return " "
    if char.isascii():
        return char.lower()
    # A character without case ("€", "’") matches only itself, case-insensitively too, and
    # lower() keeps it: tests/test_literals.py checks that no letter lowercases to one.
    return char if char.lower() == char == char.upper() == char.casefold() else None


def _class(items: list[tuple[Any, Any]]) -> _Info:
    """A character class: its few characters, each folded; unknown when many or negated."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            codes: Iterable[int] = (av,)
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            codes = range(av[0], av[1] + 1)
        elif op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE):
            codes = (ord(" "),)
        else:
            return _UNKNOWN
        for code in codes:
            char = _char(code)
            if char is None:
                return _UNKNOWN
            chars.add(char)
    return (frozenset(chars), None) if 0 < len(chars) <= MAX_EXACT else _UNKNOWN


def _branch(branches: list[_Info]) -> _Info:
    """An alternation: the union of its branches' strings, or one of their requirements."""
    exacts = [exact for exact, _ in branches]
    if all(exact is not None for exact in exacts):
        union = frozenset(s for exact in exacts if exact is not None for s in exact)
        if len(union) <= MAX_EXACT:
            return union, None
    needs = [_better(need, _need_of(exact)) for exact, need in branches]
    if any(need is None for need in needs):
        return _UNKNOWN
    return None, frozenset(s for need in needs if need is not None for s in need)


def _repeat(low: int, high: int, inner: _Info) -> _Info:
    """A repeated piece: optional ones need nothing; one or more keep the piece's need."""
    exact, need = inner
    if low == high == 1:
        return inner
    if exact == _SPACE:  # "\s+": a run of whitespace, which folds to one space
        return _SPACE if low else _SPACE | {""}, None
    if low == 0:
        if high == 1 and exact is not None:
            return exact | {""}, None
        return _NOTHING if exact == frozenset({""}) else (None, None)
    return None, _better(need, _need_of(exact))


def _join(left: str, right: str) -> str:
    """Two folded strings one after the other, as folding would show them (one space)."""
    if left.endswith(" ") and right.startswith(" "):
        return left + right[1:]
    return left + right


def _need_of(exact: _Exact | None) -> _Exact | None:
    """Exact strings as a requirement: unusable when one of them is empty or only a space.

    Each string is stood for by its longest word when that is long enough to be selective
    ("was removed from office" by "removed"): fewer strings to look for, each still a part
    of what it stands for.
    """
    if exact is None or any(not s.strip() for s in exact):
        return None
    return frozenset(map(_part, exact))


def _part(string: str) -> str:
    """A string's longest word (the last of equals: a phrase's head) if long, else itself."""
    word = max(reversed(string.split()), key=len)
    return word if len(word) >= _LONG_WORD else string


def _better(*needs: _Exact | None) -> _Exact | None:
    """The most selective of some requirements: longest shortest string, then fewest strings."""
    known = [need for need in needs if need is not None]
    if not known:
        return None
    # Short strings are common in any sentence; among sets whose shortest is long enough,
    # the one of longer strings on average is the rarer (a word list, not "with"/"between").
    return max(known, key=_selectivity)


def _selectivity(need: _Exact) -> tuple[int, float]:
    """How rarely a sentence holds one of a set's strings, as a key: the higher the rarer."""
    lengths = [len(s.strip()) for s in need]
    return min(_LONG_WORD, *lengths), sum(lengths) / len(lengths)


class LiteralScan:
    """Every literal of a set that a folded text holds, found in one pass over the text.

    The literals become one pattern shaped as a trie (each position tries one branch per
    first character, not one per literal); the search resumes one character after each
    hit, so overlapping literals are all seen. At a position the longest literal wins, and
    the literals it starts with are there too (`_starting`).
    """

    def __init__(self, literals: Iterable[str]) -> None:
        """Compile the scan of a set of literals."""
        self.literals = frozenset(literals)
        self._pattern = re.compile(_trie(sorted(self.literals)) or "(?!)")
        self._starting = {
            literal: frozenset(
                literal[:end]
                for end in range(1, len(literal) + 1)
                if literal[:end] in self.literals
            )
            for literal in self.literals
        }

    def present(self, text: str) -> frozenset[str]:
        """The literals a folded text holds."""
        found: set[str] = set()
        search, starting = self._pattern.search, self._starting
        match = search(text)
        while match is not None:
            found |= starting[match.group()]
            match = search(text, match.start() + 1)
        return frozenset(found)


def _trie(literals: list[str]) -> str:
    """Sorted literals as a trie-shaped alternation, longer continuations first."""
    branches: dict[str, list[str]] = {}
    ends = False
    for literal in literals:
        if literal:
            branches.setdefault(literal[0], []).append(literal[1:])
        else:
            ends = True
    parts = [re.escape(first) + _group(_trie(rest)) for first, rest in branches.items()]
    if ends and parts:
        parts.append("")  # the literal ending here, tried after every longer one
    return "|".join(parts)


def _group(pattern: str) -> str:
    """A pattern as one unit of a sequence."""
    return f"(?:{pattern})" if "|" in pattern else pattern
