"""Give every person one canonical name across the corpus, whatever the spelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

from consistency.knowledge import Person, fold, known_people, name_key, shorter_form

# Two full names this similar (0-100, after case and accent folding) are one person.
SPELLING_THRESHOLD = 88.0


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name seen in the corpus to the canonical name of the person it refers to."""
    counts = Counter(names)
    people = known_people()
    known = _known_index(people)
    full = [n for n in counts if " " in n]
    canon: dict[str, str] = {}
    seen = _Seen()
    for name in sorted(full, key=lambda n: (-counts[n], n)):
        canon[name] = _match_known(name, known) or seen.match(name) or name
        seen.add(name, canon[name])
    canon = _join_shorter_forms(canon, counts, frozenset(known.values()))
    values = _Values(canon.items())
    singles = [n for n in counts if " " not in n]
    for name in singles:
        canon[name] = _expand_single(name, values, people) or name
        values.add(canon[name], canon[name])
    return canon


def _join_shorter_forms(
    canon: Mapping[str, str], counts: Mapping[str, int], known: frozenset[str]
) -> dict[str, str]:
    """One person for a name and its longer forms, when no other person could be meant.

    "Lucía Ferrer" in one outlet and "Lucía Ferrer Olmedo" in another are one person
    (see knowledge.shorter_form), unless the short form also fits another person's name
    ("Ruiz García" of "Ana Ruiz García" and "Pedro Ruiz García"). Longer names are joined
    first, so "López Obrador" reaches "Andrés Manuel López Obrador" through "Manuel López
    Obrador". Two people of the people file are never joined.
    """
    forms: dict[str, list[str]] = {}
    for name, target in canon.items():
        forms.setdefault(target, []).append(name)
    keys = {name: name_key(name) for name in canon}
    longer = _longer_forms(forms, keys)
    parent = {target: target for target in forms}
    holds_known = {target: target in known for target in forms}  # by root

    def root(target: str) -> str:
        while parent[target] != target:
            target = parent[target]
        return target

    # Only names with a longer form may join another: most names of a large corpus have none.
    joining = [t for t in forms if longer[t]]
    order = sorted(joining, key=lambda t: (-max(len(keys[n].split()) for n in forms[t]), t))
    changed = True
    while changed:
        changed = False
        for target in order:
            mine = root(target)
            roots = {root(other) for other in longer[target]} - {mine}
            if len(roots) != 1:
                continue
            (other,) = roots
            if holds_known[mine] and holds_known[other]:
                continue
            parent[mine] = other
            holds_known[other] = holds_known[other] or holds_known[mine]
            changed = True
    groups: dict[str, list[str]] = {}
    for target in forms:
        groups.setdefault(root(target), []).append(target)
    result: dict[str, str] = {}
    for targets in groups.values():
        if len(targets) == 1 and len(forms[targets[0]]) == 1:
            result[forms[targets[0]][0]] = targets[0]  # one form: nothing to choose
            continue
        name = _group_name(targets, forms, counts, known, keys)
        result.update({variant: name for target in targets for variant in forms[target]})
    return result


def _longer_forms(forms: Mapping[str, list[str]], keys: Mapping[str, str]) -> dict[str, set[str]]:
    """For each canonical name, the others that one of its forms is a shorter form of.

    A shorter form keeps its longer form's first or last word and has both its own ends
    in it, so longer forms are indexed by those pairs of words: a name is compared only
    with the few that could contain it, not with every name of a large corpus.
    """
    by_pair: dict[tuple[str, str], set[str]] = {}
    for target, names in forms.items():
        for name in names:
            words = keys[name].split()
            if len(words) < 3:
                continue
            pairs = {(words[0], w) for w in words[1:]} | {(w, words[-1]) for w in words[:-1]}
            for pair in pairs:
                by_pair.setdefault(pair, set()).add(target)
    longer: dict[str, set[str]] = {target: set() for target in forms}
    for target, names in forms.items():
        for name in names:
            folded = keys[name]
            words = folded.split()
            for other in by_pair.get((words[0], words[-1]), ()):
                if other != target and any(shorter_form(folded, keys[o]) for o in forms[other]):
                    longer[target].add(other)
    return longer


def _group_name(
    targets: list[str],
    forms: Mapping[str, list[str]],
    counts: Mapping[str, int],
    known: frozenset[str],
    keys: Mapping[str, str],
) -> str:
    """The canonical name of one person's forms: the people file's, else the fullest form's.

    The fullest form is one that every other form is a shorter form of (or spells alike):
    it gives the person's first and last names ("Lucía Ferrer Olmedo", not "Lucía
    Ferrer"). Of the forms with those same first and last names, the most frequent is the
    canonical one: a middle name that one outlet adds ("Ilse Maren Varga") does not rename
    the person. When forms differ in spelling, the most frequent canonical name stays.
    """
    named = [t for t in targets if t in known]
    if named:
        return named[0]
    variants = [v for t in targets for v in forms[t]]
    folded = {v: keys[v] for v in variants}

    def covers(name: str) -> bool:
        mine = folded[name]
        return all(folded[v] == mine or shorter_form(folded[v], mine) for v in variants)

    fullest = [v for v in variants if covers(v)]
    if not fullest:
        return min(targets, key=lambda t: (-sum(counts[v] for v in forms[t]), t))
    ends = _first_last(folded[fullest[0]])
    same = [v for v in variants if _first_last(folded[v]) == ends]
    return min(same, key=lambda v: (-counts[v], len(v.split()), v))


def _first_last(folded: str) -> tuple[str, str]:
    """The first and last words of a folded name."""
    words = folded.split()
    return words[0], words[-1]


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
        folded = name_key(name)
        self._by_initials.setdefault(_initials(folded), []).append((folded, target))
        words = folded.split()
        self._by_ends.setdefault((words[0], words[-1]), target)

    def match(self, name: str) -> str | None:
        """A more frequent spelling already seen in the corpus for the same person."""
        folded = name_key(name)
        words = folded.split()
        # "Ilse Maren Varga" is "Ilse Varga" with a middle name (or a patronymic).
        if (words[0], words[-1]) in self._by_ends:
            return self._by_ends[(words[0], words[-1])]
        for other, target in self._by_initials.get(_initials(folded), ()):
            if fuzz.ratio(folded, other) >= SPELLING_THRESHOLD:
                return target
        return None


class _Values:
    """The canonical names given so far, indexed by the words of the forms they were given to.

    A surname alone is first looked up among the forms' first and last words ("Xi" of "Xi
    Jinping", "Ferrer" of "Lucía Ferrer"), then among their inner words ("Ferrer" of
    "Lucía Ferrer Olmedo", a first surname before a second one).
    """

    def __init__(self, forms: Iterable[tuple[str, str]]) -> None:
        """Index the canonical names of the full names by their forms."""
        self.names: set[str] = set()
        self._by_end: dict[str, set[str]] = {}
        self._by_inner: dict[str, set[str]] = {}
        for form, name in forms:
            self.add(form, name)

    def add(self, form: str, name: str) -> None:
        """Add one form of a canonical name."""
        self.names.add(name)
        words = fold(form).split()
        for end in {words[0], words[-1]}:
            self._by_end.setdefault(end, set()).add(name)
        # Inner words, and the parts of hyphened ones: "Ferrer" of "Lucía Ferrer-Olmedo".
        parts = name_key(form).split()
        for inner in {*words[1:-1], *(p for p in parts if p not in words)}:
            self._by_inner.setdefault(inner, set()).add(name)

    def ending(self, folded: str) -> set[str]:
        """The names with a form whose first or last word folds to `folded`."""
        return self._by_end.get(folded, set())

    def inside(self, folded: str) -> set[str]:
        """The names with a form that has `folded` as an inner word."""
        return self._by_inner.get(folded, set())


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
    matches = set(full_names.ending(folded)) or set(full_names.inside(folded))
    if len(matches) == 1:
        return matches.pop()
    known = [p.name for p in people if fold(p.family_name) == folded]
    return known[0] if len(known) == 1 else None
