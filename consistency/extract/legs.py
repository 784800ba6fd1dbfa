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
from collections.abc import Iterator

from consistency.extract.document import Document, Found
from consistency.extract.plans import plan_claims
from consistency.extract.timex import date_phrases
from consistency.extract.visits import visit_claims
from consistency.vocabulary import group

_ONWARD = group("visits", "onward").pattern
# Tenses of a trip told before it happened.
_TO_COME = frozenset({"future", "present"})
# How far before a trip's claim a word that makes it onward may stand ("will then fly to").
_ONWARD_REACH = 16


def leg_claims(doc: Document) -> Iterator[Found]:
    """Every visit and plan claim of an article; a trip to come after an arrival is a plan."""
    claims = [*visit_claims(doc), *plan_claims(doc)]
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
    phrases = date_phrases(claim.value_text)
    day = phrases[-1][2] if phrases else claim.value_text
    return dataclasses.replace(claim, fact="visit.planned", value_text=day)
