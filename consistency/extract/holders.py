"""Name the parties of a story: an office's one holder the story titles, else the country.

An article may tell "the foreign ministers of Norland, Velmia and Dravia met" and name none of
them, while another article of the same story titles "Norland's Foreign Minister Ada Brekke".
The meeting is hers: an editor lists who met by name, and two outlets' claims meet on names.
So once every article is read, each party label (extract/parties.py) of a story becomes the
one person its articles' titles (role.title claims) give that office for that country; where
none or several do, the country's name ("Norland", the same for "Norlandic"), as
extract/series.py gives the parties of talks between countries. Within a story only: another
story's foreign minister of Norland may be someone else.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from consistency.extract.parties import label_names, nation_key, parse_label, without_possessive
from consistency.extract.references import nation_fits


def name_parties(frame: pd.DataFrame, story_of: Mapping[str, str]) -> pd.DataFrame:
    """The claims with every party label named (see the module's docstring)."""
    if frame.empty:
        return frame
    subjects = frame["subject"].tolist()
    if not any(parse_label(name) for subject in set(subjects) for name in subject):
        return frame
    articles = [str(a) for a in frame["article_id"].tolist()]
    by_story: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_story.setdefault(story_of.get(article, ""), []).append(i)
    facts, texts = frame["fact"].tolist(), frame["text"].tolist()
    named = list(subjects)
    for rows in by_story.values():
        labels = {n for i in rows for n in subjects[i] if parse_label(n)}
        if not labels:
            continue
        titles: dict[str, list[str]] = {}
        for i in rows:
            if facts[i] == "role.title" and subjects[i]:
                person = subjects[i][0]
                titles.setdefault(person, []).append(_title_only(str(texts[i]), person))
        forms = {without_possessive(w) for held in titles.values() for t in held for w in t.split()}
        names = label_names(labels, _holders(labels, titles), _countries(forms, labels))
        for i in rows:
            if any(n in names for n in subjects[i]):
                named[i] = tuple(sorted({names.get(n, n) for n in subjects[i]}))
    frame = frame.copy()
    frame["subject"] = named
    return frame


def _holders(labels: set[str], titles: dict[str, list[str]]) -> dict[tuple[str, str], str]:
    """(nation key, office) of each label to the one person the story titles so, if one."""
    out: dict[tuple[str, str], str] = {}
    for label in labels:
        party = parse_label(label)
        if party is None or not party[1]:
            continue
        nation, office = party
        fits = nation_fits(titles, nation, office.split())
        if len(fits) == 1:
            out[(nation_key(nation), office)] = fits[0]
    return out


def _countries(words: set[str], labels: set[str]) -> list[str]:
    """The capitalised words of titles that share a label's nation ("Norland" of "Norland's")."""
    keys = {nation_key(p[0]) for p in map(parse_label, labels) if p is not None}
    return [w for w in words if w[:1].isupper() and nation_key(w) in keys - {""}]


def _title_only(text: str, person: str) -> str:
    """A title claim's words without its person's name ("Norland's Foreign Minister")."""
    name = set(person.split())
    return " ".join(w for w in text.split() if w.strip(",.") not in name)
