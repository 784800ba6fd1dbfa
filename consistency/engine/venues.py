"""Where two outlets say a meeting was: one venue named two ways, a venue in a town, or two places.

A place value is a venue ("Villa Arnsk in Velm", "the Old Mill": a venue word, or a name
with "the") or a town or area ("Velm"). Names compare by their own words, the generic ones
("villa", "historic", "the") aside, and a misspelt word still matches ("Brenholm", "Brenhlom").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rapidfuzz import fuzz

from consistency.extract.places import institution_of, venue_phrases
from consistency.extract.timex import MONTH_NAMES, WEEKDAY_NAMES
from consistency.knowledge import fold
from consistency.vocabulary import group, words

Relation = Literal["same", "compatible", "conflict"]
_RANK: dict[Relation, int] = {"conflict": 0, "compatible": 1, "same": 2}
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Words of a venue's name that say nothing of which venue it is.
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "de",
        "la",
        "le",
        "du",
        "des",
        "historic",
        "scenic",
        "private",
        "country",
        "international",
        "old",
        "new",
        "grand",
        "main",
        "official",
        "state",
        "s",
        "st",
    ]
)
_TIME_WORDS = frozenset(fold(w) for w in (*MONTH_NAMES, *WEEKDAY_NAMES))
# "the Hall of Mirrors of the Old Palace": where an inner venue's name gives way to its outer.
_OF_THE = re.compile(r"\s+of\s+the\s+", re.IGNORECASE)
#: Two words at least this similar (rapidfuzz ratio, 0-100) are one word misspelt (PL01's
#: `spelling` option gives the rule's own).
SPELLING = 80.0


@dataclass(frozen=True)
class Place:
    """One outlet's place for a meeting: its name's own words, its town's, and its kind."""

    name: frozenset[str]
    town: frozenset[str]
    venue: bool
    #: The sentence it was read from, folded, to find the other outlet's town in.
    context: str
    #: The venue words it holds ("palace", "hotel"), folded.
    kinds: frozenset[str] = frozenset()
    #: Told by its kind alone, in lower case ("the presidential palace", "a seaside hotel").
    generic: bool = False


def place_of(value: str, context: str = "") -> Place:
    """Read a place value ("Villa Arnsk in Velm, Norland") and the sentence it stands in."""
    text = " ".join(value.split())
    folded_context = f" {' '.join(_WORD.findall(fold(context)))} "
    venue_words = group("places", "venue_nouns").pattern
    parts = _locality().split(text, maxsplit=1)
    head, town = parts[0], parts[-1] if len(parts) > 1 else ""
    # A venue word, or "the" before the name in the value or its sentence ("at the Old Mill").
    venue = bool(venue_words.search(head)) or head.lower().startswith("the ")
    venue = venue or re.search(rf"\bthe\s+{re.escape(head)}", context, re.IGNORECASE) is not None
    name = _words(venue_words.sub(" ", head))
    institution = institution_of(head)
    if institution:
        # "the Cancillería" and "the Foreign Ministry": one venue named in two languages.
        name, venue = frozenset({f"institution:{institution}"}), True
    if venue and not town:
        town = _town_in(context, head)
    kinds = frozenset(fold(m.group()) for m in venue_words.finditer(head))
    generic = venue and not institution and not any(c.isupper() for c in head)
    return Place(name, _words(town), venue, folded_context, kinds, generic)


#: A venue inside another: the words of the inner one's name and of the outer one's.
Inside = tuple[tuple[frozenset[str], frozenset[str]], ...]


def relation(a: Place, b: Place, spelling: float = SPELLING, inside: Inside = ()) -> Relation:
    """How two places of one meeting relate (see the module's docstring and rules/PL01.yaml).

    `inside` holds the venues some source places inside others (see containment): a hall
    and the palace it stands in are one place told at two precisions.
    """
    if a.venue and b.venue:
        if a.generic or b.generic:
            return _by_kind(a, b, spelling)
        if _alike(a.name, b.name, spelling):
            if a.town and b.town and not _alike(a.town, b.town, spelling):
                return "compatible"  # one venue, its town given more or less precisely
            return "same"
        if _within(a, b, spelling, inside) or _within(b, a, spelling, inside):
            return "compatible"
        return "conflict"
    if a.venue != b.venue:
        venue, place = (a, b) if a.venue else (b, a)
        if _alike(venue.town, place.name, spelling) or _said(venue.context, place.name):
            return "compatible"  # the venue stands in the town the other outlet names
        if _alike(venue.name, place.name, spelling):
            return "compatible"
        return "conflict" if venue.town else "compatible"
    if _alike(a.name, b.name, spelling):
        return "same"
    if _said(a.context, b.name) or _said(b.context, a.name):
        return "compatible"
    return "conflict"


def containment(text: str) -> Inside:
    """The venues a text places inside others, as (inner name words, outer name words).

    "The Hall of Mirrors of the Amber Palace" and "the Amber Room, a building in the Brenholm
    Castle" place the first venue in the second; "the Old Mill in Velm" names only a town.
    """
    return _containment(" ".join(text.split()))


@cache
def _containment(text: str) -> Inside:
    """containment() of a text with its spaces made single (cached: findings repeat it)."""
    found: list[tuple[frozenset[str], frozenset[str]]] = []
    venue_words = group("places", "venue_nouns").pattern
    # An outlet's merged context repeats one venue in each of its articles' sentences: each
    # phrase is read once (what it finds depends on the phrase and the text alone), and a
    # pair found again adds nothing (the pairs are only asked whether any matches).
    read: set[str] = set()
    for _, _, phrase in venue_phrases(text):
        if phrase in read:
            continue
        read.add(phrase)
        parts = _OF_THE.split(phrase, maxsplit=1)
        if len(parts) == 2 and venue_words.search(parts[0]):
            inner, outer = (_words(venue_words.sub(" ", part)) for part in parts)
            if inner and outer:
                found.append((inner, outer))
        # "the Amber Room, a building in the Citadel": a venue named with "the" after a
        # locality word is a venue around it; "the Old Mill in Velm" names only its town.
        town = _town_in(text, phrase)
        name = _words(venue_words.sub(" ", phrase))
        if town and name and re.search(rf"\b(?i:the)\s+{re.escape(town)}", text):
            found.append((name, _words(town)))
    return tuple(dict.fromkeys(found))


def _within(a: Place, b: Place, spelling: float, inside: Inside) -> bool:
    """Tell whether venue `a` stands inside venue `b`, by its own sentence or any source's."""
    return any(
        _alike(a.name, inner, spelling) and _alike(b.name, outer, spelling)
        for inner, outer in inside
    )


def _by_kind(a: Place, b: Place, spelling: float) -> Relation:
    """How a venue told by its kind ("the presidential palace") relates to another venue.

    It is the other named by its kind when the other is of its kind ("the palace" after
    "the Amber Palace"), and may be the other told less precisely when the other names no
    kind ("the Kestria Kempinski"); a venue of another kind ("the Foreign Ministry", "the
    Villa Arnsk" against "a hotel"), or in another town, is another place.
    """
    if a.town and b.town and not _alike(a.town, b.town, spelling):
        return "conflict"
    if a.kinds & b.kinds:
        return "same"
    if not (a.kinds and b.kinds) or _may_be_a_hotel(a, b) or _may_be_a_hotel(b, a):
        return "compatible"
    return "conflict"


def _may_be_a_hotel(generic: Place, named: Place) -> bool:
    """Tell whether "a hotel" may be a venue whose name holds hotels' words ("Palace Kempinski")."""
    hotel_words = words("places", "hotel_names")
    return generic.generic and "hotel" in generic.kinds and named.kinds <= hotel_words


def best(relations: Iterable[Relation]) -> Relation:
    """The closest of several relations."""
    return max(relations, key=_RANK.__getitem__, default="conflict")


def worst(relations: Iterable[Relation]) -> Relation:
    """The farthest of several relations."""
    return min(relations, key=_RANK.__getitem__, default="same")


def _words(text: str) -> frozenset[str]:
    """The folded words of a name that tell it apart."""
    words = (_POSSESSIVE.sub("", w) for w in _WORD.findall(fold(text)))
    return frozenset(w for w in words if w not in _GENERIC)


def _alike(one: frozenset[str], other: frozenset[str], spelling: float) -> bool:
    """Tell whether two names share a word, misspelt or not (short words must be equal)."""
    for x in one:
        for y in other:
            if x == y or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= spelling):
                return True
    return False


def _said(context: str, name: frozenset[str]) -> bool:
    """Tell whether a sentence names a place's every word."""
    return bool(name) and all(f" {w} " in context for w in name)


def _town_in(context: str, head: str) -> str:
    """The town a sentence places a venue in ("at the Old Mill in Velm"), or ""."""
    at = context.find(head)
    if at < 0:
        return ""
    after = context[at + len(head) :]
    found = re.match(
        rf"\s*,?\s+(?:{group('places', 'locality_markers').alternation})\s+"
        r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})",
        after,
        re.IGNORECASE,
    )
    if found is None or fold(found.group(1).split()[0].rstrip(".")) in _TIME_WORDS:
        return ""  # "at the Old Mill in March" names a month, not a town
    return found.group(1).rstrip(".")


@cache
def _locality() -> re.Pattern[str]:
    """Where a place value's town begins: ", " or a locality word ("in", "near")."""
    words = group("places", "locality_markers").alternation
    return re.compile(rf",\s*|\s+(?:{words})\s+", re.IGNORECASE)
