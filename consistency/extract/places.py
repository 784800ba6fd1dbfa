"""Find the venue a sentence names ("at the Old Palace in Velm", "at the villa Brenholm")."""

from __future__ import annotations

import re
from functools import cache

from consistency.datafiles import package_data
from consistency.extract.cues import Guarded, guard
from consistency.knowledge import fold, lexicon
from consistency.vocabulary import Group, all_groups, group

# A capitalised word, and the small words that may join capitalised words inside one name.
_CAP = r"(?-i:[A-Z])[\w'’.-]*"
_NAME = rf"{_CAP}(?:\s+(?:(?:of|de|du|des|la|le|and)\s+(?:the\s+)?)?{_CAP}){{0,5}}"
# Words that may follow a venue named by "the" and a name alone ("at the Old Mill on Monday");
# any other lower-case word makes the name a modifier ("at the Velm summit").
_AFTER_NAME = frozenset(
    [
        "on",
        "in",
        "at",
        "with",
        "for",
        "to",
        "and",
        "where",
        "which",
        "that",
        "before",
        "after",
        "as",
        "when",
        "while",
        "during",
        "by",
        "from",
        "until",
        "since",
        "near",
        "outside",
    ]
)
# Up to three lower-case words before a venue: "the historic 18th-century Villa Arnsk";
# none of the words that end one ("at the palace on Monday" names no venue "Monday").
_ADJECTIVES = rf"(?:(?!(?:{'|'.join(sorted(_AFTER_NAME))})\s)(?-i:[a-z0-9])[\w-]*\s+){{0,3}}?"


@cache
def _venue() -> re.Pattern[str]:
    """The pattern of a venue after its marker, with the town after it (vocabulary places)."""
    noun = group("places", "venue_nouns").alternation
    marker = group("places", "venue_markers").alternation
    locality = group("places", "locality_markers").alternation
    return re.compile(
        rf"(?<![\w-])(?i:{marker})\s+(?:(?P<the>[Tt]he)\s+)?(?:(?P<a>[Aa]n?)\s+)?{_ADJECTIVES}(?P<venue>"
        rf"(?:(?i:{noun})\s+(?P<after>{_NAME})"
        rf"|(?P<name>{_NAME})(?:\s+(?P<noun>(?:(?-i:[a-z])[\w-]*\s+)?(?i:{noun}))(?![\w-]))?"
        # "at the presidential palace", "at a seaside hotel": a venue told by its kind alone.
        rf"|(?P<generic>(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?(?-i:{noun}))(?![\w-])))"
        rf"(?:,?\s+(?i:{locality})\s+(?P<town>{_CAP}(?:\s+{_CAP}){{0,2}})"
        rf"(?:,\s+(?P<region>{_CAP}(?:\s+{_CAP})?))?)?"
    )


@cache
def _owned() -> Guarded:
    """A venue named by its town's possessive: "Velm's international airport"."""
    noun = group("places", "venue_nouns").alternation
    return guard(
        rf"(?<![\w-])(?i:at|in|inside|outside)\s+(?P<town>{_CAP}(?:\s+{_CAP})?)['’]s\s+"
        rf"(?P<venue>{_ADJECTIVES}(?i:{noun}))(?![\w-])"
    )


@cache
def _hosting() -> Guarded:
    """A venue as the subject of a hosting verb: "the Villa Arnsk was the scene of"."""
    noun = group("places", "venue_nouns").alternation
    hosting = group("places", "hosting_phrases").alternation
    locality = group("places", "locality_markers").alternation
    return guard(
        rf"(?<![\w-])(?:(?P<the>[Tt]he)\s+)?{_ADJECTIVES}(?P<venue>(?:(?i:{noun})\s+{_NAME}|"
        rf"{_NAME}))(?:,?\s+(?i:{locality})\s+{_CAP}(?:\s+{_CAP}){{0,2}},?)?"
        rf"\s+(?i:{hosting})(?![\w-])"
    )


def venue_phrases(text: str) -> list[tuple[int, int, str]]:
    """Venues named in a sentence text (start, end, phrase); the town after one is not part."""
    found: list[tuple[int, int, str]] = []
    for match in _venue().finditer(text):
        if not _is_venue(match, text):
            continue
        # The venue alone is the value; its town stays in the sentence, where PL01 reads it.
        start, end = match.start("venue"), _end(text, match.end("venue"))
        found.append((start, end, text[start:end]))
    extra = [(m.start("town"), m.end("venue")) for m in _owned().finditer(text)]
    extra += [(m.start("venue"), m.end("venue")) for m in _hosting().finditer(text) if _hosts(m)]
    extra += _institution_phrases(text)
    for start, end in extra:
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, text[start:end]))
    return sorted(found)


def _hosts(match: re.Match[str]) -> bool:
    """Tell whether a hosting verb's subject is a venue: a venue word, or "the" and a name.

    Nations, bodies ("the United Nations") and gatherings ("the Velm summit") host too, but
    are no venue.
    """
    name = match.group("venue")
    words = {fold(w) for w in name.split()}
    if fold(name) in _nation_names() or group("places", "event_nouns").pattern.search(name):
        return False
    if _venue_word_in(name):
        return True
    return bool(match.group("the")) and not words & lexicon().non_person_words


def _end(text: str, end: int) -> int:
    """The end of a venue phrase without a sentence's full stop ("in Velm.", not "St.")."""
    word = text[:end].rsplit(maxsplit=1)[-1]
    return end - 1 if word.endswith(".") and len(word) > 4 else end


def _is_venue(match: re.Match[str], text: str) -> bool:
    """Tell whether a match names a venue, not a nation, a body or an event."""
    name = match.group("name")
    if match.group("generic") is not None:
        # "at the presidential palace", "at a hotel"; not "at palaces".
        return match.group("the") is not None or match.group("a") is not None
    if name is None:
        return True  # "the villa Brenholm": a venue word and a name
    name = name.removesuffix(".") if len(name.rsplit(maxsplit=1)[-1]) > 4 else name
    events = group("places", "event_nouns").pattern
    if fold(name) in _nation_names() or events.search(name):
        return False
    if match.group("noun") or _venue_word_in(name):
        return True
    if not match.group("the"):
        return False  # "in Velm": a town, which the meeting's own words read
    if text[match.start() : match.start() + 2].lower() == "in" and not _meeting_before(text, match):
        return False  # "quotas in the Narrows": a place of the topic, not of a meeting
    # "at the Old Mill": a name alone is a venue unless a noun follows ("at the Velm summit").
    after = text[match.end("name") :].split(maxsplit=1)
    return not after or not after[0][:1].islower() or after[0] in _AFTER_NAME


def _meeting_before(text: str, match: re.Match[str]) -> bool:
    """Tell whether "in the X" follows a meeting word or a person ("met in", "Varga in")."""
    before = text[: match.start()].split()
    if not before:
        return True
    word = before[-1].strip(",")
    return word[:1].isupper() or fold(word) in _meeting_words()


@cache
def _meeting_words() -> frozenset[str]:
    """The lexicon's meeting verbs and nouns ("met", "talks")."""
    return frozenset(
        fold(w)
        for key in ("meeting_verbs", "meeting_nouns")
        for w in package_data("lexicon.yaml").get(key) or ()
        for w in [w.split()[-1]]
    )


def _venue_word_in(name: str) -> bool:
    """Tell whether a name holds a venue word ("Villa Arnsk", "Old Palace")."""
    return group("places", "venue_nouns").pattern.search(name) is not None


@cache
def _nation_names() -> frozenset[str]:
    """Names of nations that take "the" ("the Netherlands"): never a venue."""
    return frozenset(fold(e) for g in all_groups() if g.topic == "nations" for e in g.entries)


def institution_of(name: str) -> str:
    """The kind of institution a venue name is in any language ("Cancillería": foreign_ministry).

    "" for a name that is none (vocabulary/institutions.yaml): "the Foreign Ministry" and
    "the Cancillería" are one venue told in two languages.
    """
    text = " ".join(name.split()).rstrip(".")
    text = re.sub(r"^(?i:the)\s+", "", text)
    for kind in _institutions():
        # A nation's word may stand before it: "the Norlandic Foreign Ministry".
        found = kind.pattern.search(text)
        if found and found.end() == len(text) and _NATION_LEAD.fullmatch(text[: found.start()]):
            return kind.name
    return ""


# Up to two capitalised words before an institution's name (a nation's word), or none.
_NATION_LEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}")


@cache
def _institutions() -> tuple[Group, ...]:
    """The institution groups (vocabulary/institutions.yaml)."""
    return tuple(g for g in all_groups() if g.topic == "institutions")


def _institution_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of institution names in a text ("at Itamaraty"), read as venues.

    Capitalised only: "at the foreign ministry in Velm" is its town's news, as a lower-case
    venue word is elsewhere ("the foreign ministry said" is no place).
    """
    return [
        (m.start(), m.end())
        for kind in _institutions()
        for m in kind.pattern.finditer(text)
        if m.group()[:1].isupper()
    ]
