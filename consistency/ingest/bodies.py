"""An article's body, made again from the articles table's raw text and chrome spans.

The table keeps each page's raw text and where its chrome lies (`chrome`: the blanked spans
as compact JSON), not the body beside it: a second copy of every page was a fifth of a
large run's memory (about 200 MB at 50k articles), and blanking a page again is cheap.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

import pandas as pd

from consistency.ingest.chrome import blank, joined_spans

#: Bodies made at a time by `article_bodies`: only a slice of the texts is a list at once.
_ROWS_PER_SLICE = 1024


def chrome_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The spans `blank` blanks in `text`, in order and joined, as compact JSON."""
    return json.dumps(joined_spans(text, spans), separators=(",", ":"))


def article_body(raw_text: str, chrome: str) -> str:
    """The body: `raw_text` with its `chrome` spans replaced by spaces, line breaks kept."""
    if chrome == "[]":  # a page without chrome: its body is its text
        return raw_text
    return blank(raw_text, [(start, end) for start, end in json.loads(chrome)])


def article_bodies(articles: pd.DataFrame) -> Iterator[str]:
    """Each article's body, in the table's order."""
    texts, chrome = articles["raw_text"], articles["chrome"]
    for start in range(0, len(articles), _ROWS_PER_SLICE):
        end = start + _ROWS_PER_SLICE
        pairs = zip(texts.iloc[start:end].tolist(), chrome.iloc[start:end].tolist(), strict=True)
        for raw_text, spans in pairs:
            yield article_body(str(raw_text), str(spans))
