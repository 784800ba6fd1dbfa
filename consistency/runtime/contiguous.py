"""Put each Arrow column of a stage's table in one piece, as the later stages read it."""

from __future__ import annotations

from typing import Any, TypeVar

import pandas as pd

Frame = TypeVar("Frame", bound=pd.DataFrame)


def contiguous(frame: Frame) -> Frame:
    """The table with every Arrow-backed column of several chunks rewritten as one chunk.

    Stages build their tables a slice at a time (ingest a batch of files, extraction a
    thousand articles, the rules 8,192 findings), so each text column is a chunk per slice.
    Every later `take` or lookup walks the chunks: at 50k articles the report took 2.5 times
    as long as on the same tables read back from a pickle (which joins the chunks), and the
    chunks grow with the corpus, so the cost grew faster than it. Joining costs one copy of
    the column, made while the stage that built it ends.
    """
    for name in frame.columns:
        array = frame[name].array
        chunks: Any = getattr(array, "_pa_array", None)  # where pandas' Arrow arrays keep it
        if chunks is not None and chunks.num_chunks > 1:
            joined = _joined(array, chunks)
            if joined is not array:
                frame[name] = pd.Series(joined, index=frame.index, name=name, copy=False)
    return frame


def _joined(array: Any, chunks: Any) -> Any:
    """The array in one chunk with its dtype, or the array itself when that cannot be had."""
    import pyarrow as pa  # type: ignore[import-untyped]  # present whenever Arrow columns are

    one_chunk = pa.chunked_array([chunks.combine_chunks()])
    try:
        # Text arrays need their dtype told: it says whether a missing cell is NaN or NA.
        joined = type(array)(one_chunk, dtype=array.dtype)
    except TypeError:  # the other Arrow arrays take their dtype from the Arrow type
        joined = type(array)(one_chunk)
    return joined if joined.dtype == array.dtype else array
