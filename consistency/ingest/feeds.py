"""Read JSONL and CSV feeds: one article per row, with a text column and optional metadata."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from consistency.ingest.decoding import MAX_CONTROL_SHARE, control_share
from consistency.ingest.html_text import FEED, PageHints
from consistency.ingest.inputs import Document, Reading, encode
from consistency.ingest.printed_dates import first_day

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
TEXT = "text"
#: The columns a feed row may have; only text is required, others are ignored.
COLUMNS = (TEXT, "url", "outlet", "published", "title")
NO_TEXT = "row has no text"
# A CSV cell may hold a whole article; the csv module's default limit is 128 KB per field.
_FIELD_LIMIT = 1 << 30
# An integer of more digits than this is kept as its text: Python refuses to convert one of
# thousands of digits (a ValueError, not a JSON error), and no date or count is that long.
_MAX_INT_DIGITS = 40
# How much of a cell a warning quotes.
_SHOWN = 60


def _int(digits: str) -> int | str:
    """A JSON integer, or its text when it is too long to be any value a row holds."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def loads(line: str) -> Any:
    """One JSON value, with overlong integers kept as text."""
    return json.loads(line, parse_int=_int)


def shown(value: str) -> str:
    """A cell as a warning quotes it: its repr, cut short when it is long."""
    if len(value) <= _SHOWN:
        return repr(value)
    return f"{value[:_SHOWN]!r}... ({len(value):,} characters)"


def _clean(value: str) -> str:
    """A cell's text with lone surrogates (from JSON escapes) made replacement characters."""
    return encode(value).decode("utf-8", "replace")


def _cell(row: Mapping[str, Any], column: str) -> str | None:
    """A metadata cell as stripped text; None when missing, empty or not a plain value."""
    value = row.get(column)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return _clean(str(value)).strip() or None


def _columns(row: Mapping[Any, Any]) -> dict[str, Any]:
    """The row with its column names stripped and in lower case."""
    return {str(key).strip().lower(): value for key, value in row.items() if key is not None}


def add_row(path: Path, number: int, row: Mapping[Any, Any], reading: Reading) -> None:
    """Add one feed row to `reading`: a document, or a rejection saying why it is none."""
    source = f"{path}:{number}"
    cells = _columns(row)
    text = cells.get(TEXT)
    if not isinstance(text, str) or not text.strip():
        reading.reject(source, NO_TEXT)
        return
    text = _clean(text)
    if control_share(text) > MAX_CONTROL_SHARE:
        reading.reject(source, "row text is mostly control characters")
        return
    published = _cell(cells, "published")
    day = first_day(published) if published else None
    if published and day is None:
        reading.warnings.append(f"{path}:{number}: published {shown(published)} is not a date")
    hints = PageHints(
        title=_cell(cells, "title"),
        outlet=_cell(cells, "outlet"),
        published=day,
        url=_cell(cells, "url"),
        published_from=FEED,
    )
    # Duplicates are judged on every known cell: the same text from two outlets is syndication.
    known = {column: _cell(cells, column) for column in COLUMNS if column != TEXT}
    data = encode(json.dumps({TEXT: text, **known}, sort_keys=True, ensure_ascii=False))
    reading.documents.append(Document(path, data, text, hints, row=number))


def _jsonl_rows(text: str) -> Iterator[tuple[int, Any, str | None]]:
    """Yield each non-blank line's number and value, or None and the reason it does not parse."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, loads(line), None
        except json.JSONDecodeError as error:
            yield number, None, f"not valid JSON ({error.msg} at column {error.colno})"
        except RecursionError:
            yield number, None, "not valid JSON (nested too deeply)"
        except ValueError as error:  # a value JSON allows but Python cannot hold
            yield number, None, f"not valid JSON ({str(error).split(';')[0]})"


def read_jsonl(path: Path, text: str, reading: Reading) -> None:
    """Add the rows of a JSONL feed (one JSON object per line) to `reading`."""
    rows = 0
    for number, value, problem in _jsonl_rows(text):
        rows += 1
        if problem is not None:
            reading.reject(f"{path}:{number}", problem)
        elif not isinstance(value, dict):
            reading.reject(f"{path}:{number}", "not a JSON object")
        else:
            add_row(path, number, value, reading)
    if rows == 0:
        reading.reject(str(path), "feed has no rows")


def looks_like_jsonl(text: str) -> bool:
    """Tell whether text is a JSONL feed: its first non-blank line is a JSON object."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(loads(first), dict)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return False


def read_csv(path: Path, text: str, reading: Reading) -> None:
    """Add the rows of a CSV feed (a header row naming a text column) to `reading`."""
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    number = 0
    try:
        header = [name.strip().lower() for name in reader.fieldnames or ()]
        number = 1
        if TEXT not in header:
            columns = ", ".join(header) if header else "none"
            reading.reject(str(path), f"no 'text' column (columns are {columns})")
            return
        # The row number is the one a spreadsheet shows: the header is row 1.
        for number, row in enumerate(reader, start=2):
            add_row(path, number, row, reading)
    except csv.Error as error:
        reading.reject(f"{path}:{number + 1}", f"not valid CSV ({error})")
        return
    if number == 1:
        reading.reject(str(path), "feed has no rows")
