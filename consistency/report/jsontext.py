"""Indented JSON text, byte for byte as `json.dumps(indent=2, ensure_ascii=False)`, but fast.

The standard library falls back to its pure-Python encoder whenever `indent` is given, which
made report.json the slowest file to write. This encoder builds each value's text with the
C string escaper and joins, and yields the top levels piece by piece so a large report is
written as it goes rather than held as one string.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

INDENT = "  "


def json_chunks(value: Any, *, stream_depth: int = 2) -> Iterator[str]:
    """The JSON text of `value`, in pieces: one per item of the containers `stream_depth` deep."""
    yield from _chunks(value, "", stream_depth)


def encode(value: Any, indent: str = "") -> str:
    """The JSON text of `value` whose first line is at `indent`; NaN and infinities raise."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return _object(value, indent) if value else "{}"
    if kind is list or kind is tuple:
        return _array(value, indent) if value else "[]"
    return _scalar(value, indent)


def _chunks(value: Any, indent: str, depth: int) -> Iterator[str]:
    """Yield a container's opening, each item and its closing; deeper values whole."""
    if depth <= 0 or not _streamable(value) or not value:
        yield encode(value, indent)
        return
    inner = indent + INDENT
    is_object = type(value) is dict
    yield "{" if is_object else "["
    items = value.items() if is_object else ((None, v) for v in value)
    for n, (key, item) in enumerate(items):
        yield ("\n" if n == 0 else ",\n") + inner
        if is_object:
            yield _key(key) + ": "
        yield from _chunks(item, inner, depth - 1)
    yield "\n" + indent + ("}" if is_object else "]")


def _streamable(value: Any) -> bool:
    """Tell containers (an object, an array, any sequence of rows) from scalars and text."""
    if type(value) in (dict, list, tuple):
        return True
    return isinstance(value, Sequence) and not isinstance(value, str | bytes)


def _object(value: dict[Any, Any], indent: str) -> str:
    """A non-empty object, one member a line."""
    inner = indent + INDENT
    members = (f"{_key(k)}: {encode(v, inner)}" for k, v in value.items())
    return "{\n" + inner + (",\n" + inner).join(members) + "\n" + indent + "}"


def _array(value: Sequence[Any], indent: str) -> str:
    """A non-empty array, one item a line."""
    inner = indent + INDENT
    items = (encode(v, inner) for v in value)
    return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"


def _scalar(value: Any, indent: str) -> str:
    """Numbers, booleans and null, and subclasses of the JSON types, as `json` writes them."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple):
        return _array(value, indent) if value else "[]"
    if isinstance(value, dict):
        return _object(value, indent) if value else "{}"
    if isinstance(value, Sequence) and not isinstance(value, bytes):  # rows shaped when read
        return _array(value, indent) if len(value) else "[]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    """A finite float as `repr` writes it; the report never holds NaN or infinities."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


def _key(key: Any) -> str:
    """An object key as `json` writes it: text as is, numbers and constants as text."""
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, bool) or key is None:
        return f'"{_scalar(key, "")}"'
    if isinstance(key, int | float):
        return f'"{_scalar(key, "")}"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
