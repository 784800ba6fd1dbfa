"""Find plans: visits someone is expected, likely or invited to make, and meetings to come.

A plan is told for later than its article ("is likely to return to Velm next week", "X has
invited Y to come to Kestria later this year", "that person will meet Z"). Its claims are
hedged: they say what may happen, so they never confirm or contradict a report that it did.

- A planned visit dated by a week, a month or a year is a visit.planned claim: it gives no
  first day. Dated by one day ("will travel to Velm on Monday") it is the visit's first day,
  a hedged visit.dates claim, unless extract/visits.py already reads that sentence's visit;
  after an arrival the article tells as done, extract/legs.py makes it the next leg, a plan.
- A meeting planned with someone nobody can name yet ("once a successor is named, that person
  will meet Z") is a hedged meeting.date claim about the one person named, dated or not:
  extract/interactions.py reads meetings of two named people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from consistency.extract.cues import any_word, guard
from consistency.extract.document import Document, Found
from consistency.extract.mentions import Mention
from consistency.extract.timex import date_phrases, names_a_day
from consistency.extract.visits import sentence_visit_spans
from consistency.vocabulary import group

_LEADS = group("plans", "leads").alternation
_TRAVEL = group("plans", "travel_verbs").alternation
_MEET = group("plans", "meeting_verbs").alternation
_INVITE = group("plans", "invite_verbs").pattern
_UNNAMED = group("plans", "unnamed_people").pattern
_CLAUSE_BREAKS = group("visits", "clause_breaks").pattern
# "By next month", "since May": a bound, not the day a plan is for.
_BOUND_LEAD = re.compile(rf"^(?:{group('plans', 'bounds').alternation})\b", re.IGNORECASE)

# A lead, then a verb of travel whose place is a name: "is likely to return to Velm".
_PLANNED_VISIT = guard(
    rf"(?<![\w-])(?P<lead>{_LEADS})\s+(?P<verb>{_TRAVEL})\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "... to come to Kestria": the verb an invitation asks its guest to do.
_INVITED_TO = re.compile(
    rf"(?<![\w-])to\s+(?P<verb>{_TRAVEL})\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE
)
_PLANNED_MEETING = guard(rf"(?<![\w-])(?P<lead>{_LEADS})\s+(?P<verb>{_MEET})(?![\w-])", re.I)
_CUE = any_word(("will", "to"), ignore_case=True)
# A date this far after its verb, in the verb's clause, dates the plan.
_DATE_REACH = 80
# Marks that end a verb's clause before a date: the date is another clause's.
_CLAUSE_END = re.compile(
    rf"[;:]|,\s+(?:{group('plans', 'clause_conjunctions').alternation})\b", re.IGNORECASE
)
# An appositive between a name and its verb: "Fenn, the defence minister, will ...".
_APPOSITIVE = re.compile(r"^,[^,]{1,80},\s*$")
# "..., and will then fly to Riga": the plan shares the subject the sentence opens on (at
# most this far in: "Foreign Minister Adaeze Okafor").
_SHARED = re.compile(rf"\s(?:{group('plans', 'shared_subject').alternation})\s+$", re.I)
_OPENING_REACH = 40
# How far an invitation's guest may stand from "to come to ...", with a dash aside between.
_INVITE_REACH = 160


@dataclass(frozen=True, slots=True)
class _Plan:
    """One plan in a sentence: its verb, its person (a mention) and its date phrase."""

    fact: str
    person: str
    start: int
    end: int
    date: tuple[int, int, str] | None


def plan_claims(doc: Document) -> Iterator[Found]:
    """Every planned visit and every meeting planned with someone not named yet."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if not _CUE(text) or text.rstrip().endswith("?"):
            continue
        for plan in _sentence_plans(doc, index):
            start, end = plan.start, plan.end
            if plan.date is not None:
                start, end = min(start, plan.date[0]), max(end, plan.date[1])
            yield Found(
                fact=plan.fact,
                subject=(plan.person,),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=_value_text(plan, text),
                hedged=True,
                tense="future",
            )


def _value_text(plan: _Plan, text: str) -> str:
    """The phrase a plan's value is read from: the date, for a visit with the verb before it."""
    if plan.date is None:
        return ""
    if plan.fact == "visit.dates":
        return text[min(plan.start, plan.date[0]) : max(plan.end, plan.date[1])]
    return plan.date[2]


def _sentence_plans(doc: Document, index: int) -> Iterator[_Plan]:
    """The plans one sentence tells."""
    text = doc.sentences[index].text
    dates = [d for d in date_phrases(text) if not _BOUND_LEAD.match(d[2])]
    yield from _visits(doc, index, dates)
    yield from _meetings(doc, index, dates)


def _visits(doc: Document, index: int, dates: list[tuple[int, int, str]]) -> Iterator[_Plan]:
    """Planned visits: a person, a lead and a verb of travel, or an invitation's guest."""
    text = doc.sentences[index].text
    taken = sentence_visit_spans(text)
    found: list[tuple[str, int, int]] = []
    for match in _PLANNED_VISIT.finditer(text):
        person = _subject_of(doc, index, match.start())
        if person is not None:
            found.append((person, match.start(), match.end("verb")))
    for person, start, end in _invitations(doc, index):
        found.append((person, start, end))
    for person, start, end in found:
        date = _date_of(text, dates, start, end)
        if date is None:
            continue  # a plan with no date says nothing to check
        if any(s < end and start < e for s, e in taken):
            continue  # extract/visits.py reads this visit already
        fact = "visit.dates" if names_a_day(date[2]) else "visit.planned"
        yield _Plan(fact, person, start, end, date)


def _invitations(doc: Document, index: int) -> Iterator[tuple[str, int, int]]:
    """Guests of "X invited Y to come to Z": the guest, and the invitation's span."""
    text = doc.sentences[index].text
    at = doc.sentences[index].start
    for invite in _INVITE.finditer(text):
        going = _INVITED_TO.search(text, invite.end(), invite.end() + _INVITE_REACH)
        if going is None:
            continue
        guests = [
            m
            for m in doc.people(index)
            if invite.end() <= m.start - at and m.end - at <= going.start()
        ]
        if guests:
            yield doc.canonical(guests[0]), invite.start(), going.end("verb")


def _meetings(doc: Document, index: int, dates: list[tuple[int, int, str]]) -> Iterator[_Plan]:
    """Meetings planned between a named person and someone not named yet."""
    text = doc.sentences[index].text
    at = doc.sentences[index].start
    mentions = doc.people(index)
    for match in _PLANNED_MEETING.finditer(text):
        before = text[: match.start()]
        after = text[match.end() :]
        unnamed_before = _last_unnamed(before)
        person: Mention | None = None
        if unnamed_before is not None:
            # "that person will meet Z": Z is the first name after the verb.
            following = [m for m in mentions if m.start - at >= match.end()]
            if following and following[0].start - at - match.end() <= 60:
                person = following[0]
        else:
            unnamed_after = _UNNAMED.match(after.lstrip())
            subject = _subject_mention(doc, index, match.start())
            if unnamed_after is not None and subject is not None:
                person = subject
        if person is None or _named_other(doc, index, person, match.end()):
            continue
        end = max(match.end(), person.end - at)
        date = _date_of(text, dates, match.start(), end)
        start = min(match.start(), person.start - at)
        if unnamed_before is not None:
            start = min(start, unnamed_before.start())
        yield _Plan("meeting.date", doc.canonical(person), start, end, date)


def _last_unnamed(before: str) -> re.Match[str] | None:
    """The unnamed person a verb's clause ends on ("..., that person" before "will meet")."""
    last = None
    for match in _UNNAMED.finditer(before):
        last = match
    return last if last is not None and not before[last.end() :].strip() else None


def _named_other(doc: Document, index: int, person: Mention, verb_end: int) -> bool:
    """Tell whether the meeting's other side is named after all (a pair, for interactions)."""
    at = doc.sentences[index].start
    others = {doc.canonical(m) for m in doc.people(index) if m.start - at >= verb_end}
    others.discard(doc.canonical(person))
    return bool(others)


def _subject_mention(doc: Document, index: int, lead: int) -> Mention | None:
    """The person right before a lead: only spaces or an appositive between them."""
    at = doc.sentences[index].start
    text = doc.sentences[index].text
    before = [m for m in doc.people(index) if m.end - at <= lead]
    if not before:
        return None
    last = before[-1]
    between = text[last.end - at : lead]
    if between.strip() and not _APPOSITIVE.match(between):
        return None
    return last


def _subject_of(doc: Document, index: int, lead: int) -> str | None:
    """Who plans: the name right before the lead, or the person a he/she right there means."""
    mention = _subject_mention(doc, index, lead)
    if mention is not None:
        return doc.canonical(mention)
    at = doc.sentences[index].start
    pronoun = doc.pronoun_before(index, at + lead)
    if pronoun is not None and not doc.body[pronoun : at + lead].split()[1:]:
        return doc.antecedent(index, ())
    return _shared_subject(doc, index, lead)


def _shared_subject(doc: Document, index: int, lead: int) -> str | None:
    """The person a sentence opens on, when the plan joins what they did first by "and"."""
    text = doc.sentences[index].text
    if not _SHARED.search(text, 0, lead):
        return None
    at = doc.sentences[index].start
    people = doc.people(index)
    if not people or people[0].start - at > _OPENING_REACH:
        return None
    return doc.canonical(people[0])


def _date_of(
    text: str, dates: list[tuple[int, int, str]], start: int, end: int
) -> tuple[int, int, str] | None:
    """The date of a plan: the first in its clause after the verb, else one opening the sentence."""
    for date in dates:
        if date[0] < end or date[0] - end > _DATE_REACH:
            continue
        between = text[end : date[0]]
        if _CLAUSE_END.search(between) or _CLAUSE_BREAKS.search(between):
            return None
        return date
    opening = [d for d in dates if not text[: d[0]].strip() and d[1] <= start]
    if opening and re.fullmatch(r"\s*,.*", text[opening[0][1] : start], re.DOTALL):
        return opening[0]
    return None
