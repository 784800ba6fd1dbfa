"""The facts table as plain rows grouped by fact and subject: the engine's working form.

Grouping plain dicts is much cheaper than slicing a DataFrame once per group and per outlet,
which dominated the engine's time on large corpora.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from typing import Any

import pandas as pd

#: One row of the facts table, column name to cell.
Row = dict[str, Any]
#: A group's key: the fact and its subject's names joined with "|".
GroupKey = tuple[str, str]


def grouped_rows(facts: pd.DataFrame) -> Iterator[tuple[GroupKey, list[Row]]]:
    """The facts' rows grouped by fact and subject: groups sorted by key, rows in table order.

    Each group's rows are made as it is reached, so a large table is never held as dicts
    all at once.
    """
    columns = list(facts.columns)
    cells = [facts[c].tolist() for c in columns]
    keys = [(str(f), "|".join(s)) for f, s in zip(facts["fact"], facts["subject"], strict=True)]
    order = sorted(range(len(keys)), key=keys.__getitem__)  # a stable sort keeps table order
    for key, members in itertools.groupby(order, key=keys.__getitem__):
        yield key, [dict(zip(columns, [c[i] for c in cells], strict=True)) for i in members]


def missing(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN or pandas' NA), as `pd.isna` says for a scalar."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)
