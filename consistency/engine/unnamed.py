"""Claims that name no one join the one subject their story gives the same kind of claim.

An outlet may report a precedent ("the visit is the first by a Norlandic foreign minister
since 2011") in an article where the tool finds no person to give it. Grouped by subject,
such a claim would be a finding of its own, and its disagreement with the outlets that did
name the visitor would never be shown. A rule with `unnamed: adopt` gives each such claim the
subject that most outlets of its own story give claims of the same kind (for precedents: what
they count and the event that bounds them); with a tie, or none, it keeps naming no one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from consistency.engine.comparators import precedent_kind
from consistency.engine.rows import shared_cells
from consistency.engine.rule import Rule
from consistency.engine.stories import Stories
from consistency.normalise.values import precedent_event

#: (fact, story, event bound): which record a claim is about, apart from its people.
_Key = tuple[str, str, str]
#: Each kind of claim of a record, each subject given it, and the outlets that give it.
_Outlets = dict[str, dict[tuple[str, ...], set[str]]]


def adopt_unnamed(facts: pd.DataFrame, by_fact: Mapping[str, Rule], told: Stories) -> pd.DataFrame:
    """The facts with each unnamed claim of an adopting rule given its story's one subject.

    The facts are returned as they are when no claim changes (no copy is made).
    """
    adopting = {f: r for f, r in by_fact.items() if r.option("unnamed") == "adopt"}
    if facts.empty or not adopting:
        return facts
    fact_cells = shared_cells(facts["fact"])
    if not any(f in adopting for f in set(fact_cells)):
        return facts
    subjects = facts["subject"].tolist()
    texts = shared_cells(facts["value_text"])
    articles = shared_cells(facts["article_id"])
    origins = shared_cells(facts["origin"])
    keys: dict[int, tuple[_Key, str]] = {}
    outlets: dict[_Key, _Outlets] = {}
    for i, fact in enumerate(fact_cells):
        rule = adopting.get(fact)
        if rule is None:
            continue
        story = told.of_article.get(str(articles[i]), "")
        text = str(texts[i])
        key = (fact, story, precedent_event(text))
        kind = precedent_kind(text, rule)
        keys[i] = key, kind
        if subjects[i]:
            by_kind = outlets.setdefault(key, {}).setdefault(kind, {})
            by_kind.setdefault(tuple(subjects[i]), set()).add(str(origins[i]))
    changed = False
    for i, (key, kind) in keys.items():
        if subjects[i]:
            continue
        subject = _one_subject(outlets.get(key, {}), kind)
        if subject is not None:
            subjects[i] = subject
            changed = True
    if not changed:
        return facts
    adopted = facts.copy(deep=False)
    adopted["subject"] = subjects
    return adopted


def _one_subject(by_kind: _Outlets, kind: str) -> tuple[str, ...] | None:
    """The subject most outlets give claims like this one, or None on a tie or with none.

    A claim that says what it counts looks among claims of that kind; one that does not
    ("the first in 14 years") among every kind of its story and bound.
    """
    counts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for each, by_subject in by_kind.items():
        if each == kind or not kind:
            for subject, sources in by_subject.items():
                counts[subject] |= sources
    ranked = sorted(counts.items(), key=lambda item: -len(item[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1])):
        return None
    return ranked[0][0]
