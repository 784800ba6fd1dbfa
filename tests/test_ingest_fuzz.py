"""Random files never make ingest raise: each becomes an article or a rejection."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.ingest import Ingested, ingest
from consistency.ingest.bodies import article_bodies

# Lines that look like page chrome and article text, to exercise the page reader.
PAGE_LINES = st.sampled_from(
    [
        "",
        " date 2024-03-05   1. Skip to content",
        "Harbour wall plan goes to a vote",
        "The council met on Tuesday to discuss the new harbour wall and its cost.",
        "  • By Coast Press",
        "  • 4 Mar 2024 10:15",
        "Coast Press",
        "Related News",
        "Most Read",
        "BREAKING",
        "More stories from Coast Press",
        "Workers on the wall, Monday, March 4, 2024Image: A. Ortiz/CP",
        "3 Shares",
        "\r",
        "\u2028",
    ]
)
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def ingest_bytes(data: bytes, suffix: str = ".txt") -> Ingested:
    """Write `data` to a fresh file and ingest it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return ingest([path])


def check(result: Ingested) -> None:
    """One file gives one row; an article keeps the offset map."""
    assert len(result.articles) + len(result.rejected) == 1
    for body, raw in zip(article_bodies(result.articles), result.articles["raw_text"], strict=True):
        assert isinstance(body, str) and isinstance(raw, str)
        assert len(body) == len(raw)
        assert all(b == r or b.isspace() for b, r in zip(body, raw, strict=True))
    for reason in result.rejected["reason"]:
        assert reason and "\n" not in reason


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    """Random bytes are read or rejected, never raise."""
    check(ingest_bytes(data))


@SETTINGS
@given(st.text(max_size=3000))
def test_random_unicode(text: str) -> None:
    """Random unicode text is read or rejected, never raises."""
    check(ingest_bytes(text.encode("utf-8"), ".md"))


@SETTINGS
@given(st.lists(PAGE_LINES, max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_random_pages(lines: list[str], newline: str) -> None:
    """Pages shuffled from chrome and text lines are read or rejected, never raise."""
    check(ingest_bytes(newline.join(lines).encode("utf-8")))
