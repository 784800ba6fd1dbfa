"""report.html: escaped untrusted text, marked claims, conflicts first, one self-contained file."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.report import ReviewForm, render_html, to_json_dict, with_reviews
from consistency.report.contract import JSONValue
from consistency.report.html import claims_split, environment, script
from consistency.report.present import format_value
from consistency.report.timeline import PLOT_WIDTH, timeline
from consistency.review import Review
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
    "dt", "dd", "mark", "strong", "code", "ul", "li", "nav", "a", "form", "label", "select",
    "option", "button", "script", "svg", "rect", "text", "line", "circle", "g", "details",
    "summary",
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
    assert f'<td data-label="Title">Courier {script}</td>' in page
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
    statuses = re.findall(r'<details class="finding status-(\w+)"', page)
    # What needs an editor (open) comes first, then the settled findings (one line each).
    assert statuses == ["conflict", "hedged", "agree", "single_source"]
    assert re.findall(r'<details class="finding[^"]*"[^>]*?( open)?>', page) == [
        " open",
        " open",
        "",
        "",
    ]
    start = page.index('<details class="finding')
    first = page[start : page.index("</details>", start)]
    assert first.count('<div class="claim">') == 2
    assert "<dd>at least 7 h</dd>" in first and "<dd>officials said</dd>" in first
    assert "[bold]330[/bold]" in first and "<strong>Hint:</strong>" in first
    assert "<dt>Hedged</dt><dd>yes</dd>" in page


def test_counts_by_status(page: str) -> None:
    """The summary table counts every status."""
    counts = re.findall(r'status-(\w+)">[^<]+</span> <span class="num">(\d+)</span>', page)
    assert dict(counts) == {
        "conflict": "1",
        "not_evaluated": "0",
        "hedged": "1",
        "single_source": "1",
        "compatible": "0",
        "agree": "1",
    }


def test_page_is_self_contained(page: str) -> None:
    """Inline CSS and our one filter script only: no links, external URLs or imports."""
    assert "<style>" in page and "@media print" in page
    for needle in ("http://", "https://", "<link", "@import", "url("):
        assert needle not in page
    assert page.count("<script") == 1
    assert f"<script>{script()}</script>" in page


def test_script_is_the_only_one_the_policy_allows(page: str) -> None:
    """The page's CSP runs the filter script by its hash and nothing else inline."""
    digest = base64.b64encode(hashlib.sha256(script().encode()).digest()).decode()
    assert f"script-src &#39;sha256-{digest}&#39;" in page
    assert "default-src &#39;none&#39;" in page


def test_empty_run_renders() -> None:
    """No rows still gives a whole page."""
    page = render_html(to_json_dict(empty_result()))
    assert page.rstrip().endswith("</html>") and "No article was read." in page


def test_injected_article_files_come_out_escaped(tmp_path: Path) -> None:
    """Articles carrying script and img tags, run through `check`, appear only escaped."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, outlet, day, weekday, hours in (
        ("a.txt", f"The Harbour Courier {SCRIPT}", "March 12, 2024", "Monday", "seven"),
        ("b.txt", "Meridian Wire", "March 13, 2024", "Tuesday", "five"),
    ):
        (corpus / name).write_text(
            f"{outlet}\n{day}\n\nTalvane meets Brelloch {IMG}\n\n"
            "Norland's Foreign Minister Edda Talvane held talks with Kestrian Foreign Minister "
            f"Corvin Brelloch on {weekday} {SCRIPT} in Sarnhold.\n"
            f"The talks between Talvane and Brelloch lasted {hours} hours {IMG}, officials said.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    args = ["check", str(corpus), "--out", str(out), "--ledger", str(tmp_path / "r.sqlite")]
    result = CliRunner().invoke(app, [*args, "-q"])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text("utf-8")
    assert "<script>alert" not in page and "<img" not in page
    assert {tag.lower() for tag in re.findall(r"<([A-Za-z][\w-]*)", page)} <= TAGS
    script, img = html.escape(SCRIPT, quote=False), html.escape(IMG, quote=False)
    assert page.count(script) >= 2 and page.count(img) >= 2
    assert re.search(r"<mark>[^<]*</mark> " + re.escape(script), page)
    assert page.count("<script>") == 1


def test_filters_list_outlets_and_facts_escaped(page: str) -> None:
    """The filter bar offers every outlet and fact; outlet names in options stay text."""
    options = re.findall(r'<option value="([^"]*)">', page)
    assert html.escape(EVIL) in options
    assert {"meeting.date", "meeting.duration", "meeting.place", "precedent.since_year"} <= set(
        options
    )
    assert '<form id="filters" hidden>' in page


def test_findings_carry_filter_data(page: str) -> None:
    """Status, fact and outlets ride on each finding as data attributes (JSON, escaped)."""
    first = re.search(r'<details class="finding status-conflict"[^>]*>', page)
    assert first is not None
    tag = first.group(0)
    assert 'data-status="conflict"' in tag and 'data-fact="meeting.duration"' in tag
    assert 'data-outlets=\'["Evil \\u003cimg src=x onerror=alert(1)\\u003e News"' in tag


def test_review_form_only_on_the_review_page() -> None:
    """The written report has no forms to post; the served page has one per finding."""
    report = to_json_dict(sample_result())
    assert "review-form" not in render_html(report).replace(".review-form", "")
    served = render_html(report, form=ReviewForm(token="tok&en", by='Ana "A"'))
    assert served.count('<form class="review-form"') == len(report["findings"])
    assert 'value="tok&amp;en"' in served and 'value="Ana &#34;A&#34;"' in served


def test_source_links_are_relative_and_quoted(tmp_path: Path) -> None:
    """Sources found on disk are linked relative to the report; odd names are URL-quoted."""
    report = to_json_dict(sample_result())
    links = {f"{3:016x}": "../corpus/c_%3Cimg%20src%3Dx%3E.txt"}
    page = render_html(report, links=links)
    assert '<a href="../corpus/c_%3Cimg%20src%3Dx%3E.txt"><code>' in page
    assert page.count('href="../corpus') == 3  # the article row and its two claims


@pytest.mark.parametrize(
    ("value", "fact", "shown"),
    [
        (330, "meeting.duration", "5 h 30 min"),
        (300.0, "meeting.duration", "5 h"),
        (45, "call.duration", "45 min"),
        ({"min": 300, "max": None}, "meeting.duration", "at least 5 h"),
        ({"min": None, "max": 90}, "meeting.duration", "at most 1 h 30 min"),
        ({"min": 270, "max": 330}, "meeting.duration", "4 h 30 min to 5 h 30 min"),
        ({"min": 12, "max": None}, "quantity", "at least 12"),
        (450.0, "quantity", "450"),
        (2018, "precedent.since_year", "2018"),
    ],
)  # fmt: skip
def test_values_are_shown_in_their_unit(value: JSONValue, fact: str, shown: str) -> None:
    """Durations read in hours and minutes, bounds in words; other numbers as they are."""
    assert format_value(value, fact) == shown


def test_claims_show_only_rows_that_say_something(page: str) -> None:
    """No Hedged "no", Attribution "none" or past Tense rows: only a hedge, a source, a plan."""
    assert "<dd>no</dd>" not in page and "<dd>none</dd>" not in page
    assert "<dt>Tense</dt><dd>past</dd>" not in page
    assert page.count("<dt>Hedged</dt><dd>yes</dd>") == 1  # the one hedged claim
    assert page.count("<dt>Tense</dt><dd>future</dd>") == 1  # the one planned meeting
    assert page.count("<dt>Attribution</dt>") == 1


def test_a_reviewed_conflict_is_settled_with_its_verdict_badge() -> None:
    """Marked false-alarm, the conflict is one line, badged by its verdict, not "Conflict"."""
    report = to_json_dict(sample_result())
    evidence = next(f for f in report["findings"] if f["finding_id"] == "f-duration")
    review = Review("f-duration", "false-alarm", "", "Ana", evidence["review"]["evidence_hash"], "")
    page = render_html(with_reviews(report, {"f-duration": review}))
    tag = re.search(
        r'<details class="finding verdict-false-alarm" id="finding-f-duration"[^>]*>', page
    )
    assert (
        tag is not None and " open" not in tag.group(0) and 'data-review="reviewed"' in tag.group(0)
    )
    settled = page[page.index('class="settled-list"') :]
    assert 'id="finding-f-duration"' in settled
    line = settled[settled.index('id="finding-f-duration"') :]
    line = line[: line.index("</summary>")]
    assert '<span class="badge verdict-false-alarm">False alarm</span>' in line
    assert "Conflict</span>" not in line and "conflict, reviewed" in line
    assert '<option value="reviewed">reviewed (1)</option>' in page


def test_the_timeline_comes_first_with_a_legend(page: str) -> None:
    """The timeline sits above the findings and says what its marks mean."""
    assert page.index('<section id="timeline">') < page.index('<section id="findings">')
    legend = page[page.index('<ul class="legend">') : page.index('<div class="figure">')]
    assert "Agree</li>" in legend and "a day</li>" in legend
    assert "<summary>The 2 dated claims as a list</summary>" in page


def test_the_timeline_gives_the_story_s_days_room() -> None:
    """A claim a year before the story takes a short stretch; the story's days the rest."""
    report = to_json_dict(sample_result())
    base = next(c for c in report["claims"] if c["claim_id"] == "c1")
    days = ["2024-03-10", "2024-03-11", "2024-03-12", "2024-03-14", "2023-02-20"]
    claims = [base | {"claim_id": f"t{i}", "value": d} for i, d in enumerate(days)]
    drawn = timeline(report | {"claims": claims})
    assert drawn is not None and len(drawn.breaks) == 1
    x = {m.title.split(": ")[1].split(" ")[0]: m.x1 for m in drawn.marks}
    story = x["2024-03-14"] - x["2024-03-10"]
    assert story > 0.6 * PLOT_WIDTH  # was 17 px beside a call a year earlier
    assert x["2023-02-20"] < drawn.breaks[0] < x["2024-03-10"]
    assert [t.label for t in drawn.ticks][:2] == ["20 Feb 2023", "10 Mar 2024"]


def test_a_conflict_shows_the_two_clashing_values_first() -> None:
    """Of many claims, the two shown are valued claims of the first pair that conflicts."""
    report = to_json_dict(sample_result())
    base = next(c for c in report["claims"] if c["claim_id"] == "c1")
    claims = [
        base | {"claim_id": "n1", "outlet": "Alpha Post", "value": None},
        base | {"claim_id": "n2", "outlet": "Alpha Post", "value": "2024-03-12"},
        base | {"claim_id": "n3", "outlet": "Beta Times", "value": "2024-03-12"},
        base | {"claim_id": "n4", "outlet": "Gamma Daily", "value": "2024-03-13"},
    ]
    finding = next(f for f in report["findings"] if f["finding_id"] == "f-date")
    pairs = [["Alpha Post", "Beta Times", "agree"], ["Alpha Post", "Gamma Daily", "conflict"]]
    first, rest = claims_split(claims, finding | {"pairs": pairs, "status": "conflict"})
    assert [c["claim_id"] for c in first] == ["n2", "n4"]
    assert [c["claim_id"] for c in rest] == ["n1", "n3"]
