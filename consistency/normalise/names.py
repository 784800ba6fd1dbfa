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
    for name in sorted(full, key=lambda n: (-counts[n], n)):
        canon[name] = _match_known(name, known) or _match_seen(name, canon) or name
    singles = [n for n in counts if " " not in n]
    for name in singles:
        canon[name] = _expand_single(name, set(canon.values()), known_people()) or name
    return canon


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


def _match_seen(name: str, canon: dict[str, str]) -> str | None:
    """A more frequent spelling already seen in the corpus for the same person."""
    folded = fold(name)
    for other, target in canon.items():
        other_folded = fold(other)
        if fuzz.ratio(folded, other_folded) >= SPELLING_THRESHOLD and _same_initial(
            folded, other_folded
        ):
            return target
    return None


def _same_initial(a: str, b: str) -> bool:
    """Guard fuzzy matches: spelling variants keep the first letter of every word."""
    return [w[0] for w in a.split()] == [w[0] for w in b.split()]


def _expand_single(name: str, full_names: set[str], people: Iterable[Person]) -> str | None:
    """The one full name a surname or family name stands for, if exactly one fits."""
    folded = fold(name)
    for person in people:
        if fold(person.family_name) == folded and person.name in full_names:
            return person.name
    matches = {n for n in full_names if folded in (fold(n.split()[0]), fold(n.split()[-1]))}
    if len(matches) == 1:
        return matches.pop()
    known = [p.name for p in people if fold(p.family_name) == folded]
    return known[0] if len(known) == 1 else None
