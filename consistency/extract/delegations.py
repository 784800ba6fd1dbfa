"""The size of a visitor's delegation: "a delegation of 32 business leaders", "60-strong".

A count of a delegation keeps its kind (vocabulary/delegations.yaml): its business people
("accompanied by 40 executives", "a 60-member business delegation"), its companies, its
ministers, or all its members ("a 60-strong delegation", "the delegation numbered 10
people"), so that "a 200-strong delegation including 40 executives" tells two counts and
only counts of one kind are compared. The owner is the visitor: the person a nation's
delegation ("the Norlandic delegation") stands for, else the person the article shows
visiting, else the person named last before the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.quantities import NUMBER_WORD, QUALIFIER
from consistency.extract.references import nation_people
from consistency.extract.visits import main_visitor
from consistency.knowledge import lexicon
from consistency.runtime import corpus_cache

TOPIC = "delegations"
#: The kinds of people a delegation is counted by, and how the count's subject names them.
KINDS = {
    "business": "business people in the delegation",
    "companies": "companies in the delegation",
    "ministers": "ministers in the delegation",
    "members": "delegation members",
}
_AROUND = 8
_COUNT = rf"(?:{QUALIFIER}\s+)?(?:\d[\d,]*|{NUMBER_WORD}(?:[\s-]{NUMBER_WORD})?)"
# A capitalised word right before the delegation noun names whose it is ("the Velmian
# delegation", "Norland's delegation").
_NATION = r"(?P<nation>(?-i:[A-Z][\w.]*?))(?:['’]s)?"


# Up to two lower-case words before the delegation noun ("business", "high-level"), none of
# them a function word ("with a delegation" names no kind and no nation).
_ADJECTIVES = (
    rf"(?:(?!(?:{vocabulary.group('counts', 'not_counted_words').alternation})\b)"
    r"(?-i:[a-z][a-z-]*)\s+){0,2}?"
)


def _alt(name: str) -> str:
    """A group's entries as an alternation."""
    return vocabulary.group(TOPIC, name).alternation


@cache
def _people() -> str:
    """Every kind of people a delegation is counted in, as named groups."""
    return "|".join(f"(?P<{kind}>{_alt(kind)})" for kind in KINDS)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The wordings of a delegation's size, each with `number` and, where named, its kind."""
    flags = re.IGNORECASE
    noun, people = _alt("nouns"), _people()
    # "a delegation of 32 business leaders", "the delegation numbered 10 people",
    # "a business delegation of 40", "the Velmian delegation of 40 officials".
    linked = re.compile(
        rf"(?<![\w-])(?:{_NATION}\s+)?(?P<adjective>{_ADJECTIVES})(?:{noun})\s+"
        rf"(?:{_alt('size_links')})\s+(?P<number>{_COUNT})(?![\w-])"
        rf"(?:\s+(?:[a-z-]+\s+)??(?:{people})(?![\w-]))?",
        flags,
    )
    # "a 60-member business delegation", "a 60-strong delegation of business leaders".
    hyphened = re.compile(
        rf"(?<![\w-])(?P<number>\d[\d,]*|{NUMBER_WORD})-(?:{_alt('size_words')})\s+"
        rf"(?P<adjective>{_ADJECTIVES})(?:{noun})(?![\w-])"
        rf"(?:\s+(?:{_alt('size_links')})\s+(?:{people})(?![\w-]))?",
        flags,
    )
    # "accompanied by 40 executives", "a delegation including 12 ministers": a kind named.
    accompanied = re.compile(
        rf"(?<![\w-])(?:{_alt('accompanying')}|{_alt('part_links')})\s+"
        rf"(?P<number>{_COUNT})\s+(?:[a-z-]+\s+)??(?:{people})(?![\w-])",
        flags,
    )
    # "some 50 business leaders accompanied her": the count, its people, the verb.
    accompanying = re.compile(
        rf"(?<![\w-])(?P<number>{_COUNT})\s+(?:[a-z-]+\s+)??(?:{people})\s+"
        rf"(?:{_alt('accompanying_after')})(?![\w-])",
        flags,
    )
    return linked, hyphened, accompanied, accompanying


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def delegation_sizes(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, number, kind, nation word or "") of each delegation size in a text."""
    if not vocabulary.group(TOPIC, "nouns").pattern.search(text) and not _named_kind(text):
        return ()
    found: list[tuple[int, int, str, str, str]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            if any(s <= match.start("number") < e for s, e, *_ in found):
                continue
            kind = _kind(match)
            if kind is None:
                continue
            groups = match.groupdict()
            nation = groups.get("nation") or ""
            start = match.start("nation") if nation else match.start()
            found.append((start, match.end(), match.group("number"), kind, nation))
    return tuple(sorted(found))


def _named_kind(text: str) -> bool:
    """Tell whether a text names a kind of people a delegation is counted in."""
    return any(vocabulary.group(TOPIC, kind).pattern.search(text) for kind in KINDS)


def _kind(match: re.Match[str]) -> str | None:
    """The kind a match counts: the people it names, else its adjective, else all members.

    A count of people that names no delegation ("accompanied by 3 aides") counts a delegation
    only when its people are of a named part (business people, companies, ministers).
    """
    groups = match.groupdict()
    named = next((kind for kind in KINDS if groups.get(kind)), None)
    if "adjective" not in groups:
        return named if named not in (None, "members") else None
    if named is not None:
        return named
    adjective = groups.get("adjective") or ""
    if vocabulary.group(TOPIC, "business").pattern.search(adjective):
        return "business"
    return "members"


def delegation_claims(doc: Document) -> Iterator[Found]:
    """Counts of a visitor's delegation, by kind, owned by the visitor."""
    visitor: list[str | None] = []  # read once, when a sentence first counts a delegation
    for index, sentence in enumerate(doc.sentences):
        for start, end, number, kind, nation in delegation_sizes(sentence.text):
            if not visitor:
                visitor.append(main_visitor(doc))
            at = sentence.start + start
            owner = _owner(doc, index, at, nation, visitor[0])
            clause = " ".join(sentence.text[:start].split()[-_AROUND:])
            yield Found(
                fact="quantity",
                subject=(*owner, KINDS[kind]),
                start=at,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=is_hedged(clause),
                tense=tense_of(clause, ""),
            )


def _owner(
    doc: Document, index: int, position: int, nation: str, visitor: str | None
) -> tuple[str, ...]:
    """Whose delegation: a person or nation named before it, else the visitor, else the last named.

    With no one named, the person the article was just on ("She was accompanied by ...").
    "Okafor's delegation" is Okafor's; "the Velmian delegation" is that of the one person
    whose title names Velmia (the visitor among several), else of the nation as written.
    """
    # "The", "Her" are no nation; "US" is, though "us" is a common word.
    acronym = len(nation) > 1 and nation.isupper()
    if nation and (acronym or nation.lower() not in lexicon().stopwords):
        named = [m for m in doc.people(index) if m.start <= position < m.end]
        if named:
            return (doc.canonical(named[0]),)
        people = nation_people(doc, nation)
        if visitor is not None and visitor in people:
            return (visitor,)
        return (people[0],) if len(people) == 1 else (nation,)
    if visitor is not None:
        return (visitor,)
    before = [m for m in doc.people(index) if m.end <= position]
    if before:
        return (doc.canonical(before[-1]),)
    person = doc.antecedent(index, ())  # "She was accompanied by ...": who the story is on
    return (person,) if person else ()
