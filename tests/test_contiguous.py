"""Stage tables leave each Arrow column in one chunk, however many slices built them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

# The tables extra brings pyarrow; sessions without it (nox -s browser) skip these tests.
pa = pytest.importorskip("pyarrow")

import consistency.extract as extract  # noqa: E402
from consistency.pipeline import run_check  # noqa: E402
from consistency.runtime import contiguous  # noqa: E402

DEMO = Path(__file__).resolve().parent.parent / "consistency" / "demo_corpus"


def _chunks(column: pd.Series) -> int:
    """How many chunks an Arrow-backed column is stored in."""
    return int(column.array._pa_array.num_chunks)


def test_a_column_of_three_chunks_becomes_one_with_the_same_cells() -> None:
    """Values, missing cells and the dtype are kept; only the storage is joined."""
    pieces = pa.chunked_array([["a", None], ["b"], ["c", "d"]], type=pa.large_string())
    column = pd.Series(pd.arrays.ArrowStringArray(pieces), dtype="str")
    frame = pd.DataFrame({"text": column, "n": range(5)})
    before = frame["text"].tolist()
    joined = contiguous(frame)
    assert _chunks(joined["text"]) == 1
    assert joined["text"].dtype == column.dtype
    assert joined["text"].tolist()[0] == before[0] and joined["text"].tolist()[2:] == before[2:]
    assert pd.isna(joined["text"].iloc[1])
    assert joined["n"].tolist() == list(range(5))


def test_claims_read_a_few_articles_at_a_time_are_one_chunk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Extraction in slices of two articles still hands on facts with one chunk per column."""
    whole = run_check([DEMO]).facts
    monkeypatch.setattr(extract, "ARTICLES_PER_SLICE", 2)
    sliced = run_check([DEMO]).facts
    texts = [c for c in sliced.columns if hasattr(sliced[c].array, "_pa_array")]
    assert texts, "the facts table has Arrow text columns"
    assert {c: _chunks(sliced[c]) for c in texts} == {c: 1 for c in texts}
    assert sliced.dtypes.to_dict() == whole.dtypes.to_dict()
    pd.testing.assert_frame_equal(sliced, whole)
