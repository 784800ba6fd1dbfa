"""Invented names built from syllables, unique across a corpus so stories never share a person."""

from __future__ import annotations

import random
from collections import defaultdict

from rapidfuzz import fuzz

from consistency.knowledge import fold, lexicon

_ONSETS = [
    "b",
    "br",
    "c",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "st",
    "t",
    "tr",
    "v",
    "w",
    "z",
    "th",
    "sh",
]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou"]
_CODAS = ("", "", "", "n", "r", "l", "s", "th", "nd", "rt", "m", "v", "ck")
_GIVEN_ENDS = ("a", "o", "in", "el", "an", "ia", "is", "en", "ora", "ik")
_FAMILY_ENDS = ("ane", "och", "ell", "ard", "ova", "ek", "ino", "ath", "ries", "esh", "ovic")
_PLACE_ENDS = ("ia", "and", "ora", "esh", "istan", "avia", "enna")
_CITY_ENDS = ("hold", "mar", "burg", "grad", "port", "ven", "ossa", "eth")
# Full names this alike (rapidfuzz ratio, same initials) could be merged as one spelling by the
# normaliser (threshold 88); keeping invented names further apart keeps stories separate.
_MAX_LIKENESS = 80.0


class Namer:
    """Makes words that no other story uses: given names, family names, countries, cities."""

    def __init__(self, rng: random.Random) -> None:
        """Start with no word used; the lexicon's words are never made."""
        self._rng = rng
        lex = lexicon()
        self._taken: set[str] = set(
            lex.person_titles | lex.title_modifiers | lex.non_person_words | lex.stopwords
        )
        self._by_initials: dict[str, list[str]] = defaultdict(list)

    def _stem(self, syllables: int) -> str:
        """A run of syllables, capitalised."""
        parts = [
            self._rng.choice(_ONSETS) + self._rng.choice(_VOWELS) + self._rng.choice(_CODAS)
            for _ in range(syllables)
        ]
        return "".join(parts).capitalize()

    def _word(self, ends: tuple[str, ...], syllables: tuple[int, int]) -> str:
        """A new word with one of the endings, never made before."""
        while True:
            word = self._stem(self._rng.randint(*syllables)) + self._rng.choice(ends)
            key = fold(word)
            if key not in self._taken and 4 <= len(word) <= 14:
                self._taken.add(key)
                return word

    def person(self) -> str:
        """A full name (given and family name) unlike any made before."""
        while True:
            name = f"{self._word(_GIVEN_ENDS, (1, 2))} {self._word(_FAMILY_ENDS, (1, 2))}"
            initials = "".join(w[0] for w in name.split())
            folded = fold(name)
            bucket = self._by_initials[initials]
            if all(fuzz.ratio(folded, other) < _MAX_LIKENESS for other in bucket):
                bucket.append(folded)
                return name

    def country(self) -> str:
        """A country name whose people's name (its demonym) no other country shares."""
        while True:
            country = self._word(_PLACE_ENDS, (1, 2))
            people = fold(demonym(country))
            if people not in self._taken:
                self._taken.add(people)
                return country

    def city(self) -> str:
        """A city name."""
        return self._word(_CITY_ENDS, (1, 2))

    def venue(self) -> str:
        """A word to name a palace or hall after."""
        return self._word(("ar", "ey", "ine", "mont", "wick"), (1, 2))


def demonym(country: str) -> str:
    """The people of an invented country, in the plural: "Orvania" -> "Orvanians"."""
    stem = country
    for end in ("istan", "avia", "enna", "ia", "and", "ora", "esh"):
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    return f"{stem}ians"
