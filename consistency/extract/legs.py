"""The legs of a visitor's journey in one article: this visit, and the trips still to come.

extract/visits.py and extract/plans.py read each sentence alone: a dated trip still to come
("will fly to Oslo on Saturday", "is due to arrive in Riga on Saturday") is to them the first
day of a visit. In an article that has already told the visitor's arrival, or that says the
trip is onward ("is due to travel on to Riga", "will then fly to Oslo"), it is not this visit's
start but the next leg: a planned visit, hedged (visit.planned, dated by its day). The way
onward also ends this visit, as its departure says.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from consistency.extract.document import Document, Found
from consistency.extract.plans import plan_claims
from consistency.extract.timex import date_phrases, names_a_day
from consistency.extract.visits import mentions_a_visit, visit_claims
from consistency.vocabulary import group

_ONWARD = group("visits", "onward").pattern
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
# The place a claim's visitor goes back to, and the places a visit claim names.
_RETURN_TO = re.compile(
    rf"(?:{group('visits', 'returns').alternation})\s+(?:the\s+)?(?P<place>{_NAME})"
)
_LEFT = re.compile(rf"\b(?:{group('visits', 'plain_leaving').alternation})\s+(?P<place>{_NAME})")
_AIRPORT = group("visits", "arrival_places").pattern
_PLACE = re.compile(
    rf"\b(?:{group('visits', 'place_prepositions').alternation})\s+(?:the\s+)?({_NAME})"
)
# Tenses of a trip told before it happened.
_TO_COME = frozenset({"future", "present"})
# How far before a trip's claim a word that makes it onward may stand ("will then fly to").
_ONWARD_REACH = 16


def leg_claims(doc: Document) -> Iterator[Found]:
    """Every visit and plan claim of an article; a trip to come after an arrival is a plan."""
    claims = _returns_read([*visit_claims(doc), *plan_claims(doc)], doc)
    visits = [c for c in claims if c.fact == "visit.dates"]
    arrived = {c.subject for c in visits if not c.hedged and c.tense == "past"}
    for claim in claims:
        # "Will then fly to Oslo": the word that makes it onward may stand before the verb.
        since = max(claim.sentence.start, claim.start - _ONWARD_REACH)
        onward = _ONWARD.search(doc.body, since, claim.end) is not None
        to_come = claim.hedged and claim.tense in _TO_COME
        if claim.fact == "visit.dates" and to_come and (onward or claim.subject in arrived):
            yield _planned(claim)
            continue
        yield claim
        if claim.fact == "visit.departure" and to_come and onward:
            yield _planned(claim)  # "is due to travel on to Riga on Saturday": both


def _planned(claim: Found) -> Found:
    """The claim as a planned visit dated by its day: a trip told before it happened."""
    return dataclasses.replace(claim, fact="visit.planned", value_text=_day_of(claim))


def _returns_read(claims: list[Found], doc: Document) -> list[Found]:
    """Each "return to X on <day>" read by the person's other visits: home, back, or unknown.

    Returning to a place other than the one the person's visit claims name is the way home, a
    departure; to the same place, a new visit (kept); with no place visited named, or no day,
    nothing an editor could date (dropped).
    """
    returns = [c for c in claims if c.fact == "visit.dates" and _returned_to(doc, c)]
    leaving = [c for c in claims if c.fact == "visit.departure" and _left(doc, c)]
    if not returns and not leaving:
        return claims
    read = []
    for claim in claims:
        if claim not in returns and claim not in leaving:
            read.append(claim)
            continue
        visited = _visited(doc, claim, claims, [*returns, *leaving])
        if claim in leaving:
            # "Left Tallinn on Friday": the place visited is left; home, or an unknown place
            # with no visit spoken of, is not this visit's end.
            place = _left(doc, claim)
            if place in visited or (not visited and mentions_a_visit(claim.sentence.text)):
                read.append(claim)
            continue
        place = _returned_to(doc, claim)
        if place in visited:
            read.append(claim)  # "returned to Tallinn on Friday for a second round"
        elif visited and names_a_day(_day_of(claim)):
            read.append(
                dataclasses.replace(claim, fact="visit.departure", value_text=_day_of(claim))
            )
    return read


def _visited(doc: Document, claim: Found, claims: list[Found], going: list[Found]) -> set[str]:
    """The places the sentences of the person's visit claims name ("arrived in Tallinn").

    The whole sentence, for an arrival names its place anywhere ("flies out on Wednesday for
    the talks in Tallinn"); not where a return or a leaving stands, which name the other end.
    """
    away = [(c.start, c.end) for c in going]
    sentences = {
        (other.sentence.start, other.sentence.end)
        for other in claims
        if other.subject == claim.subject and other.fact == "visit.dates" and other not in going
    }
    return {
        match.group(1)
        for start, end in sentences
        for match in _PLACE.finditer(doc.body, start, end)
        if not any(a <= match.start() < b for a, b in away)
    }


def _left(doc: Document, claim: Found) -> str:
    """The place a departure claim's visitor left ("Tallinn" of "left Tallinn on Friday"), or ""."""
    match = _LEFT.search(doc.body, claim.start, claim.end)
    if match is None:
        return ""
    dates = date_phrases(claim.sentence.text)
    at = match.start("place") - claim.sentence.start
    if _AIRPORT.match(doc.body, match.start("place")):
        return ""  # "left Tallinn's airport": a visitor's leaving, whatever the place
    return "" if any(start <= at < end for start, end, _ in dates) else match.group("place")


def _returned_to(doc: Document, claim: Found) -> str:
    """The place a claim's visitor returns to ("Velm" of "returned to Velm"), or ""."""
    match = _RETURN_TO.search(doc.body, claim.start, claim.end)
    return match.group("place") if match else ""


def _day_of(claim: Found) -> str:
    """The date phrase a visit claim is dated by."""
    phrases = date_phrases(claim.value_text)
    return phrases[-1][2] if phrases else claim.value_text
