"""Give every person one canonical name across the corpus, whatever the spelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from consistency.knowledge import Person, fold, known_people

# Two full names this similar (0-100, after case and accent folding) are one person.
SPELLING_THRESHOLD = 88.0


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name seen in the corpus to the canonical name of the person it refers to."""
    counts = Counter(names)
    known = _known_index(known_people())
    full = [n for n in counts if " " in n]
    canon: dict[str, str] = {}
    seen = _Seen()
    for name in sorted(full, key=lambda n: (-counts[n], n)):
        canon[name] = _match_known(name, known) or seen.match(name) or name
        seen.add(name, canon[name])
    values = _Values(canon.values())
    singles = [n for n in counts if " " not in n]
    for name in singles:
        canon[name] = _expand_single(name, values, known_people()) or name
        values.add(canon[name])
    return canon


def _initials(folded: str) -> tuple[str, ...]:
    """The first letter of every word of a folded name."""
    return tuple(w[0] for w in folded.split())


class _Seen:
    """Full names already given a canonical name, by their initials.

    Spelling variants must keep every initial, so a name is compared only with the names
    that share its initials, in the order they were seen, instead of with every name.
    """

    def __init__(self) -> None:
        """Start with no name seen."""
        self._by_initials: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._by_ends: dict[tuple[str, str], str] = {}

    def add(self, name: str, target: str) -> None:
        """Remember a full name and the canonical name it was given."""
        folded = fold(name)
        self._by_initials.setdefault(_initials(folded), []).append((folded, target))
        words = folded.split()
        self._by_ends.setdefault((words[0], words[-1]), target)

    def match(self, name: str) -> str | None:
        """A more frequent spelling already seen in the corpus for the same person."""
        folded = fold(name)
        words = folded.split()
        # "Ilse Maren Varga" is "Ilse Varga" with a middle name (or a patronymic).
        if (words[0], words[-1]) in self._by_ends:
            return self._by_ends[(words[0], words[-1])]
        for other, target in self._by_initials.get(_initials(folded), ()):
            if fuzz.ratio(folded, other) >= SPELLING_THRESHOLD:
                return target
        return None


class _Values:
    """The canonical names given so far, indexed by their first and last word."""

    def __init__(self, names: Iterable[str]) -> None:
        """Index the canonical names of the full names."""
        self.names: set[str] = set()
        self._by_end: dict[str, set[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        """Add one canonical name."""
        if name in self.names:
            return
        self.names.add(name)
        words = name.split()
        for end in {fold(words[0]), fold(words[-1])}:
            self._by_end.setdefault(end, set()).add(name)

    def ending(self, folded: str) -> set[str]:
        """The names whose first or last word folds to `folded`."""
        return self._by_end.get(folded, set())


def _known_index(people: Iterable[Person]) -> dict[str, str]:
    """Folded name or alias to canonical name, for the people in the data file."""
    return {fold(form): p.name for p in people for form in (p.name, *p.aliases)}


def _match_known(name: str, known: dict[str, str]) -> str | None:
    """The known person this full name spells, exactly or nearly."""
    folded = fold(name)
    if folded in known:
        return known[folded]
    best = process.extractOne(folded, list(known), scorer=fuzz.ratio)
    if best and best[1] >= SPELLING_THRESHOLD and _same_initial(folded, best[0]):
        return known[best[0]]
    return None


def _same_initial(a: str, b: str) -> bool:
    """Guard fuzzy matches: spelling variants keep the first letter of every word."""
    return [w[0] for w in a.split()] == [w[0] for w in b.split()]


def _expand_single(name: str, full_names: _Values, people: Iterable[Person]) -> str | None:
    """The one full name a surname or family name stands for, if exactly one fits."""
    folded = fold(name)
    for person in people:
        if fold(person.family_name) == folded and person.name in full_names.names:
            return person.name
    matches = set(full_names.ending(folded))
    if len(matches) == 1:
        return matches.pop()
    known = [p.name for p in people if fold(p.family_name) == folded]
    return known[0] if len(known) == 1 else None
