"""A table's rows as a sequence of dicts shaped a chunk at a time, only when read."""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any, TypeVar, overload

import numpy as np
import pandas as pd

#: Rows shaped at a time while the sequence is read through.
CHUNK = 4096

Row = TypeVar("Row")


class LazyRows(Sequence[Row]):
    """Rows of a table in a given order, each shaped (into a claim's dict) only when read.

    A claim as a dict costs about a kilobyte: the report holding every one of them at once
    was 1.3 GB at 50k articles (a million claims), on top of the table they were made from.
    Reading this sequence through (report.json, claims.csv) shapes CHUNK rows at a time.
    """

    def __init__(
        self,
        table: pd.DataFrame,
        columns: Sequence[str],
        order: np.ndarray,
        shape: Callable[..., Row],
    ) -> None:
        """Read `columns` of `table`'s rows at positions `order`, each shaped by `shape`."""
        self._table = table
        self._names = tuple(columns)
        self._columns = [table[name] for name in columns]
        self._order = order
        self._shape = shape

    @property
    def columns(self) -> tuple[str, ...]:
        """The table's columns each row is shaped from, in the order `shape` takes them."""
        return self._names

    def column_chunks(self) -> Iterator[dict[str, list[Any]]]:
        """The rows in order a chunk at a time, unshaped: each column's cells as a list."""
        # For writers that go a column at a time (CSV, JSON lines): no dict per row is made.
        for start in range(0, len(self._order), CHUNK):
            positions = self._order[start : start + CHUNK]
            yield {
                name: column.iloc[positions].tolist()
                for name, column in zip(self._names, self._columns, strict=True)
            }

    def only(self, column: str, values: Collection[object]) -> LazyRows[Row]:
        """The rows whose `column` holds one of `values`, in the same order, still unshaped."""
        keep = self._table[column].iloc[self._order].isin(list(values)).to_numpy(dtype=bool)
        return LazyRows(self._table, self._names, self._order[keep], self._shape)

    def __len__(self) -> int:
        """How many rows there are."""
        return len(self._order)

    def __iter__(self) -> Iterator[Row]:
        """Each row in order, shaped a chunk at a time."""
        for start in range(0, len(self._order), CHUNK):
            yield from self._shaped(self._order[start : start + CHUNK])

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        """One row, or a list of them for a slice."""
        if isinstance(index, slice):
            return self._shaped(self._order[index])
        at = operator.index(index)
        if not -len(self) <= at < len(self):
            raise IndexError("row index out of range")
        return self._shaped(self._order[at : at + 1 or None])[0]

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence (a list read back from JSON) holding the same rows."""
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable-looking and compared by value

    def __repr__(self) -> str:
        """Say how many rows, not all of them."""
        return f"<LazyRows: {len(self)} rows>"

    def _shaped(self, positions: np.ndarray) -> list[Row]:
        """The rows at these positions, shaped."""
        cells = [column.iloc[positions].tolist() for column in self._columns]
        return [self._shape(*row) for row in zip(*cells, strict=True)]
