"""Feeds (JSONL, CSV), standard input, sidecars by web address, and syndicated copies."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from consistency.ingest import Ingested, ingest
from consistency.ingest.html_text import FEED
from consistency.ingest.sidecar import url_key
from consistency.normalise.syndication import syndicated_groups
from consistency.pipeline import run_check

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
JSONL = FEEDS / "articles.jsonl"
CSV = FEEDS / "articles.csv"
GOOD = Path(__file__).parent / "fixtures" / "bad_inputs" / "good_riverside_post.txt"


def rows(table: Any) -> dict[str, dict[str, Any]]:
    """The rows of a table by source."""
    return {str(r["source"]): {str(k): v for k, v in r.items()} for r in table.to_dict("records")}


def reasons(result: Ingested) -> dict[str, str]:
    """Rejection reasons by source."""
    return dict(zip(result.rejected["source"], result.rejected["reason"], strict=True))


@pytest.fixture(scope="module")
def feeds() -> Ingested:
    """Ingest the folder of feeds with its sources.csv."""
    return ingest([FEEDS])


def test_each_row_is_an_article(feeds: Ingested) -> None:
    """A feed gives one article per row; blank JSONL lines are skipped, repeats rejected."""
    assert sorted(rows(feeds.articles)) == [
        f"{CSV}:2",
        f"{JSONL}:1",
        f"{JSONL}:2",
        f"{JSONL}:4",
    ]
    assert reasons(feeds) == {f"{CSV}:3": f"duplicate of {CSV}:2"}


def test_row_columns(feeds: Ingested) -> None:
    """Outlet, day and title come from the row's columns, any case, any date format."""
    wire = rows(feeds.articles)[f"{JSONL}:1"]
    assert (wire["outlet"], wire["published"], wire["title"]) == (
        "Northline Wire",
        "2024-09-17",
        "Dravonia, Tolvary to cut border crossing fees",
    )
    orbis = rows(feeds.articles)[f"{CSV}:2"]
    assert (orbis["outlet"], orbis["published"]) == ("Orbis Weekly", "2024-09-20")
    assert orbis["raw_text"].startswith("Dravonia's Trade Minister") and "\n\n" in orbis["raw_text"]


def test_row_day_says_it_came_from_the_feed(feeds: Ingested) -> None:
    """A feed row's published column is recorded as the feed's, not as a byline."""
    wire = rows(feeds.articles)[f"{JSONL}:1"]
    assert wire["published_from"] == FEED == "feed"


def test_row_id_hashes_text_and_source(feeds: Ingested) -> None:
    """A row's id is the hash of its text plus its source, so identical texts differ by row."""
    wire = rows(feeds.articles)[f"{JSONL}:1"]
    text = json.loads(JSONL.read_text().splitlines()[0])["text"]
    expected = hashlib.sha256(f"{text}\x00{JSONL}:1".encode()).hexdigest()[:16]
    assert wire["article_id"] == expected
    assert rows(feeds.articles)[f"{JSONL}:2"]["article_id"] != expected


def test_sidecar_matches_a_row_by_url(feeds: Ingested) -> None:
    """A sources.csv row naming a web address overrides the feed row with that address."""
    calder = rows(feeds.articles)[f"{JSONL}:4"]
    assert (calder["outlet"], calder["outlet_from"]) == ("The Calder Gazette", "sidecar")
    assert (calder["published"], calder["published_from"]) == ("2024-09-18", "sidecar")
    assert f"{JSONL}:4: published 'yesterday' is not a date" in feeds.warnings
    assert not any("no input file matches" in w for w in feeds.warnings)


#: A council story for feeds written by the tests, told in each row in the outlet's words.
COUNCIL = (
    "The Lindmoor town council voted on {day} to rebuild the old harbour bridge, which has "
    "been closed to lorries since the spring floods.\n"
    "Councillors said the work would take {months} months and that the bridge would stay "
    "open to walkers while the new deck is laid."
)


def test_feed_rows_keep_their_url(tmp_path: Path) -> None:
    """A feed row's url is in the articles table as written; rows without one and files get null."""
    feed = tmp_path / "council.jsonl"
    cells = [
        {"url": "https://www.lindmoor-echo.example/news/Bridge?id=7", "outlet": "Lindmoor Echo"},
        {"outlet": "Harbour Voice"},
        {"url": "", "outlet": "Coastal Ledger"},
        {"url": "javascript:alert(1)", "outlet": "Quay Times"},
    ]
    days = ("Monday", "Tuesday", "Wednesday", "Thursday")
    feed.write_text(
        "".join(
            json.dumps({"text": COUNCIL.format(day=day, months=n + 3), **row}) + "\n"
            for n, (day, row) in enumerate(zip(days, cells, strict=True))
        ),
        encoding="utf-8",
    )
    page = tmp_path / "page.txt"
    page.write_text(COUNCIL.format(day="Friday", months=9) + "\n", encoding="utf-8")
    articles = ingest([tmp_path]).articles
    # A missing cell of a text column reads back as pandas' missing value.
    pairs = zip(articles["source"], articles["url"], strict=True)
    urls = {source: None if pd.isna(url) else url for source, url in pairs}
    assert urls == {
        f"{feed}:1": "https://www.lindmoor-echo.example/news/Bridge?id=7",
        f"{feed}:2": None,
        f"{feed}:3": None,
        f"{feed}:4": "javascript:alert(1)",  # kept as untrusted text; the reports never link it
        str(page): None,
    }


def test_url_key_folds_spelling() -> None:
    """Scheme, www., case of the host and a trailing slash do not stop a match."""
    assert url_key("https://www.News.example/a/b/") == url_key("http://news.example/a/b")
    assert url_key("https://news.example/a?id=1") != url_key("https://news.example/a?id=2")


def test_syndicated_copies_are_one_source_and_listed() -> None:
    """The same wire text from two outlets is one source, and the merged copies are listed."""
    result = run_check([FEEDS])
    merged = "Harbour Evening News = Northline Wire (one syndicated story)"
    assert all(merged in outlets for outlets in result.findings["outlets"] if len(outlets) > 2)
    groups = syndicated_groups(result.articles)
    assert [(g.origin, g.outlets, g.sources) for g in groups] == [
        (merged, ("Harbour Evening News", "Northline Wire"), (f"{JSONL}:1", f"{JSONL}:2"))
    ]


def test_no_syndication_in_unrelated_articles() -> None:
    """Articles that share no wire copy give no syndicated group."""
    assert syndicated_groups(ingest([GOOD]).articles) == []
    assert syndicated_groups(ingest([]).articles) == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": ""}', "row has no text"),
        ('{"text": "   "}', "row has no text"),
        ('{"text": 42}', "row has no text"),
        ('{"title": "no text"}', "row has no text"),
        ('{"text": "cut off', "not valid JSON (Unterminated string starting at at column 10)"),
        ("[1, 2]", "not a JSON object"),
        ('"a string"', "not a JSON object"),
    ],
)
def test_bad_jsonl_rows(tmp_path: Path, line: str, reason: str) -> None:
    """A row that cannot be an article is rejected alone, named by its line."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line + "\n")
    assert reasons(ingest([feed])) == {f"{feed}:1": reason}


@pytest.mark.parametrize(
    ("content", "source", "reason"),
    [
        ("", "", "empty file"),
        ("\n\n", "", "only whitespace"),
        ("text,outlet\n", "", "feed has no rows"),
        ("title,body\nA,B\n", "", "no 'text' column (columns are title, body)"),
    ],
)
def test_bad_csv_feeds(tmp_path: Path, content: str, source: str, reason: str) -> None:
    """A CSV feed that cannot give rows is rejected with the reason."""
    feed = tmp_path / "feed.csv"
    feed.write_text(content)
    result = ingest([feed])
    assert reasons(result) == {f"{feed}{source}": reason}


def test_surrogates_in_json_become_replacement_characters(tmp_path: Path) -> None:
    """A lone surrogate escaped in JSON cannot reach the reports, which write UTF-8."""
    feed = tmp_path / "feed.jsonl"
    text = "The harbour board met on Monday to approve the new pier budget \\ud800 in full."
    feed.write_text(json.dumps({"text": text}).replace("\\\\ud800", "\\ud800") + "\n")
    row = ingest([feed]).articles.to_dict("records")[0]
    row["raw_text"].encode("utf-8")
    assert "\ufffd" in row["raw_text"]


def piped(monkeypatch: pytest.MonkeyPatch, data: bytes, tty: bool = False) -> None:
    """Make standard input a pipe holding `data`."""

    class Pipe(io.BytesIO):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(Pipe(data)))


def test_stdin_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` reads one article from standard input."""
    piped(monkeypatch, GOOD.read_bytes())
    result = ingest([Path("-")])
    row = result.articles.to_dict("records")[0]
    assert (row["source"], row["outlet"]) == ("<stdin>", "The Riverside Post")
    assert row["article_id"] == hashlib.sha256(GOOD.read_bytes()).hexdigest()[:16]


def test_stdin_jsonl_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input that parses as JSONL is a feed."""
    piped(monkeypatch, JSONL.read_bytes())
    result = ingest("-")  # type: ignore[arg-type]
    assert sorted(result.articles["source"]) == ["<stdin>:1", "<stdin>:2", "<stdin>:4"]


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input that starts like an HTML page is extracted as one."""
    pytest.importorskip("trafilatura")
    html = Path(__file__).parent / "fixtures" / "html" / "orbis_weekly.html"
    piped(monkeypatch, html.read_bytes())
    row = ingest([Path("-")]).articles.to_dict("records")[0]
    assert (row["outlet"], row["published"]) == ("Orbis Weekly", "2024-09-20")


@pytest.mark.parametrize(
    ("data", "tty", "reason"),
    [
        (b"", False, "empty file"),
        (b"x", True, "standard input is a terminal; pipe an article into it"),
        (b"A long article. " * 100, False, "too large (over the limit of 1.0 KB)"),
    ],
)
def test_bad_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, tty: bool, reason: str) -> None:
    """Standard input that gives no article is rejected with the reason."""
    piped(monkeypatch, data, tty)
    assert reasons(ingest([Path("-")], max_bytes=1000)) == {"<stdin>": reason}


def test_stdin_named_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is read once; a second `-` is rejected."""
    piped(monkeypatch, GOOD.read_bytes())
    result = ingest([Path("-"), Path("-")])
    assert len(result.articles) == 1
    assert reasons(result) == {"<stdin>": "standard input named twice; read once"}
