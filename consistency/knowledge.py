"""Load the data files that hold vocabulary and known people; every stage may read them."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from consistency.datafiles import package_data, parse_yaml
from consistency.defaults import PEOPLE_VARIABLE
from consistency.runtime import corpus_cache

_BUNDLED_PEOPLE = "consistency/data/people.yaml"


class KnowledgeError(ValueError):
    """A people file that cannot be read or does not have the documented shape."""


@dataclass(frozen=True)
class Role:
    """A title a person held between two days, and the phrases that refer to it."""

    title: str
    country: str
    start: dt.date | None
    end: dt.date | None
    refs: tuple[str, ...]

    def held_on(self, day: dt.date | None) -> bool:
        """Tell whether the role was held on `day` (any day when `day` is unknown)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    """A known person: canonical name, spellings, and roles over time."""

    name: str
    aliases: tuple[str, ...] = ()
    family_name_first: bool = False
    roles: tuple[Role, ...] = field(default=())

    @property
    def family_name(self) -> str:
        """The name used alone for this person: the last word, or the first if written first."""
        parts = self.name.split()
        return parts[0] if self.family_name_first else parts[-1]


@dataclass(frozen=True)
class Lexicon:
    """Vocabulary that tells people from places, as lower-case word sets."""

    person_titles: frozenset[str]
    #: Words that show a person ("counterpart") but are no title.
    person_nouns: frozenset[str]
    #: Verbs whose subject and object are people ("met").
    person_verbs: frozenset[str]
    title_modifiers: frozenset[str]
    non_person_words: frozenset[str]
    stopwords: frozenset[str]
    speech_verbs: frozenset[str]
    incident_words: frozenset[str]
    uncounted_nouns: frozenset[str]


# Folding is pure and the same few thousand words recur in every article: remember them.
@corpus_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Case- and accent-fold a name so that "Éric" and "eric" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Only letters outside ASCII can be combining marks: look at those alone (a sentence
    # has a few), not at every character.
    stripped = _NON_ASCII.sub(_drop_combining, decomposed)
    return " ".join(stripped.replace("’", "'").casefold().split())


def name_key(name: str) -> str:
    """A name folded for comparing its forms: a hyphen joins two words ("Ferrer-Olmedo")."""
    return fold(name).replace("-", " ")


def shorter_form(short: str, long: str) -> bool:
    """Tell whether a full name is a shorter form of a longer one (both given by name_key).

    Its words stand in the longer name in order, with its first or its last word in place:
    "lucia ferrer" of "lucia ferrer olmedo" (a second surname left out), "carlos mendieta"
    of "juan carlos mendieta", "lopez obrador" of "andres manuel lopez obrador", "ilse
    varga" of "ilse maren varga" (a middle name). Two words at least: a surname alone is
    matched by the ends of names instead. "ana ruiz" is no form of "pedro ruiz".
    """
    small, large = short.split(), long.split()
    if not 2 <= len(small) < len(large):
        return False
    if small[0] != large[0] and small[-1] != large[-1]:
        return False
    words = iter(large)
    return all(word in words for word in small)  # in order: `in` consumes the iterator


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _drop_combining(found: re.Match[str]) -> str:
    """A run of non-ASCII characters without its combining marks."""
    return "".join(c for c in found.group() if not unicodedata.combining(c))


@cache
def lexicon() -> Lexicon:
    """The extraction vocabulary from data/lexicon.yaml."""
    data = package_data("lexicon.yaml")
    return Lexicon(
        **{key: frozenset(fold(w) for w in data[key]) for key in Lexicon.__annotations__}
    )


def _day(value: object) -> dt.date | None:
    """Read a YAML day, which may arrive as a date or a string."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _role(where: str, data: Any) -> Role:
    """Build a role from its YAML mapping."""
    if not isinstance(data, dict) or "title" not in data:
        raise KnowledgeError(f"{where}: a role must be a mapping with a title")
    try:
        return Role(
            title=str(data["title"]),
            country=str(data.get("country", "")),
            start=_day(data.get("from")),
            end=_day(data.get("to")),
            refs=tuple(str(r) for r in data.get("refs") or ()),
        )
    except ValueError as error:
        raise KnowledgeError(f"{where}: a role's from/to is no day ({error})") from None


def people_source() -> str | None:
    """The people file the environment names (CONSISTENCY_PEOPLE), or None for the bundled one."""
    return os.environ.get(PEOPLE_VARIABLE) or None


def known_people() -> tuple[Person, ...]:
    """The known people: those of the file CONSISTENCY_PEOPLE names, else data/people.yaml."""
    return people_from(people_source())


@cache
def people_from(source: str | None) -> tuple[Person, ...]:
    """The people of one people file (None: the bundled one); a bad file is a KnowledgeError."""
    if source is None:
        return people_of(_BUNDLED_PEOPLE, package_data("people.yaml"))
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise KnowledgeError(f"{source}: cannot read the people file: {reason}") from None
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{source}: not YAML ({' '.join(str(error).split())})") from None
    return people_of(source, data)


def people_of(where: str, data: Any) -> tuple[Person, ...]:
    """The people of a people file's parsed value (an empty file or list is no one)."""
    if data is None:
        return ()
    if not isinstance(data, dict) or not isinstance(data.get("people") or [], list):
        raise KnowledgeError(f"{where}: expected a mapping whose `people` is a list")
    return tuple(_person(where, entry) for entry in data.get("people") or ())


def _person(where: str, entry: Any) -> Person:
    """One person of a people file."""
    if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
        raise KnowledgeError(f"{where}: every person needs a name")
    aliases = entry.get("aliases") or ()
    roles = entry.get("roles") or ()
    if not isinstance(aliases, list | tuple) or not isinstance(roles, list | tuple):
        raise KnowledgeError(f"{where}: {entry['name']}: aliases and roles must be lists")
    return Person(
        name=" ".join(str(entry["name"]).split()),
        aliases=tuple(str(a) for a in aliases),
        family_name_first=bool(entry.get("family_name_first", False)),
        roles=tuple(_role(where, r) for r in roles),
    )
