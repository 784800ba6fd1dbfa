"""Date visits told by another person's: "arrived on the same day as Okafor", "left after her".

Such a claim has no date of its own. Its day is the other person's first day (an arrival) or
last day (a departure), moved by the days it says ("a day after"): taken from the other
person's visit claims in the same article, else from those of articles published within a
week of it (the same story), the day most of them give.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from consistency.normalise.dates import DateValue
from consistency.normalise.numbers import parse_number
from consistency.normalise.values import ends_a_visit
from consistency.vocabulary import group

_RELATIVE = re.compile(
    rf"(?P<rel>{group('visits', 'relative_to_person').alternation})\s+(?P<name>[\w'’ -]+?)\s*$",
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?P<n>\w+)\s+days?\b", re.IGNORECASE)
_DEPARTURE = "visit.departure"
_VISIT_FACTS = frozenset({"visit.dates", _DEPARTURE})
# Articles of one story are published within this many days of each other.
_STORY_DAYS = 7


def resolve_relative_visits(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts with each visit told by another person's dated through theirs, where known."""
    if facts.empty:
        return facts
    # Most facts are of other kinds: only visit rows are looked at, one by one.
    visits = [i for i, fact in enumerate(facts["fact"].tolist()) if fact in _VISIT_FACTS]
    values, texts = facts["value"].tolist(), facts["value_text"].tolist()
    departures = {i for i in visits if facts["fact"].iat[i] == _DEPARTURE}
    todo = [i for i in visits if _absent(values[i]) and _RELATIVE.search(str(texts[i]))]
    if not todo:
        return facts
    # A departure's day is the last day of a visit, as the visit's own claims tell it.
    as_visits = [{"start": None, "end": v} if i in departures else v for i, v in enumerate(values)]
    rows = _visit_rows(facts, visits, as_visits, texts)
    known = _by_name_word([row for row in rows.values() if isinstance(row["value"], dict)])
    dated: dict[int, dt.date] = {}
    for i in todo:
        day = _day_of(rows[i], known)
        if day is not None:
            dated[i] = day
    if not dated:
        return facts
    # Only the dated rows' cells change; each column keeps its other cells as they were.
    columns = {c: facts[c].tolist() for c in ("precision", "lo", "hi", "not_evaluated")}
    for i, day in dated.items():
        side = "end" if ends_a_visit(str(texts[i])) else "start"
        values[i] = (
            day.isoformat()
            if i in departures
            else {"start": None, "end": None} | {side: day.isoformat()}
        )
        columns["precision"][i] = "day"
        columns["lo"][i] = columns["hi"][i] = float(day.toordinal())
        columns["not_evaluated"][i] = ""
    out = facts.copy()
    for column, cells in {"value": values, **columns}.items():
        out[column] = pd.Series(cells, index=facts.index, dtype=object)
    out["lo"] = out["lo"].astype(float)
    out["hi"] = out["hi"].astype(float)
    return out


#: A visit row as _day_of reads it: its subject, value, value text, article and day.
_Visit = dict[str, Any]


def _visit_rows(
    facts: pd.DataFrame, visits: Sequence[int], values: Sequence[Any], texts: Sequence[Any]
) -> dict[int, _Visit]:
    """The visit rows' cells that dating reads, by row position (the other facts untouched)."""
    cells = {
        c: facts[c].iloc[list(visits)].tolist() for c in ("subject", "article_id", "published")
    }
    return {
        i: {
            "subject": cells["subject"][n],
            "article_id": cells["article_id"][n],
            "published": cells["published"][n],
            "value": values[i],
            "value_text": texts[i],
        }
        for n, i in enumerate(visits)
    }


def _by_name_word(known: Sequence[_Visit]) -> dict[str, list[_Visit]]:
    """Dated visit claims of one person, by each word of the person's name (lower case).

    A relative claim names the other person by a word of their name: looking it up here,
    not through every dated visit, keeps a corpus of many visits linear.
    """
    index: dict[str, list[_Visit]] = {}
    for row in known:
        if len(row["subject"]) == 1:
            for word in dict.fromkeys(str(row["subject"][0]).lower().split()):
                index.setdefault(word, []).append(row)
    return index


def _absent(value: Any) -> bool:
    """Tell whether a cell holds no value."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _day_of(row: _Visit, known: Mapping[str, Sequence[_Visit]]) -> dt.date | None:
    """The day a relative visit claim names, from the other person's claims; None if unknown."""
    match = _RELATIVE.search(str(row["value_text"]))
    if match is None:
        return None
    name = match.group("name").split()[-1].lower()
    side = "end" if ends_a_visit(str(row["value_text"])) else "start"
    theirs = [
        r for r in known.get(name, ()) if r["subject"] != row["subject"] and r["value"].get(side)
    ]
    same = [r for r in theirs if r["article_id"] == row["article_id"]]
    near = same or [r for r in theirs if _near(r["published"], row["published"])]
    days = Counter(str(r["value"][side]) for r in near if len(str(r["value"][side])) == 10)
    if not days:
        return None
    best = min(days, key=lambda d: (-days[d], d))
    return DateValue.from_iso(best).start + dt.timedelta(days=_offset(match.group("rel")))


def _offset(phrase: str) -> int:
    """How many days a relative phrase moves the other person's day: "a day after" is +1."""
    count = _COUNT.search(phrase)
    if count is None or "same" in phrase.lower():
        return 0
    number = parse_number(count.group("n"))
    days = int(number) if number is not None else 1
    return -days if "before" in phrase.lower() else days


def _near(a: Any, b: Any) -> bool:
    """Tell whether two publication days (ISO or missing) are of one story."""
    if not isinstance(a, str) or not isinstance(b, str):
        return True
    gap = dt.date.fromisoformat(a) - dt.date.fromisoformat(b)
    return abs(gap.days) <= _STORY_DAYS
