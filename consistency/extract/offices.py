"""People named by their countries and office: "the foreign ministers of Norland and Velmia".

Each country of such a description stands for the one person the article titles with that
office for that country ("Norland's Foreign Minister Ada Brekke"), or the people file gives
the office on the article's day; when neither does, for that country's party (a label that
extract.name_parties names once the whole story is read: see extract/parties.py). The
descriptions (vocabulary/offices.yaml):

- "the foreign ministers of Norland, Velmia and Dravia", "the Norlandic and Velmian leaders";
- "his Velmian and Dravian counterparts": the office is the owner's (the person before);
- "the three ministers", "the three countries": the group of three the article just told.

Every person of one description is a mention with the description's span, so that a meeting
verb after it takes them all as one group.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache

from consistency.extract.cues import any_word
from consistency.extract.document import Document
from consistency.extract.literals import folded
from consistency.extract.mentions import Mention
from consistency.extract.parties import (
    canonical_office,
    nation_key,
    party_label,
    without_possessive,
)
from consistency.knowledge import fold, known_people, lexicon
from consistency.vocabulary import group, words

_LISTED = group("offices", "listed_offices").pattern
_COUNTERPARTS = group("offices", "listed_counterparts").pattern
_GROUPS = group("offices", "group_references").pattern
_HOSTS = group("offices", "host_countries").pattern
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
# Items of a list of countries: "Norland, Velmia and the Dravia Republic".
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LEAD_THE = re.compile(r"^the\s+", re.I)
# How many sentences back "the three ministers" looks for its group.
REACH = 4


#: The people of an article's titles fitting a country and an office's words (references).
Fits = Callable[[dict[str, list[str]], str, Sequence[str]], list[str]]


def office_mentions(
    doc: Document, titles: dict[str, list[str]], fits: Fits
) -> dict[int, list[Mention]]:
    """Mentions, by sentence, of the people descriptions by country and office stand for.

    `titles` is every title the article gives each person, `fits` picks those of a country
    and an office among them (both from extract/references.py, which calls this first).
    """
    cue = _cue()
    found: dict[int, list[Mention]] = {}
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if not cue(text):
            continue
        at = sentence.start
        for match, nations, office in _described(doc, index, titles):
            start, end = at + match.start(), at + match.end()
            if any(0 <= m.start - end <= 3 for m in doc.mentions[index]):
                continue  # "the ministers of Norland and Velmia, Ada Brekke and Tomas Ilves,"
            people = [_holder(doc, titles, fits, nation, office) for nation in nations]
            found.setdefault(index, []).extend(
                Mention(start, end, name, "", "reference") for name in dict.fromkeys(people)
            )
        for match in _GROUPS.finditer(text):
            if match.group("noun") and match.group("noun") not in _group_nouns():
                continue
            start, end = at + match.start(), at + match.end()
            count = _NUMBERS[folded(match.group("count") or match.group("alone")).strip()]
            people = _latest_group(doc, index, start, count, found)
            found.setdefault(index, []).extend(
                Mention(start, end, name, "", "reference") for name in people
            )
    return found


def _described(
    doc: Document, index: int, titles: dict[str, list[str]]
) -> list[tuple[re.Match[str], list[str], str]]:
    """Each description of the sentence with its countries and its office (singular words)."""
    text = doc.sentences[index].text
    out = []
    for match in _LISTED.finditer(text):
        office = _singular(match.group("office") or match.group("held") or match.group("owned"))
        listed = match.group("nations") or match.group("adjectives") or match.group("owners")
        if office:
            out.append((match, [*_host(doc, index, match), *_items(listed)], office))
    for match in _COUNTERPARTS.finditer(text):
        owner = _owner(doc, index, doc.sentences[index].start + match.start())
        office = _owner_office(titles.get(owner, [])) if owner else ""
        out.append((match, _items(match.group("nations") or match.group("nation")), office))
    return out


def _host(doc: Document, index: int, match: re.Match[str]) -> list[str]:
    """The country hosting the described office holders, whose own holder is there too."""
    text = doc.sentences[index].text
    window = max(0, match.start() - 60)
    host = _HOSTS.search(text[window : match.start()])
    if host is None:
        return []
    at = doc.sentences[index].start + window + host.start("host")
    if any(m.start <= at < m.end for m in doc.mentions[index]):
        return []  # "Ilves hosted the foreign ministers of ...": a person hosts
    return [host.group("host")]


def _items(listed: str) -> list[str]:
    """The countries of a list ("Norland, Velmia and the Dravia Republic")."""
    items = (_LEAD_THE.sub("", item).strip() for item in _ITEM_SPLIT.split(listed))
    return [without_possessive(item) for item in items if item]


def _singular(office: str) -> str:
    """The office of a plural description in the singular ("foreign minister"), or "".

    Its head word must be a plural title (names.yaml group_titles): "the Norlandic and
    Velmian delegations" are no office holders.
    """
    words_ = office.lower().split()
    head = next((i for i, w in enumerate(words_) if w in _group_titles()), None)
    if head is None or (head < len(words_) - 1 and words_[head + 1] != "of"):
        return ""
    single = _one(words_[head])
    if not single:
        return ""
    return canonical_office(" ".join([*words_[:head], single, *words_[head + 1 :]]))


def _one(plural: str) -> str:
    """The singular of a plural title word, as the lexicon spells it, or ""."""
    titles = lexicon().person_titles
    for form in (plural[:-1], plural[:-3] + "y", plural[:-2]):
        if form in titles:
            return form
    return ""


def _owner(doc: Document, index: int, position: int) -> str | None:
    """Whose counterparts: the last person named before in the sentence, else the antecedent."""
    before = [m for m in doc.mentions[index] if m.end <= position]
    return doc.canonical(before[-1]) if before else doc.antecedent(index, [])


def _owner_office(held: Sequence[str]) -> str:
    """The office of the owner's titles ("Velmian Foreign Minister" -> "foreign minister")."""
    inside = lexicon().person_titles | lexicon().title_modifiers
    for title in held:
        words_ = canonical_office(title.lower()).split()
        office = [fold(w) for w in words_ if fold(w) in inside and fold(w) not in _FILLER]
        if any(w in lexicon().person_titles for w in office):
            return " ".join(office)
    return ""


_FILLER = frozenset({"the", "of", "and", "for"})


def _holder(
    doc: Document, titles: dict[str, list[str]], fits: Fits, nation: str, office: str
) -> str:
    """The one person holding an office for a country, by the article or the people file.

    Else the country's party label (named once the story is read: extract/parties.py).
    """
    people = fits(titles, nation, office.split()) if office else []
    if not people and office:
        people = _known_holders(nation, office, doc.published)
    if not people:
        # "his Norlandic counterpart": the one person the article titles as Norland's.
        people = fits(titles, nation, [])
    return people[0] if len(people) == 1 else party_label(nation, office)


def _known_holders(nation: str, office: str, day: dt.date | None) -> list[str]:
    """People of the people file holding the office for the country on the day."""
    key = nation_key(nation)
    wanted = set(office.split()) - _FILLER
    return [
        person.name
        for person in known_people()
        for role in person.roles
        if key
        and role.held_on(day)
        and nation_key(role.country) == key
        and wanted <= set(canonical_office(fold(role.title)).split())
    ]


def _latest_group(
    doc: Document, index: int, position: int, count: int, found: dict[int, list[Mention]]
) -> list[str]:
    """The last `count` people of the latest sentence naming that many, before a position.

    "Meridian (a dateline) - A, B and C met ... The three ministers": A, B and C.
    """
    for back in range(REACH + 1):
        if index - back < 0:
            break
        mentions = [
            *doc.people(index - back),
            *found.get(index - back, ()),
        ]
        names = list(
            dict.fromkeys(doc.canonical(m) for m in mentions if back != 0 or m.end <= position)
        )
        if len(names) >= count:
            return names[-count:]
    return []


def _group_titles() -> frozenset[str]:
    """Plural titles of several office holders (names.yaml group_titles)."""
    return words("names", "group_titles")


def _group_nouns() -> frozenset[str]:
    """Nouns that, counted, stand for a group told: plural titles and "countries"."""
    return _group_titles() | words("offices", "group_nouns")


@cache
def _cue() -> Callable[[str], bool]:
    """A cheap test passing every sentence a description may stand in."""
    return any_word((*_group_nouns(), *_NUMBERS, "counterpart"), ignore_case=True)
