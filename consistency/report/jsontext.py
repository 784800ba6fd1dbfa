"""report.json's text: the top levels indented, each row (an article, a claim) on one line.

One row a line keeps a large report fast to write (each row goes through the standard
library's C encoder, which `indent` would turn off) and easy to grep and diff, and the top
levels are yielded piece by piece so the report is written as it goes, never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

INDENT = "  "

#: One value as compact JSON text (`, ` and `: ` between items); NaN and infinities raise.
_ROW = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode


def json_chunks(value: Any, *, stream_depth: int = 2) -> Iterator[str]:
    """The JSON text of `value`, in pieces: one per item of the containers `stream_depth` deep."""
    yield from _chunks(value, "", stream_depth)


def _chunks(value: Any, indent: str, depth: int) -> Iterator[str]:
    """Yield a container's opening, each item on its own line and its closing; rows whole."""
    is_object = type(value) is dict
    if not (is_object or _sequence(value)):
        yield _ROW(value)
        return
    if not value:
        yield "{}" if is_object else "[]"
        return
    if depth <= 0:
        yield _ROW(value if is_object or type(value) in (list, tuple) else list(value))
        return
    inner = indent + INDENT
    yield "{" if is_object else "["
    items = value.items() if is_object else ((None, v) for v in value)
    for n, (key, item) in enumerate(items):
        yield ("\n" if n == 0 else ",\n") + inner
        if is_object:
            yield _ROW(str(key)) + ": "
        yield from _chunks(item, inner, depth - 1)
    yield "\n" + indent + ("}" if is_object else "]")


def _sequence(value: Any) -> bool:
    """Tell arrays (a list, a tuple, any sequence of rows) from scalars and text."""
    if type(value) in (list, tuple):
        return True
    return isinstance(value, Sequence) and not isinstance(value, str | bytes)
