"""Find visits: when a visit began and ended, and visits that were planned and called off."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from consistency.extract.cues import any_word, guard
from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.timex import date_phrases, names_a_day
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

_ARRIVAL_VERBS = group("visits", "arrival_verbs")
_HOMEWARD = group("visits", "homeward")
_DEPARTURE = group("visits", "departure_verbs")
_SETTING_OUT = group("visits", "setting_out_verbs")
_TRIP = group("visits", "trip_verbs")
_RETURNS = group("visits", "returns")
# A plan's lead right before a verb ("is likely to return to"): the plan is plans.py's.
_PLAN_LEAD = re.compile(rf"\b(?:{group('plans', 'leads').alternation})\s+$", re.IGNORECASE)
_LEAVING_FOR = group("visits", "leaving_for").pattern
_PURPOSE = group("visits", "trip_purposes").pattern
# How far after a verb of leaving what the trip is for may stand ("left Velm by air on 5 June
# to attend the talks").
_PURPOSE_REACH = 60
_OTHER_DAYS = group("visits", "other_days").pattern
# How far past a matched lead ("due to travel") a way onward ("on to") may reach.
_ONWARD_TAIL = 8
_ARRIVAL_PLACES = group("visits", "arrival_places").pattern
_CLAUSE_BREAKS = group("visits", "clause_breaks").pattern
# Dates that start with these words bound a span ("since 2018"), not a day of the visit.
_BOUND_LEAD = re.compile(r"^(?:since|by)\b", re.IGNORECASE)

_VISIT_WORD = r"(?:visit|trip|tour|journey)"
# Words that date the start, the end, or a numbered day of a visit.
_BOUNDARY = guard(
    rf"\b(?:{_SETTING_OUT.alternation}|{_ARRIVAL_VERBS.alternation}|{_HOMEWARD.alternation}|"
    r"landed|arrived|arrives|arrive|arriving|kicked off|began|begins|started|starts|"
    rf"{_DEPARTURE.alternation}|"
    r"(?:scheduled|due|expected|set) to (?:visit|arrive|travel)|"
    rf"{_TRIP.alternation}|{_RETURNS.alternation}|"
    rf"(?:first|second|third|fourth|fifth|final|last)(?:\s+and\s+(?:final|last))?\s+day\s+of\s+"
    rf"(?:his|her|their|the|an?)\s+(?:[\w-]+-day\s+)?(?:state\s+|official\s+)?{_VISIT_WORD})\b",
)
_PLAN = re.compile(
    r"\b(?:originally (?:due|scheduled|planned|set)|previously planned|initially planned|"
    r"first planned|was planned|were planned|had planned|initial (?:trip|visit)|"
    r"planned (?:trip|visit)|postponed|cancell?ed|called off)\b",
)
# Each of _PLAN's forms holds one of these words, in its case.
# Each of _BOUNDARY's forms holds one of these words, in its case.
_BOUNDARY_CUE = any_word(
    (
        *("landed", "arriv", "kicked off", "began", "begins", "start", "conclude", "end"),
        *("wrapped up", "depart", "left", "leaves", "flew home", "to visit", "to arrive"),
        *("travel", "flies to", "flew to", "day", "back", "home", "on to", "out", "set off"),
        "return",
        *_ARRIVAL_VERBS.entries,
    )
)
_PLAN_CUE = any_word(("planned", "originally", "initial", "postponed", "cancel", "called off"))
_VISIT = guard(rf"\b{_VISIT_WORD}s?\b|\bvisited\b|\btravel", re.IGNORECASE)
# What a visitor does right after their name ("Varga arrived", "Renn is due to visit").
_VISITOR_AFTER = guard(
    rf"^(?:['’]s\s+(?:\w+\s+){{0,2}}{_VISIT_WORD}|\s+(?:\w+\s+){{0,3}}?(?:landed|arrived|"
    rf"visited|visits|travell?ed|flew|(?:scheduled|due|expected|set) to (?:visit|travel|arrive)))",
)
# "Her deputy", "the Norlandic delegation" right before a verb of travel (a few words between).
_OTHER_TRAVELLER = re.compile(
    rf"\b(?:{group('visits', 'traveller_determiners').alternation})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{group('visits', 'other_travellers').alternation})\s+(?:[a-z]+\s+){{0,3}}$",
    re.IGNORECASE,
)
# "Okafor and her delegation": the others travel with a named person.
_COMPANIONS = re.compile(
    rf"\b(?:{group('visits', 'traveller_companions').alternation}),?\s+$", re.IGNORECASE
)
_CAPITALISED = re.compile(r"(?-i:[A-Z])[\w'’-]+")
_APPOSITION = re.compile(r"^,[^,.;]{1,60},")
_VISITOR_BEFORE = guard(rf"{_VISIT_WORD} (?:by|of) (?:\S+\s+){{0,5}}$")
_REACH = 40
# A plan is dated by its month; a date phrase before a verb counts only this close to it.
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_BEFORE_REACH = 30
_LENGTH = guard(rf"\b[\w]+-day\s+{_VISIT_WORD}\b")
# "Arrived on Monday for a two-day visit": a length this close after the date is the visit's.
_LENGTH_AFTER_REACH = 30
# A sentence that opens on these words names its visitor earlier in the article.
_REFERRING_OPENING = re.compile(r"^\W*(?:His|Her|Their|The|A|An|This|That|It|He|She)\b")


def visit_claims(doc: Document) -> Iterator[Found]:
    """Every visit.dates and visit.planned claim in an article."""
    visitor = main_visitor(doc)
    for index, sentence in enumerate(doc.sentences):
        for claim in _text_visits(sentence.text):
            other = _OTHER_TRAVELLER.search(sentence.text, 0, claim.verb)
            if other and not _COMPANIONS.search(sentence.text, 0, other.start()):
                continue  # "Her deputy flew in on Tuesday": not the visitor's trip
            person = _visitor_of(doc, index, sentence.start + claim.verb, visitor)
            if person is not None:
                yield Found(
                    fact=claim.fact,
                    subject=(person,),
                    start=sentence.start + claim.start,
                    end=sentence.start + claim.end,
                    sentence=sentence,
                    value_text=claim.value_text,
                    hedged=claim.hedged,
                    tense=claim.tense,
                )


@dataclass(frozen=True, slots=True)
class _Visit:
    """A visit claim of a sentence text before its visitor is known (offsets within it)."""

    fact: str
    #: Where the verb stands that the visitor is found before.
    verb: int
    start: int
    end: int
    value_text: str
    hedged: bool
    tense: str


# All but the visitor depends on the sentence text alone, and wire copy repeats sentences.
@corpus_cache(maxsize=1 << 15)
def _text_visits(text: str) -> tuple[_Visit, ...]:
    """The visit claims of a sentence text: its arrivals and departures, then its plans."""
    if text.rstrip().endswith("?"):
        return ()
    found: list[_Visit] = []
    if _BOUNDARY_CUE(text):
        found += _boundaries(text)
    if _SPAN_CUE(text):
        found += _spans(text)
    if _PLAN_CUE(text):
        found += _plans(text)
    return tuple(found)


def sentence_visit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the visit claims of a sentence text stand (offsets within it), whoever visits."""
    return tuple((visit.start, visit.end) for visit in _text_visits(text))


def main_visitor(doc: Document, through_apposition: bool = False) -> str | None:
    """The person the article shows visiting: named next to visit words most often."""
    votes: Counter[str] = Counter()
    for index in range(len(doc.mentions)):
        votes.update(sentence_visitors(doc, index, through_apposition))
    return votes.most_common(1)[0][0] if votes else None


def sentence_visitors(doc: Document, index: int, through_apposition: bool = False) -> list[str]:
    """The people a sentence shows visiting ("Varga arrived", "the visit by Varga"), in order.

    `through_apposition` also reads the verb after a name's apposition ("Varga, Norland's
    foreign minister, arrived").
    """
    found = []
    for mention in doc.mentions[index]:
        after = doc.body[mention.end : mention.end + 2 * _REACH]
        if through_apposition:
            after = _APPOSITION.sub("", after)
        after = after[:_REACH]
        before = doc.body[max(0, mention.start - _REACH) : mention.start]
        if _VISITOR_AFTER.match(after) or _VISITOR_BEFORE.search(before):
            found.append(doc.canonical(mention))
    return found


def _boundaries(text: str) -> Iterator[_Visit]:
    """Arrival, departure and numbered-day claims of one sentence text."""
    boundaries = list(_BOUNDARY.finditer(text))
    if not boundaries:
        return
    dates = [d for d in date_phrases(text) if not _BOUND_LEAD.match(d[2])]
    planned = _PLAN_CUE(text) and _PLAN.search(text) is not None
    for match in boundaries:
        if "day of" not in match.group() and not _about_a_visit(text, match):
            continue
        if planned and " to " in match.group():
            continue  # "was originally due to visit in February" is a plan, not the visit
        if _RETURNS.pattern.match(text, match.start()) and _PLAN_LEAD.search(
            text, 0, match.start()
        ):
            continue  # "will return to Velm": extract/plans.py reads plans, negated or not
        own = [
            d
            for d in map(lambda d: _after_verb(text, match, d), dates)
            if not _CLAUSE_BREAKS.search(_between(text, match, d))
        ]
        phrase = _nearest_after(own, match.end()) or _nearest_before(own, match.start())
        if phrase is None:
            relative = _RELATIVE.match(text, match.end())
            if relative is not None and "day of" not in match.group():
                yield _relative_visit(text, match, relative)
            continue
        if _told_by_another_day(text, match, phrase):
            continue
        clause = text[: match.start()]
        lead = " ".join(clause.split()[-6:]) + " " + match.group()
        length = _length_before(text, match.start())
        start = min(match.start(), phrase[0], length if length is not None else match.start())
        end = max(match.end(), phrase[1], _length_after(text, phrase[1]) or 0)
        purpose = (
            _purpose_after(text, match.end())
            if _DEPARTURE.pattern.fullmatch(match.group())
            else None
        )
        if purpose is not None:
            end = max(end, purpose)  # the claim shows what the visitor set out for
        # "Is expected to travel to X next month": a plan dated by no one day gives no first
        # day of a visit; it is a planned visit, dated by its week, month or year.
        planned_for = " to " in f"{match.group()} " and not names_a_day(phrase[2])
        # "Flew home on Wednesday", "left on Friday": the day the visitor left, with no length
        # to count the visit back from, is the departure, its own fact beside the arrival.
        departure = not planned_for and _departs(text, match, text[start:end])
        if departure and not names_a_day(phrase[2]):
            continue  # "flew out of Velm in April": an envoy leaving a post, not a visit's day
        # The verb's own word decides a tense the clause does not: "travels to" is present.
        tense = tense_of(lead, match.group().split()[0])
        yield _Visit(
            fact="visit.departure"
            if departure
            else "visit.planned"
            if planned_for
            else "visit.dates",
            verb=match.start(),
            start=start,
            end=end,
            value_text=phrase[2] if planned_for or departure else text[start:end],
            # A dated trip in the present ("flies back on Wednesday") or the future ("will fly
            # to Oslo on Saturday") is told before it happened: hedged, as "is due to" is.
            hedged=is_hedged(lead) or tense in ("present", "future"),
            tense=tense,
        )


# "Arrived (in Velm) on the same day as Okafor": a day told by another person's visit. The
# place between, if any, is a capitalised name after at most one preposition.
_RELATIVE = re.compile(
    r"(?:\s+(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?\s+"
    rf"(?:{group('visits', 'relative_to_person').alternation})\s+"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}",
    re.IGNORECASE,
)


def _relative_visit(text: str, match: re.Match[str], relative: re.Match[str]) -> _Visit:
    """A boundary dated by another person's: its value is read through theirs when normalised."""
    lead = " ".join(text[: match.start()].split()[-6:]) + " " + match.group()
    told = text[match.start() : relative.end()]
    return _Visit(
        # "Left a day after Brekke": a departure, dated through Brekke's (normalise/relative).
        fact="visit.departure" if _departs(text, match, told) else "visit.dates",
        verb=match.start(),
        start=match.start(),
        end=relative.end(),
        value_text=text[match.start() : relative.end()],
        hedged=is_hedged(lead),
        tense=tense_of(lead, match.group().split()[0]),
    )


# "On a state visit on March 20-22", "the visit from 3 to 5 May": a visit word, then a span.
_SPAN_CUE = any_word(("-", "–", " to ", " and ", " through "))
_DAY_SPAN = re.compile(r"\d\s*(?:-|–|\s(?:to|and|through)\s)\s*\d")
_VISIT_BEFORE_SPAN = guard(rf"\b{_VISIT_WORD}\b[^.;,:]{{0,30}}$")


def _spans(text: str) -> Iterator[_Visit]:
    """Visits dated by a span of days right after the visit word: both ends of the visit."""
    for start, end, phrase in date_phrases(text):
        if not _DAY_SPAN.search(phrase):
            continue
        visit = _VISIT_BEFORE_SPAN.search(text, max(0, start - 40), start)
        if visit is None:
            continue
        lead = " ".join(text[: visit.start()].split()[-6:])
        yield _Visit(
            fact="visit.dates",
            verb=visit.start(),
            start=visit.start(),
            end=end,
            value_text=text[visit.start() : end],
            hedged=is_hedged(lead),
            tense=tense_of(lead, ""),
        )


def sets_out(text: str) -> bool:
    """Tell whether a visit phrase tells the visitor setting out from home, the visit's start.

    "Flew out on Wednesday", "set off for Velm", "left Velm on Monday to attend the talks":
    the visitor arrives that day or the next (normalise reads the start as those two days).
    """
    leaving = _DEPARTURE.pattern.search(text)
    return _SETTING_OUT.pattern.search(text) is not None or (
        leaving is not None and _purpose_after(text, leaving.end()) is not None
    )


def _purpose_after(text: str, position: int) -> int | None:
    """The end of what a trip is for ("to attend the talks"), in the clause after a position."""
    purpose = _PURPOSE.search(text, position, position + _PURPOSE_REACH)
    if purpose is None or _CLAUSE_BREAKS.search(text, position, purpose.start()):
        return None
    if re.search(r"[,;:]", text[position : purpose.start()]):
        return None
    return purpose.end()


def _departs(text: str, match: re.Match[str], claim: str) -> bool:
    """Tell whether a boundary claim dates only the visitor's leaving: no length, no day of."""
    verb = match.group()
    # "Is due to travel on to Riga": the way onward begins inside the matched lead.
    onward = _HOMEWARD.pattern.search(text, match.start(), match.end() + _ONWARD_TAIL)
    leaving = _DEPARTURE.pattern.fullmatch(verb) or onward
    return leaving is not None and _LENGTH.search(claim) is None and not sets_out(claim)


def _told_by_another_day(text: str, match: re.Match[str], phrase: tuple[int, int, str]) -> bool:
    """Tell whether a boundary is dated by another event ("flew back the same day")."""
    other = _OTHER_DAYS.match(text, _next_word(text, match.end()))
    return other is not None and (phrase[0] < match.start() or other.start() < phrase[0])


def _named_place_after(text: str, position: int) -> bool:
    """Tell whether a place's name follows ("left Tallinn"), not a day's ("left Monday").

    extract/legs.py keeps such a departure only where the person's visit names that place.
    """
    name = _CAPITALISED.match(text, _next_word(text, position))
    return name is not None and not any(
        start <= name.start() < end for start, end, _ in date_phrases(text)
    )


def mentions_a_visit(text: str) -> bool:
    """Tell whether a text speaks of a visit, a trip or travel."""
    return _VISIT.search(text) is not None


def _next_word(text: str, position: int) -> int:
    """Where the text goes on after the spaces at a position."""
    return position + len(text[position:]) - len(text[position:].lstrip())


def _after_verb(
    text: str, match: re.Match[str], phrase: tuple[int, int, str]
) -> tuple[int, int, str]:
    """A date phrase that took the verb's last word ("fly in" + "in on Wednesday") cut after it."""
    if not match.start() < phrase[0] < match.end() < phrase[1]:
        return phrase
    start = _next_word(text, match.end())
    return start, phrase[1], text[start : phrase[1]]


def _between(text: str, match: re.Match[str], phrase: tuple[int, int, str]) -> str:
    """The text between a boundary word and a date phrase, on either side of it."""
    if phrase[0] >= match.end():
        return text[match.end() : phrase[0]]
    return text[phrase[1] : match.start()]


def _length_before(text: str, position: int) -> int | None:
    """Start of a "two-day trip" phrase shortly before a boundary word, if there is one."""
    window_start = max(0, position - _REACH)
    match = _LENGTH.search(text, window_start, position)
    return match.start() if match else None


def _length_after(text: str, position: int) -> int | None:
    """End of a "for a two-day visit" phrase right after a date, if there is one."""
    match = _LENGTH.search(text, position, position + _LENGTH_AFTER_REACH)
    return match.end() if match else None


def _about_a_visit(text: str, match: re.Match[str]) -> bool:
    """Tell whether an arrival or ending word is about a visit, not a meeting or a war."""
    if re.match(r"(?:scheduled|due|expected|set)", match.group()):
        return True
    if _RETURNS.pattern.match(text, match.start()) or any(
        g.pattern.fullmatch(match.group()) for g in (_HOMEWARD, _SETTING_OUT)
    ):
        return True  # "flew back", "set off for": the way there or home is a visit's, said or not
    if _DEPARTURE.pattern.fullmatch(match.group()) and _purpose_after(text, match.end()):
        return True  # "left Velm on Monday to attend the talks": setting out for a visit
    if _DEPARTURE.pattern.fullmatch(match.group()) and (
        _ARRIVAL_PLACES.match(text, _next_word(text, match.end()))
        or _LEAVING_FOR.match(text, _next_word(text, match.end()))
        or _named_place_after(text, match.end())
    ):
        # "The plane left Corvath's airport", "left for Oslo": a visitor's leaving, said or not.
        return True
    if (
        _ARRIVAL_VERBS.pattern.match(match.group())
        or _TRIP.pattern.fullmatch(match.group())
        or re.match(r"(?:landed|arrived|arrives|arrive|arriving|travel|flies|flew)", match.group())
    ):
        # "arrived in Port Callis" is the visit; "arrives at Admiralty House" is one meeting,
        # but "landed at Corvath International Airport" is the visit again.
        at = re.match(r"\s+at\s+", text[match.end() :])
        return at is None or _ARRIVAL_PLACES.match(text, match.end() + at.end()) is not None
    return _VISIT.search(text[max(0, match.start() - 60) : match.end() + 60]) is not None


def _plans(text: str) -> Iterator[_Visit]:
    """Claims that a visit was planned for a month and then postponed or cancelled."""
    plan = _PLAN.search(text)
    if plan is None or not _VISIT.search(text):
        return
    dates = [d for d in date_phrases(text) if _MONTH.search(d[2])]
    phrase = _nearest_after(dates, plan.start()) or _nearest_before(dates, plan.start())
    if phrase is None:
        return
    start, end = min(plan.start(), phrase[0]), max(plan.end(), phrase[1])
    yield _Visit(
        fact="visit.planned",
        verb=plan.start(),
        start=start,
        end=end,
        value_text=phrase[2],
        hedged=False,
        tense="past",
    )


def _visitor_of(doc: Document, index: int, position: int, visitor: str | None) -> str | None:
    """Who visits: the name right before the verb, the article's visitor, or a pronoun's."""
    mentions = doc.mentions[index]
    # A name closed off by a comma is an aside's ("Varga, who met Renn on Tuesday, left"):
    # the verb after the comma is not its.
    close = [
        m for m in mentions if 0 <= position - m.end <= 25 and "," not in doc.body[m.end : position]
    ]
    if close:
        return doc.canonical(close[-1])
    names = {doc.canonical(m) for m in mentions}
    if visitor is not None and (visitor in names or not names):
        return visitor
    before = [m for m in mentions if m.end <= position]
    if before:
        return doc.canonical(before[0])
    if doc.pronoun_before(index, position):
        return doc.antecedent(index, ())
    if visitor is None and not mentions and _REFERRING_OPENING.match(doc.sentences[index].text):
        # "His two-day visit, which began ...", "A trip planned for May ...": the visitor is
        # the person the article was just on. A sentence that opens on a name it did not
        # know as a person ("Renn arrived ...") is not guessed at.
        return doc.antecedent(index, ())
    return visitor


def _nearest_after(dates: list[tuple[int, int, str]], position: int) -> tuple[int, int, str] | None:
    """The first date phrase at or after a position."""
    after = [d for d in dates if d[0] >= position]
    return min(after) if after else None


def _nearest_before(
    dates: list[tuple[int, int, str]], position: int
) -> tuple[int, int, str] | None:
    """The last date phrase before a position."""
    before = [d for d in dates if d[1] <= position and position - d[1] <= _BEFORE_REACH]
    return max(before) if before else None
