"""Find interactions between people: who met or called whom, on which day, how long, where."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from consistency.extract.cues import Prefilter, guard, lexicon_words, words_pattern
from consistency.extract.document import Document, Found, per_document
from consistency.extract.mentions import Mention
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.next_meeting import next_meeting_claims
from consistency.extract.parts import with_part
from consistency.extract.places import venue_phrases
from consistency.extract.quantities import duration_phrases
from consistency.extract.sentences import Sentence
from consistency.extract.series import series_claims
from consistency.extract.timex import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    date_phrases,
    listed_after,
    names_a_day,
)
from consistency.knowledge import lexicon
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

_MEETING_NOUNS = group("meetings", "nouns")
_MEALS = group("meetings", "meal_nouns")
# "a state banquet", "a gala dinner": an occasion of the visit with its own day (an event.date
# of the pair, extract/dated_events.py), which may well not be the day of the talks.
_STATE_MEAL = group("events", "state_banquet").pattern
_GREETINGS = group("meetings", "greeting_verbs")
_GROUP_VERBS = group("meetings", "group_verbs")
_PARTICIPLES = group("meetings", "participles")
_RECEPTIONS = group("meetings", "receptions")
# "She later met B": a meeting placed later on a day the article has just told.
_LATER = re.compile(rf"\b(?:{group('meetings', 'later').alternation})\b", re.I)
# "In the afternoon she was received by B": a part of a day with no day named.
_DAY_PART = re.compile(rf"\b(?:{group('meetings', 'day_parts').alternation})\b", re.I)
# "Okafor and Brekke greeted each other": a greeting of the subject's own people.
_EACH_OTHER = re.compile(rf"\s+(?:{group('meetings', 'reciprocals').alternation})\b", re.I)
# The nouns "held ... talks" ends with (meetings.held_talks), besides the meeting nouns.
_TALK_NOUNS = frozenset({"consultations", "negotiations"})
_PLURAL_POSSESSIVES = group("meetings", "plural_possessives")
_GROUP_QUALIFIERS = group("meetings", "group_qualifiers").pattern
_DATE_BARRIERS = group("meetings", "date_barriers").pattern
_DATE_BARRIERS_AFTER = group("meetings", "date_barriers_after").pattern
_CAPTION_VERBS = group("meetings", "caption_verbs").pattern
# A meeting noun after a determiner ("their first summit", "Wednesday's talks") names one
# meeting without "with" after it. After "their" or a day's name any words may qualify it
# ("their Geneva summit"); after "the" or "a" only lower-case ones, as "the G20 summit" or
# "the APEC summit" is a gathering of many, not a meeting of two.
_BARE_NOUN = (
    rf"(?P<det>(?i:{_PLURAL_POSSESSIVES.alternation})\s+(?:[\w'’-]+\s+){{0,3}}?|"
    rf"(?i:{group('meetings', 'determiners').alternation})\s+"
    r"(?:(?-i:[a-z0-9][\w-]*)\s+){0,3}?)"
    rf"(?P<bare>{_MEETING_NOUNS.alternation}|{_MEALS.alternation})(?!\s+(?:with|between)\b)"
    r"(?![\w-])"
    # "a bilateral meeting", "a one-on-one meeting": the first noun qualifies the second.
    rf"(?!\s+(?:{_MEETING_NOUNS.alternation})(?![\w-]))"
)
# Verb forms first, so "holding talks with" wins over the noun "talks with".
_MEETING = re.compile(
    rf"\b(?:(?P<verb>{group('meetings', 'verb_phrases').alternation}|"
    rf"{group('meetings', 'held_talks').alternation}|"
    rf"{_GREETINGS.alternation}|"
    rf"{_GROUP_VERBS.alternation}|"
    rf"{_RECEPTIONS.alternation}|"
    rf"(?P<participle>{_PARTICIPLES.alternation})|"
    rf"{words_pattern('meeting_verbs')}|"
    r"(?:consensus|agreements?|understandings?|deal)\s+reached\s+by)(?:\s+with)?|"
    rf"(?P<noun>{words_pattern('meeting_nouns')}|{_MEETING_NOUNS.alternation}|"
    rf"{group('meetings', 'with_nouns').alternation})\s+(?:with|between)|"
    rf"{_BARE_NOUN})\b",
)
# Dates that start with these words bound a span ("since 2011"), not the day of a meeting.
_BOUND_LEAD = re.compile(r"^(?:since|by)\b", re.IGNORECASE)
# "on 19 May, when X met Y": a date before a "when" clause is the day of its meeting.
_WHEN_AFTER = re.compile(r",?\s+when\s+[^,;]*$", re.IGNORECASE)
_MEDIUM = rf"(?:by|over|on|via)\s+(?:the\s+|a\s+)?{words_pattern('call_media')}\b"
# A day may stand between a call noun and its people: "a video call on April 9 between".
_NOUN_DAY = (
    r"(?:\s+(?:on|last|this)\s+(?-i:[A-Z][a-z]+)(?:,?\s+(?-i:[A-Z][a-z]+))?(?:\s+\d{1,2})?)?"
)
# The verb alone is the trigger, so that the person called after it is its object:
# "spoke (with X) by phone", "phoned X", "held a video call with X".
# "Met virtually", "held a virtual summit with" (vocabulary/calls.yaml): a meeting by video.
_VIRTUAL_VERBS = group("calls", "virtual_verbs").alternation
_VIRTUAL_NOUNS = group("calls", "virtual_nouns").alternation
# "held phone talks", "spoke in a phone call" (vocabulary/calls.yaml).
_PHONE_TALKS = group("calls", "phone_talks").alternation
_CALL = re.compile(
    rf"\b(?:(?P<verb>{_VIRTUAL_VERBS}|{_PHONE_TALKS}|"
    rf"{words_pattern('call_verbs')}(?=(?:\s+(?:with|to)\s+[^.;:]{{1,60}}?)?"
    rf"\s+{_MEDIUM})|{words_pattern('call_direct_verbs')}(?=\s+(?-i:[A-Z]))|"
    rf"{words_pattern('call_hold_verbs')}\s+an?\s+(?:\w+\s+)?{words_pattern('call_nouns')}"
    rf"(?:\s+with)?)|(?P<noun>{_VIRTUAL_NOUNS}|{words_pattern('call_nouns')}){_NOUN_DAY}"
    r"\s+(?:with|between))\b",
    re.IGNORECASE,
)
# A sentence about a call is not about a meeting: "met over the telephone" is a call.
_CALL_WORDS = re.compile(
    r"\b(?:(?:tele)?phoned?|video call|video link|videoconference|video conference|call)\b|"
    rf"(?<![\w-])(?:{_VIRTUAL_VERBS}|{_VIRTUAL_NOUNS})(?![\w-])",
    re.I,
)
_CALL_VERBS = lexicon_words("call_direct_verbs")
# "talks with X in Y", "held talks in Y": a meeting noun puts the place of the meeting after it.
_TALKS_PLACE = guard(
    rf"\b(?:{words_pattern('meeting_nouns')})\s+(?:(?:with|between)\s+[^.;:]{{1,80}}?\s+)?"
    r"in\s+(?P<place>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})(?![\w'’-])"
)
# Capitalised words after "in" that name a time, not a place.
_TIME_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))

# A verb these words stand right before is denied: "had not met", "have never sat down".
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)(?:\s+(?:yet|once|been|had|have|ever))?\s*$", re.I)

# "President Ilse Varga of Norland and ...": a name's place does not break "and".
_OF_PLACE = re.compile(r"^\s*(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# "Brekke's" after a verb: the verb's object is something of Brekke's.
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w'’])")
# A photo caption's short note of where a person stands: "A (L) and B (2nd R) shake hands".
_POSITION_NOTE = re.compile(r"^\s*\([^()]{1,12}\)")


@dataclass(frozen=True, slots=True)
class _Trigger:
    """A meeting word in a sentence, with the people on either side of it."""

    start: int
    end: int
    verb: str
    is_noun: bool
    #: The determiner of a meeting noun without "with" ("their" of "their summit"), else "".
    determiner: str = ""


#: The verb of a trigger that is a participle opening a clause ("Meeting X, Y said").
PARTICIPLE = "meeting"
PhraseFinder = Callable[[str], list[tuple[int, int, str]]]


# Compared and hashed by identity: a kind keys the cache of its triggers, and hashing its
# patterns would hash their whole compiled code on every look-up.
@dataclass(frozen=True, eq=False)
class Kind:
    """A kind of interaction: its trigger words and the values its claims carry."""

    name: str
    trigger: re.Pattern[str]
    #: A cheap test that passes every sentence the trigger pattern can match in.
    cue: Callable[[str], bool]
    values: dict[str, PhraseFinder]
    #: Sentences this pattern finds in are not of this kind; `skip_cue` passes all of them.
    skip: re.Pattern[str] | None = None
    skip_cue: Callable[[str], bool] = bool


def _venues(text: str) -> list[tuple[int, int, str]]:
    """Named venues ("the Old Palace in Velm") in a sentence (extract/places.py)."""
    return venue_phrases(text)


def _places(text: str) -> list[tuple[int, int, str]]:
    """Named venues, and the places a meeting noun puts the meeting in ("talks in Y")."""
    return list(_text_places(text))


# Every meeting sentence is read for places, and wire copy repeats sentences word for word.
@corpus_cache(maxsize=1 << 14)
def _text_places(text: str) -> tuple[tuple[int, int, str], ...]:
    """The places of a sentence text, as _places gives them."""
    found = _venues(text)
    for match in _TALKS_PLACE.finditer(text):
        start, end = match.span("place")
        if match.group("place").split()[0] in _TIME_WORDS:
            continue
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, match.group("place")))
    return tuple(sorted(found))


MEETING = Kind(
    "meeting",
    _MEETING,
    Prefilter(_MEETING),
    # A meeting's length is read by extract/durations.py, which also finds the lengths of
    # meetings a sentence tells without naming both people.
    {"date": date_phrases, "place": _places},
    skip=_CALL_WORDS,
    skip_cue=Prefilter(_CALL_WORDS),
)
CALL = Kind(
    "call",
    _CALL,
    Prefilter(_CALL),
    {"date": date_phrases, "duration": duration_phrases},
)


def meeting_claims(doc: Document) -> Iterator[Found]:
    """Every meeting.date, meeting.duration and meeting.place claim in an article."""
    return iter(_meeting_claims(doc))


# Read once per article: other extractors ask whose meeting a figure belongs to.
@per_document
def _meeting_claims(doc: Document) -> tuple[Found, ...]:
    """meeting_claims of an article, as a tuple."""
    found = tuple(interaction_claims(doc, MEETING))
    told = [(doc.sentence_at(f.start), f.subject, f.fact) for f in found]
    return (
        *found,
        # Talks of two countries or delegations that name no one (extract/series.py).
        *series_claims(doc),
        # "The next meeting will be hosted by Dravia in 2027" (extract/next_meeting.py).
        *next_meeting_claims(doc, told),
    )


def call_claims(doc: Document) -> Iterator[Found]:
    """Every call.date and call.duration claim (phone and video calls) in an article."""
    return interaction_claims(doc, CALL)


def interaction_claims(doc: Document, kind: Kind) -> Iterator[Found]:
    """Every claim of one kind of interaction in an article.

    A venue told by its kind alone ("at the presidential palace") is the article's place
    only when it names no venue: after "the Amber Palace", "inside the building" points back.
    """
    found = list(_interaction_claims(doc, kind))
    if not any(_is_place(claim) and _by_kind(claim) for claim in found):
        return iter(found)
    if _names_a_venue(doc):
        return iter([c for c in found if not (_is_place(c) and _by_kind(c))])
    return iter(found)


def _names_a_venue(doc: Document) -> bool:
    """Tell whether an article names a venue anywhere ("the Amber Palace", "Villa Arnsk")."""
    return any(
        any(c.isupper() for c in phrase)
        for sentence in doc.sentences
        for _, _, phrase in _text_places(sentence.text)
    )


def _is_place(claim: Found) -> bool:
    """Tell whether a claim gives a place."""
    return claim.fact.endswith(".place")


def _by_kind(claim: Found) -> bool:
    """Tell whether a place claim names its venue by its kind alone, in lower case."""
    return not any(c.isupper() for c in claim.value_text)


def _interaction_claims(doc: Document, kind: Kind) -> Iterator[Found]:
    """Every claim of one kind of interaction in an article, venues by kind included."""
    earlier: list[tuple[str, ...]] = []
    for index, sentence in enumerate(doc.sentences):
        readings = _text_readings(sentence.text, kind)
        if readings is None:
            continue
        if not readings:
            readings = _caption_readings(doc, index, kind)
            if not readings:
                continue
        yield from _sentence_claims(doc, index, sentence, readings, earlier)


def _skipped(kind: Kind, text: str) -> bool:
    """Tell whether a sentence is of another kind ("met over the telephone" is a call)."""
    return kind.skip is not None and kind.skip_cue(text) and kind.skip.search(text) is not None


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one trigger word of a sentence text says, whoever its people are.

    Offsets count from the start of the sentence text.
    """

    start: int
    end: int
    verb: str
    is_noun: bool
    determiner: str
    hedged: bool
    tense: str
    #: The value phrase of each fact the trigger claims (None: a date claim without a date).
    phrases: tuple[tuple[str, tuple[int, int, str] | None], ...]
    #: The verb is denied ("had not met", "never sat down").
    negated: bool = False


# Every sentence is read for each kind, and wire copy repeats sentences: all that does not
# depend on who the article's people are is read once per text.
@corpus_cache(maxsize=1 << 15)
def _text_readings(text: str, kind: Kind) -> tuple[_Reading, ...] | None:
    """The readings of a sentence's trigger words; None when the sentence is not of the kind."""
    if text.rstrip().endswith("?") or _skipped(kind, text):
        return None
    return _readings(text, kind, _text_triggers(text, kind))


def _readings(
    text: str, kind: Kind, found: Sequence[tuple[int, int, str, bool, str]]
) -> tuple[_Reading, ...]:
    """Read triggers (start, end, verb, is_noun, determiner) of a text: modality, value phrases."""
    if not found:
        return ()
    values = {f"{kind.name}.{value}": finder(text) for value, finder in kind.values.items()}
    triggers = [_Trigger(*trigger) for trigger in found]
    owned = {
        fact: _owned_dates(text, options, triggers)
        if fact.endswith(".date")
        else _owned_phrases(options, triggers)
        for fact, options in values.items()
    }
    readings = []
    for t_index, trigger in enumerate(triggers):
        tail = _clause_tail(text, trigger.start)
        phrases = []
        for fact, by_trigger in owned.items():
            phrase = by_trigger[t_index]
            # A meeting noun without "with" claims only the values it holds: "the meeting"
            # alone says nothing checkable that its sentence's verbs do not.
            if phrase is not None and fact.endswith(".date"):
                # "Met virtually, in March 2029 and May 2030": the occasions listed are one
                # claim, its value the list.
                listed = listed_after(text, values[fact], phrase)
                if listed:
                    phrase = (phrase[0], listed[-1][1], text[phrase[0] : listed[-1][1]])
            if phrase is not None or (fact.endswith(".date") and not trigger.determiner):
                phrases.append((fact, phrase))
        hedged, tense = is_hedged(tail), tense_of(tail, trigger.verb)
        if trigger.is_noun:
            hedged, tense = _noun_modality(text, trigger, tail)
        # A meeting told in the future ("will meet", "is to hold talks") has not happened when
        # the article was written: it stays hedged until an outlet reports it done.
        hedged = hedged or tense == "future"
        readings.append(
            _Reading(
                trigger.start,
                trigger.end,
                trigger.verb,
                trigger.is_noun,
                trigger.determiner,
                hedged,
                tense,
                tuple(phrases),
                not trigger.is_noun and _NEGATED.search(tail) is not None,
            )
        )
    return tuple(readings)


# The verb of a meeting noun's clause stands after it: "the talks were scheduled for Tuesday".
_NOUN_VERB_REACH = re.compile(r"^[^,.;:]{0,60}")


def _noun_modality(text: str, trigger: _Trigger, tail: str) -> tuple[bool, str]:
    """Hedge and tense of a meeting noun from the words before it and its clause's verb after.

    The noun itself is no verb ("talks" is not "she talks"), so it gives no tense.
    """
    after = _NOUN_VERB_REACH.match(text[trigger.end :])
    around = f"{tail} {after.group() if after else ''}"
    return is_hedged(around), tense_of(around, "")


def _caption_readings(doc: Document, index: int, kind: Kind) -> tuple[_Reading, ...]:
    """The readings of a photo caption's implied meeting, if the sentence is one."""
    caption = _caption(doc, index, kind)
    if not caption:
        return ()
    at = doc.sentences[index].start
    found = [(t.start - at, t.end - at, t.verb, t.is_noun, t.determiner) for t in caption]
    return _readings(doc.sentences[index].text, kind, found)


def _sentence_claims(
    doc: Document,
    index: int,
    sentence: Sentence,
    readings: Sequence[_Reading],
    earlier: list[tuple[str, ...]],
) -> Iterator[Found]:
    """The claims of one sentence, one set per trigger word; `earlier` gathers their people."""
    at = sentence.start
    triggers = [
        _Trigger(at + r.start, at + r.end, r.verb, r.is_noun, r.determiner) for r in readings
    ]
    previous: list[str] = []
    for t_index, (trigger, reading) in enumerate(zip(triggers, readings, strict=True)):
        people = _participants(doc, index, triggers, t_index, previous, earlier)
        if len(set(people)) < 2:
            continue
        earlier.append(tuple(people))
        # After a noun ("the meeting between X and Y") none of its people is the next subject.
        previous = ["", *people] if trigger.is_noun else people
        for pair in _said_pairs(doc, index, trigger, people):
            yield from _reading_claims(doc, index, sentence, trigger, reading, pair)


def _said_pairs(doc: Document, index: int, trigger: _Trigger, people: list[str]) -> list[list[str]]:
    """The groups a meeting verb says met: one person meeting several is a meeting per pair.

    "Kerr met Odo and Lund" says Kerr met each of them, so each pair is a claim that meets the
    pair's other claims; "Kerr and Odo met Lund", or a noun's group, stays one group.
    """
    if trigger.is_noun or trigger.determiner or len(people) < 3:
        return [people]
    left = [m for m in doc.people(index) if m.start < trigger.start]
    subject = {doc.canonical(m) for m in _subjects(doc, left)}
    if len(subject) != 1 or people[0] not in subject:
        return [people]
    if _one_description(doc, index, trigger, people[1:]):
        # "hosted his Velmian and Dravian counterparts": the three met together.
        return [people]
    return [[people[0], other] for other in people[1:]]


def _one_description(doc: Document, index: int, trigger: _Trigger, people: list[str]) -> bool:
    """Tell whether the people after a verb are all meant by one description (one span)."""
    after = [m for m in doc.people(index) if m.start >= trigger.end and doc.canonical(m) in people]
    return len({(m.start, m.end) for m in after}) == 1 and len(after) >= len(people)


def _reading_claims(
    doc: Document,
    index: int,
    sentence: Sentence,
    trigger: _Trigger,
    reading: _Reading,
    people: list[str],
) -> Iterator[Found]:
    """The claims one meeting word's reading makes about one group of people."""
    at = sentence.start
    mentions = _span_of_people(doc, index, people)
    if trigger.determiner and mentions and ")" in doc.body[mentions[0] : trigger.start]:
        # "A and B leave (Picture: X)The leaders toast during their dinner at Y": captions
        # glued together; the claim keeps to its own caption, not the credit before it.
        mentions = None
    for fact, phrase in reading.phrases:
        undated = phrase is None and fact.endswith(".date")
        # "In the afternoon she was received by B", "is to be received by B in the afternoon".
        day_part = undated and _DAY_PART.search(sentence.text) is not None
        if phrase is None and reading.hedged and not day_part:
            continue  # "they would meet again": a meeting only planned, on no day, says nothing
        if reading.negated:
            continue  # "had not sat down since ...": the meeting words deny a meeting
        if fact == "meeting.date" and _state_meal(sentence.text, reading):
            continue  # the banquet's day is its own event's, not the talks'
        later = undated and not reading.hedged
        if day_part or (later and _LATER.search(_clause_tail(sentence.text, reading.start))):
            found = day_told_before(doc, index) or _main_day(doc, index)
            if found is not None:
                hedged = reading.hedged and day_part
                tense = "future" if hedged and reading.tense == "future" else "past"
                yield _found(fact, people, sentence, trigger, mentions, found, hedged, tense)
                continue
            if reading.hedged:
                continue  # planned "in the afternoon" of no day told: nothing to check
        if phrase is not None:
            text = phrase[2]
            if fact == "meeting.place" and reading.verb in _MEALS.words:
                # A meal's venue is that part's ("a state dinner at the Old Palace"): the
                # talks of the day may well have been held elsewhere.
                text = with_part("meal", text)
            phrase = (at + phrase[0], at + phrase[1], text)
        yield _found(
            fact, people, sentence, trigger, mentions, phrase, reading.hedged, reading.tense
        )


def _state_meal(text: str, reading: _Reading) -> bool:
    """Tell whether a meal noun's reading is a state banquet ("hosted a state dinner")."""
    if reading.verb not in _MEALS.words:
        return False
    return any(
        m.start() < reading.end and reading.start < m.end()
        for m in _STATE_MEAL.finditer(text, max(0, reading.start - 40), reading.end)
    )


# How many sentences back "later" may reach for the day it follows.
_LATER_REACH = 3


def day_told_before(doc: Document, index: int) -> tuple[int, int, str] | None:
    """The day of the account just before a sentence: its nearest earlier one-day date phrase.

    "Okafor landed in Velm on Tuesday. She later met Brekke.": the meeting was on Tuesday. A
    stretch ("in 2019", "last week") is no day, and "since"/"by" bound a span.
    """
    for back in range(index - 1, max(-1, index - 1 - _LATER_REACH), -1):
        earlier = doc.sentences[back]
        phrases = date_phrases(earlier.text)
        days = [p for p in phrases if names_a_day(p[2]) and not _BOUND_LEAD.match(p[2])]
        if days:
            start, end, text = days[-1]
            return earlier.start + start, earlier.start + end, text
    return None


def _main_day(doc: Document, index: int) -> tuple[int, int, str] | None:
    """The day the article first dates a meeting before a sentence: its main talks' day.

    Read from the meeting words of each earlier sentence and the dates they own, whoever
    the people are: the first date phrase naming one day (no "since"/"by" bound).
    """
    for back in range(index):
        earlier = doc.sentences[back]
        for reading in _text_readings(earlier.text, MEETING) or ():
            for fact, phrase in reading.phrases:
                if fact != "meeting.date" or phrase is None or _BOUND_LEAD.match(phrase[2]):
                    continue
                if names_a_day(phrase[2]):
                    return earlier.start + phrase[0], earlier.start + phrase[1], phrase[2]
    return None


def _found(
    fact: str,
    people: Sequence[str],
    sentence: Sentence,
    trigger: _Trigger,
    mentions: tuple[int, int] | None,
    phrase: tuple[int, int, str] | None,
    hedged: bool,
    tense: str,
) -> Found:
    """Assemble a claim whose text runs from its first participant to its value."""
    points = [trigger.start, trigger.end]
    if mentions:
        points += list(mentions)
    if phrase:
        points += [phrase[0], phrase[1]]
    return Found(
        fact=fact,
        subject=tuple(sorted(set(people))),
        start=min(points),
        end=max(points),
        sentence=sentence,
        value_text=phrase[2] if phrase else "",
        hedged=hedged,
        tense=tense,
    )


# Every sentence is read for each kind's triggers, and wire copy repeats sentences.
@corpus_cache(maxsize=1 << 15)
def _text_triggers(text: str, kind: Kind) -> tuple[tuple[int, int, str, bool, str], ...]:
    """A kind's triggers in a text as (start, end, verb, is_noun, determiner), offsets within it."""
    if not kind.cue(text):
        return ()
    return tuple(_trigger_of(m) for m in kind.trigger.finditer(text))


def _trigger_of(match: re.Match[str]) -> tuple[int, int, str, bool, str]:
    """One trigger match as (start, end, verb, is_noun, determiner)."""
    groups = match.groupdict()
    if groups.get("bare"):
        determiner = groups["det"].split()[0].lower()
        return match.start(), match.end(), groups["bare"].lower(), True, determiner
    if groups.get("participle"):
        return match.start(), match.end(), PARTICIPLE, False, ""
    word = groups.get("verb") or groups.get("noun") or ""
    return match.start(), match.end(), word.split()[0], groups.get("noun") is not None, ""


def _caption(doc: Document, index: int, kind: Kind) -> list[_Trigger]:
    """A photo caption with no verb, "A and President B at the Palace on Monday", is a meeting."""
    mentions = doc.mentions[index]
    if kind.name != "meeting" or len(mentions) != 2:
        return []
    first, second = mentions
    sentence = doc.sentences[index]
    lead = doc.body[sentence.start : first.start].split()
    after = doc.body[second.end : second.end + 4]
    if len(lead) > 4 or not _joins(doc.body[first.end : second.start]):
        return []
    if not re.match(r"\s+(?:at|in)\s", after):
        return []
    if _CAPTION_VERBS.search(doc.body, second.end, sentence.end):
        return []  # "A and B in 2020 had two wines": a sentence with a verb, no caption
    return [_Trigger(second.end, second.end, "", is_noun=True)]


def _participants(
    doc: Document,
    index: int,
    triggers: Sequence[_Trigger],
    t_index: int,
    previous: list[str],
    earlier: Sequence[tuple[str, ...]] = (),
) -> list[str]:
    """Canonical names of who met at one meeting word: subject first, then the others.

    `previous` holds the people of the sentence's earlier meeting word, subject first ("" when
    it was a noun): "Varga, who met X on Sunday, also met Y" has Varga, not X, meet Y.
    """
    trigger = triggers[t_index]
    mentions = doc.people(index)
    if trigger.determiner:
        return _bare_participants(doc, index, trigger, mentions, earlier)
    if trigger.is_noun:
        return _noun_participants(doc, index, trigger, mentions, earlier)
    clause_start = triggers[t_index - 1].end if t_index else doc.sentences[index].start
    taken = set(previous[1:])
    left = [
        m
        for m in mentions
        if clause_start <= m.start < trigger.start and doc.canonical(m) not in taken
    ]
    stop = triggers[t_index + 1].start if t_index + 1 < len(triggers) else None
    right = _objects(doc, [m for m in mentions if m.start >= trigger.end], stop)
    subject = [doc.canonical(m) for m in _subjects(doc, left)]
    if not subject and trigger.verb == PARTICIPLE:
        subject = _clause_subject(doc, mentions, right)
    if len(set(subject)) >= 2 and _talks_held(doc.body[trigger.start : trigger.end]):
        # "A and B held talks, joined by C": talks held without "with" take no one after.
        right = []
    greeting = trigger.verb.lower() in _GREETINGS.words
    if greeting and not right and not _EACH_OTHER.match(doc.body, trigger.end):
        return []  # "A and B welcomed the agreement" is no meeting; "greeted each other" is
    # The group's patterns look ahead for the person received: try the verb before a name.
    if _RECEPTIONS.pattern.match(trigger.verb + " X") and not _received_next(
        doc, trigger, mentions
    ):
        return []  # "received Chinese backing from B": what was received is not B
    if not subject:
        subject = _implied_subject(doc, index, trigger, right, previous[:1], clause_start)
        subject = [name for name in subject if name]
    return _unique(subject + right)


def _received_next(doc: Document, trigger: _Trigger, mentions: Sequence[Mention]) -> bool:
    """Tell whether the person received (or receiving, after "by") is named right after the verb.

    Only a title or capitalised words may stand between: "received Foreign Minister B",
    "received his counterpart B", not "received Chinese backing from B".
    """
    after = [m for m in mentions if m.start >= trigger.end]
    if not after:
        return False
    between = doc.body[trigger.end : after[0].start].replace(",", " ").split()
    allowed = lexicon().person_titles | _RECEIVED_FILLERS
    return len(between) <= 6 and all(w[:1].isupper() or w.lower() in allowed for w in between)


# Words that may stand between "received" and the person received: "his visiting counterpart".
_RECEIVED_FILLERS = frozenset({"the", "his", "her", "their", "its", "visiting", "counterpart"})


def _talks_held(verb: str) -> bool:
    """Tell whether a verb phrase ends with its talks ("held bilateral talks"), no "with"."""
    words = verb.lower().split()
    return bool(words) and words[-1] in _MEETING_NOUNS.words | _TALK_NOUNS


def _clause_subject(
    doc: Document, mentions: Sequence[Mention], objects: Sequence[str]
) -> list[str]:
    """The subject of the clause a participle opens: "Meeting X on Tuesday, ..., Y stressed".

    The first person named after a comma that follows the participle's object, with a verb
    (a lower-case word, no title) right after the name.
    """
    after_object = [m for m in mentions if doc.canonical(m) in objects]
    if not after_object:
        return []
    start = after_object[-1].end
    titles = lexicon().person_titles | lexicon().stopwords
    for mention in mentions:
        if mention.start <= start:
            continue
        if "," not in doc.body[start : mention.start] or doc.canonical(mention) in objects:
            continue
        word = doc.body[mention.end : mention.end + 30].split(maxsplit=1)
        if word and word[0].isalpha() and word[0].islower() and word[0] not in titles:
            return [doc.canonical(mention)]
    return []


def _implied_subject(
    doc: Document,
    index: int,
    trigger: _Trigger,
    objects: Sequence[str],
    subject_of_previous: list[str],
    clause_start: int,
) -> list[str]:
    """The subject when the clause names none: a pronoun's antecedent or the earlier subject."""
    if doc.pronoun_before(index, trigger.start) is not None:
        pronoun = doc.pronoun_before(index, trigger.start)
        if pronoun is not None and pronoun >= clause_start:
            found = doc.antecedent(index, objects)
            return [found] if found else []
    if subject_of_previous:
        return subject_of_previous
    before = [m for m in doc.people(index) if m.start < trigger.start]
    return [doc.canonical(before[0])] if before else []


def _subjects(doc: Document, left: Sequence[Mention]) -> list[Mention]:
    """The people before a verb that form its subject: the last one, and any joined by "and"."""
    if not left:
        return []
    chosen = [left[-1]]
    for mention in reversed(left[:-1]):
        between = doc.body[mention.end : chosen[0].start]
        listed = len(chosen) >= 2 and _lists(between)
        if mention.end <= chosen[0].start and not (_joins(between) or listed):
            break
        chosen.insert(0, mention)
    return chosen


def _objects(doc: Document, right: Sequence[Mention], stop: int | None) -> list[str]:
    """The people a verb's object names: the first after it and any joined by "and"."""
    right = [m for m in right if stop is None or m.start < stop]
    if not right or _POSSESSIVE_AFTER.match(doc.body, right[0].end):
        return []  # "welcomed Brekke's proposal": what the verb takes is Brekke's, not Brekke
    if _speaks(doc.body, right[0].end):
        return []  # "welcomed the decision, Brekke said": Brekke speaks, he is not welcomed
    chosen = [right[0]]
    for mention in right[1:]:
        overlaps = mention.start < chosen[-1].end  # one reference to two people
        between = doc.body[chosen[-1].end : mention.start]
        if not overlaps and not _joins(between) and not _list_goes_on(doc, chosen[-1], between):
            break
        chosen.append(mention)
    return [doc.canonical(m) for m in chosen]


def _speaks(body: str, end: int) -> bool:
    """Tell whether a speech verb follows a name that ends at `end` ("Brekke said")."""
    after = body[end : end + 24].split(maxsplit=1)
    return bool(after) and after[0].strip(".,;:") in lexicon().speech_verbs


def _joins(between: str) -> bool:
    """Tell whether the text between two names joins them ("and", "of Aurenne and President")."""
    words = _OF_PLACE.sub("", _POSITION_NOTE.sub("", between)).replace(",", " ").split()
    return bool(words) and words[0] == "and" and len(words) <= 6


def _lists(between: str) -> bool:
    """Tell whether the text between two names is a list's comma ("A, President B and C").

    Only a comma and title words: "Okafor, who landed on Monday, met" is no list. Read only
    where "and" joins the next name, so the list is closed by "and" ("A, B and C met").
    """
    if "," not in between or ";" in between:
        return False
    words = _OF_PLACE.sub("", _POSITION_NOTE.sub("", between)).replace(",", " ").split()
    titles = lexicon().person_titles | lexicon().title_modifiers
    return len(words) <= 4 and all(word[:1].isupper() or word.lower() in titles for word in words)


def _list_goes_on(doc: Document, last: Mention, between: str) -> bool:
    """Tell whether a comma after an object name lists another ("met A, B and C").

    The list must close with "and" before its next comma-free name: the text after the next
    name, up to the one after it, joins them.
    """
    if not _lists(between):
        return False
    rest = doc.body[last.end + len(between) :]
    and_at = re.match(r"[^,;.]{1,60}?\s+and\s", rest)
    return and_at is not None


def _noun_participants(
    doc: Document,
    index: int,
    trigger: _Trigger,
    mentions: Sequence[Mention],
    earlier: Sequence[tuple[str, ...]] = (),
) -> list[str]:
    """People of "his meeting with X", "the meeting between X and Y" or "the talks with X"."""
    names = _unique([doc.canonical(m) for m in mentions])
    if len(names) != 1:
        return names if len(names) == 2 else []
    lead = doc.body[max(0, trigger.start - 6) : trigger.start].strip()
    before = [m for m in mentions if m.start < trigger.start]
    pronoun = doc.pronoun_before(index, trigger.start)
    if lead in ("his", "her") or (not before and pronoun is not None):
        # "his meeting with X", "he had a meeting with X": the pronoun's person met X.
        found = doc.antecedent(index, names)
        return [*names, found] if found else names
    if doc.body[max(0, trigger.start - 4) : trigger.start] in ("the ", "The "):
        # "The talks with X" goes back to a meeting with X told before, if only one was.
        partners = _unique([p for pair in earlier if names[0] in pair for p in pair])
        partners = [p for p in partners if p != names[0]]
        return [partners[0], *names] if len(partners) == 1 else names
    return names


def _bare_participants(
    doc: Document,
    index: int,
    trigger: _Trigger,
    mentions: Sequence[Mention],
    earlier: Sequence[tuple[str, ...]],
) -> list[str]:
    """People of a meeting noun without "with": "X and Y wrapped up their summit".

    The two people the sentence names; of more, the subject joined by "and" before the noun.
    "Their" with one person named or none, and "the" with one, stand for a pair the article
    told of meeting before: the one pair with that person, or (none named) the latest pair.
    """
    names = _unique([doc.canonical(m) for m in mentions])
    if len(names) == 2:
        return names
    if len(names) > 2:
        left = [m for m in mentions if m.end <= trigger.start]
        subject = _unique([doc.canonical(m) for m in _subjects(doc, left)])
        if len(subject) == 2 or len(subject) == len(names):
            return subject  # "A, B and C held their first talks": the three of them
        # "The trilateral meeting of the foreign ministers of X, Y and Z": one description.
        return _described_after(doc, trigger, mentions)

    possessive = trigger.determiner in _PLURAL_POSSESSIVES.words
    if not names:
        if _GROUP_QUALIFIERS.search(doc.body, trigger.start, trigger.end):
            # "The trilateral meeting lasted three hours": the group of three told last.
            groups = [people for people in earlier if len(people) >= 3]
            return list(groups[-1]) if groups else []
        if possessive and earlier and len(earlier[-1]) >= 2:
            return list(earlier[-1])
        # "The programme will close with a state dinner at X": a meal of no one named is one
        # of the pair the article is about, the two it has told meeting most often. (Not any
        # meeting noun: "Wednesday's summit" in a story of a visit before it is another pair's.)
        return _principal_pair(earlier) if trigger.verb in _MEALS.words else []
    if possessive or trigger.determiner == "the":
        partners = _unique([p for pair in earlier if names[0] in pair for p in pair])
        partners = [p for p in partners if p != names[0]]
        return [partners[0], *names] if len(partners) == 1 else []
    return []


def _described_after(doc: Document, trigger: _Trigger, mentions: Sequence[Mention]) -> list[str]:
    """The people of one description right after "of" a meeting noun ("meeting of the ...")."""
    after = [m for m in mentions if m.start >= trigger.end]
    spans = {(m.start, m.end) for m in after}
    if len(spans) != 1 or len(after) < 2 or len(after) != len(mentions):
        return []
    if not _OF_AFTER.match(doc.body, trigger.end, after[0].start):
        return []
    return _unique([doc.canonical(m) for m in after])


# "meeting of the foreign ministers of ...": only "of" between the noun and its description.
_OF_AFTER = re.compile(r"\s+of\s+$")


def _principal_pair(earlier: Sequence[tuple[str, ...]]) -> list[str]:
    """The two people an article has told meeting most often so far (the later on a tie)."""
    counts: dict[tuple[str, ...], int] = {}
    for people in earlier:
        if len(people) == 2:
            pair = tuple(sorted(people))
            counts[pair] = counts.get(pair, 0) + 1
    if not counts:
        return []
    told = list(counts.items())  # in the order first told: the later wins a tie
    best = max(range(len(told)), key=lambda i: (told[i][1], i))
    return list(told[best][0])


def _owned_dates(
    text: str, phrases: Sequence[tuple[int, int, str]], triggers: Sequence[_Trigger]
) -> list[tuple[int, int, str] | None]:
    """The date phrase of each meeting word: the nearest of its own clause, as _owned_phrases.

    A span's bound ("since 2011") dates no meeting, and a date that a barrier word parts from
    its meeting word ("arrived on Tuesday ahead of their summit", "met X, whom he has known
    since 2011") is another clause's. A date right before a "when" clause ("on 19 May, when X
    met Y") is that clause's word's own (and may date a meeting word before it too: "a
    meeting between X and Y on 19 May, when they met"). Each phrase is looked at once.
    """
    starts = [t.start for t in triggers]
    own: dict[int, tuple[int, int, str]] = {}
    owned: list[list[tuple[int, int, str]]] = [[] for _ in triggers]
    for phrase in phrases:
        if _BOUND_LEAD.match(phrase[2]):
            continue
        following = bisect.bisect_left(starts, phrase[1])
        if following < len(triggers) and _WHEN_AFTER.match(
            text[phrase[1] : triggers[following].start]
        ):
            own.setdefault(following, phrase)
        owner = _owner(phrase[0], starts)
        trigger = triggers[owner]
        if phrase[0] >= trigger.end:
            barred = _DATE_BARRIERS_AFTER.search(text[trigger.end : phrase[0]])
        else:
            barred = _DATE_BARRIERS.search(text[phrase[1] : trigger.start])
        if not barred:
            owned[owner].append(phrase)
    return [
        own.get(index) or _nearest_owned(mine, trigger)
        for index, (mine, trigger) in enumerate(zip(owned, triggers, strict=True))
    ]


def _span_of_people(doc: Document, index: int, people: Sequence[str]) -> tuple[int, int] | None:
    """The span covering the mentions of the participants in the sentence."""
    mentions = [m for m in doc.people(index) if doc.canonical(m) in people]
    # A name stands for its person; a later "the two" or "they" only where no name does.
    named = [m for m in mentions if m.evidence != "reference"]
    spans = [(m.start, m.end) for m in (named if len(named) >= len(people) else mentions)]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _owned_phrases(
    phrases: Sequence[tuple[int, int, str]], triggers: Sequence[_Trigger]
) -> list[tuple[int, int, str] | None]:
    """The value phrase that belongs to each meeting word: the nearest it owns.

    Triggers stand in text order; each phrase is given to its owner once (a binary search),
    so a sentence of many clauses costs its phrases times a logarithm, not their product.
    """
    starts = [t.start for t in triggers]
    owned: list[list[tuple[int, int, str]]] = [[] for _ in triggers]
    for phrase in phrases:
        owned[_owner(phrase[0], starts)].append(phrase)
    return [_nearest_owned(mine, trigger) for mine, trigger in zip(owned, triggers, strict=True)]


def _nearest_owned(
    owned: Sequence[tuple[int, int, str]], trigger: _Trigger
) -> tuple[int, int, str] | None:
    """Of the phrases a meeting word owns, the one its claim takes."""
    if not owned:
        return None
    # "X met Y on Sunday" is the usual order; a dateline before the subject is a fallback.
    after = [p for p in owned if p[0] >= trigger.end]
    if after:
        return min(after, key=lambda p: p[0])
    return max(owned, key=lambda p: p[0])


def _owner(position: int, starts: Sequence[int]) -> int:
    """The meeting word a value belongs to: the last one before it, else the first."""
    return max(bisect.bisect_right(starts, position) - 1, 0)


def _clause_tail(text: str, end: int) -> str:
    """The last few words before a verb (at `end`), where its auxiliaries and hedges stand."""
    # A window before the verb, not the whole text before it: a long sentence of many verbs
    # would otherwise be split once per verb. Nine words in it keep a cut first word out.
    size = 256
    words = text[max(0, end - size) : end].split()
    while end > size and len(words) < 9:
        size *= 4
        words = text[max(0, end - size) : end].split()
    return " ".join(words[-8:])


def _unique(names: Sequence[str]) -> list[str]:
    """Names in order without repeats."""
    return list(dict.fromkeys(names))
