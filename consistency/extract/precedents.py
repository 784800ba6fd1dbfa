"""Find precedent claims: "the first visit since 2018", "the highest-ranking ... in five years"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consistency.extract.document import Document, Found
from consistency.extract.durations import about_meeting, main_pair, meeting_people, meetings_of
from consistency.extract.modality import is_hedged
from consistency.extract.quantities import ACQUAINTANCE, precedent_phrases
from consistency.knowledge import fold

# A precedent is a person's only when it is about their going somewhere: "the first visit by
# a foreign minister since 2019" is the visitor's, "the first summit since 2017" nobody's.
_VISIT_WORDS = re.compile(r"\b(?:visit\w*|trip|trips|travel\w*|tour|journey)\b", re.IGNORECASE)


def precedent_claims(doc: Document) -> Iterator[Found]:
    """Every precedent.since_year claim: about a visit's visitor, a meeting's pair, or no one.

    "His first visit ... in six years" is the visitor's; "their first face-to-face talks in
    a year" is the pair's who met (the meeting its sentence or article tells of).
    """
    meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]] | None = None
    main: tuple[str, ...] = ()
    for index, sentence in enumerate(doc.sentences):
        for start, end, text, _value in precedent_phrases(sentence.text):
            absolute = sentence.start + start
            subject: tuple[str, ...] = ()
            if _is_meeting(text, sentence.text) or ACQUAINTANCE.match(text):
                if meetings is None:
                    meetings = meetings_of(doc)
                    main = main_pair(doc, meetings)
                subject = meeting_people(doc, index, absolute, False, meetings, main)
            elif _VISIT_WORDS.search(sentence.text):
                person = _about(doc, index, absolute, text)
                subject = (person,) if person else ()
            yield Found(
                fact="precedent.since_year",
                subject=subject,
                start=absolute,
                end=sentence.start + end,
                sentence=sentence,
                value_text=text,
                hedged=is_hedged(_clause_before(sentence.text, start)),
                tense="past",
            )


def _is_meeting(phrase: str, sentence: str) -> bool:
    """Tell whether a precedent counts meetings: its own words, else its sentence, say so."""
    if _VISIT_WORDS.search(phrase):
        return False
    return about_meeting(phrase) or (not _VISIT_WORDS.search(sentence) and about_meeting(sentence))


# Where a precedent's clause begins: what an earlier clause plans ("are set to hold talks in
# Velm, where she is on her first visit in four years") does not hedge it.
_CLAUSE = re.compile(r"[;:—–]|,\s|\s-\s|\b(?:where|which|who|as|but|while)\b", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    """The words of a precedent's own clause before it."""
    breaks = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    return text[breaks[-1] if breaks else 0 : start]


# "the first visit by a Norland trade minister to ...": the office whose holder it is about.
_BY_OFFICE = re.compile(r"\bby (?:a|an|the) ([^,;]+?)(?= to | in | since |[,;.]|$)", re.I)


def _about(doc: Document, index: int, position: int, phrase: str = "") -> str | None:
    """Who a precedent is about: the holder of the office it names, else the last person named."""
    holder = _office_holder(doc, phrase)
    if holder is not None:
        return holder
    before = [m for m in doc.mentions[index] if m.end <= position]
    pronoun = doc.pronoun_before(index, position)
    if before and (pronoun is None or before[-1].start > pronoun):
        return doc.canonical(before[-1])
    if pronoun is not None:
        return doc.antecedent(index, ())
    after = [m for m in doc.mentions[index] if m.start >= position]
    if after:
        return doc.canonical(after[0])
    # "The trip will be the first visit ... since 2019": about whoever the article was just on.
    return doc.antecedent(index, ())


def _office_holder(doc: Document, phrase: str) -> str | None:
    """The one person of the article whose title is the office a precedent names, if one."""
    office = _BY_OFFICE.search(phrase)
    if office is None:
        return None
    named = f" {fold(office.group(1))} "
    holders = {
        doc.canonical(m)
        for mentions in doc.mentions
        for m in mentions
        if m.title and f" {fold(m.title)} " in named
    }
    return holders.pop() if len(holders) == 1 else None
