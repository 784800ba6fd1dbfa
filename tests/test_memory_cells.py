"""Shared cells: a column as Python cells, equal texts sharing one object, as `tolist` gives."""

from __future__ import annotations

import math

import pandas as pd
import pytest

# The tables extra brings pyarrow; sessions without it (nox -s browser) skip these tests.
pa = pytest.importorskip("pyarrow")

from consistency.engine.rows import shared_cells  # noqa: E402
from consistency.runtime.process import share_heap_with_arrow  # noqa: E402


def test_text_cells_equal_tolist_and_share_objects() -> None:
    """Equal texts become one str; missing cells stay as `tolist` gives them."""
    column = pd.Series(["a sentence", None, "other", "a sentence"], dtype="str")
    cells = shared_cells(column)
    expected = column.tolist()
    assert [type(c) for c in cells] == [type(c) for c in expected]
    assert cells[0] == expected[0] and cells[2:] == expected[2:]
    assert math.isnan(cells[1])
    assert cells[0] is cells[3]


def test_other_columns_are_tolist() -> None:
    """Numbers and tuples are read as `tolist` reads them."""
    numbers = pd.Series([1.5, float("nan"), -0.0])
    names = pd.Series([("A", "B"), ()], dtype=object)
    assert str(shared_cells(numbers)) == str(numbers.tolist())
    assert shared_cells(names) == [("A", "B"), ()]


def test_empty_text_column() -> None:
    """An empty text column gives no cells."""
    assert shared_cells(pd.Series([], dtype="str")) == []


def test_run_check_uses_the_system_allocator_for_arrow() -> None:
    """Arrow then allocates from the heap Python shares (see share_heap_with_arrow)."""
    share_heap_with_arrow()
    assert pa.default_memory_pool().backend_name == "system"
