"""Find dated events of a person other than the story's meeting ("re-elected last month").

Each kind of event is a group of vocabulary/events.yaml (a term beginning, a departure, a
warrant, an arrest, an appointment, a dismissal, a news conference, an earlier trip); its name
labels the claim's subject with the person it happened to. Some kinds happen to nobody in
particular (a joint statement, a building's construction): the kind alone is the subject.

An event is dated by a date phrase of its own clause. One that has none is dated by the
meeting the article reports when its clause ties it to that meeting: "after the talks"
(the date right after the meeting word, or the day the article gives the meeting), or a
clock time alone ("at 4:15 pm", a time of the day the article reports, whatever time zone
a conversion in brackets gives).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.extract.cues import Prefilter
from consistency.extract.document import Document, Found
from consistency.extract.durations import MeetingOwners
from consistency.extract.interactions import day_told_before, meeting_claims
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.sentences import Sentence
from consistency.extract.timex import date_phrases
from consistency.extract.visits import main_visitor

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
    "resignation",
    "death",
    "news_conference",
    "remark",
    "earlier_visit",
)
#: Occasions of a visit that its two people share (a state banquet, a welcoming ceremony, a
#: wreath-laying, a joint news conference): the visit's pair with the occasion's label is the
#: subject, whichever of the two a sentence names. Read first: "joint news conference" is one.
PAIR_KINDS = ("state_banquet", "welcome_ceremony", "wreath_laying", "joint_news_conference")
#: Items of a visit's programme the visitor attends (a business forum): the visitor's, the
#: person named right before the word when one is, else the article's visitor ("About 120
#: companies are expected to join a business forum on Wednesday").
VISITOR_KINDS = ("business_forum",)
#: Kinds of event that happen to no one person: the kind alone is the subject.
THING_KINDS = ("joint_statement", "construction", "ruling", "talks_began")
#: Kinds of event only told as well before the story: talks begun on its days are its meeting.
_EARLIER_KINDS = ("talks_began",)
# Words before an event word that may tell it as still to come ("will be followed by").
_LEAD_WORDS = 6
# A date belongs to the event word before it when this close and in the same clause.
_MAX_GAP = 60
# What a ruling or talks were about may run longer: "ruled on the dispute over ...".
_ABOUT_KINDS = ("ruling", "talks_began")
_ABOUT_GAP = 110
# A past participle ending the words before a date: "the treaty signed in 1990".
_PARTICIPLE = re.compile(r"[a-z]{2,}ed\s*$")
# Words that start another clause or event between an event word and a date.
_BARRIER = re.compile(
    r"[,;(\u2014]|--|\b(?:and|but|while|when|after|before|which|met|meet|talks)\b", re.I
)
# "ruled that the deal signed in 2019 was void": a date after these words is what was ruled.
_CONTENT = {
    "ruling": re.compile(
        rf"\b(?:{vocabulary.group(TOPIC, 'ruling_content').alternation})\b", re.IGNORECASE
    )
}
# A date counted back in months or years ("almost four years ago") is well before the story.
_COUNTED_BACK = re.compile(
    rf"\b(?:{vocabulary.group('time', 'counted_units').alternation})\s+"
    rf"(?:{vocabulary.group('time', 'counted_back').alternation})\b"
    rf"|\b(?:{vocabulary.group(TOPIC, 'well_before').alternation})\b",
    re.IGNORECASE,
)
# Dates that bound a span ("has not visited Velm since 2019") are no day of an event.
_BOUND = re.compile(r"(?:since|by|until|till)\b", re.IGNORECASE)
# A past trip is dated by a year before the article's: the story's own visits are visits.py's.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A verb of reporting between an opening date and an event word: the date is the report's.
_REPORTED = re.compile(
    rf"\b(?:{vocabulary.group('modality', 'attribution_verbs').alternation})\b", re.IGNORECASE
)
# The two capitalised words right before the event word (a title may come before them).
_NAME_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+\s+[A-Z][a-z]+)\s+$")
_POSSESSIVE = re.compile(r"\b(?:his|her|he|she|him)\b", re.IGNORECASE)
# "a June incident in which Renn referred to ...", "an episode in May when Renn called ...":
# the date before or right after the episode's noun is the remark's told after it.
_EPISODE = rf"(?:{vocabulary.group(TOPIC, 'remark_incident').alternation})"
_LINK = rf"\s+(?:{vocabulary.group(TOPIC, 'remark_link').alternation})\s+(?:[\w.'’-]+\s+){{0,4}}$"
_DATE_THEN_EPISODE = re.compile(rf"\s+{_EPISODE}{_LINK}", re.IGNORECASE)
_EPISODE_THEN_DATE = (re.compile(rf"\b{_EPISODE}\s+$", re.IGNORECASE), re.compile(_LINK, re.I))
# "... when he made it last year": the date right after these words is the remark's.
_REMARK_MADE = re.compile(
    rf"\b(?:{vocabulary.group(TOPIC, 'remark_made').alternation})\b", re.IGNORECASE
)
# An opening phrase before the main clause: "Speaking at ...", "During ...".
_OPENER = re.compile(rf"\s*(?:{vocabulary.group(TOPIC, 'openers').alternation})\b", re.I)
_OPENER_REACH = 30
# "and her husband", "and Premier Lind": "and" that joins a guest's company, no new clause.
_GUEST_JOIN = re.compile(rf"\band\s+(?:{vocabulary.group(TOPIC, 'guest_joins').alternation})\b")
# "Later in the evening", "In the afternoon": an occasion later on a day already told.
_LATER_ON = re.compile(
    rf"\b(?:{vocabulary.group('meetings', 'day_parts').alternation}|"
    rf"{vocabulary.group('meetings', 'later').alternation})\b",
    re.IGNORECASE,
)
# "with no joint news conference planned": the occasion is denied.
_DENIED = re.compile(
    rf"\b(?:{vocabulary.group(TOPIC, 'occasion_denials').alternation})\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# How far after an occasion's word its verb may tell it as still to come ("will be held").
_LEAD_REACH = 30
# How far before an occasion's word a date of its clause may stand ("Renn on Tuesday hosted").
_BEFORE_GAP = 40
# A clock time right after the event word: "a news conference at 4:15 pm".
_CLOCK = re.compile(rf"\s+(?:{vocabulary.group(TOPIC, 'clock_times').alternation})", re.I)
# "after the talks", "following their summit": a meeting word the event comes after.
_AFTER_MEETING = re.compile(
    rf"\b(?:{vocabulary.group(TOPIC, 'after_meeting').alternation})\s+"
    rf"(?:{vocabulary.group('meetings', 'determiners').alternation})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{vocabulary.group('meetings', 'nouns').alternation})\b",
    re.IGNORECASE,
)


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str], Prefilter], ...]:
    """Each kind's label, pattern, and the prefilter of sentences the pattern may match in."""
    kinds = (*PAIR_KINDS, *VISITOR_KINDS, *KINDS, *THING_KINDS)
    patterns = [vocabulary.pattern(TOPIC, kind) for kind in kinds]
    return tuple(zip(kinds, patterns, map(Prefilter, patterns), strict=True))


@cache
def _prefilter() -> Prefilter:
    """Passes every sentence one kind's pattern can match in: the others have no event."""
    return Prefilter(*(pattern for _, pattern, _ in _kinds()))


def dated_event_claims(doc: Document) -> Iterator[Found]:
    """event.date claims: each kind of event a sentence dates, with whom it happened to."""
    prefilter = _prefilter()
    owners = MeetingOwners(doc)
    for index in range(len(doc.sentences)):
        if prefilter(doc.sentences[index].text):
            yield from sentence_events(doc, index, owners)


def sentence_events(
    doc: Document, index: int, owners: MeetingOwners | None = None
) -> Iterator[Found]:
    """The event.date claims of one sentence of an article (`owners`: its meetings' people)."""
    sentence = doc.sentences[index]
    text = sentence.text
    dates: list[tuple[int, int, str]] | None = None
    taken: list[tuple[int, int]] = []
    claimed: set[tuple[tuple[str, ...], str]] = set()
    for kind, pattern, prefilter in _kinds():
        if not prefilter(text):
            continue  # the pattern cannot match here (extract/literals.py)
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            if dates is None:
                dates = date_phrases(text)
            if kind in PAIR_KINDS or kind in VISITOR_KINDS:
                owners = owners or MeetingOwners(doc)
                found = _occasion(doc, index, kind, match, dates, owners)
            else:
                found = _claim(doc, index, sentence, kind, match, dates)
            # "sworn in for a second term on Monday": two words of one event, one claim.
            if found is not None and (found.subject, found.value_text) not in claimed:
                claimed.add((found.subject, found.value_text))
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
    tense = "past"
    if kind == "remark":
        return _remark(doc, index, sentence, match, dates)
    dated = (
        _date_inside(text, match, dates)
        or _date_after(text, match, dates, _CONTENT.get(kind), about=kind in _ABOUT_KINDS)
        or _same_day_before(text, match, dates)
    )
    if dated is None and kind != "remark":  # a remark is dated by its episode only
        dated = _date_opening(text, match, dates)
    if dated is None and kind in _EARLIER_KINDS:
        return None
    if dated is None:
        anchored = _meeting_anchor(doc, text, match, dates)
        if anchored is None:
            return None
        dated, tense = anchored
    elif _told_ahead(text, match, dated[0]):
        tense = "future"  # "will be followed by a news conference on Tuesday": the coming one
    start, end, phrase = dated
    if kind == "earlier_visit" and not _earlier_year(phrase, doc):
        return None
    if kind in _EARLIER_KINDS and not (_earlier_year(phrase, doc) or _COUNTED_BACK.search(phrase)):
        return None
    label = kind.replace("_", " ")
    if kind in THING_KINDS:
        subject: tuple[str, ...] = (label,)
    else:
        person = _person(doc, index, sentence.start + match.start())
        if person is None:
            return None
        subject = (person, label)
    # A date of another sentence (the meeting's day) is no part of this claim's span.
    inside = start >= 0 and end <= len(text)
    begin = min(start, match.start()) if inside else match.start()
    stop = max(end, match.end()) if inside else match.end()
    return Found(
        fact="event.date",
        subject=subject,
        start=sentence.start + begin,
        end=sentence.start + stop,
        sentence=sentence,
        value_text=phrase,
        hedged=is_hedged(text[max(0, begin - 40) : stop]),
        tense=tense,
    )


def _occasion(
    doc: Document,
    index: int,
    kind: str,
    match: re.Match[str],
    dates: list[tuple[int, int, str]],
    owners: MeetingOwners,
) -> Found | None:
    """The claim of a visit's occasion (a state banquet): the pair's, dated in its clause.

    Its own date stands after its word ("hosted a state banquet for Varga and her husband on
    Tuesday evening"), before it in its clause ("Renn on Tuesday hosted"), or opening the
    sentence. "Later in the evening" or "in the afternoon" put it on the day told just
    before, else on the day the article gives its meeting; "after the talks" or a clock time
    too. Told ahead ("will host a state dinner on Tuesday") it is hedged.
    """
    sentence = doc.sentences[index]
    text = sentence.text
    if _DENIED.search(text[max(0, match.start() - 30) : match.start()]):
        return None  # "with no joint news conference planned"
    position = sentence.start + match.start()
    if kind in VISITOR_KINDS:
        visitor = _visitor(doc, index, position)
        pair: tuple[str, ...] | None = None if visitor is None else (visitor,)
    else:
        pair = _pair(doc, index, position, owners)
    if pair is None:
        return None
    tense = "past"
    dated = (
        _date_inside(text, match, dates)
        or _date_after(text, match, dates, guests=True)
        or _date_before(text, match, dates)
        or _date_opening(text, match, dates)
    )
    if dated is not None:
        if _told_ahead(text, match, dated[0]):
            tense = "future"
    elif _LATER_ON.search(text):
        before = day_told_before(doc, index)
        day = (before[2], "past") if before is not None else _story_day(doc, planned=True)
        if day is None:
            return None
        dated, tense = (-1, -1, day[0]), day[1]
    else:
        anchored = _meeting_anchor(doc, text, match, dates, planned=True)
        if anchored is None:
            return None
        dated, tense = anchored
    ahead = min(len(text), match.end() + _LEAD_REACH)
    if tense == "past" and dated[0] < 0 and _told_ahead(text, match, ahead):
        tense = "future"  # "Renn will host a banquet", "a ceremony will be held in the morning"
    start, end, phrase = dated
    inside = start >= 0
    begin = min(start, match.start()) if inside else match.start()
    stop = max(end, match.end()) if inside else match.end()
    return Found(
        fact="event.date",
        subject=(*pair, kind.replace("_", " ")),
        start=sentence.start + begin,
        end=sentence.start + stop,
        sentence=sentence,
        value_text=phrase,
        hedged=is_hedged(text[max(0, begin - 40) : stop]) or tense == "future",
        tense=tense,
    )


def _pair(
    doc: Document, index: int, position: int, owners: MeetingOwners
) -> tuple[str, ...] | None:
    """The two people whose occasion a sentence tells.

    The article's pair when the sentence names no one else; else the meeting the sentence
    tells, or the two it names.
    """
    named = {doc.canonical(m) for m in doc.people(index)}
    main = owners.main()
    if len(main) == 2 and named <= set(main):
        return main
    people = owners(index, position, True)  # a programme told ahead is of a planned meeting
    return tuple(sorted(people)) if len(people) == 2 else None


def _visitor(doc: Document, index: int, position: int) -> str | None:
    """Who attends a programme item of a visit.

    The article's visitor when the sentence names them, or no one, before the item's word;
    else the last person named before it.
    """
    visitor = main_visitor(doc)
    before = [doc.canonical(m) for m in doc.people(index) if m.start < position]
    if visitor is not None and (visitor in before or not before):
        return visitor
    return before[-1] if before else None


def _date_before(
    text: str, match: re.Match[str], dates: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A date shortly before the event word in its clause: "Renn on Tuesday hosted a banquet"."""
    for start, end, phrase in reversed(dates):
        if end > match.start():
            continue
        gap = text[end : match.start()]
        if len(gap) > _BEFORE_GAP or _BOUND.match(phrase) or not text[:start].strip():
            return None  # a date opening the sentence is _date_opening's to judge
        if _BARRIER.search(gap) or _REPORTED.search(gap):
            return None
        return start, end, phrase
    return None


def _remark(
    doc: Document,
    index: int,
    sentence: Sentence,
    match: re.Match[str],
    dates: list[tuple[int, int, str]],
) -> Found | None:
    """A recalled remark: dated by "a June incident in which" before it or "when he made it".

    A person makes remarks every day, so one is an event only when the story dates it as a
    past episode; the doer is the person named right before it, or the one "he" stands for.
    """
    text = sentence.text
    person: str | None = None
    dated = None
    for start, end, phrase in dates:
        if end <= match.start() and _episode_date(text, start, end, match.start()):
            dated = (start, end, phrase)
            person = _person(doc, index, sentence.start + match.start())
    made = _REMARK_MADE.search(text, match.end(), match.end() + _MAX_GAP + 40)
    if dated is None and made is not None and ";" not in text[match.end() : made.start()]:
        dated = next(((s, e, p) for s, e, p in dates if 0 <= s - made.end() <= 2), None)
        if dated is not None:
            # "he" stands for the person before this sentence, not one the remark is about.
            named = {
                doc.canonical(m)
                for m in doc.people(index)
                if m.start < sentence.start + made.start()
            }
            person = doc.antecedent(index, tuple(named))
    if dated is None or person is None:
        return None
    start, end, phrase = dated
    begin, stop = min(start, match.start()), max(end, match.end())
    return Found(
        fact="event.date",
        subject=(person, "remark"),
        start=sentence.start + begin,
        end=sentence.start + stop,
        sentence=sentence,
        value_text=phrase,
        hedged=False,
        tense="past",
    )


def _episode_date(text: str, start: int, end: int, remark: int) -> bool:
    """Tell whether a date dates the episode whose clause tells the remark at `remark`."""
    if _DATE_THEN_EPISODE.match(text[end:remark]):
        return True
    noun, link = _EPISODE_THEN_DATE
    return bool(noun.search(text[max(0, start - 20) : start]) and link.match(text[end:remark]))


def _meeting_anchor(
    doc: Document,
    text: str,
    match: re.Match[str],
    dates: list[tuple[int, int, str]],
    planned: bool = False,
) -> tuple[tuple[int, int, str], str] | None:
    """A date for an event its clause ties to the meeting the article reports, with its tense.

    "a statement released after their summit on Wednesday": the meeting word's own date.
    "After the talks, the two sides issued a statement", "to hold a news conference at 4
    pm": the day the article gives its meeting (a position of -1: another sentence's).
    """
    link = _after_meeting(text, match)
    if link is not None:
        for start, end, phrase in dates:
            gap = text[link:start]
            if start >= link and len(gap) <= _MAX_GAP // 4 and not _BARRIER.search(gap):
                return (start, end, phrase), "past"
    elif not _CLOCK.match(text, match.end()):
        return None
    day = _story_day(doc, planned)
    return None if day is None else ((-1, -1, day[0]), day[1])


def _after_meeting(text: str, match: re.Match[str]) -> int | None:
    """Where "after the meeting" ends when it stands in the event word's clause, else None."""
    for found in _AFTER_MEETING.finditer(text):
        if found.end() <= match.start():
            between = text[found.end() : match.start()]
            if len(between) <= _MAX_GAP and ";" not in between:
                return found.end()
        elif 0 <= found.start() - match.end() <= _MAX_GAP // 2:
            return found.end()
    return None


def _story_day(doc: Document, planned: bool = False) -> tuple[str, str] | None:
    """The date phrase (and tense) the article first gives the meeting it reports as held.

    A meeting only planned, or dated in a year before publication (an earlier meeting the
    article recalls), is not the one it reports; with `planned`, an article that reports
    none held gives the day of the first it tells as planned ("will hold talks today").
    """
    ahead: tuple[str, str] | None = None
    for claim in meeting_claims(doc):
        if claim.fact != "meeting.date" or not claim.value_text:
            continue
        if _earlier_year(claim.value_text, doc):
            continue
        if claim.hedged or claim.tense == "future":
            ahead = ahead or (claim.value_text, "future")
            continue
        return claim.value_text, claim.tense
    return ahead if planned else None


def _told_ahead(text: str, match: re.Match[str], date: int) -> bool:
    """Tell whether the words leading to an event and its date tell of it as still to come."""
    lead = " ".join(text[: match.start()].split()[-_LEAD_WORDS:])
    between = text[match.end() : date] if date > match.end() else ""
    return tense_of(f"{lead} {between}", "") == "future"


def _date_after(
    text: str,
    match: re.Match[str],
    dates: list[tuple[int, int, str]],
    content: re.Pattern[str] | None = None,
    *,
    about: bool = False,
    guests: bool = False,
) -> tuple[int, int, str] | None:
    """The first date phrase after the event word in the same clause.

    `content` finds the words that start what the event said or decided ("ruled that ..."):
    a date after them is no date of the event. An event that names what it was about
    (`about`) may do so at length before its date ("ruled on the long-running dispute over
    fishing rights in the delta in May"), but a participle right before the date dates
    another thing ("talks on the treaty signed in 1990"). With `guests`, "and" joining a
    guest's company ("for Varga and her husband on Tuesday") starts no other clause.
    """
    reach = _ABOUT_GAP if about else _MAX_GAP
    for start, end, phrase in dates:
        if _BOUND.match(phrase):
            continue
        gap = text[match.end() : start]
        if 0 <= len(gap) <= reach and start >= match.end():
            if guests:
                gap = _GUEST_JOIN.sub(" ", gap)
            if _BARRIER.search(gap) or (content is not None and content.search(gap)):
                return None
            if about and gap.strip() and _PARTICIPLE.search(gap):
                return None
            return start, end, phrase
    return None


def _date_inside(
    text: str, match: re.Match[str], dates: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A date within the event's own words: "the court's December 1, 2030 judgment".

    A year alone is no date phrase by itself, but is one there: "the tribunal's 2027 ruling".
    """
    for start, end, phrase in dates:
        if match.start() <= start and end <= match.end() and not _BOUND.match(phrase):
            return start, end, phrase
    year = _YEAR.search(text, match.start(), match.end())
    return (year.start(), year.end(), year.group()) if year else None


def _date_opening(
    text: str, match: re.Match[str], dates: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A date opening the sentence whose first clause tells the event: "In 2029 the court ruled".

    "In 2019, Ilse Varga was elected president" too. A comma may follow the date; any other
    barrier between it and the event word ("In May, Velm said the court ruled") leaves the
    event undated.
    """
    for start, end, phrase in dates[:1]:
        gap = text[end : match.start()].removeprefix(",")
        if text[:start].strip() or _BOUND.match(phrase) or len(gap) > _MAX_GAP:
            return None
        if _BARRIER.search(gap) or _REPORTED.search(gap):
            return None
        return start, end, phrase
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
    return _after_opener(doc, index, position)


def _after_opener(doc: Document, index: int, position: int) -> str | None:
    """The subject of the clause after an opening phrase the event word stands in.

    "Speaking at a news conference on Friday, Varga said ...": the opener tells what the
    main clause's subject did, and that subject is the first person named after its comma.
    """
    sentence = doc.sentences[index]
    if not _OPENER.match(sentence.text):
        return None
    comma = sentence.text.find(",", position - sentence.start)
    if comma < 0:
        return None
    after = sentence.start + comma
    named = [m for m in doc.people(index) if after < m.start <= after + _OPENER_REACH]
    return doc.canonical(named[0]) if named else None
