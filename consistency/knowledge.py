"""Load the data files that hold vocabulary and known people; every stage may read them."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from consistency.datafiles import package_data


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
@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Case- and accent-fold a name so that "Éric" and "eric" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").casefold().split())


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


def _role(data: dict[str, Any]) -> Role:
    """Build a role from its YAML mapping."""
    return Role(
        title=str(data["title"]),
        country=str(data.get("country", "")),
        start=_day(data.get("from")),
        end=_day(data.get("to")),
        refs=tuple(str(r) for r in data.get("refs", ())),
    )


@cache
def known_people() -> tuple[Person, ...]:
    """The people from data/people.yaml."""
    return tuple(
        Person(
            name=str(entry["name"]),
            aliases=tuple(str(a) for a in entry.get("aliases", ())),
            family_name_first=bool(entry.get("family_name_first", False)),
            roles=tuple(_role(r) for r in entry.get("roles", ())),
        )
        for entry in package_data("people.yaml")["people"]
    )
