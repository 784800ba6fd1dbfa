"""The facts table as plain rows grouped by fact and subject: the engine's working form.

Grouping plain dicts is much cheaper than slicing a DataFrame once per group and per outlet,
which dominated the engine's time on large corpora.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

#: One row of the facts table, column name to cell.
Row = dict[str, Any]
#: A group's key: the fact and its subject's names joined with "|".
GroupKey = tuple[str, str]


def grouped_rows(facts: pd.DataFrame) -> Iterator[tuple[GroupKey, list[Row]]]:
    """The facts' rows grouped by fact and subject: groups sorted by key, rows in table order.

    Rows are made a block of whole groups at a time, so a large table is never held as
    Python cells all at once (every column's cells at 50k articles were 700 MB).
    """
    block: list[tuple[GroupKey, list[int]]] = []
    size = 0
    for key, members in group_positions(facts):
        block.append((key, members))
        size += len(members)
        if size >= ROWS_PER_BLOCK:
            yield from _block_rows(facts, block)
            block, size = [], 0
    yield from _block_rows(facts, block)


def group_positions(facts: pd.DataFrame) -> list[tuple[GroupKey, list[int]]]:
    """Each group's key and its rows' positions in the table, as grouped_rows orders them.

    The rows of some consecutive groups, taken in table order, group into those same groups:
    the Dask engine sends each task such a share of the table.
    """
    keys = _group_keys(facts)
    order = sorted(range(len(keys)), key=keys.__getitem__)  # a stable sort keeps table order
    return [(key, list(members)) for key, members in itertools.groupby(order, key=keys.__getitem__)]


#: Rows whose cells are taken from the table at a time (whole groups, so a block may be more).
ROWS_PER_BLOCK = 8192


def _block_rows(
    facts: pd.DataFrame, block: list[tuple[GroupKey, list[int]]]
) -> Iterator[tuple[GroupKey, list[Row]]]:
    """The rows of a block of groups, given by their row positions, as dicts."""
    if not block:
        return
    positions = np.fromiter(
        (i for _, members in block for i in members),
        dtype=np.intp,
        count=sum(len(m) for _, m in block),
    )
    columns = list(facts.columns)
    cells = [shared_cells(facts[c].iloc[positions]) for c in columns]
    at = 0
    for key, members in block:
        rows = range(at, at + len(members))
        yield key, [dict(zip(columns, [c[i] for c in cells], strict=True)) for i in rows]
        at += len(members)


def shared_cells(column: pd.Series) -> list[Any]:
    """A column as a list of Python cells, as `tolist` gives, equal texts sharing one str.

    `tolist` makes a new str for every cell of a text column, while claims repeat their
    sentence, outlet, fact and day many times: one object per distinct text saves most of it.
    """
    if not isinstance(column.dtype, pd.StringDtype):
        return column.tolist()
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.asarray(uniques, dtype=object)[codes].tolist()  # type: ignore[no-any-return]


def _group_keys(facts: pd.DataFrame) -> list[GroupKey]:
    """Each row's group key: the rows of one group share one key object."""
    made: dict[tuple[str, tuple[str, ...]], GroupKey] = {}
    keys = []
    for fact, subject in zip(shared_cells(facts["fact"]), facts["subject"].tolist(), strict=True):
        names = (str(fact), tuple(subject))
        key = made.get(names)
        if key is None:
            key = made[names] = (names[0], "|".join(names[1]))
        keys.append(key)
    return keys


def missing(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN or pandas' NA), as `pd.isna` says for a scalar."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)
