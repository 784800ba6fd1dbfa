"""Counts written as one hyphened word ("a seven-course dinner") or as an ordinal of meetings.

The count keeps its noun ("courses") and its owner: the courses of a meeting's meal belong to
the pair who met, so "seven-course dinner" and "six-course meal" are one count, compared,
while "a 12-member delegation" is a count of members of no meeting. "Their second
face-to-face summit" and "the second time they have met in person" both count the pair's
in-person meetings; "the pair's seventh interaction" counts their interactions of any kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.extract.document import Document, Found
from consistency.extract.durations import main_pair, meeting_people, meetings_of
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.quantities import NUMBER_WORD
from consistency.runtime import corpus_cache

TOPIC = "counts"


@cache
def _hyphened() -> re.Pattern[str]:
    """A number, a hyphen (print sometimes breaks it: "seven- course") and a counted unit."""
    units = vocabulary.group(TOPIC, "hyphen_units").alternation
    return re.compile(
        rf"(?<![\w-])(?P<number>\d+|{NUMBER_WORD})-\s?(?P<unit>{units})"
        rf"(?P<head>(?:\s+[a-z]+){{1,2}})\b",
        re.IGNORECASE,
    )


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def _counts(text: str) -> tuple[tuple[int, int, str, str, bool, str, bool], ...]:
    """(start, end, number, unit, hedged, tense, of a meal) of each hyphened count in a text."""
    if "-" not in text:
        return ()
    meals = vocabulary.group(TOPIC, "meeting_meals").pattern
    expected = vocabulary.group("durations", "expectations").pattern
    found = []
    for match in _hyphened().finditer(text):
        before = text[: match.start()]
        clause = " ".join(before.split()[-8:])
        meal = meals.search(match.group("head")) is not None
        found.append(
            (
                match.start(),
                match.end("unit"),
                match.group("number"),
                match.group("unit").lower(),
                is_hedged(clause) or expected.search(clause) is not None,
                tense_of(clause, ""),
                meal,
            )
        )
    return tuple(found)


def hyphen_count_claims(doc: Document) -> Iterator[Found]:
    """Every quantity claim written as "a seven-course dinner", with its noun and owner."""
    meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]] | None = None
    main: tuple[str, ...] = ()
    for index, sentence in enumerate(doc.sentences):
        for start, end, number, unit, hedged, tense, meal in _counts(sentence.text):
            owner: tuple[str, ...] = ()
            if meal:
                if meetings is None:
                    meetings = meetings_of(doc)
                    main = main_pair(doc, meetings)
                owner = meeting_people(doc, index, sentence.start + start, hedged, meetings, main)
            yield Found(
                fact="quantity",
                subject=(*owner, f"{unit}s"),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=hedged,
                tense=tense,
            )


_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
# "The second round of talks" numbers a part of one meeting, not the pair's meetings.
_PARTS = r"(?:of|round|rounds|session|sessions|part|day|days|leg|phase|stage|sit-down)"
# What an ordinal of meetings stands after: "the", "their", "the pair's", "only the".
_OWNED = r"(?:the|their|its|his|her|[\w-]+['’]s)\s+"
_TIME_MET = re.compile(
    rf"\b{_OWNED}(?P<ordinal>{_ORDINAL})\s+time\s+(?:that\s+)?(?:\w+\s+){{0,3}}?"
    rf"(?:met|meet|meeting|have\s+met|had\s+met|sat\s+down)\b",
    re.IGNORECASE,
)


@cache
def _ordinal_noun() -> re.Pattern[str]:
    """An ordinal before an encounter noun: "the second face-to-face summit"."""
    nouns = vocabulary.group(TOPIC, "encounters").alternation
    return re.compile(
        rf"\b{_OWNED}(?P<ordinal>{_ORDINAL})\s+(?:(?!{_PARTS}\b)[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>{nouns})\b",
        re.IGNORECASE,
    )


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def _ordinals(text: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """(start, end, ordinal, counted noun, hedged) of each ordinal of meetings in a text."""
    in_person = vocabulary.group(TOPIC, "in_person").pattern
    found = []
    for match in _TIME_MET.finditer(text):
        after = text[match.end() : match.end() + 20]
        noun = "in-person meetings" if in_person.search(match.group() + after) else "meetings"
        found.append((match.start("ordinal"), match.end(), match.group("ordinal"), noun))
    for match in _ordinal_noun().finditer(text):
        if any(s <= match.start("ordinal") < e for s, e, *_ in found):
            continue
        noun = _counted_encounter(match.group("noun").lower())
        if noun == "meetings" and in_person.search(match.group()):
            noun = "in-person meetings"
        found.append((match.start("ordinal"), match.end(), match.group("ordinal"), noun))
    expected = vocabulary.group("durations", "expectations").pattern
    return tuple(
        (start, end, ordinal, noun, expected.search(text[:start]) is not None)
        for start, end, ordinal, noun in found
    )


def _counted_encounter(noun: str) -> str:
    """The plural an encounter noun is counted as: a summit or talks are meetings."""
    singular = noun.removesuffix("s") if noun != "talks" else "meeting"
    if singular in ("meeting", "summit", "encounter"):
        return "meetings"
    if singular in ("interaction", "contact"):
        return "interactions"
    return "calls"


def ordinal_count_claims(doc: Document) -> Iterator[Found]:
    """Every count of a pair's meetings told as an ordinal ("their third summit")."""
    meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]] | None = None
    main: tuple[str, ...] = ()
    for index, sentence in enumerate(doc.sentences):
        for start, end, ordinal, noun, hedged in _ordinals(sentence.text):
            if meetings is None:
                meetings = meetings_of(doc)
                main = main_pair(doc, meetings)
            at = sentence.start + start
            owner = meeting_people(doc, index, at, False, meetings, main)
            if not owner:
                continue
            yield Found(
                fact="quantity",
                subject=(*owner, noun),
                start=at,
                end=sentence.start + end,
                sentence=sentence,
                value_text=ordinal,
                hedged=hedged,
                tense="past",
            )
