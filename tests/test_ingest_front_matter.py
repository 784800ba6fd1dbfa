"""A markdown page's front matter ("---" block of "key: value" lines) is its own metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from consistency.ingest import ingest
from consistency.ingest.bodies import article_body
from consistency.ingest.front_matter import find_front_matter

TITLE = "Ferry terminal approved after long wait"
PROSE = "The port authority approved the new ferry terminal on Tuesday after a two-hour debate."
MORE = "Engineers expect the terminal to open in two years, the authority said in a statement."
TODAY = dt.date(2031, 12, 1)


def row_of(tmp_path: Path, text: str, name: str = "story.md") -> dict[str, Any]:
    """The article row ingest gives one file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = ingest([path], today=TODAY)
    assert len(done.articles) == 1
    return {str(k): v for k, v in done.articles.iloc[0].to_dict().items()}


@pytest.mark.parametrize(
    ("block", "outlet", "day"),
    [
        (
            f"title: {TITLE}\ndate: 2031-03-07\nauthor: Ana Lind\nsource: Reuters",
            "Reuters",
            "2031-03-07",
        ),
        (
            f'title: "{TITLE}"\npublished: 2031-03-07T09:15:00Z\npublisher: The Norrby Courier',
            "The Norrby Courier",
            "2031-03-07",
        ),
        (
            f"headline: '{TITLE}'\npubDate: March 7, 2031\ntags:\n  - harbour\n  - ferries\n"
            "site_name: Velm Evening Post",
            "Velm Evening Post",
            "2031-03-07",
        ),
    ],
)
def test_front_matter_gives_headline_outlet_and_day(
    tmp_path: Path, block: str, outlet: str, day: str
) -> None:
    """Its title, site and day are the page's, and its lines are never article text."""
    text = f"---\n{block}\n---\n\n{PROSE}\n\n{MORE}\n"
    row = row_of(tmp_path, text)
    assert (row["title"], row["outlet"]) == (TITLE, outlet)
    assert (row["published"], row["published_from"]) == (day, "front matter")
    body = article_body(row["raw_text"], row["chrome"])
    assert "---" not in body and ":" not in body.split(PROSE)[0]
    assert PROSE in body


def test_a_byline_under_the_front_matter_credits_the_writer(tmp_path: Path) -> None:
    """A wire credit in the story still names who wrote it; the front matter's site carried it."""
    text = f"---\ntitle: {TITLE}\nsite: The Norrby Courier\n---\n\nBy AFP\n\n{PROSE}\n\n{MORE}\n"
    row = row_of(tmp_path, text)
    assert (row["outlet"], row["carrier"]) == ("AFP", "The Norrby Courier")


@pytest.mark.parametrize(
    "text",
    [
        f"---\n\n{TITLE}\n\n{PROSE}\n\n---\n\n{MORE}\n",
        f"{TITLE}\n\n---\ntitle: Another story\n---\n\n{PROSE}\n",
        f"---\ntitle: {TITLE}\n\n{PROSE}\n\n{MORE}\n",
    ],
)
def test_rules_and_unclosed_blocks_are_no_front_matter(text: str) -> None:
    """A rule over a story, a block not at the top, or one never closed is not metadata."""
    assert find_front_matter(text) is None


def test_markdown_emphasis_around_a_byline_is_read_through(tmp_path: Path) -> None:
    """A byline in markdown emphasis under a "# Headline" is the byline, not the headline."""
    text = f"# {TITLE}\n\n*By Ana Lind | 7 March 2031*\n\n{PROSE}\n\n{MORE}\n"
    row = row_of(tmp_path, text)
    assert row["title"] == TITLE
    assert (row["published"], row["published_from"]) == ("2031-03-07", "byline")


@pytest.mark.parametrize(
    ("block", "outlet"),
    [
        (f"Title: {TITLE}\nSource: The Norrby Courier\nDate: 2031-03-07", "The Norrby Courier"),
        (f"Headline: {TITLE}\nAuthor: Ana Lind\nPublished: 7 March 2031", "unknown (story.txt)"),
        (f"URL: https://norrby.example/ferry\nTitle: {TITLE}\nPubDate: 07/03/2031", None),
    ],
)
def test_a_plain_block_of_metadata_lines_is_front_matter(
    tmp_path: Path, block: str, outlet: str | None
) -> None:
    """Lines of "Title:", "Date:", "Source:" opening a text file, without fences, are metadata."""
    row = row_of(tmp_path, f"{block}\n\n{PROSE}\n\n{MORE}\n", name="story.txt")
    assert row["title"] == TITLE
    assert (row["published"], row["published_from"]) == ("2031-03-07", "front matter")
    if outlet is not None:
        assert row["outlet"] == outlet
    assert article_body(row["raw_text"], row["chrome"]).strip().startswith(PROSE)


@pytest.mark.parametrize(
    "text",
    [
        f"Date: 7 March 2031\n\n{TITLE}\n\n{PROSE}\n",
        f"Editor's note: This story was updated.\nDate: 7 March 2031\n\n{PROSE}\n",
        f"Title: {TITLE}\nThe port authority met on Tuesday.\n\n{PROSE}\n",
        f"Author: Ana Lind\nSection: Harbour\n\n{PROSE}\n",
    ],
)
def test_a_lone_label_or_lines_of_text_are_no_plain_front_matter(text: str) -> None:
    """One field, an unknown key, a line of text in the block, or no headline and no day."""
    assert find_front_matter(text) is None
