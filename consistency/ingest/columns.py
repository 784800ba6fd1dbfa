"""Build a table of text columns row by row, packing the cells as they come in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

# Rows gathered before their cells are packed into a text array: large enough that the
# packing costs little per row, small enough that few Python strings are held at once.
CHUNK_ROWS = 1024


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
        self._chunks: dict[str, list[pd.Series[Any]]] = {name: [] for name in self.names}

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
                # The dtype pandera coerces a `str` column to, so validating copies nothing.
                self._chunks[name].append(pd.Series(cells, dtype=str))
            self._pending[name] = []

    def frame(self) -> pd.DataFrame:
        """The table of every row so far; the chunks are joined without copying their text."""
        self._pack()
        columns = {name: self._column(name) for name in self.names}
        self._chunks = {name: [] for name in self.names}
        return pd.DataFrame(columns)

    def _column(self, name: str) -> pd.Series[Any]:
        """One column: its chunks joined end to end."""
        chunks = self._chunks[name]
        if len(chunks) == 1:
            return chunks[0]
        return pd.concat(chunks, ignore_index=True)
