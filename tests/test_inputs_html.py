"""HTML pages of three site layouts give the same claims as their plain-text versions."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from consistency.ingest import ingest
from consistency.ingest.bodies import article_body
from consistency.ingest.html_text import HTML_METADATA, NO_BODY
from consistency.pipeline import run_check

pytest.importorskip("trafilatura")

HTML = Path(__file__).parent / "fixtures" / "html"
#: Each page, with the outlet, day and headline its markup gives.
PAGES = {
    "calder_gazette": (
        "The Calder Gazette",
        "2024-09-18",
        "Dravonia and Tolvary agree to cut border fees after trade talks",
    ),
    "northline_wire": (
        "Northline Wire",
        "2024-09-17",
        "Dravonia, Tolvary to cut border crossing fees from January",
    ),
    "orbis_weekly": ("Orbis Weekly", "2024-09-20", "The long road to Ostravel"),
}

Claim = tuple[str, tuple[str, ...], str]


def claims(path: Path) -> list[Claim]:
    """The claims the whole pipeline reads from one file: fact, subject, normalised value."""
    facts = run_check([path]).facts
    found = zip(facts["fact"], facts["subject"], facts["value"], strict=True)
    return sorted(
        (str(fact), tuple(subject), json.dumps(value, sort_keys=True))
        for fact, subject, value in found
    )


def only_article(path: Path) -> dict[str, Any]:
    """Ingest one file that must give exactly one article, and return its row."""
    result = ingest([path])
    assert result.rejected.empty, result.rejected.to_dict("records")
    rows = result.articles.to_dict("records")
    assert len(rows) == 1
    return {str(k): v for k, v in rows[0].items()}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_html_gives_the_claims_of_its_text_version(page: str) -> None:
    """The HTML page and the scraped text of the same article give identical claims."""
    from_html = claims(HTML / f"{page}.html")
    assert len(from_html) >= 8
    assert from_html == claims(HTML / f"{page}.txt")


@pytest.mark.parametrize("page", sorted(PAGES))
def test_html_metadata(page: str) -> None:
    """Outlet, day and headline come from the page's markup (site name, meta, JSON-LD)."""
    row = only_article(HTML / f"{page}.html")
    outlet, day, title = PAGES[page]
    assert (row["outlet"], row["outlet_from"]) == (outlet, "page")
    assert (row["published"], row["title"]) == (day, title)
    assert row["published_from"] == HTML_METADATA == "html metadata"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_html_spans_index_the_extracted_text(page: str) -> None:
    """raw_text is the extracted text; body blanks chrome in place, so spans index raw_text."""
    row = only_article(HTML / f"{page}.html")
    raw, body = row["raw_text"], article_body(row["raw_text"], row["chrome"])
    assert "<" not in raw and len(body) == len(raw)
    assert all(b == r or b.isspace() for b, r in zip(body, raw, strict=True))
    facts = run_check([HTML / f"{page}.html"]).facts
    for text, start, end in zip(facts["text"], facts["start"], facts["end"], strict=True):
        assert raw[start:end] == text


def test_repeated_headline_is_content_its_kicker_chrome() -> None:
    """The headline the extractor left at the top is content, as on a text page; its kicker not."""
    row = only_article(HTML / "orbis_weekly.html")
    assert row["raw_text"].startswith("Diplomacy\nThe long road to Ostravel\n")
    body = article_body(row["raw_text"], row["chrome"])
    assert "Diplomacy" not in body and "The long road to Ostravel" in body
    assert "How two quarrelling neighbours" in body


def test_html_is_read_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No page, not even one that is only a web address, makes a network connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "address.html").write_text("https://news.example/story")
    for page in PAGES:
        (tmp_path / f"{page}.html").write_bytes((HTML / f"{page}.html").read_bytes())
    result = ingest([tmp_path])
    assert len(result.articles) == len(PAGES)
    assert dict(zip(result.rejected["source"], result.rejected["reason"], strict=True)) == {
        str(tmp_path / "address.html"): NO_BODY
    }


def test_html_saved_as_text_is_read_as_html(tmp_path: Path) -> None:
    """A page saved under a .txt name is recognised by its doctype and extracted."""
    page = tmp_path / "saved.txt"
    page.write_bytes((HTML / "calder_gazette.html").read_bytes())
    row = only_article(page)
    assert row["outlet"] == "The Calder Gazette"
    assert "<p>" not in row["raw_text"]


def test_page_with_only_navigation_is_rejected(tmp_path: Path) -> None:
    """Menus and link lists are no article body."""
    page = tmp_path / "front.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<ul><li><a href='/a'>Pier reopens</a></li></ul><footer>© Bay Times</footer></body></html>"
    )
    result = ingest([page])
    assert result.articles.empty
    assert list(result.rejected["reason"]) == [NO_BODY]


@pytest.mark.parametrize(
    ("meta", "warning"),
    [
        ("2091-05-04", "publication date 2091-05-04 on the page is in the future"),
        ("1789-07-14", "publication date 1789-07-14 on the page is before 1900"),
    ],
)
def test_absurd_html_dates_are_dropped(tmp_path: Path, meta: str, warning: str) -> None:
    """A future or very old date in the page's metadata is not trusted."""
    page = tmp_path / "dated.html"
    page.write_text(
        f'<html><head><meta property="article:published_time" content="{meta}">'
        "<title>Pier reopens after repairs</title></head><body><article>"
        "<p>The pier reopened on Friday after repairs to its deck were finished.</p>"
        "</article></body></html>"
    )
    result = ingest([page])
    row = result.articles.to_dict("records")[0]
    assert row["published_from"] == "none"
    assert any(w.startswith(f"{page}: {warning}") for w in result.warnings)
