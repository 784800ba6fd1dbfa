"""Ingest the shared corpus of scraped pages and check it against its expected.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from consistency.ingest import Ingested, ingest
from consistency.ingest.bodies import article_bodies, article_body
from consistency.ingest.chrome import read_layout
from consistency.ingest.chrome_rules import chrome_rules, outlets_from
from consistency.ingest.outlets import page_outlet
from tests.conftest import missing_corpus

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "blinken-beijing-2023"
EXPECTED = CORPUS / "expected.yaml"

pytestmark = pytest.mark.corpus


@cache
def expected() -> dict[str, Any]:
    """Read expected.yaml, or an empty mapping when the corpus is missing."""
    if not EXPECTED.exists():
        return {"articles": {}, "traps": []}
    data: dict[str, Any] = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    return data


@cache
def corpus() -> Ingested:
    """Ingest the whole corpus folder once."""
    return ingest([CORPUS])


@pytest.fixture
def ingested() -> Ingested:
    """Return the ingested corpus; skip when the shared folder is not there."""
    if not CORPUS.is_dir():
        missing_corpus(CORPUS)
    return corpus()


def records(ingested: Ingested) -> list[dict[str, Any]]:
    """Return the article rows as plain dicts, each with its body made from text and chrome."""
    return [_with_body(row) for row in ingested.articles.to_dict("records")]


def _with_body(row: dict[Any, Any]) -> dict[str, Any]:
    """The row as a plain dict with its "body": raw_text with the chrome spans blanked."""
    plain = {str(k): v for k, v in row.items()}
    return plain | {"body": article_body(plain["raw_text"], plain["chrome"])}


def row_for(ingested: Ingested, name: str) -> dict[str, Any]:
    """Return the article row of the corpus file called `name`."""
    rows = [row for row in records(ingested) if Path(row["source"]).name == name]
    assert len(rows) == 1, f"{name} is not one article"
    return rows[0]


def trap_phrases() -> list[str]:
    """Every quoted phrase of the traps, with a trailing '...' cut (it means 'and so on')."""
    phrases = []
    for trap in expected()["traps"]:
        for quoted in re.findall(r'"([^"]+)"', trap):
            phrases.append(quoted.removesuffix("...").removesuffix("…"))
    return phrases


ARTICLES = sorted(expected()["articles"].items())


@pytest.mark.parametrize(("name", "want"), ARTICLES, ids=[name[:3] for name, _ in ARTICLES])
def test_outlet_and_day(ingested: Ingested, name: str, want: dict[str, Any]) -> None:
    """Each article gets the outlet, day and day source the editor found."""
    row = row_for(ingested, name)
    if want["outlet"] == "unknown":
        assert (row["outlet"], row["outlet_from"]) == (f"unknown ({name})", "unknown")
    else:
        assert (row["outlet"], row["outlet_from"]) == (want["outlet"], "page")
    assert row["published"] == str(want["published"])
    if "published_from" in want:
        assert row["published_from"] == want["published_from"]
    else:
        assert row["published_from"] in ("date line", "byline")


def test_nothing_rejected(ingested: Ingested) -> None:
    """The five pages are articles; only expected.yaml is rejected, as no article file."""
    assert len(ingested.articles) == len(expected()["articles"])
    assert ingested.rejected["reason"].tolist() == ["not an article file (.yaml)"]


@pytest.mark.parametrize("phrase", trap_phrases())
def test_trap_is_blanked(ingested: Ingested, phrase: str) -> None:
    """A phrase of page chrome is on a page but in no article body."""
    assert any(phrase in raw for raw in ingested.articles["raw_text"])
    for row in records(ingested):
        assert phrase not in row["body"], f"{phrase!r} left in the body of {row['source']}"


@pytest.mark.parametrize(
    "phrase",
    ["More stories from", "Most Read", "5 Min Read", "1 Shares", "Page 1 of 2", "03:32 min"],
)
def test_counters_and_boxes_are_blanked(ingested: Ingested, phrase: str) -> None:
    """Box headings, counters, pagination and durations are in no body."""
    assert all(phrase not in body for body in article_bodies(ingested.articles))


def blank_from(raw: str, body: str, marker: str) -> bool:
    """Tell whether body is blank from the first whole line `marker` to the end."""
    start = re.search(rf"^\s*{re.escape(marker)}\s*$", raw, re.MULTILINE)
    assert start is not None, f"{marker!r} is not a line of the page"
    return not body[start.start() :].strip()


def test_more_stories_tail_is_blank(ingested: Ingested) -> None:
    """Every "More stories from ..." box runs to the end of its page and is blanked whole."""
    found = 0
    for row in records(ingested):
        marker = re.search(r"^More stories from .+$", row["raw_text"], re.MULTILINE)
        if marker:
            found += 1
            assert blank_from(row["raw_text"], row["body"], marker.group())
    assert found >= 3


def test_most_read_box_is_blank(ingested: Ingested) -> None:
    """The "Most Read" box and everything after it are blanked."""
    row = row_for(ingested, "004_43c92a50a413d4ba.txt")
    assert blank_from(row["raw_text"], row["body"], "Most Read")


def test_breaking_ticker_is_blank(ingested: Ingested) -> None:
    """The ticker under a BREAKING heading is blanked up to its closing blank line."""
    row = row_for(ingested, "004_43c92a50a413d4ba.txt")
    start = row["raw_text"].index("BREAKING")
    end = row["raw_text"].index("\n\n", start)
    assert not row["body"][start:end].strip()


def test_photo_credits_are_cut_and_captions_kept(ingested: Ingested) -> None:
    """A credit glued to a caption ("...issuesImage: X/Y") is blanked, the caption kept."""
    checked = 0
    for row in records(ingested):
        for match in re.finditer(r"(\S+)Image: [^\n]+", row["raw_text"]):
            credit = match.start() + len(match.group(1))
            assert not row["body"][credit : match.end()].strip()
            assert row["body"][match.start() : credit] == match.group(1)
            checked += 1
    assert checked >= 3


def line_containing(raw: str, phrase: str) -> tuple[int, int]:
    """Return the span of the line of `raw` that contains `phrase`."""
    at = raw.index(phrase)
    start = raw.rfind("\n", 0, at) + 1
    end = raw.find("\n", at)
    return start, len(raw) if end == -1 else end


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("004_43c92a50a413d4ba.txt", "landed in China on Sunday"),
        ("001_af3665352ec5a0d6.txt", "seven and a half hours"),
        ("002_314bab3c223dd38b.txt", "Monday, June 19, 2023"),
    ],
)
def test_paragraph_is_kept(ingested: Ingested, name: str, phrase: str) -> None:
    """A whole body paragraph is in the body, at the same offsets as in the file."""
    row = row_for(ingested, name)
    start, end = line_containing(row["raw_text"], phrase)
    assert row["body"][start:end] == row["raw_text"][start:end]


def test_caption_is_kept_without_credit(ingested: Ingested) -> None:
    """Each copy of a photo caption naming a meeting place stays; its credit does not."""
    row = row_for(ingested, "004_43c92a50a413d4ba.txt")
    found = [m.start() for m in re.finditer("in the Great Hall of the People", row["raw_text"])]
    assert len(found) == 2
    for at in found:
        start, end = line_containing(row["raw_text"], row["raw_text"][at : at + 40])
        kept = row["body"][start:end].strip(" •")
        assert row["raw_text"][start:end].strip(" •").startswith(kept)
        assert "in the Great Hall of the People" in kept and "photo" not in kept


def test_body_resumes_after_inline_box(ingested: Ingested) -> None:
    """After a "Related News" box the first paragraph is kept, the box headlines are not."""
    row = row_for(ingested, "004_43c92a50a413d4ba.txt")
    box = row["raw_text"].index("Related News")
    lines = row["raw_text"][box:].split("\n")
    prose = next(line for line in lines if line.rstrip().endswith(('."', ".")))
    at = row["raw_text"].index(prose, box)
    assert row["body"][at : at + len(prose)] == prose
    assert not row["body"][box:at].strip()


def test_title_is_a_page_line_kept_in_body(ingested: Ingested) -> None:
    """Each title is a whole line of its page, above the body: content, what is above chrome."""
    for row in records(ingested):
        lines = [line.strip() for line in row["raw_text"].split("\n")]
        assert row["title"] in lines
        at = row["raw_text"].index(row["title"])
        assert not row["body"][:at].strip()
        assert row["body"][at : at + len(row["title"])] == row["title"]


def test_offset_map(ingested: Ingested) -> None:
    """Body keeps the file's offsets: same length, each character kept or blanked."""
    for row in records(ingested):
        assert len(row["body"]) == len(row["raw_text"])
        assert all(b == r or b.isspace() for b, r in zip(row["body"], row["raw_text"], strict=True))


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("000_43ae5c707af947c0.txt", "DW"), ("004_43c92a50a413d4ba.txt", "Al Mayadeen English")],
)
def test_outlet_found_without_known_outlets(name: str, outlet: str) -> None:
    """The page's own markers name the outlet even with an empty outlets list."""
    if not CORPUS.is_dir():
        missing_corpus(CORPUS)
    layout = read_layout((CORPUS / name).read_text(encoding="utf-8"))
    assert page_outlet(layout, chrome_rules(), outlets_from([])) == outlet
