"""Equal cells share one object: a column of a million tuples holds far fewer distinct ones."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

Cell = TypeVar("Cell", bound=Hashable)


def shared(cells: Iterable[Cell], first: dict[Cell, Cell] | None = None) -> list[Cell]:
    """The cells in order, each equal one the same object as the first of them.

    `first` carries the cells already seen from one call to the next (a table made in
    parts). Only for cells equal only when alike: 1, 1.0 and True would become one.

    A claim's subject, a finding's outlets and their pairs repeat across rows; held once
    each, the tables keep fewer small objects alive, scattered among the stages' freed
    ones (which keeps Python's allocator from returning that memory).
    """
    seen: dict[Cell, Cell] = {} if first is None else first
    return [seen.setdefault(cell, cell) for cell in cells]
