"""Pairwise agreement, the outlet section, syndicated copies and feed urls, on real runs."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from markupsafe import escape

from consistency.pipeline import run_check
from consistency.report import render_html, render_markdown, to_json_dict, write_reports
from consistency.report.details import RunDetails, run_details
from consistency.report.markdown import anchor
from consistency.report.matrix import Cell, Matrix, agreement_matrix
from consistency.report.outlet_pairs import relations_of
from consistency.report.sources import web_href
from consistency.schemas import CheckResult
from tests.conftest import SUMMIT, corpus_result
from tests.test_report_html import TAGS

WIRE, COURIER, OBSERVER = "Meridian Wire", "The Harbour Courier", "The Northgate Observer"
IMG = "<img src=x onerror=alert(1)>"
EVIL = f"Evil {IMG} News"
EVIL_URL = 'https://wire.example/a?x="><script>alert(1)</script>'
SCRIPT_URL = "javascript:alert(1)"
STORY = (
    "Norland's Foreign Minister Edda Talvane held talks with Kestrian Foreign Minister "
    "Corvin Brelloch on {day} in Sarnhold.\n"
    "The talks between Talvane and Brelloch lasted {hours} hours, officials said.\n"
    "Both ministers said the meeting had been useful and that they would meet again before "
    "the end of the year to discuss the border, fishing rights and trade.\n"
)
#: Another outlet's own account, with a different day and length.
OWN = (
    "Norland's Foreign Minister Edda Talvane held talks with Kestrian Foreign Minister "
    "Corvin Brelloch on Tuesday in Sarnhold.\n"
    "The talks between Talvane and Brelloch lasted five hours, a diplomat told this newspaper.\n"
)
#: A url that hides a second scheme behind a tab: shown, never linked.
TAB_URL = "https://x.example/\tjavascript:alert(1)"


def _cells(matrix: Matrix) -> dict[tuple[str, str], Cell]:
    """The matrix's cells by (row outlet, column outlet), the one triangle read both ways."""
    cells = {(cell.first, cell.second): cell for cell in matrix.cells}
    return cells | {(second, first): cell for (first, second), cell in cells.items()}


def _counts(cell: Cell) -> tuple[int, int, int]:
    """A cell's shared, agreeing and conflicting findings."""
    return cell.shared, cell.agreeing, cell.conflicting


@pytest.fixture(scope="module")
def demo() -> CheckResult:
    """The demo corpus run through the pipeline."""
    return corpus_result("demo")


@pytest.fixture(scope="module")
def demo_reports(demo: CheckResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo run's report files."""
    out = tmp_path_factory.mktemp("demo")
    write_reports(demo, out)
    return out


@pytest.fixture(scope="module")
def evil_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reports of a feed whose outlets and urls carry markup and script urls."""
    folder = tmp_path_factory.mktemp("evil")
    rows = [
        {"outlet": EVIL, "url": SCRIPT_URL, "text": STORY.format(day="Monday", hours="seven")},
        {"outlet": WIRE, "url": EVIL_URL, "text": STORY.format(day="Monday", hours="seven")},
        {"outlet": COURIER, "url": TAB_URL, "text": OWN},
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(r | {"published": "2024-03-12"}) + "\n" for r in rows))
    write_reports(run_check([feed]), folder / "out")
    return folder / "out"


def test_pairs_compare_each_outlets_own_values(demo: CheckResult) -> None:
    """In the demo's duration conflict only 330 against 450 minutes clash; ≥ 300 fits both."""
    finding = demo.findings[demo.findings["fact"] == "meeting.duration"].iloc[0]
    assert finding["status"] == "conflict"
    assert finding["pairs"] == (
        (WIRE, COURIER, "conflict"),
        (WIRE, OBSERVER, "compatible"),
        (COURIER, OBSERVER, "compatible"),
    )
    shaped = next(f for f in to_json_dict(demo)["findings"] if f["fact"] == "meeting.duration")
    assert relations_of(shaped) == {
        (WIRE, COURIER): "conflict",
        (WIRE, OBSERVER): "compatible",
        (COURIER, OBSERVER): "compatible",
    }


def test_matrix_counts_conflicts_per_pair(demo: CheckResult) -> None:
    """Meridian Wire and the Observer share the conflict finding but do not conflict."""
    report = to_json_dict(demo)
    matrix = agreement_matrix(report)
    assert matrix is not None
    cells = _cells(matrix)
    assert cells[(WIRE, OBSERVER)].conflicting == 0
    assert cells[(WIRE, OBSERVER)].tone == "agree"
    assert cells[(WIRE, COURIER)].conflicting == cells[(COURIER, WIRE)].conflicting == 1
    assert _counts(cells[(WIRE, OBSERVER)]) == _counts(cells[(OBSERVER, WIRE)])
    shared = sum(WIRE in f["outlets"] and OBSERVER in f["outlets"] for f in report["findings"])
    assert cells[(WIRE, OBSERVER)].shared == shared
    assert cells[(WIRE, WIRE)].shared == sum(WIRE in f["outlets"] for f in report["findings"])


def test_written_page_shows_the_pair_counts(demo_reports: Path) -> None:
    """report.html's cell titles carry the per-pair counts."""
    page = (demo_reports / "report.html").read_text("utf-8")
    counts = r"\d+ shared findings, \d+ agreeing"
    assert re.search(rf"<title>{WIRE} and {OBSERVER}: {counts}, 0 conflicting</title>", page)
    assert re.search(rf"<title>{WIRE} and {COURIER}: {counts}, 1 conflicting</title>", page)


def test_without_pairs_a_finding_of_many_outlets_is_shared_only(demo: CheckResult) -> None:
    """A report.json without findings' pairs never calls every outlet of a conflict conflicting."""
    report = to_json_dict(demo)
    for finding in report["findings"]:
        finding["pairs"] = []  # as in a report.json written before findings held them
    cells = _cells(agreement_matrix(report) or pytest.fail("no matrix"))
    assert cells[(WIRE, OBSERVER)].conflicting == cells[(WIRE, COURIER)].conflicting == 0
    # Two outlets' conflict says how those two compare.
    unknown = next(o for o, _ in cells if o.startswith("unknown"))
    assert cells[(COURIER, unknown)].conflicting == 1


def test_by_outlet_lists_single_sources_and_own_conflicts(demo_reports: Path) -> None:
    """The section names each outlet's single-source findings and whom its value clashes with."""
    page = (demo_reports / "report.html").read_text("utf-8")
    section = page[page.index('<section id="outlets">') : page.index('<section id="syndicated">')]
    rows = dict(re.findall(r"<tr>\s*<td>([^<]+)</td>(.*?)</tr>", section, re.S))
    assert set(rows) >= {WIRE, COURIER, OBSERVER}
    single, conflicts = re.split(r"</td>\s*<td[^>]*>", rows[OBSERVER])
    assert "none" in conflicts  # in the conflict finding, but its value fits everyone's
    assert "meeting.duration" in rows[WIRE] and f"— with {COURIER}</li>" in rows[WIRE]
    report = json.loads((demo_reports / "report.json").read_text("utf-8"))
    ids = {f["finding_id"] for f in report["findings"]}
    links = re.findall(r'<a href="#finding-([^"]+)">', section)
    assert links and set(links) <= ids
    assert all(f'id="finding-{i}"' in page for i in links)
    singles = {f["finding_id"] for f in report["findings"] if f["status"] == "single_source"}
    assert set(re.findall(r'#finding-([^"]+)"', single)) <= singles


def test_markdown_by_outlet_links_to_finding_headings(demo_reports: Path) -> None:
    """Each link's anchor is the one a renderer gives the finding's heading."""
    text = (demo_reports / "report.md").read_text("utf-8")
    section = text[text.index("## By outlet") : text.index("## Syndicated copies")]
    headings = {anchor(h) for h in re.findall(r"^### (.+)$", text, re.M)}
    targets = re.findall(r"\]\(#([^)]+)\)", section)
    assert targets and set(targets) <= headings
    wire = section[section.index(f"**{WIRE}**") :].split("\n- ")[0]
    target = "#2-conflict-meetingduration-corvin-brelloch-edda-talvane"
    assert f"meeting.duration (Corvin Brelloch, Edda Talvane)]({target}) with {COURIER}" in wire
    observer = section[section.index(f"**{OBSERVER}**") :].split("\n- ")[0]
    assert "Its value conflicts with others': none" in observer


def test_syndicated_copies_are_listed(tmp_path: Path) -> None:
    """The summit's two copies of one wire story are listed as one source, in both formats."""
    write_reports(corpus_result("summit"), tmp_path)
    origin = "Coastline Report = The Port Callis Gazette (one syndicated story)"
    folder = str(SUMMIT)  # the path as the check was given it
    text = (tmp_path / "report.md").read_text("utf-8")
    copies = (
        f"Coastline Report: {folder}/002\\_41d6c8a2f7e09b53.txt; "
        f"The Port Callis Gazette: {folder}/003\\_9c05e3b7a14d82f6.txt"
    )
    assert f"- {origin}, counted as one source: {copies}" in text
    page = (tmp_path / "report.html").read_text("utf-8")
    section = page[page.index('<section id="syndicated">') : page.index('<section id="articles">')]
    assert f"<td>{origin}</td>" in section
    assert section.count("<li>") == 2 and f"{folder}/003_9c05e3b7a14d82f6.txt</code>" in section


def test_no_syndication_says_so(demo_reports: Path, demo: CheckResult) -> None:
    """The demo has no copies; a page without the run's details says it does not know."""
    assert "## Syndicated copies\n\nNone.\n" in (demo_reports / "report.md").read_text("utf-8")
    page = render_html(to_json_dict(demo))
    assert "Not worked out for this page" in page
    assert "Not worked out for this report." in render_markdown(to_json_dict(demo))
    assert "None: no two outlets" in render_html(to_json_dict(demo), details=run_details(demo))


def test_feed_rows_link_to_their_url() -> None:
    """The feed fixture's rows link to their http(s) urls, in articles and claims."""
    details = run_details(run_check([Path(__file__).parent / "fixtures" / "feeds"]))
    assert sorted(details.urls.values()) == [
        "https://harbour-evening.example/wire/fees",
        "https://www.calder-gazette.example/world/border-fees",
        "https://www.northlinewire.example/world/fees",
    ]


def test_feed_urls_in_the_page(tmp_path: Path) -> None:
    """A row's url is the source link, opened without sending the report's address."""
    # The feeds are gone before the reports are written: the urls must come from the table.
    feeds = tmp_path / "feeds"
    shutil.copytree(Path(__file__).parent / "fixtures" / "feeds", feeds)
    result = run_check([feeds])
    for feed in feeds.iterdir():
        feed.unlink()
    write_reports(result, tmp_path / "out")
    page = (tmp_path / "out" / "report.html").read_text("utf-8")
    url = "https://www.northlinewire.example/world/fees"
    assert f'<a class="url" href="{url}" rel="noopener noreferrer">{url}</a></td>' in page
    assert f'<a class="src" href="{url}" rel="noopener noreferrer">articles.jsonl:1</a>' in page


def test_untrusted_outlets_and_urls_stay_text(evil_reports: Path) -> None:
    """Markup in outlets and urls is escaped everywhere; a javascript: url is never a link."""
    page = (evil_reports / "report.html").read_text("utf-8")
    assert IMG not in page and "<script>alert" not in page
    assert {tag.lower() for tag in re.findall(r"<([A-Za-z][\w-]*)", page)} <= TAGS
    assert page.count("<script") == 1
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert not any(h.lower().startswith(("javascript", " ")) for h in hrefs)
    assert f'<span class="url">{SCRIPT_URL}</span>' in page
    assert f'<span class="url">{TAB_URL}</span>' in page
    assert f'href="{escape(EVIL_URL)}"' in page
    escaped = html.escape(EVIL, quote=False)
    outlets = page[page.index('<section id="outlets">') : page.index('<section id="articles">')]
    assert f"<td>{escaped} = {WIRE} (one syndicated story)</td>" in outlets
    assert f"<li>{escaped}: <code>" in outlets
    assert f"— with {escaped} = {WIRE} (one syndicated story)</li>" in outlets


def test_untrusted_outlets_in_markdown(evil_reports: Path) -> None:
    """The outlet and syndication sections escape outlet names like the rest of report.md."""
    text = (evil_reports / "report.md").read_text("utf-8")
    assert re.search(r"(?<!\\)[<>]", text) is None
    escaped = r"Evil \<img src=x onerror=alert(1)\> News"
    assert f"- **{escaped} = {WIRE} (one syndicated story)**" in text
    assert f"- {escaped} = {WIRE} (one syndicated story), counted as one source: " in text


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("HTTP://news.example/", "HTTP://news.example/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        (" https://news.example/", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("https:news.example", None),
        ("//news.example/a", None),
        ("file:///etc/passwd", None),
        ("https://[::1", None),
        ("", None),
    ],
)
def test_only_http_urls_are_linked(url: str, href: str | None) -> None:
    """Addresses in http and https with a host are links; every other scheme is text."""
    assert web_href(url) == href


def test_details_default_is_empty() -> None:
    """Without the run's details nothing is assumed about copies or urls."""
    assert RunDetails() == RunDetails(syndicated=None, urls={})
