"""The facts table as plain rows grouped by fact and subject: the engine's working form.

Grouping plain dicts is much cheaper than slicing a DataFrame once per group and per outlet,
which dominated the engine's time on large corpora.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import pandas as pd

#: One row of the facts table, column name to cell.
Row = dict[str, Any]
#: A group's key: the fact and its subject's names joined with "|".
GroupKey = tuple[str, str]


def fact_rows(facts: pd.DataFrame) -> list[Row]:
    """The rows of a facts table, in order, with Python values in every cell."""
    columns = list(facts.columns)
    cells = [facts[c].tolist() for c in columns]
    return [dict(zip(columns, values, strict=True)) for values in zip(*cells, strict=True)]


def group_rows(rows: Sequence[Row]) -> list[tuple[GroupKey, list[Row]]]:
    """Rows grouped by fact and subject, groups sorted by key, rows in table order."""
    groups: dict[GroupKey, list[Row]] = defaultdict(list)
    for row in rows:
        groups[(str(row["fact"]), "|".join(row["subject"]))].append(row)
    return sorted(groups.items(), key=lambda item: item[0])


def missing(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN or pandas' NA), as `pd.isna` says for a scalar."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)
