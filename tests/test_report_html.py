"""report.html: escaped untrusted text, marked claims, conflicts first, one self-contained file."""

from __future__ import annotations

import html
import re
from importlib import resources

import pytest

from consistency.report import render_html, to_json_dict
from consistency.report.html import environment
from tests.test_report import (
    EVIL,
    EVIL_SOURCE,
    FACTS,
    IMG,
    REJECTED_SOURCE,
    SCRIPT,
    empty_result,
    sample_result,
)

#: Every tag the template writes; article text must never add one.
TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "section",
    "table", "thead", "tbody", "tr", "th", "td", "span", "article", "div", "blockquote", "dl",
    "dt", "dd", "mark", "strong", "code", "ul", "li",
}  # fmt: skip


@pytest.fixture(scope="module")
def page() -> str:
    """Render the HTML report of the sample run."""
    return render_html(to_json_dict(sample_result()))


def test_template_ships_in_the_package_with_autoescape() -> None:
    """The template is package data, and the environment escapes by default."""
    template = resources.files("consistency.report") / "templates" / "report.html.j2"
    assert template.is_file()
    assert environment().autoescape is True


def test_injected_markup_appears_only_escaped(page: str) -> None:
    """Script and img tags in sentences, titles, outlets and sources never become tags."""
    assert SCRIPT not in page and IMG not in page
    assert {tag.lower() for tag in re.findall(r"<([A-Za-z][\w-]*)", page)} <= TAGS
    script, img = html.escape(SCRIPT, quote=False), html.escape(IMG, quote=False)
    assert f"The talks <mark>lasted five and a half hours</mark> {script}." in page
    assert f"<td>Courier {script}</td>" in page
    assert f'<p class="outlet">{html.escape(EVIL, quote=False)}</p>' in page
    assert f"<code>{html.escape(EVIL_SOURCE, quote=False)}</code>" in page
    assert f"<code>{html.escape(REJECTED_SOURCE, quote=False)}</code>" in page
    assert f"note {img}</p>" in page


def test_marked_text_is_the_claim_text(page: str) -> None:
    """Each claim is marked once, and the mark holds exactly its text (escaped inside)."""
    marks = [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", page, re.S)]
    assert sorted(marks) == sorted(f["text"] for f in FACTS)
    assert f"<mark>since 2018 {html.escape(SCRIPT, quote=False)}</mark>" in page


def test_claim_text_missing_from_its_sentence_is_shown_apart() -> None:
    """When the text is not in the sentence, the sentence is plain and the claim marked below."""
    report = to_json_dict(sample_result())
    report["claims"][0]["text"] = "<b>on Friday</b>"
    page = render_html(report)
    assert "<dt>Claim</dt><dd><mark>&lt;b&gt;on Friday&lt;/b&gt;</mark></dd>" in page
    assert "“Talvane held talks on Monday.”" in page


def test_conflicts_come_first_with_summary_hint_and_values(page: str) -> None:
    """The first finding is the conflict, showing every outlet, its value and hedging."""
    statuses = re.findall(r'<article class="finding status-(\w+)"', page)
    assert statuses == ["conflict", "agree", "hedged", "single_source"]
    first = page[page.index('<article class="finding') : page.index("</article>")]
    assert first.count('<div class="claim">') == 2
    assert "<dd>≥ 420</dd>" in first and "<dd>officials said</dd>" in first
    assert "[bold]330[/bold]" in first and "<strong>Hint:</strong>" in first
    assert "<dt>Hedged</dt><dd>yes</dd>" in page


def test_counts_by_status(page: str) -> None:
    """The summary table counts every status."""
    counts = re.findall(r'status-(\w+)">[^<]+</span></td><td class="num">(\d+)</td>', page)
    assert dict(counts) == {
        "conflict": "1",
        "not_evaluated": "0",
        "hedged": "1",
        "single_source": "1",
        "compatible": "0",
        "agree": "1",
    }


def test_page_is_self_contained(page: str) -> None:
    """Inline CSS only: no scripts, links, external URLs or imports."""
    assert "<style>" in page and "@media print" in page
    for needle in ("http://", "https://", "<link", "<script", "@import", "url("):
        assert needle not in page


def test_empty_run_renders() -> None:
    """No rows still gives a whole page."""
    page = render_html(to_json_dict(empty_result()))
    assert page.rstrip().endswith("</html>") and "No article was read." in page
