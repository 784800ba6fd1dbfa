"""Every corpus's articles get the outlet, day and headline the editor found on the page.

The ministers-call-2026 corpus was written without reading the ingest code, by outlets the
code has never seen: it checks that page layout, not lists of names, finds them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from consistency.ingest import Ingested, ingest
from consistency.ingest.bodies import article_bodies
from consistency.ingest.chrome import TEXT, classify
from consistency.ingest.chrome_rules import chrome_rules
from consistency.knowledge import fold
from tests.conftest import CORPORA, missing_corpus
from tests.expected_facts import expected_path, load_expected, trap_phrases

FOLDERS = CORPORA

pytestmark = pytest.mark.corpus


@cache
def _ingested(corpus: str) -> Ingested:
    """Ingest one corpus folder once."""
    return ingest([FOLDERS[corpus]])


def _row(corpus: str, name: str) -> dict[str, Any]:
    """The article row of the file `name` of a corpus; skip when the corpus is missing."""
    if not FOLDERS[corpus].is_dir():
        missing_corpus(FOLDERS[corpus])
    rows = [
        r for r in _ingested(corpus).articles.to_dict("records") if Path(r["source"]).name == name
    ]
    assert len(rows) == 1, f"{name} is not one article"
    return {str(k): v for k, v in rows[0].items()}


def _articles() -> list[Any]:
    """One case per article of every corpus's expected.yaml."""
    cases = []
    for corpus, folder in sorted(FOLDERS.items()):
        if not expected_path(folder).is_file():
            continue
        for name, want in sorted(load_expected(folder)["articles"].items()):
            cases.append(pytest.param(corpus, name, want, id=f"{corpus}-{name[:3]}"))
    return cases


@pytest.mark.parametrize(("corpus", "name", "want"), _articles())
def test_outlet_day_and_title(corpus: str, name: str, want: dict[str, Any]) -> None:
    """The outlet, publication day and its source are the editor's; the title is a headline."""
    row = _row(corpus, name)
    outlet = f"unknown ({name})" if want["outlet"] == "unknown" else want["outlet"]
    assert row["outlet"] == outlet
    assert row["published"] == str(want["published"])
    if "published_from" in want:
        assert row["published_from"] == want["published_from"]
    title = row["title"]
    assert title, "no headline found"
    # A byline, credit, timestamp, counter, menu or section path is no headline.
    assert classify(title, title, chrome_rules()) == TEXT, title
    names = {fold(row["outlet"]), *([fold(want["wire"])] if "wire" in want else [])}
    assert fold(title) not in names


@pytest.mark.parametrize(
    ("corpus", "name", "title"),
    [
        ("heldout", "000_484d3d210a6f04a7.txt", "Halvik and Ostrel hold video call as Lirova"),
        ("heldout", "002_b10b5983ed3db72f.txt", "Kaldoria, Veskaria agree prisoner swap"),
        ("heldout", "003_b0e28239204e1764.txt", "Analysis: A prisoner deal, and a cautious"),
        ("heldout", "004_288b3bc1d4311ebb.txt", "Families wait for news as prisoner handover"),
        ("summit", "003_9c05e3b7a14d82f6.txt", "Dauvant and Ostrell hold talks at Admiralty"),
    ],
)
def test_headline_not_byline(corpus: str, name: str, title: str) -> None:
    """The headline above a byline is the title, not the byline, credit or wire name under it."""
    assert _row(corpus, name)["title"].startswith(title)


def _traps() -> list[Any]:
    """Every quoted phrase of every corpus's `traps`."""
    return [
        pytest.param(corpus, phrase, id=f"{corpus}-{phrase[:40]}")
        for corpus, folder in sorted(FOLDERS.items())
        for phrase in trap_phrases(folder)
    ]


@pytest.mark.parametrize(("corpus", "phrase"), _traps())
def test_trap_is_blanked(corpus: str, phrase: str) -> None:
    """A trap phrase printed on a page is in no article body."""
    if not FOLDERS[corpus].is_dir():
        missing_corpus(FOLDERS[corpus])
    articles = _ingested(corpus).articles
    if not any(phrase in raw for raw in articles["raw_text"]):
        pytest.skip("an editor's paraphrase, not verbatim page text")
    pairs = zip(articles["source"], article_bodies(articles), strict=True)
    assert [Path(source).name for source, body in pairs if phrase in body] == []
