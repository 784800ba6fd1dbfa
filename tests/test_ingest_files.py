"""Ingest the invented fixture files: rejections, duplicates, warnings, sidecars, options."""

from __future__ import annotations

import hashlib
import os
import sys
import types
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from consistency.ingest import Ingested, ingest
from consistency.ingest.bodies import article_body
from consistency.ingest.html_text import HTML_EXTRA

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
INPUTS = FIXTURES / "inputs"
SIDECAR = FIXTURES / "sidecar"


def records(table: Any) -> list[dict[str, Any]]:
    """Return the rows of a table as plain dicts; an article's with its body made too."""
    return [_with_body(row) for row in table.to_dict("records")]


def _with_body(row: dict[Any, Any]) -> dict[str, Any]:
    """The row as a plain dict, with "body" (raw_text with chrome blanked) for an article."""
    plain = {str(k): v for k, v in row.items()}
    if "chrome" not in plain:
        return plain
    return plain | {"body": article_body(plain["raw_text"], plain["chrome"])}


def by_name(table: Any, name: str) -> dict[str, Any]:
    """Return the one row of `table` whose source is the file called `name`."""
    rows = [row for row in records(table) if Path(row["source"]).name == name]
    assert len(rows) == 1, f"{name}: {len(rows)} rows"
    return rows[0]


def first(result: Ingested) -> dict[str, Any]:
    """Return the first article row of a result."""
    return records(result.articles)[0]


def reasons(result: Ingested) -> dict[str, str]:
    """Map file names to rejection reasons."""
    return {Path(row["source"]).name: row["reason"] for row in records(result.rejected)}


@pytest.fixture(scope="module")
def inputs() -> Ingested:
    """Ingest the fixture folder of awkward inputs."""
    return ingest([INPUTS])


def test_every_visible_file_is_an_article_or_rejected(inputs: Ingested) -> None:
    """Each visible file becomes exactly one article or one rejection; hidden ones are skipped."""
    visible = sorted(p.name for p in INPUTS.iterdir() if not p.name.startswith("."))
    sources = [*inputs.articles["source"], *inputs.rejected["source"]]
    seen = sorted(Path(s).name for s in sources)
    assert seen == visible


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("01_empty.txt", "empty file"),
        ("02_binary.txt", "binary file (contains NUL bytes)"),
        ("04_blank.txt", "only whitespace"),
        ("06_notes.yaml", "not an article file (.yaml)"),
    ],
)
def test_rejection_reason(inputs: Ingested, name: str, reason: str) -> None:
    """A file that is no article text is rejected with a one-line reason."""
    assert reasons(inputs)[name] == reason


@pytest.mark.parametrize(
    ("name", "encoding", "words"),
    [("03_latin1.txt", "cp1252", "Café owners"), ("09_utf16.txt", "UTF-16", "short note")],
)
def test_other_encodings_are_read_with_a_warning(
    inputs: Ingested, name: str, encoding: str, words: str
) -> None:
    """cp1252 text and UTF-16 with a byte-order mark are decoded, and a warning says so."""
    assert words in by_name(inputs.articles, name)["raw_text"]
    # Named by the path as given, as every message and report names a source.
    assert f"{INPUTS / name}: not UTF-8; read as {encoding} text" in inputs.warnings


def test_duplicate_bytes_rejected(inputs: Ingested) -> None:
    """The second copy of the same bytes is rejected, naming the first."""
    first = by_name(inputs.articles, "07_ferry.txt")
    assert reasons(inputs)["08_ferry_copy.txt"] == f"duplicate of {first['source']}"


def test_article_id_is_sha256_prefix(inputs: Ingested) -> None:
    """The article id is the first 16 hex digits of the SHA-256 of the file."""
    row = by_name(inputs.articles, "07_ferry.txt")
    assert (
        row["article_id"] == hashlib.sha256((INPUTS / "07_ferry.txt").read_bytes()).hexdigest()[:16]
    )


def test_no_date_is_kept_with_warning(inputs: Ingested) -> None:
    """A page with no date is an article with no day, and a warning says so."""
    row = by_name(inputs.articles, "05_no_date.md")
    assert row["published_from"] == "none"
    assert pd.isna(row["published"])
    no_date = INPUTS / "05_no_date.md"
    assert f"{no_date}: no publication date found; relative dates stay unanchored" in (
        inputs.warnings
    )


def test_reporter_byline_is_no_outlet(inputs: Ingested) -> None:
    """A reporter's byline does not make an outlet; the unknown outlet names the file."""
    row = by_name(inputs.articles, "05_no_date.md")
    assert (row["outlet"], row["outlet_from"]) == ("unknown (05_no_date.md)", "unknown")
    assert row["title"] == "Lakeside library extends its opening hours"


def test_masthead_and_date_line(inputs: Ingested) -> None:
    """A masthead repeated on the page and in the byline is the outlet; the date line the day."""
    row = by_name(inputs.articles, "07_ferry.txt")
    assert (row["outlet"], row["outlet_from"]) == ("The Harbour Gazette", "page")
    assert (row["published"], row["published_from"]) == ("2024-02-11", "date line")


def test_scraped_page_chrome(inputs: Ingested) -> None:
    """An invented scraped page: outlet, byline day, title, and chrome blanked, body kept."""
    row = by_name(inputs.articles, "10_scraped.txt")
    assert (row["outlet"], row["published"], row["published_from"]) == (
        "Northwind Courier",
        "2024-03-05",
        "byline",
    )
    assert row["title"] == "Valley council approves new footbridge over the Maren"
    for chrome in ("BREAKING", "Flood warning", "3 Shares", "4 Min Read", "Photo: Ana", "nwc."):
        assert chrome not in row["body"]
    for chrome in ("Related News", "Storm closes", "Most Read", "Harbour festival", "Privacy"):
        assert chrome not in row["body"]
    for kept in ("ending a debate", "on a rainy morning", "seven to two", "worried about noise"):
        assert kept in row["body"]
    assert "Construction will start in the autumn" in row["body"]


def test_offsets_kept_for_fixtures(inputs: Ingested) -> None:
    """Body has the raw text's length, each character kept or turned into whitespace."""
    for row in records(inputs.articles):
        assert len(row["body"]) == len(row["raw_text"])
        assert all(b == r or b.isspace() for b, r in zip(row["body"], row["raw_text"], strict=True))


def test_sidecar_overrides_page() -> None:
    """A sources.csv in the folder overrides the page's outlet and day, and says so."""
    result = ingest([SIDECAR])
    mill = by_name(result.articles, "mill.txt")
    assert (mill["outlet"], mill["outlet_from"]) == ("Eastbay Ledger", "sidecar")
    assert (mill["published"], mill["published_from"]) == ("2024-04-02", "sidecar")
    says = f"{SIDECAR / 'mill.txt'}: {SIDECAR / 'sources.csv'} says outlet"
    assert any(w.startswith(says) for w in result.warnings)
    assert len(result.rejected) == 0


def test_sidecar_matches_by_path() -> None:
    """A sidecar row naming a relative path matches the file in the subfolder."""
    result = ingest([SIDECAR])
    market = by_name(result.articles, "market.txt")
    assert (market["published"], market["published_from"]) == ("2024-04-12", "sidecar")
    assert market["outlet_from"] == "unknown"


def test_sidecar_row_without_file_warns() -> None:
    """A sidecar row that matches no input is reported."""
    result = ingest([SIDECAR])
    sidecar = SIDECAR / "sources.csv"
    assert f"{sidecar}: no input file matches the row for 'missing.txt'" in result.warnings


def test_explicit_sidecar(tmp_path: Path) -> None:
    """A sidecar given as an argument applies to files named in it, by a name one input has."""
    csv = tmp_path / "meta.csv"
    csv.write_text("file,outlet,published\n07_ferry.txt,Isle Post,3 February 2024\n")
    result = ingest([INPUTS / "07_ferry.txt"], sidecar=csv)
    row = first(result)
    assert (row["outlet"], row["outlet_from"], row["published"]) == (
        "Isle Post",
        "sidecar",
        "2024-02-03",
    )


@pytest.mark.parametrize(
    "content",
    ["", "name,when\nx,y\n", "file,published\nmill.txt,someday\n", "\x00\x00"],
    ids=["empty", "no-file-column", "bad-date", "nul"],
)
def test_bad_sidecar_warns_never_raises(tmp_path: Path, content: str) -> None:
    """A broken sidecar gives a warning; the articles are still read."""
    (tmp_path / "sources.csv").write_text(content)
    (tmp_path / "mill.txt").write_bytes((SIDECAR / "mill.txt").read_bytes())
    result = ingest([tmp_path])
    assert len(result.articles) == 1
    assert any(w.startswith(f"{tmp_path / 'sources.csv'}:") for w in result.warnings)


@pytest.mark.parametrize(
    ("header", "missing", "found"),
    [
        ("name,when", "'file' or 'url'", "name, when"),
        ("file,notes", "'outlet' or 'published'", "file, notes"),
    ],
)
def test_sidecar_with_wrong_columns_names_them(
    tmp_path: Path, header: str, missing: str, found: str
) -> None:
    """A sidecar without the columns it needs says which it has and which it should have."""
    (tmp_path / "sources.csv").write_text(f"{header}\nmill.txt,x\n")
    (tmp_path / "mill.txt").write_bytes((SIDECAR / "mill.txt").read_bytes())
    warning = (
        f"{tmp_path / 'sources.csv'}: no {missing} column (columns are {found}; "
        "expected file or url, outlet, published); sidecar ignored"
    )
    assert warning in ingest([tmp_path]).warnings


def test_missing_explicit_sidecar_warns() -> None:
    """A sidecar argument that does not exist is a warning."""
    result = ingest([INPUTS / "07_ferry.txt"], sidecar=INPUTS / "nope.csv")
    assert f"{INPUTS / 'nope.csv'}: not found; sidecar ignored" in result.warnings


def test_options_are_fallbacks() -> None:
    """The outlet and published options fill in what the page does not say."""
    result = ingest([INPUTS / "05_no_date.md"], published="2024-05-01", outlet="Lake News")
    row = first(result)
    assert (row["outlet"], row["outlet_from"]) == ("Lake News", "option")
    assert (row["published"], row["published_from"]) == ("2024-05-01", "option")
    assert not any("no publication date" in w for w in result.warnings)


def test_options_do_not_override_page() -> None:
    """A page's own outlet and date win over the options."""
    result = ingest([INPUTS / "07_ferry.txt"], published="2024-05-01", outlet="Lake News")
    row = first(result)
    assert (row["outlet_from"], row["published_from"]) == ("page", "date line")


def test_bad_published_option_warns() -> None:
    """A published option that is no date is dropped with a warning."""
    result = ingest([INPUTS / "05_no_date.md"], published="last week")
    assert first(result)["published_from"] == "none"
    assert "published option 'last week' is not a date; ignored" in result.warnings


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    """A path that does not exist is rejected; an empty folder is a warning."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = ingest([tmp_path / "gone.txt", empty])
    assert reasons(result) == {"gone.txt": "no such file or folder"}
    assert f"{empty}: no files found in this folder" in result.warnings


def test_size_limit(tmp_path: Path) -> None:
    """A file over the size limit is rejected before it is read."""
    big = tmp_path / "big.txt"
    big.write_text("A long article about the harbour.\n" * 100)
    assert reasons(ingest([big], max_bytes=1000))["big.txt"].startswith("too large")
    assert len(ingest([big]).articles) == 1


def test_mostly_control_characters(tmp_path: Path) -> None:
    """Text that decodes but is mostly control characters is binary."""
    noise = tmp_path / "noise.txt"
    noise.write_bytes(b"\x01\x02\x03\x04\x05 ab")
    assert reasons(ingest([noise]))["noise.txt"] == "binary file (mostly control characters)"


def test_no_extension(tmp_path: Path) -> None:
    """A file without extension is no article file."""
    (tmp_path / "README").write_text("Some notes.")
    assert reasons(ingest([tmp_path]))["README"] == "not an article file (no extension)"


STORY = "Harbour vote set\n\nThe port authority of Velm approved the ferry terminal on Tuesday.\n"
DOCUMENTATION = "not an article: a folder's documentation ({})"


@pytest.mark.parametrize(
    "name",
    [
        "README.md",
        "readme.txt",
        "License.md",
        "README.de.md",
        "NOTES.md",
        "TODO.md",
        "CODE_OF_CONDUCT.md",
        "DESIGN-NOTES.md",
        "AUTHORS.txt",
        "NOTES.txt",
        "HISTORY.text",
    ],
)
def test_a_folders_documentation_is_no_article(tmp_path: Path, name: str) -> None:
    """The usual documentation names, and any markdown file named in capitals, are rejected."""
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    done = ingest([tmp_path])
    assert done.articles.empty
    assert reasons(done) == {name: DOCUMENTATION.format(name)}


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("AUTHORS", "not an article file (no extension)"),
        ("NOTES.rst", "not an article file (.rst)"),
    ],
)
def test_documentation_of_no_article_type_is_rejected_by_type(
    tmp_path: Path, name: str, reason: str
) -> None:
    """A documentation file whose extension is no article's is rejected for its type first."""
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    assert reasons(ingest([tmp_path])) == {name: reason}


@pytest.mark.parametrize(
    "name", ["story.md", "Harbour-vote.md", "notes.txt", "todo.md", "AP-0304.md", "VELM_2031.txt"]
)
def test_an_article_under_an_ordinary_name_is_read(tmp_path: Path, name: str) -> None:
    """Markdown articles are legitimate; lower case or digits in the name mark no documentation."""
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    done = ingest([tmp_path])
    assert reasons(done) == {}
    assert [Path(s).name for s in done.articles["source"]] == [name]


def test_empty_input_gives_empty_valid_tables() -> None:
    """No inputs give empty tables with the schema's columns."""
    result = ingest([])
    assert result.articles.empty and result.rejected.empty
    assert "chrome" in result.articles.columns and "reason" in result.rejected.columns


def test_html_without_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without trafilatura an HTML page is rejected with the install hint."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>A story.</p></body></html>")
    assert reasons(ingest([page])) == {"page.html": HTML_EXTRA}
    # A clone installs its extras from its own folder; "consistency" on PyPI is another project.
    assert "pip install '.[html]'" in HTML_EXTRA and "consistency[html]" not in HTML_EXTRA


def test_html_with_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With trafilatura the page's main text, title, site name and date are used."""
    fake = types.ModuleType("trafilatura")
    extracted = types.SimpleNamespace(
        text="The pier reopened on Friday after repairs to its deck were finished.",
        title="Pier reopens",
        sitename="Bay Times",
        date="2024-06-07",
    )
    fake.bare_extraction = lambda html, **_: extracted  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    page = tmp_path / "page.htm"
    page.write_text("<html><body><p>ignored by the fake</p></body></html>")
    row = first(ingest([page]))
    assert (row["title"], row["outlet"], row["outlet_from"]) == (
        "Pier reopens",
        "Bay Times",
        "page",
    )
    assert (row["published"], row["published_from"]) == ("2024-06-07", "html metadata")
    assert row["raw_text"] == extracted.text


def test_special_file_is_not_read(tmp_path: Path) -> None:
    """A pipe named like an article is rejected instead of blocking the read."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    os.mkfifo(tmp_path / "pipe.txt")
    assert reasons(ingest([tmp_path]))["pipe.txt"] == "not a regular file"


def test_plain_strings_are_accepted() -> None:
    """A single path and a sidecar given as strings work like Paths."""
    csv = str(SIDECAR / "sources.csv")
    result = ingest(str(SIDECAR / "mill.txt"), sidecar=csv)  # type: ignore[arg-type]
    assert first(result)["outlet"] == "Eastbay Ledger"
