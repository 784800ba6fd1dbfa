"""Find how long meetings lasted: durations in sentences about a meeting, and who met.

A duration is read wherever a sentence is about a meeting, not only where a meeting verb
names both people: "When the talks ended after about three hours" belongs to the meeting
the article is about. The wordings are data (consistency/data/vocabulary/durations.yaml);
this module holds the mechanisms: the figure's grammar, what makes a figure something else
(a lead time, a break, an expectation), a span of clock times, and whose meeting it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from consistency import vocabulary
from consistency.extract.cues import Guarded, guard
from consistency.extract.document import Document, Found, per_document
from consistency.extract.interactions import meeting_claims
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.parts import PARTS, with_part
from consistency.extract.quantities import NUMBER_WORD
from consistency.extract.sentences import Sentence
from consistency.runtime import corpus_cache

TOPIC = "durations"
#: Sentences after a meeting's start time where its end time may stand.
CLOCK_REACH = 3
#: Sentences back a duration may look for the meeting the text is telling of.
MEETING_REACH = 2
#: Sentences back "that round" may look for the part it points to.
PART_REACH = 3
_UNIT = r"(?:minutes?|mins?|hours?|hrs?)"
# A number as outlets write a length: "4", "2.5", "4½", "4-1/2", "4 1/2", "three and a half".
_NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:[\s-]\d/\d|[½¼¾])?|[½¼¾]|"
    rf"{NUMBER_WORD}(?:[\s-]+(?:and\s+)?(?:a\s+)?{NUMBER_WORD})*)"
)
_RANGE = rf"(?:between\s+)?{_NUMBER}(?:\s*(?:-|–|to|or|and)\s*{_NUMBER})?"
_CLOCK = r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?"
_CLOCK_TIME = re.compile(
    r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap])?(?:\.?m\.?)?(?![\w:])",
    re.IGNORECASE,
)
# "from 13:36 to 15:19", "between 5:48 pm and 8:48 pm", "5:48 pm to 8:48 pm".
_CLOCK_SPAN = re.compile(
    rf"(?<![\w:.])(?:from\s+|between\s+)?(?P<a>{_CLOCK})\s*(?:to|until|till|and|-|–)\s*"
    rf"(?P<b>{_CLOCK})(?![\w:])",
    re.IGNORECASE,
)


@cache
def _words(name: str) -> vocabulary.Group:
    """A group of the durations vocabulary."""
    return vocabulary.group(TOPIC, name)


@cache
def _qualifiers() -> str:
    """Every qualifier wording ("about", "just over", "less than") as one alternation."""
    names = ("prefix_min", "prefix_max", "prefix_nearly", "prefix_over", "prefix_about")
    return "|".join(vocabulary.group("qualifiers", n).alternation for n in names)


@cache
def _suffixes() -> str:
    """Every qualifier that follows a figure ("or more", "or so") as one alternation."""
    names = ("suffix_min", "suffix_max", "suffix_about")
    return "|".join(vocabulary.group("qualifiers", n).alternation for n in names)


@cache
def _spelled() -> Guarded:
    """A length written out: "about three and a half hours", "four to five hours or more"."""
    return guard(
        rf"(?<![\w-])(?:(?:{_qualifiers()})\s+)?{_RANGE}\s+{_UNIT}"
        rf"(?:\s+and\s+(?:a\s+(?:half|quarter)|{_NUMBER}\s+(?:minutes?|mins?)))?"
        rf"(?:,?\s+(?:{_suffixes()}))?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _hyphened() -> Guarded:
    """A length before what it measures: "a four-hour", "30-minute", "four-hours of"."""
    nouns = _words("meeting_nouns").alternation
    return guard(
        rf"(?<![\w-])(?:(?:{_qualifiers()})\s+)?{_NUMBER}-{_UNIT}(?:-long)?"
        rf"(?=(?:\s+of)?(?:\s+[\w'’-]+){{0,2}}?\s+(?:{nouns})\b)",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class Phrase:
    """A duration phrase in a sentence text: where, its words, and whether only expected."""

    start: int
    end: int
    text: str
    hedged: bool
    tense: str


def duration_phrases(text: str) -> list[tuple[int, int, str]]:
    """Every meeting length in a sentence text as (start, end, text), lead times left out."""
    return [(p.start, p.end, p.text) for p in sentence_durations(text)]


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def sentence_durations(text: str) -> tuple[Phrase, ...]:
    """The lengths of meetings a sentence text gives, when it is about a meeting."""
    if not about_meeting(text):
        return ()
    found: list[Phrase] = []
    for match in _hyphened().finditer(text):
        found.append(_phrase(text, match.start(), match.end()))
    for match in _spelled().finditer(text):
        if any(p.start <= match.start() < p.end for p in found):
            continue
        if _lead_time(text, match.start(), match.end()):
            continue
        found.append(_phrase(text, match.start(), match.end()))
    for match in _CLOCK_SPAN.finditer(text):
        if _clock_span_minutes(match.group("a"), match.group("b")) is not None:
            found.append(_phrase(text, match.start(), _with_break(text, match.end())))
    return tuple(p for p in sorted(found, key=lambda p: p.start) if not _other_activity(text, p))


def about_meeting(text: str) -> bool:
    """Tell whether a sentence speaks of a meeting (a meeting noun or verb)."""
    return any(pattern.search(text) is not None for pattern in _meeting_words())


@cache
def _meeting_words() -> tuple[Guarded, Guarded]:
    """The meeting nouns and verbs, each behind its prefilter."""
    return Guarded(_words("meeting_nouns").pattern), Guarded(_words("meeting_verbs").pattern)


def _phrase(text: str, start: int, end: int) -> Phrase:
    """A phrase with its modality, read from its own clause."""
    before, after = _clause(text, start, end)
    expected = _words("expectations").pattern
    hedged = is_hedged(before) or expected.search(f"{before} {after}") is not None
    return Phrase(start, end, text[start:end], hedged, tense_of(before, ""))


_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of a phrase's clause before it and after it."""
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return (
        text[breaks_before[-1] if breaks_before else 0 : start],
        text[end : after.start() if after else len(text)],
    )


def _lead_time(text: str, start: int, end: int) -> bool:
    """Tell whether a written-out figure is a lead time ("an hour before", "within hours")."""
    after = re.match(r"\s*(?:'s\s+|’s\s+)?(\w+(?:\s+\w+)?)", text[end:])
    if after and _starts_with(_words("lead_after"), after.group(1)):
        return True
    before = re.search(r"(\w+)\s+$", text[:start])
    lead = _words("lead_before").pattern
    return before is not None and lead.fullmatch(before.group(1)) is not None


def _starts_with(group: vocabulary.Group, words: str) -> bool:
    """Tell whether some words begin with one of a group's wordings."""
    match = group.pattern.match(words)
    return match is not None and match.start() == 0


def _other_activity(text: str, phrase: Phrase) -> bool:
    """Tell whether a figure measures a break, a flight or a speech next to the meeting."""
    after = text[phrase.end : phrase.end + 40]
    head = re.match(r"(?:\s+of)?((?:\s+[\w'’-]+){1,3})", after)
    before = text[max(0, phrase.start - 30) : phrase.start]
    other = _words("other_activities").pattern
    nouns = _words("meeting_nouns").pattern
    if head:
        first = head.group(1)
        hit, meeting = other.search(first), nouns.search(first)
        if hit and (meeting is None or hit.start() < meeting.start()):
            return True
    # "a break of 20 minutes", "a flight of two hours".
    return re.search(rf"(?:{other.pattern})\s+of\s+$", before, re.IGNORECASE) is not None


def _with_break(text: str, end: int) -> int:
    """The end of a clock span, stretched over "with a 25-minute break" right after it."""
    match = re.match(
        rf",?\s+(?:with|including)\s+an?\s+{_NUMBER}[\s-]{_UNIT}\s+(?:break|pause|recess)",
        text[end:],
        re.IGNORECASE,
    )
    return end + match.end() if match else end


def _clock_span_minutes(a: str, b: str) -> int | None:
    """Minutes from one clock time to another, or None when either is no time of day."""
    first, second = _clock_minutes(a), _clock_minutes(b)
    if first is None or second is None:
        return None
    minutes = (second - first) % (24 * 60)
    return minutes if 0 < minutes <= 12 * 60 else None


def _clock_minutes(text: str) -> int | None:
    """A time of day in minutes after midnight; a bare hour needs "am" or "pm"."""
    match = _CLOCK_TIME.fullmatch(text.strip())
    if match is None or (match.group("m") is None and match.group("ap") is None):
        return None
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    marker = (match.group("ap") or "").lower()
    if marker and hour > 12:
        return None
    if marker == "p" and hour < 12:
        hour += 12
    elif marker == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute


def duration_claims(doc: Document) -> Iterator[Found]:
    """Every meeting.duration claim of an article, with the people of the meeting it measures."""
    phrases = [sentence_durations(s.text) for s in doc.sentences]
    spans = list(_clock_spans(doc))
    if not any(phrases) and not spans:
        return
    meetings = meetings_of(doc)
    main = _main_pair(doc)
    for index, sentence in enumerate(doc.sentences):
        for phrase in phrases[index]:
            at = sentence.start + phrase.start
            people = meeting_people(doc, index, at, phrase.hedged, meetings, main)
            if people:
                part = part_of(doc, index, phrase.start)
                yield _found(sentence, phrase, people, sentence.start + phrase.start, part)
    for index, phrase, start in spans:
        people = meeting_people(doc, index, start, phrase.hedged, meetings, main)
        if people:
            part = part_of(doc, index, start - doc.sentences[index].start)
            yield _found(doc.sentences[index], phrase, people, start, part)


def part_of(doc: Document, index: int, offset: int) -> str:
    """Which part of a meeting a length at `offset` of sentence `index` measures ("" the whole).

    The words before it in its sentence name the part ("the second round lasted"); "that
    round" points to the part the sentences just before named.
    """
    before = doc.sentences[index].text[:offset]
    named = _part_named(before)
    if named or not _words("part_reference").pattern.search(before):
        return named
    for back in range(1, PART_REACH + 1):
        if index - back < 0:
            break
        named = _part_named(doc.sentences[index - back].text)
        if named:
            return named
    return ""


def _part_named(text: str) -> str:
    """The last part of a meeting a text names, or ""."""
    found = [
        (match.start(), part)
        for part in PARTS
        for match in _words(f"part_{part}").pattern.finditer(text)
    ]
    return max(found)[1] if found else ""


def _found(
    sentence: Sentence, phrase: Phrase, people: tuple[str, ...], start: int, part: str = ""
) -> Found:
    """A duration claim: its span is the phrase itself; a part's length names its part."""
    return Found(
        fact="meeting.duration",
        subject=people,
        start=start,
        end=start + (phrase.end - phrase.start),
        sentence=sentence,
        value_text=with_part(part, phrase.text),
        hedged=phrase.hedged,
        tense=phrase.tense or "past",
    )


def _clock_spans(doc: Document) -> Iterator[tuple[int, Phrase, int]]:
    """A meeting's length from a start time and an end time told in nearby sentences.

    "The talks began at 13:10 ..." and, a sentence or two later, "... ended at 14:55" give
    1 h 45 min; the claim stands on the end time, and its words name both times.
    """
    starts, ends = _starts_ends()
    at = re.compile(rf"\s+(?:at\s+)?(?:[\w'’-]+\s+){{0,6}}?at\s+(?P<t>{_CLOCK})(?![\w:])", re.I)
    opened: tuple[int, str] | None = None
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        for match in ends.finditer(text):
            time = at.match(text, match.end())
            if time and opened and index - opened[0] <= CLOCK_REACH and about_meeting(text):
                minutes = _clock_span_minutes(opened[1], time.group("t"))
                if minutes is not None and not _CLOCK_SPAN.search(text):
                    words = f"{opened[1]} to {time.group('t')}"
                    phrase = Phrase(time.start("t"), time.end("t"), words, False, "past")
                    yield index, phrase, sentence.start + time.start("t")
                    opened = None
        for match in starts.finditer(text):
            time = at.match(text, match.end())
            if time and about_meeting(text) and _clock_minutes(time.group("t")) is not None:
                opened = (index, time.group("t"))


@cache
def _starts_ends() -> tuple[Guarded, Guarded]:
    """The words a meeting starts and ends with, each behind its prefilter."""
    return Guarded(_words("starts").pattern), Guarded(_words("ends").pattern)


@per_document
def meetings_of(doc: Document) -> dict[int, list[tuple[int, tuple[str, ...], bool]]]:
    """The meetings of an article by sentence: where each starts, who met, if only planned."""
    found: dict[int, list[tuple[int, tuple[str, ...], bool]]] = {}
    for claim in meeting_claims(doc):
        if claim.fact == "meeting.date" and len(claim.subject) >= 2:
            index = doc.sentence_at(claim.sentence.start)
            planned = claim.hedged or claim.tense == "future"
            found.setdefault(index, []).append((claim.start, claim.subject, planned))
    return found


def main_pair(
    doc: Document, meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]]
) -> tuple[str, ...]:
    """The pair the article tells most meetings of (the first told, on a tie).

    Meetings reported as held count, and so do sentences about a meeting that name two
    people ("Okafor, Brekke hold blunt talks"); a meeting only planned does not. An article
    that tells none is about the two people it names most.
    """
    pairs = [m[1] for index in sorted(meetings) for m in meetings[index] if not m[2]]
    for index, sentence in enumerate(doc.sentences):
        named = _named(doc, index)
        if len(named) == 2 and index not in meetings and about_meeting(sentence.text):
            pairs.append(named)
    pairs = [p for p in pairs if len(p) == 2]
    if not pairs:
        return _most_named(doc)
    counts = Counter(pairs)
    return max(pairs, key=lambda p: (counts[p], -pairs.index(p)))


@per_document
def _main_pair(doc: Document) -> tuple[str, ...]:
    """main_pair of an article's own meetings, read once per article."""
    return main_pair(doc, meetings_of(doc))


def _most_named(doc: Document) -> tuple[str, ...]:
    """The two people an article names most (twice or more each), when it tells no meeting."""
    counts = Counter(doc.canonical(m) for mentions in doc.mentions for m in mentions)
    top = [name for name, n in counts.most_common(2) if n >= 2]
    return tuple(sorted(top)) if len(top) == 2 else ()


class MeetingOwners:
    """Who met, for claims about a meeting in one article; its meetings read once, when asked."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]] | None = None
        self._main: tuple[str, ...] = ()

    def __call__(self, index: int, position: int, planned: bool) -> tuple[str, ...]:
        """meeting_people for a claim at `position` in sentence `index`."""
        meetings = self._read()
        return meeting_people(self._doc, index, position, planned, meetings, self._main)

    def main(self) -> tuple[str, ...]:
        """The article's pair (main_pair)."""
        self._read()
        return self._main

    def _read(self) -> dict[int, list[tuple[int, tuple[str, ...], bool]]]:
        """The article's meetings by sentence, read the first time they are asked for."""
        if self._meetings is None:
            self._meetings = meetings_of(self._doc)
            self._main = _main_pair(self._doc)
        return self._meetings


def meeting_people(
    doc: Document,
    index: int,
    position: int,
    planned: bool,
    meetings: dict[int, list[tuple[int, tuple[str, ...], bool]]],
    main: tuple[str, ...],
) -> tuple[str, ...]:
    """Who met, for a claim about a meeting at `position` in sentence `index`.

    The meeting its own sentence tells (the one whose claim starts last before it); else the
    two people the sentence names; else a meeting told just before (a planned one only for a
    length that is itself expected); else the article's pair.
    """
    here = meetings.get(index, [])
    if here:
        before = [m for m in here if m[0] <= position]
        return (before[-1] if before else here[0])[1]
    named = _named(doc, index)
    if len(named) == 2:
        return named
    for back in range(1, MEETING_REACH + 1):
        earlier = [m for m in meetings.get(index - back, []) if planned or not m[2]]
        if earlier:
            return earlier[-1][1]
    return main


def _named(doc: Document, index: int) -> tuple[str, ...]:
    """The distinct people a sentence names, sorted."""
    return tuple(sorted({doc.canonical(m) for m in doc.people(index)}))


def clock_span_minutes(text: str) -> int | None:
    """The minutes a span of clock times covers, less a break it names ("with a 20-minute break").

    "13:36 to 15:19" is 103; "5:48 pm to 8:48 pm with a 25-minute break" is 155.
    """
    match = _CLOCK_SPAN.search(text)
    if match is None:
        return None
    minutes = _clock_span_minutes(match.group("a"), match.group("b"))
    if minutes is None:
        return None
    pause = re.search(rf"(?P<n>\d+)[\s-]{_UNIT}\s+(?:break|pause|recess)", text[match.end() :])
    if pause:
        unit = 60 if "h" in pause.group(0).split(pause.group("n"), 1)[1][:3].lower() else 1
        minutes -= int(pause.group("n")) * unit
    return minutes if minutes > 0 else None
