"""Talks between two countries or delegations that name no person: a series and its rounds.

"A sixth round of the Norland-Velmia talks ended in Kesk on Friday." The subject of such
talks is the two parties (the two countries' labels, extract/parties.py: once the story is
read each is its nation's name, "Norlandic" and "Norland" one), not a person: outlets that
name no negotiator still tell one series, and two articles' rounds meet on the parties'
names. A sentence that names no person and tells of a round or the talks, in an article that
has named the parties, is about that series: its date (a span too) and its place are the round's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.parties import party_label
from consistency.extract.places import venue_phrases
from consistency.extract.timex import MONTH_NAMES, WEEKDAY_NAMES, date_phrases
from consistency.vocabulary import group

_PARTIES = group("meetings", "series_parties").pattern
_NOUNS = group("meetings", "series_nouns").pattern
_WANTED = group("meetings", "series_wanted").pattern
# "ended in Kesk", "held in Kesk": the town after "in" when no venue is named.
_IN_PLACE = re.compile(
    rf"\b(?:{group('meetings', 'series_place_leads').alternation})\s+"
    r"(?P<place>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})"
)
_CAPITALISED = re.compile(r"(?-i:[A-Z])[\w’]+")
_NOT_PARTIES = frozenset({"The", "Talks", "Negotiations", "Consultations"})
_TIME_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))
_BOUND_LEAD = re.compile(rf"^(?:{group('meetings', 'span_bounds').alternation})\b", re.I)
# "closed on Thursday": the round's last day (normalise reads the verb kept in the value).
# "ended in Kesk on Friday": the town may stand between the verb and its day.
_ENDS = re.compile(
    rf"\b(?:{group('meetings', 'series_ends').alternation})"
    rf"(?:\s+(?:{group('meetings', 'series_end_places').alternation})\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?\s+$",
    re.I,
)
# How far before a date its round's ending verb (and a town) may start.
_END_REACH = 60
# "the next round": a round still to come.
_AHEAD = re.compile(rf"\b(?:{group('meetings', 'series_ahead').alternation})\s+$", re.I)
#: How many sentences after the parties were named a round may still be theirs.
REACH = 3


def series_claims(doc: Document) -> Iterator[Found]:
    """meeting.date and meeting.place claims of the rounds of two parties' talks."""
    parties: tuple[str, ...] = ()
    told = -REACH - 1
    surnames = {word for name in doc.full_names for word in name.split()}
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        found = _parties(text, surnames)
        if found:
            parties, told = found, index
        if index - told > REACH or doc.people(index) or text.rstrip().endswith("?"):
            continue  # the series was told too far back to be what "the round" is
        noun = _NOUNS.search(text)
        if noun is None or _WANTED.search(text[: noun.start()]):
            continue  # "called for peace talks": talks wanted, none held
        around = text[: noun.end() + 60]
        tense = tense_of(around, "")
        if _AHEAD.search(text[max(0, noun.start() - 20) : noun.start()]):
            tense = "future"  # "the next round would take place in Velm in June"
        hedged = is_hedged(around) or tense == "future"
        for fact, phrase in (
            ("meeting.date", round_date(text)),
            ("meeting.place", round_place(text)),
        ):
            if phrase is None:
                continue
            start, end, value = phrase
            at = sentence.start
            yield Found(
                fact=fact,
                subject=parties,
                start=at + min(start, noun.start()),
                end=at + max(end, noun.end()),
                sentence=sentence,
                value_text=value,
                hedged=hedged,
                tense=tense if tense != "unknown" else "past",
            )


def _parties(text: str, surnames: set[str]) -> tuple[str, ...]:
    """The two parties a sentence names talks between, as one subject, or ()."""
    for match in _PARTIES.finditer(text):
        words = [w for w in _CAPITALISED.findall(match.group()) if w not in _NOT_PARTIES]
        if len(words) != 2 or any(w in surnames for w in words):
            continue  # "the Okafor-Brekke talks" are two people's, not two countries'
        # Labels, named once the story is read: "Norlandic" and "Norland" are one party.
        return tuple(sorted({party_label(w) for w in words}))
    return ()


def round_date(text: str) -> tuple[int, int, str] | None:
    """The first date phrase of a sentence that is no bound ("since 2011").

    Right after a verb ending the round ("closed on Thursday") the phrase keeps the verb: it
    is the round's last day.
    """
    for start, end, phrase in date_phrases(text):
        if _BOUND_LEAD.match(phrase):
            continue
        ending = _ENDS.search(text[max(0, start - _END_REACH) : start])
        if ending:
            begin = max(0, start - _END_REACH) + ending.start()
            return begin, end, text[begin:end]
        return start, end, phrase
    return None


def round_place(text: str) -> tuple[int, int, str] | None:
    """A named venue of a sentence, else the town after "in" (no month or weekday)."""
    venues = venue_phrases(text)
    if venues:
        return venues[0]
    for match in _IN_PLACE.finditer(text):
        place = match.group("place")
        if place.split()[0] not in _TIME_WORDS:
            return match.start("place"), match.end("place"), place
    return None
