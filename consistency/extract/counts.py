"""Counts written as one hyphened word before what they count: "a seven-course dinner".

The count keeps its noun ("courses") and its owner: the courses of a meeting's meal belong to
the pair who met, so "seven-course dinner" and "six-course meal" are one count, compared,
while "a 12-member delegation" is a count of members of no meeting.
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
