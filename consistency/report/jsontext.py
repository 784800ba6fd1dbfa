"""report.json's text: the top levels indented, each row (an article, a claim) on one line.

One row a line keeps a large report fast to write (each row goes through the standard
library's C encoder, which `indent` would turn off) and easy to grep and diff, and the top
levels are yielded piece by piece so the report is written as it goes, never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from consistency.report.contract import ClaimColumns, ClaimJSON, claim_columns
from consistency.report.lazyrows import LazyRows

INDENT = "  "

#: One value as compact JSON text (`, ` and `: ` between items); NaN and infinities raise.
_ROW = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode

#: A text as a JSON string: what `_ROW` writes for one (the C encoder's own function).
_STRING = encode_basestring


@dataclass(frozen=True)
class EncodedRows:
    """An array's items already written as JSON text, a list at a time; read through once."""

    count: int
    chunks: Iterable[Sequence[str]]


def json_chunks(value: Any, *, stream_depth: int = 2) -> Iterator[str]:
    """The JSON text of `value`, in pieces: one per item of the containers `stream_depth` deep."""
    yield from _chunks(value, "", stream_depth)


def _chunks(value: Any, indent: str, depth: int) -> Iterator[str]:
    """Yield a container's opening, each item on its own line and its closing; rows whole."""
    if isinstance(value, EncodedRows):
        yield from _encoded(value, indent, depth)
        return
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


def _encoded(rows: EncodedRows, indent: str, depth: int) -> Iterator[str]:
    """Yield an array of encoded rows as `_chunks` lays out an array: a chunk of lines at once."""
    if not rows.count:
        yield "[]"
        return
    if depth <= 0:
        yield "[" + ", ".join(row for chunk in rows.chunks for row in chunk) + "]"
        return
    between = ",\n" + indent + INDENT
    before = "[\n" + indent + INDENT
    for chunk in rows.chunks:
        if chunk:
            yield before + between.join(chunk)
            before = between
    yield "\n" + indent + "]"


#: The keys of a claim, in the order `_claim` makes them (its span in one).
CLAIM_KEYS = (
    "claim_id", "article_id", "outlet", "fact", "subject", "value", "precision", "hedged",
    "text", "span", "sentence", "attribution", "tense", "not_evaluated",
)  # fmt: skip
#: A claim's line with a slot for each of its values' JSON text.
_CLAIM_LINE = "{" + ", ".join(_STRING(key) + ": %s" for key in CLAIM_KEYS) + "}"


def claim_lines(claims: Sequence[ClaimJSON]) -> EncodedRows | Sequence[ClaimJSON]:
    """The claims as report.json's lines, made a column at a time, when read from the table.

    `_ROW` on a dict per claim was most of the time report.json took. Claims as dicts (read
    back from a report) are left for `_chunks` to encode.
    """
    if not isinstance(claims, LazyRows):
        return claims
    return EncodedRows(len(claims), map(_claim_texts, claim_columns(claims)))


def _claim_texts(cells: ClaimColumns) -> list[str]:
    """A chunk of claims' lines, each value encoded as `_ROW` would inside the claim's dict."""
    encoded = {name: list(map(_STRING, cells[name])) for name in _CLAIM_STRINGS}
    subjects = {s: _ROW(s) for s in set(cells["subject"])}  # few: each written once
    spans = zip(cells["start"], cells["end"], strict=True)
    encoded |= {
        "subject": [subjects[s] for s in cells["subject"]],
        "value": [_STRING(v) if type(v) is str else _ROW(v) for v in cells["value"]],
        "hedged": ["true" if h else "false" for h in cells["hedged"]],
        "span": [f"[{start}, {end}]" for start, end in spans],
    }
    rows = zip(*(encoded[key] for key in CLAIM_KEYS), strict=True)
    return [_CLAIM_LINE % row for row in rows]


#: The claim values that are always text (`_claim` makes them with `_text`).
_CLAIM_STRINGS = tuple(k for k in CLAIM_KEYS if k not in ("subject", "value", "hedged", "span"))
