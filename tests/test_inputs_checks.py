"""The checks behind the bad-input reasons: decoding, language, and publication dates."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from consistency.ingest import ingest
from consistency.ingest.decoding import MIXED, UNDECODABLE, NotText, decode
from consistency.ingest.inputs import Document
from consistency.ingest.language import language_problem
from consistency.ingest.printed_dates import date_problem

TODAY = dt.date(2024, 9, 20)
ARTICLE = (
    "The harbour board met on Monday and approved the budget for the northern pier, "
    "which was damaged in a winter storm. The chairwoman said the repairs would start "
    "in the spring and that the ferry would keep running while they were done.\n"
)
CORPORA = Path(__file__).parent / "fixtures" / "corpora"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ARTICLE.encode(), "UTF-8"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "UTF-16"),
        (ARTICLE.encode("utf-32"), "UTF-32"),
        ("“Café” – naïve, 1½ hours".encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8-sig", "utf-16-be", "utf-32", "cp1252"],
)
def test_decodes(data: bytes, encoding: str) -> None:
    """UTF-8 (BOM dropped), UTF-16 and UTF-32 with a BOM, and cp1252 text are read."""
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable: starts as UTF-16 text but is not valid"),
        ("café ".encode() + "café".encode("cp1252"), MIXED),
        (bytes([0x81, 0x41, 0x42]), UNDECODABLE),
        (bytes(range(0x80, 0x100)) * 2, UNDECODABLE),
        (b"\x89PNG\r\n\x1a\n....", "binary file (a PNG image)"),
        (b"PK\x03\x04rest", "binary file (a ZIP archive, or a Word or OpenDocument file)"),
    ],
    ids=["bad-utf16", "mixed", "cp1252-undefined", "cp1252-not-text", "png", "zip"],
)
def test_rejects(data: bytes, reason: str) -> None:
    """Bytes that are no text in any encoding tried are rejected with the reason."""
    with pytest.raises(NotText) as error:
        decode(data)
    assert str(error.value).startswith(reason)


def test_stray_utf8_looking_pair_in_cp1252_text() -> None:
    """cp1252 text in which two bytes happen to form a UTF-8 character is still cp1252."""
    text = "Ä” is rare, but Zürich, Genève, façade, déjà vu and naïve are common."
    assert decode(text.encode("cp1252")).encoding == "cp1252"


@pytest.mark.parametrize(
    ("day", "problem"),
    [
        ("2024-09-20", None),
        ("2024-09-21", None),
        ("2024-09-22", "is in the future (today is 2024-09-20)"),
        ("1900-01-01", None),
        ("1899-12-31", "is before 1900"),
    ],
)
def test_date_problem(day: str, problem: str | None) -> None:
    """A day more than one day ahead (time zones), or before 1900, is not trusted."""
    assert date_problem(day, TODAY) == problem


def test_today_can_be_given(tmp_path: Path) -> None:
    """Future is judged against the `today` given to ingest."""
    page = tmp_path / "page.txt"
    page.write_text(
        f"Harbour News\n\nPier budget approved\n\nBy Harbour News\n23 Sep 2024\n\n{ARTICLE}"
    )
    row = ingest([page], today=TODAY).articles.to_dict("records")[0]
    assert row["published_from"] == "none"
    assert ingest([page], today=dt.date(2024, 9, 23)).articles["published"].tolist() == [
        "2024-09-23"
    ]


def test_absurd_option_and_sidecar_days_are_dropped(tmp_path: Path) -> None:
    """A future --published or sidecar day is dropped with a warning, like a page's."""
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE)
    (tmp_path / "sources.csv").write_text("file,published\npage.txt,1850-01-01\n")
    result = ingest([tmp_path], published="2030-01-01", today=TODAY)
    assert result.articles["published_from"].tolist() == ["none"]
    assert "published option 2030-01-01 is in the future (today is 2024-09-20); ignored" in (
        result.warnings
    )
    assert (
        f"{page}: publication date 1850-01-01 in {tmp_path / 'sources.csv'} is before 1900; "
        "ignored; relative dates stay unanchored" in result.warnings
    )


def test_english_articles_are_english() -> None:
    """No English article of the test corpora looks like another language."""
    for path in sorted(CORPORA.rglob("*.txt")):
        assert language_problem(path.read_text(encoding="utf-8")) is None, path.name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El ministro de Comercio se reunió el martes con el presidente en la capital, y los "
            "dos países acordaron reducir las tasas en tres pasos fronterizos, según un portavoz "
            "del gobierno que estuvo en la reunión.",
            "Spanish",
        ),
        (
            "Il ministro del Commercio ha incontrato martedì il presidente nella capitale, e i "
            "due paesi hanno deciso di ridurre le tasse in tre valichi di frontiera, secondo un "
            "portavoce del governo che era alla riunione.",
            "Italian",
        ),
        (
            "O ministro do Comércio encontrou-se na terça-feira com o presidente na capital, e os "
            "dois países decidiram reduzir as taxas em três postos de fronteira, segundo um "
            "porta-voz do governo que esteve na reunião.",
            "Portuguese",
        ),
        (
            "De minister van Handel heeft dinsdag de president in de hoofdstad ontmoet, en de "
            "twee landen willen de heffingen bij drie grensovergangen verlagen, zei een "
            "woordvoerder van de regering die bij het overleg aanwezig was.",
            "Dutch",
        ),
        (
            "التقى وزير التجارة يوم الثلاثاء بالرئيس في العاصمة واتفق البلدان على خفض الرسوم "
            "في ثلاثة معابر حدودية حسبما قال متحدث باسم الحكومة",
            "text in the Arabic script",
        ),
    ],
)
def test_other_languages(text: str, language: str) -> None:
    """A plainly non-English article is named by the language, or the script, it looks like."""
    assert language_problem(text) == f"not English (looks like {language})"


@pytest.mark.parametrize(
    "text",
    [
        "Le Monde, Der Spiegel and El País all ran the story on Tuesday.",
        "Die Zeit",
        "",
        ARTICLE + "« Nous sommes prêts », a dit le ministre, selon la radio publique.",
    ],
)
def test_not_judged_foreign(text: str) -> None:
    """Short texts and English articles with a foreign quote are kept."""
    assert language_problem(text) is None


def test_row_document_names() -> None:
    """A feed row is named by its file and row; a file by its path, as given, in every message."""
    row = Document(Path("in/feed.jsonl"), b"{}", "text", row=3)
    assert (row.source, row.name, row.file_name) == ("in/feed.jsonl:3",) * 2 + ("feed.jsonl:3",)
    whole = Document(Path("in/a.txt"), b"x", "x")
    assert (whole.source, whole.name, whole.file_name) == ("in/a.txt", "in/a.txt", "a.txt")
    assert row.article_id != Document(Path("in/feed.jsonl"), b"{}", "text", row=4).article_id
