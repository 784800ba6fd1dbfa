"""Find a person's dated actions ("was recalled in March", "visited Corvath in 2029") as events."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consistency.extract.dated_events import sentence_events
from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.timex import date_phrases
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

_ACTIONS = group("actions", "dated_actions")
# The date must follow the action closely, in its own clause: no sentence break, no new
# clause ("..., which", "; ", " and that") between them.
_DATE_REACH = 40
_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s--\s|,\s*(?:who|whom|which|where|when|and|but)\b|\band\s+that\b"
)
# Dates that bound a span ("since 2011") are no day of an action.
_BOUND_LEAD = re.compile(r"^(?:since|by|until|till)\b", re.IGNORECASE)
# How far before the action its doer may be named: "Antonov, who was recalled".
# Between the doer and the action: nothing, "who", "had", or an apposition ("X, the US
# ambassador, flew out").
_SUBJECT_REACH = 80
_SUBJECT_GAP = re.compile(
    r"^(?:['’]s?\s+\w+\s+|,\s*(?:who\s+)?|\s+(?:had\s+|has\s+)?|,[^,;:]{1,60},\s*)$"
)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:his|her)\b", re.IGNORECASE)


def action_claims(doc: Document) -> Iterator[Found]:
    """event.date claims of the dated actions of the people an article names."""
    for index, sentence in enumerate(doc.sentences):
        actions = _text_actions(sentence.text)
        # A date that dated_events gives a kind of event ("term began") is that claim's.
        kinds = {f.end for f in sentence_events(doc, index)} if actions else set()
        for start, end, verb, phrase in actions:
            person = _doer(doc, index, sentence.start + start)
            if person is None or sentence.start + end in kinds:
                continue
            lead = " ".join(sentence.text[:start].split()[-6:]) + " " + verb
            yield Found(
                fact="event.date",
                subject=(person,),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=phrase,
                hedged=is_hedged(lead),
                tense="past" if tense_of(lead, "") != "future" else "future",
            )


# Wire copy repeats sentences: the actions of a sentence text are read once.
@corpus_cache(maxsize=1 << 14)
def _text_actions(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """The dated actions of a sentence text as (start, end, action words, date phrase)."""
    found = []
    dates = None
    for match in _ACTIONS.pattern.finditer(text):
        if dates is None:
            dates = [d for d in date_phrases(text) if not _BOUND_LEAD.match(d[2])]
        after = [d for d in dates if 0 <= d[0] - match.end() <= _DATE_REACH]
        if not after:
            continue
        start, end, phrase = min(after)
        if _CLAUSE_BREAK.search(text, match.end(), start):
            continue
        found.append((match.start(), end, match.group(), phrase))
    return tuple(found)


def _doer(doc: Document, index: int, position: int) -> str | None:
    """Who did it: the person named right before the action, or the one a pronoun stands for."""
    before = [m for m in doc.people(index) if m.end <= position]
    for mention in reversed(before):
        if position - mention.end > _SUBJECT_REACH:
            break
        if _SUBJECT_GAP.match(doc.body[mention.end : position]):
            return doc.canonical(mention)
    lead = doc.body[max(0, position - 8) : position]
    if _PRONOUN.search(lead) or _POSSESSIVE.match(doc.body, position):
        if before:
            return doc.canonical(before[-1])
        return doc.antecedent(index, ())
    return None
