"""Parties named by country (and office) rather than by person, and the names they end with.

"The foreign ministers of Norland, Velmia and Dravia met": when the article names no one
holding the office for a country, that country's minister is a party of the meeting. While an
article is read such a party is a label holding the country as written and the office; once
every article is read (extract.name_parties) the label becomes the one person the story's
other articles title with that office for that country, else the country's name. A country
written by its adjective ("Norlandic") and by its name ("Norland") is one party: its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from consistency.knowledge import fold
from consistency.vocabulary import all_groups

# A label cannot be a name read from text: these brackets never stand in a person's name.
_OPEN, _SEP, _CLOSE = "⟦", "|", "⟧"
_POSSESSIVE = re.compile(r"['’]s?$")
# The shortest start a country and its adjective must share ("Norland", "Norlandic").
STEM = 4


def party_label(nation: str, office: str = "") -> str:
    """The label of a party: a country as written, with the office it stands for ("" for none)."""
    return f"{_OPEN}{nation}{_SEP}{office}{_CLOSE}"


def parse_label(name: str) -> tuple[str, str] | None:
    """The (country, office) of a party label; None for any other name."""
    if not (name.startswith(_OPEN) and name.endswith(_CLOSE)):
        return None
    nation, _, office = name[1:-1].partition(_SEP)
    return nation, office


def without_possessive(word: str) -> str:
    """A word without its possessive ("Norland's" -> "Norland", "Velmias'" -> "Velmias")."""
    return _POSSESSIVE.sub("", word)


def nation_key(word: str) -> str:
    """What a nation's names share: its group of nations.yaml, else its first letters."""
    folded = fold(without_possessive(word))
    irregular = _irregular_nations()
    if folded in irregular:
        return irregular[folded]
    return folded[:STEM] if len(folded) >= STEM else ""


def nation_names(forms: Iterable[str]) -> dict[str, str]:
    """Each way of writing a country (name or adjective) to the one name its nation goes by.

    Forms of one nation (nations.yaml, else a shared start) take the nation's first name in
    nations.yaml, else the form the others start with ("Norland" of "Norlandic"), else the
    shortest ("Norway" of "Norwegian").
    """
    by_key: dict[str, set[str]] = {}
    for form in forms:
        by_key.setdefault(nation_key(form) or form, set()).add(form)
    names: dict[str, str] = {}
    for key, group in by_key.items():
        first = _first_names().get(key)
        if first is None:
            starts = [f for f in group if all(o.startswith(f) for o in group)]
            first = min(starts or group, key=lambda f: (len(f), f))
        names.update(dict.fromkeys(group, first))
    return names


def label_names(
    labels: Iterable[str], holders: Mapping[tuple[str, str], str], forms: Iterable[str] = ()
) -> dict[str, str]:
    """Each party label to its final name: the office's one holder, else the nation's name.

    `holders` maps (nation key, office) to the one person a story titles with that office;
    `forms` are other ways the story writes countries ("Norland's" of a title), so that a
    party written "Norlandic" everywhere else is named "Norland" when one title says so.
    """
    parsed = {label: parse_label(label) for label in labels}
    named = nation_names([*(p[0] for p in parsed.values() if p is not None), *forms])
    out: dict[str, str] = {}
    for label, party in parsed.items():
        if party is None:
            continue
        nation, office = party
        out[label] = holders.get((nation_key(nation), office)) or named[nation]
    return out


def named_alone(subject: Iterable[str]) -> tuple[str, ...]:
    """A subject as one article alone names it: each party its nation's name, sorted."""
    names = label_names(subject, {})
    return tuple(sorted({names.get(name, name) for name in subject}))


def canonical_office(title: str) -> str:
    """A title with its office named as office_names.yaml names it, its other words kept.

    "Norland's top diplomat" is "Norland's foreign minister".
    """
    for pattern, name in _office_names():
        title = pattern.sub(name, title)
    return title


@cache
def _office_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per office (all its names), with the name it is given."""
    return tuple((g.pattern, g.entries[0]) for g in all_groups() if g.topic == "office_names")


@cache
def _irregular_nations() -> dict[str, str]:
    """Each name in nations.yaml, folded, to its nation's group."""
    return {
        fold(entry): group.name
        for group in all_groups()
        if group.topic == "nations"
        for entry in group.entries
    }


@cache
def _first_names() -> dict[str, str]:
    """Each nation group of nations.yaml to its first entry, the name it goes by."""
    return {g.name: g.entries[0] for g in all_groups() if g.topic == "nations"}
