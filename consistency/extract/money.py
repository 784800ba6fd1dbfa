"""Sums of money in a text: "$1.14 billion", "US$2.3bn", "a €200 million", "1.5 trillion won".

The currencies and scale words are data (vocabulary/amounts.yaml): a currency_ group per
ISO code holds its symbols, codes and names; a scale_ group per multiplier its words. A sum
is a figure with a currency before it (a symbol or a code: "$5bn", "USD 2.3 billion") or
after it (a code or a name: "300 million dollars"); codes are read in capitals only ("try"
and "won" are words too), and a name after a bare year ("in 2019 won") is no sum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from consistency import vocabulary
from consistency.extract.cues import Guarded, any_word, guard
from consistency.extract.literals import folded
from consistency.extract.quantities import NUMBER_WORD
from consistency.runtime import corpus_cache

TOPIC = "amounts"
_CURRENCY = "currency_"
_SCALE = "scale_"
_YEARLIKE = re.compile(r"^(?:1[89]|2[01])\d\d$")
_FIGURE = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{NUMBER_WORD})"


@dataclass(frozen=True)
class Sum:
    """A sum of money found in a text: where it stands, its words and its currency's code."""

    start: int
    end: int
    text: str
    code: str
    #: Where the sum starts after any qualifier ("$" of "about $5bn"), for the words before it.
    figure: int


def _is_code(entry: str) -> bool:
    """Tell whether a currency entry is an ISO-like code ("USD", "RMB"): capitals only."""
    return len(entry) == 3 and entry.isalpha() and entry.isupper()


def _is_symbol(entry: str) -> bool:
    """Tell whether a currency entry is a symbol ("$", "US$", "€", "Rs"): it stands before a figure.

    A symbol holds a sign or a dot, or is an abbreviation of one or two letters.
    """
    return " " not in entry and (not entry.isalpha() or len(entry) <= 2)


@cache
def currencies() -> dict[str, str]:
    """Every currency word as written (symbols, codes, names) to its ISO code."""
    return {
        entry: group.name.removeprefix(_CURRENCY).upper()
        for group in vocabulary.all_groups()
        if group.topic == TOPIC and group.name.startswith(_CURRENCY)
        for entry in group.entries
    }


@cache
def scales() -> dict[str, float]:
    """Every scale word (folded) to what it multiplies by: "bn" 1e9, "crore" 1e7."""
    return {
        folded(entry).strip(): float(group.name.removeprefix(_SCALE))
        for group in vocabulary.all_groups()
        if group.topic == TOPIC and group.name.startswith(_SCALE)
        for entry in group.entries
    }


@cache
def _qualifiers() -> str:
    """Every prefix qualifier of vocabulary/qualifiers.yaml ("about", "more than", "nearly")."""
    names = ("prefix_min", "prefix_max", "prefix_nearly", "prefix_over", "prefix_about")
    return "|".join(vocabulary.group("qualifiers", name).alternation for name in names)


@cache
def _scale_word() -> Callable[[str], bool]:
    """A cheap test for a scale word written out ("billion", "crore")."""
    return any_word([word for word in scales() if len(word) > 3], ignore_case=True)


@cache
def _pattern() -> Guarded:
    """A sum: a qualifier, then a currency before the figure or a currency after it."""
    words = list(currencies())
    codes = vocabulary.phrases([w for w in words if _is_code(w)])
    symbols = vocabulary.phrases([w for w in words if _is_symbol(w) and not _is_code(w)])
    names = vocabulary.phrases([w for w in words if not _is_code(w) and not _is_symbol(w)])
    scale = vocabulary.phrases(list(scales()))
    after = rf"(?:(?-i:{codes})|{names})(?![\w-])"
    return guard(
        rf"(?<![\w$€£¥₩₹₽/.-])(?:(?P<q>{_qualifiers()})\s+)?"
        rf"(?:(?P<pre>(?-i:{codes})(?=\s?\d)|(?:{symbols}))\s?(?P<n1>{_FIGURE})"
        rf"(?:\s?(?P<s1>{scale})(?!\w))?(?:\s+(?P<a1>{after}))?(?![\w/])"
        rf"|(?P<n2>{_FIGURE})(?:[\s-](?P<s2>{scale}))?\s+(?P<a2>{after}))",
        re.IGNORECASE,
    )


@cache
def _upper_end() -> re.Pattern[str]:
    """The upper end of a range right after a sum: "-1.5 billion" of "$1-1.5 billion"."""
    words = list(currencies())
    signs = vocabulary.phrases([w for w in words if _is_symbol(w) or _is_code(w)])
    scale = vocabulary.phrases(list(scales()))
    return re.compile(
        rf"^\s*(?:{vocabulary.group(TOPIC, 'range_marks').alternation}|[-–])\s*"
        rf"(?:(?:{signs})\s?)?\d[\d,.]*(?:\s?(?:{scale})(?!\w))?",
        re.IGNORECASE,
    )


@cache
def _lookup() -> dict[str, str]:
    """Each currency word folded as a case-blind pattern matches it, to its code (made once)."""
    return {folded(word).strip(): code for word, code in currencies().items()}


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def sums(text: str) -> tuple[Sum, ...]:
    """Every sum of money in a text, in order."""
    # map() runs the test in C: a generator over a sentence's characters was 1.6M calls a run.
    if not any(map(str.isdigit, text)) and not _scale_word()(text):
        return ()  # no figure: "a billion dollars" has a scale word at least
    found: list[Sum] = []
    lookup = _lookup()
    for match in _pattern().finditer(text):
        if found and match.start() < found[-1].end:
            continue  # the upper end of a range already read
        figure = match.group("n1") or match.group("n2")
        scale = match.group("s1") or match.group("s2")
        if figure is None or (not scale and _YEARLIKE.match(figure)):
            continue  # "in 2019 won the vote": a year, no sum
        if not figure[0].isdigit() and not scale:
            continue  # "a dollar", "ten euros": no figure an editor checks
        said = match.group("a1") or match.group("a2") or match.group("pre")
        # Folded as the pattern matched it: "dollarſ" is "dollars" to a case-blind pattern.
        code = lookup[folded(said).strip()]
        start = match.start("pre") if match.group("pre") else match.start("n2")
        end = match.end()
        if match.group("pre"):
            upper = _upper_end().match(text[end:])  # "$1-1.5 billion": one range
            end += upper.end() if upper else 0
        found.append(Sum(match.start(), end, text[match.start() : end], code, start))
    return tuple(found)
