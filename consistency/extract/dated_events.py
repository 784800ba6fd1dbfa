"""Find dated events of a person other than the story's meeting ("re-elected last month").

Each kind of event is a group of vocabulary/events.yaml (a term beginning, a departure, a
warrant, an arrest, an appointment, a dismissal, an earlier trip); its name labels the claim's
subject with the person it happened to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged
from consistency.extract.sentences import Sentence
from consistency.extract.timex import date_phrases

TOPIC = "events"
#: The kinds of event, each a group of vocabulary/events.yaml; its name labels the subject.
#: A kind read earlier keeps its words: "a warrant for his arrest" is a warrant, not an arrest.
KINDS = (
    "term_began",
    "departure",
    "arrest_warrant",
    "arrest",
    "appointment",
    "dismissal",
    "earlier_visit",
)
# A date belongs to the event word before it when this close and in the same clause.
_MAX_GAP = 60
# Words that start another clause or event between an event word and a date.
_BARRIER = re.compile(
    r"[,;(\u2014]|--|\b(?:and|but|while|when|after|before|which|met|meet|talks)\b", re.I
)
# Dates that bound a span ("has not visited Velm since 2019") are no day of an event.
_BOUND = re.compile(r"(?:since|by|until|till)\b", re.IGNORECASE)
# A past trip is dated by a year before the article's: the story's own visits are visits.py's.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The two capitalised words right before the event word (a title may come before them).
_NAME_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+\s+[A-Z][a-z]+)\s+$")
_POSSESSIVE = re.compile(r"\b(?:his|her|he|she|him)\b", re.IGNORECASE)


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind's label and pattern."""
    return tuple((kind, vocabulary.pattern(TOPIC, kind)) for kind in KINDS)


def dated_event_claims(doc: Document) -> Iterator[Found]:
    """event.date claims: each kind of event a sentence dates, with whom it happened to."""
    for index in range(len(doc.sentences)):
        yield from sentence_events(doc, index)


def sentence_events(doc: Document, index: int) -> Iterator[Found]:
    """The event.date claims of one sentence of an article."""
    sentence = doc.sentences[index]
    text = sentence.text
    dates: list[tuple[int, int, str]] | None = None
    taken: list[tuple[int, int]] = []
    for kind, pattern in _kinds():
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            if dates is None:
                dates = date_phrases(text)
            found = _claim(doc, index, sentence, kind, match, dates)
            if found is not None:
                yield found


def _claim(
    doc: Document,
    index: int,
    sentence: Sentence,
    kind: str,
    match: re.Match[str],
    dates: list[tuple[int, int, str]],
) -> Found | None:
    """The claim of one event word, if a date phrase of its own clause dates it."""
    text = sentence.text
    dated = _date_after(text, match, dates) or _same_day_before(text, match, dates)
    if dated is None:
        return None
    start, end, phrase = dated
    if kind == "earlier_visit" and not _earlier_year(phrase, doc):
        return None
    person = _person(doc, index, sentence.start + match.start())
    if person is None:
        return None
    begin, stop = min(start, match.start()), max(end, match.end())
    return Found(
        fact="event.date",
        subject=(person, kind.replace("_", " ")),
        start=sentence.start + begin,
        end=sentence.start + stop,
        sentence=sentence,
        value_text=phrase,
        hedged=is_hedged(text[max(0, begin - 40) : stop]),
        tense="past",
    )


def _date_after(
    text: str, match: re.Match[str], dates: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The first date phrase after the event word in the same clause."""
    for start, end, phrase in dates:
        if _BOUND.match(phrase):
            continue
        gap = text[match.end() : start]
        if 0 <= len(gap) <= _MAX_GAP and start >= match.end():
            return None if _BARRIER.search(gap) else (start, end, phrase)
    return None


def _same_day_before(
    text: str, match: re.Match[str], dates: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A date before "just hours after ..." that leads to the event word: that day's."""
    link = vocabulary.pattern(TOPIC, "same_day")
    for start, end, phrase in dates:
        if end > match.start():
            break
        joined = link.match(text, end + 1) if text[end : end + 1] == " " else None
        if joined and 0 <= match.start() - joined.end() <= _MAX_GAP:
            return start, end, phrase
    return None


def _earlier_year(phrase: str, doc: Document) -> bool:
    """Tell whether a date phrase names a year before the article's publication."""
    year = _YEAR.search(phrase)
    return bool(year and doc.published and int(year.group()) < doc.published.year)


def _person(doc: Document, index: int, position: int) -> str | None:
    """Whom the event happened to: the last person named before its word in the sentence.

    A sentence naming nobody before the word ("his re-election") stands for the person its
    pronoun refers to, the latest named in the sentences before.
    """
    before = [doc.canonical(m) for m in doc.people(index) if m.start < position]
    if before:
        # "Pia Lund, the Kestrian envoy, flew out": a full name over a description's one word.
        return next((name for name in reversed(before) if " " in name), before[-1])
    sentence = doc.sentences[index]
    # "... after Speaker Ilse Varga visited Velm": the name that is the event verb's subject.
    named = _NAME_BEFORE.search(sentence.text[: position - sentence.start])
    if named:
        return named.group(1)
    if _POSSESSIVE.search(sentence.text[: position - sentence.start]):
        return doc.antecedent(index, ())
    return None
