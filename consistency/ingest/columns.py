"""Build a table of text columns row by row, packing the cells as they come in."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import pandas as pd

# Rows gathered before their cells are packed into a text array: large enough that the
# packing costs little per row, small enough that few Python strings are held at once.
CHUNK_ROWS = 256


@cache
def text_dtype() -> Any:
    """The dtype pandera coerces a `str` column to, so validating the table copies nothing."""
    return pd.Series([], dtype=str).dtype


@cache
def _arrow() -> Any | None:
    """pyarrow, when text columns are kept in Arrow arrays; None otherwise."""
    if getattr(text_dtype(), "storage", None) != "pyarrow":
        return None
    return importlib.import_module("pyarrow")


def _packed(cells: list[Any]) -> Any:
    """One chunk of a column: an Arrow array, or a Series where text is not kept in Arrow."""
    # Built directly, an Arrow array takes a sixth of the time pandas takes to build it.
    arrow = _arrow()
    if arrow is None:
        return pd.Series(cells, dtype=str)
    return arrow.array(cells, type=arrow.large_string())


def _joined(chunks: list[Any]) -> pd.Series[Any]:
    """A column made of its chunks end to end, without copying their text."""
    arrow = _arrow()
    if arrow is None:
        series: pd.Series[Any] = pd.concat(chunks, ignore_index=True)
        return series
    joined = arrow.chunked_array(chunks, type=arrow.large_string())
    return pd.Series(pd.array(joined, dtype=text_dtype()))


class TextColumns:
    """Columns of text (or missing) cells, filled a row at a time, packed every CHUNK_ROWS rows.

    An article's text and body are held as Python strings only until their chunk is packed,
    so a corpus's strings are not all alive at once beside the finished table.
    """

    def __init__(self, names: Sequence[str]) -> None:
        """Start empty columns called `names`, in that order."""
        self.names = tuple(names)
        self.rows = 0
        self._pending: dict[str, list[Any]] = {name: [] for name in self.names}
        self._chunks: dict[str, list[Any]] = {name: [] for name in self.names}

    def append(self, row: Mapping[str, Any]) -> None:
        """Add one row; a cell the row lacks is missing."""
        for name in self.names:
            self._pending[name].append(row.get(name))
        self.rows += 1
        if len(self._pending[self.names[0]]) >= CHUNK_ROWS:
            self._pack()

    def _pack(self) -> None:
        """Move the pending cells into one packed chunk per column."""
        for name, cells in self._pending.items():
            if cells:
                self._chunks[name].append(_packed(cells))
            self._pending[name] = []

    def frame(self) -> pd.DataFrame:
        """The table of every row so far (there must be one); the chunks are not copied."""
        self._pack()
        columns = {name: _joined(chunks) for name, chunks in self._chunks.items()}
        self._chunks = {name: [] for name in self.names}
        return pd.DataFrame(columns)
