"""Random inputs through the whole pipeline: never a traceback, always tables and a report."""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.pipeline import run_check
from consistency.report import write_reports
from consistency.schemas import CheckResult

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Pieces of news sentences, so that random articles reach extraction and normalisation.
WORDS = st.sampled_from(
    [
        "Trade Minister Ilka Maresh",
        "President Bertran Sollis",
        "Maresh",
        "Sollis",
        "met",
        "held talks with",
        "on Monday",
        "on Tuesday",
        "last week",
        "on March 3, 2024",
        "for four hours",
        "lasted five and a half hours",
        "more than two hours",
        "the first visit since 2016",
        "in five years",
        "arrived on Sunday",
        "according to officials",
        "may meet",
        "is expected to",
        "said",
        "“We agreed,” she said",
        ".",
        ",",
        "\n\n",
        "By Northline Wire",
        "18 Sep 2024",
        "Most Read",
    ]
)
ARTICLES = st.lists(WORDS, max_size=80).map(" ".join)
CELLS = st.one_of(st.text(max_size=300), ARTICLES, st.integers(), st.floats(), st.none())
COLUMNS = st.sampled_from(["text", "Text", "url", "outlet", "published", "title", "other"])
TAGS = st.sampled_from(
    ["<p>", "</p>", "<article>", "</article>", "<nav>", "<h1>", "</h1>", "<script>", "<br>", "<"]
)
HTML = st.lists(st.one_of(TAGS, ARTICLES, st.text(max_size=40)), max_size=60).map("".join)
#: A file's suffix and bytes: random bytes, random unicode, or news-like text in an encoding.
FILES = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), st.binary(max_size=1500)),
    st.tuples(st.just(".md"), st.text(max_size=1500).map(str.encode)),
    st.tuples(
        st.just(".txt"),
        st.builds(
            lambda text, encoding: text.encode(encoding, errors="replace"),
            ARTICLES,
            st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
        ),
    ),
)


def check_folder(files: dict[str, bytes]) -> CheckResult:
    """Write the files to a fresh folder and run the pipeline over it."""
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        result = run_check([Path(folder)])
        accounted(result, len(files))
        return result


def accounted(result: CheckResult, files: int) -> None:
    """Every input is an article or a rejected entry, and claims point into their articles."""
    assert len(result.articles) + len(result.rejected) >= files
    for reason in result.rejected["reason"]:
        assert reason and "\n" not in reason
    texts = dict(zip(result.articles["article_id"], result.articles["raw_text"], strict=True))
    for article, text, start, end in zip(
        result.facts["article_id"],
        result.facts["text"],
        result.facts["start"],
        result.facts["end"],
        strict=True,
    ):
        assert texts[article][start:end] == text


@settings(SETTINGS, max_examples=30)
@given(st.lists(FILES, min_size=1, max_size=4))
def test_random_files(contents: list[tuple[str, bytes]]) -> None:
    """Random bytes, unicode and news-like text, several files a run, go through every stage."""
    files = {f"{i}{suffix}": data for i, (suffix, data) in enumerate(contents)}
    check_folder(files)


@settings(SETTINGS, max_examples=25)
@given(
    st.lists(st.dictionaries(COLUMNS, CELLS, max_size=6), max_size=6),
    st.lists(COLUMNS, min_size=1, max_size=4),
    st.lists(st.lists(CELLS, max_size=5), max_size=5),
)
def test_random_feeds(
    jsonl: list[dict[str, object]], header: list[str], rows: list[list[object]]
) -> None:
    """Random JSONL and CSV rows each give an article or a rejection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    lines = "\n".join(json.dumps(row) for row in jsonl)
    check_folder({"feed.jsonl": lines.encode("utf-8"), "feed.csv": buffer.getvalue().encode()})


@settings(SETTINGS, max_examples=20)
@given(HTML)
def test_random_html(html: str) -> None:
    """Random markup is extracted or rejected, offline."""
    pytest.importorskip("trafilatura")
    check_folder({"page.html": html.encode("utf-8")})


@settings(SETTINGS, max_examples=15)
@given(st.one_of(st.binary(max_size=1000), ARTICLES.map(str.encode)))
def test_random_stdin(data: bytes) -> None:
    """Whatever is piped to `-` gives an article, feed rows, or a rejection."""
    stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        accounted(run_check([Path("-")]), 1)
    finally:
        sys.stdin = stdin


@settings(SETTINGS, max_examples=10)
@given(st.lists(st.one_of(ARTICLES, st.text(max_size=300)), min_size=1, max_size=3))
def test_random_articles_always_give_a_report(texts: list[str]) -> None:
    """Whatever articles are read, the reports are written."""
    files = {f"{i}.txt": t.encode("utf-8") for i, t in enumerate(texts)}
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        result = run_check([Path(folder)])
        written = write_reports(result, Path(folder) / "reports")
        assert all(path.is_file() for path in written)
