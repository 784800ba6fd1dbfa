"""Find precedent claims: "the first visit since 2018", "the highest-ranking ... in five years"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from consistency.extract.cues import guard
from consistency.extract.document import Document, Found
from consistency.extract.durations import MeetingOwners, about_meeting
from consistency.extract.modality import is_hedged
from consistency.extract.quantities import ACQUAINTANCE, precedent_phrases
from consistency.extract.references import nation_people
from consistency.extract.visits import main_visitor, sentence_visitors
from consistency.knowledge import fold, lexicon
from consistency.vocabulary import group, words

# A precedent is a person's only when it is about their going somewhere: "the first visit by
# a foreign minister since 2019" is the visitor's, "the first summit since 2017" nobody's.
_VISIT_WORDS = guard(r"\b(?:visit\w*|trip|trips|travel\w*|tour|journey)\b", re.IGNORECASE)


def precedent_claims(doc: Document) -> Iterator[Found]:
    """Every precedent.since_year claim: about a visit's visitor, a meeting's pair, or no one.

    "His first visit ... in six years" is the visitor's; "their first face-to-face talks in
    a year" is the pair's who met (the meeting its sentence or article tells of).
    """
    owners = MeetingOwners(doc)
    visitor: list[str | None] = []  # the article's visitor, found once when first needed
    for index, sentence in enumerate(doc.sentences):
        for start, end, text, _value in precedent_phrases(sentence.text):
            absolute = sentence.start + start
            subject: tuple[str, ...] = ()
            if _is_meeting(text, sentence.text) or ACQUAINTANCE.match(text):
                subject = owners(index, absolute, False)
            elif _VISIT_WORDS.search(sentence.text):
                if not visitor:
                    visitor.append(
                        main_visitor(doc, through_apposition=True)
                        or _main_guest(doc)
                        or _main_planned(doc)
                    )
                person = _about(doc, index, absolute, text, visitor[0])
                subject = (person,) if person else ()
            yield Found(
                fact="precedent.since_year",
                subject=subject,
                start=absolute,
                end=sentence.start + end,
                sentence=sentence,
                value_text=text,
                hedged=is_hedged(_clause_before(sentence.text, start)),
                tense="past",
            )


def _is_meeting(phrase: str, sentence: str) -> bool:
    """Tell whether a precedent counts meetings: its own words, else its sentence, say so."""
    if _VISIT_WORDS.search(phrase):
        return False
    return about_meeting(phrase) or (not _VISIT_WORDS.search(sentence) and about_meeting(sentence))


# Where a precedent's clause begins: what an earlier clause plans ("are set to hold talks in
# Velm, where she is on her first visit in four years") does not hedge it.
_CLAUSE = re.compile(r"[;:—–]|,\s|\s-\s|\b(?:where|which|who|as|but|while)\b", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    """The words of a precedent's own clause before it."""
    breaks = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    return text[breaks[-1] if breaks else 0 : start]


def _about(
    doc: Document, index: int, position: int, phrase: str, visitor: str | None
) -> str | None:
    """Who a visit's precedent is about: the visitor, found in this order.

    The person the sentence says it is ("Okafor's first visit", "Okafor became the first
    minister to visit"); else the person whose office (and nation) the precedent names
    ("the first visit by a Norlandic foreign minister"); else the one person its sentence
    shows visiting ("the visit by X, the first in ten years", "Brekke welcomed X"); else
    the person the article shows visiting (not the host named next to the precedent, nor
    the subject of a sentence about no visit); else the last person named before it, or
    the one a pronoun stands for.
    """
    owner = _owner(doc, index, position)
    if owner is not None:
        return owner
    holder = _office_holder(doc, phrase, visitor)
    if holder is not None:
        return holder
    visiting = set(sentence_visitors(doc, index, True)) | set(_guests(doc, index))
    if len(visiting) == 1:
        return visiting.pop()
    if visitor is not None:
        return visitor
    before = [m for m in doc.mentions[index] if m.end <= position]
    pronoun = doc.pronoun_before(index, position)
    if before and (pronoun is None or before[-1].start > pronoun):
        return doc.canonical(before[-1])
    if pronoun is not None:
        return doc.antecedent(index, ())
    after = [m for m in doc.mentions[index] if m.start >= position]
    if after:
        return doc.canonical(after[0])
    # "The trip will be the first visit ... since 2019": about whoever the article was just on.
    return doc.antecedent(index, ())


def _owner(doc: Document, index: int, position: int) -> str | None:
    """The person a sentence says a precedent is: "Okafor's first", "Okafor became the first".

    A pronoun does too ("When Okafor landed, she became the first"): the person it stands for.
    """
    for mention in doc.mentions[index]:
        between = doc.body[mention.end : position]
        if _OWNER.fullmatch(between):
            return doc.canonical(mention)
    before = doc.body[doc.sentences[index].start : position]
    pronoun = _PRONOUN_OWNER.search(before) or _POSSESSIVE_OWNER.search(before)
    if pronoun is not None:
        return doc.antecedent(index, (), at=doc.sentences[index].start + pronoun.start())
    return None


# A name's possessive, or a verb that makes it the precedent ("is the first", "became the
# highest-ranking"), and nothing else between the name and the precedent.
_OWNER = re.compile(
    rf"['’]s?\s+|\s+(?:{group('precedents', 'subject_links').alternation})\s+", re.IGNORECASE
)
# "... she became the first": a he or she right before the linking verb.
_PRONOUN_OWNER = re.compile(
    rf"\b(?:{group('precedents', 'subject_pronouns').alternation})\s+"
    rf"(?:{group('precedents', 'subject_links').alternation})\s+$",
    re.IGNORECASE,
)
# "His visit, the first ...": a possessive pronoun's visit, the precedent in apposition.
_POSSESSIVE_OWNER = re.compile(
    rf"\b(?:{group('precedents', 'possessive_pronouns').alternation})\s+"
    rf"(?:{_VISIT_WORDS.pattern})\s*,\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w.'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _office_holder(doc: Document, phrase: str, visitor: str | None) -> str | None:
    """The one person of the article whose office (and nation) a precedent names, if one.

    "By a Norlandic foreign minister", "the first Norlandic foreign minister to visit": the
    person the article titles as Norland's (foreign minister); "the first Kestrian state
    visit": the one the article titles as Kestria's (the visitor, when several are). With
    no nation, the one person whose title the office's words hold ("a Norland trade
    minister": "Trade Minister X" only when it names no nation: then no one's title may).
    """
    nation, office = _office_named(phrase)
    if nation:
        fits = nation_people(doc, nation, office)
        if len(fits) == 1:
            return fits[0]
        if fits:
            return visitor if visitor in fits else None
        # No title names the nation ("Prime Minister X" in a page about a Norlandic prime
        # minister's visit): the one holder of the office, as without a nation.
    if not office:
        return None
    named = f" {' '.join(office)} "
    holders = {
        doc.canonical(m)
        for mentions in doc.mentions
        for m in mentions
        if m.title and f" {_office_text(m.title)} " in named
    }
    return holders.pop() if len(holders) == 1 else None


def _office_named(phrase: str) -> tuple[str, list[str]]:
    """The nation and the office words a precedent names its subject by, each maybe empty.

    The office is the run of title words around the phrase's first person title ("by a
    Norlandic foreign minister", "the first secretary of State to travel"), its nation a
    capitalised word in that run that is no title word ("Norlandic", "US"). Without a
    title, a nation right before a visit word ("the first Kestrian state visit").
    """
    lex = lexicon()
    titles, inside = lex.person_titles, lex.person_titles | lex.title_modifiers
    openers = words("precedents", "office_openers")
    tokens = [_POSSESSIVE.sub("", t) for t in _WORD.findall(phrase)]
    folded = [fold(t) for t in tokens]
    head = next((i for i, w in enumerate(folded) if w in titles and w not in openers), None)
    if head is None:
        return _visit_nation(tokens, folded), []
    start = head
    while (
        start > 0
        and folded[start - 1] not in openers
        and (folded[start - 1] in inside or tokens[start - 1][:1].isupper())
    ):
        start -= 1
    end = head + 1
    while end < len(tokens) and folded[end] in inside:
        end += 1
    nation = [
        tokens[k]
        for k in range(start, end)
        if tokens[k][:1].isupper()
        and folded[k] not in titles
        and (folded[k] not in inside or tokens[k].isupper())
    ]
    after = end + 1 if end < len(tokens) and folded[end] == "the" else end
    of_nation = after < len(tokens) and "of" in folded[end - 1 : after]
    if not nation and of_nation and tokens[after][:1].isupper():
        # "A head of Norlandic diplomacy", "a head of the Norlandic government": the office
        # is told by its nation's domain, so anyone the article titles as Norland's may hold it.
        return tokens[after], []
    office = [folded[k] for k in range(start, end) if tokens[k] not in nation]
    return (nation[-1] if nation else ""), office


def _visit_nation(tokens: list[str], folded: list[str]) -> str:
    """A nation written right before a visit word ("Kestrian state visit"), or ""."""
    inside = lexicon().title_modifiers
    for i, token in enumerate(tokens):
        if not _VISIT_WORDS.fullmatch(token):
            continue
        k = i - 1
        while k >= 0 and folded[k] in inside and not tokens[k][:1].isupper():
            k -= 1
        if k >= 0 and k < i and tokens[k][:1].isupper():
            return tokens[k]
    return ""


def _office_text(title: str) -> str:
    """A title's words as _office_named gives them: folded, without possessives."""
    return " ".join(fold(_POSSESSIVE.sub("", t)) for t in _WORD.findall(title))


# "Brekke welcomed [his Norlandic counterpart] Okafor": a host's verb before its guest.
_GUEST_BEFORE = guard(
    rf"\b(?:{group('precedents', 'guest_verbs').alternation})\s+(?P<between>(?:\S+\s+){{0,4}})$",
    re.IGNORECASE,
)
# "Okafor[, Norland's foreign minister,] was received by Brekke".
_GUEST_AFTER = guard(
    rf"^(?:,[^,]{{0,80}},)?\s+(?:{group('precedents', 'guest_passives').alternation})\b",
    re.IGNORECASE,
)
_GUEST_REACH = 100


def _guests(doc: Document, index: int) -> list[str]:
    """The people a sentence shows as a host's guests ("Brekke welcomed Okafor"), in order."""
    sentence = doc.sentences[index]
    return [
        doc.canonical(mention)
        for mention in doc.mentions[index]
        if _is_guest(
            doc.body[max(sentence.start, mention.start - _GUEST_REACH) : mention.start],
            doc.body[mention.end : mention.end + _GUEST_REACH],
        )
    ]


def _is_guest(before: str, after: str) -> bool:
    """Tell whether the words around a name make it a host's guest.

    Between a host's verb and the name only the name's title may stand ("welcomed his
    Norlandic counterpart Okafor"), never other words ("received a call from Okafor").
    """
    host = _GUEST_BEFORE.search(before)
    if host is not None:
        lex = lexicon()
        allowed = lex.person_titles | lex.title_modifiers | lex.person_nouns
        if all(
            word[:1].isupper() or fold(_POSSESSIVE.sub("", word)) in allowed
            for word in host.group("between").split()
        ):
            return True
    return _GUEST_AFTER.match(after) is not None


# "Okafor will travel to Tarvo", "Okafor, Norland's foreign minister, is to visit".
_PLANNED_AFTER = guard(
    rf"^(?:,[^,.;]{{1,60}},)?\s+(?:{group('precedents', 'visitor_plans').alternation})",
    re.IGNORECASE,
)


def _main_planned(doc: Document) -> str | None:
    """The one person the article names as about to visit, if one (a visit told ahead)."""
    named = {
        doc.canonical(mention)
        for mentions in doc.mentions
        for mention in mentions
        if _PLANNED_AFTER.match(doc.body[mention.end : mention.end + _GUEST_REACH])
    }
    return named.pop() if len(named) == 1 else None


def _main_guest(doc: Document) -> str | None:
    """The person the article shows as a guest most often, when one is (ties: none)."""
    votes = Counter(name for index in range(len(doc.sentences)) for name in _guests(doc, index))
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
