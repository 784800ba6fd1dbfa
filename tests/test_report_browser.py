"""report.html in headless Chromium at a laptop's and a phone's width: heights, overflow, skimming.

Screenshots of every page measured go to the artefacts folder (`test-artifacts/`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from tests.browsing import overflow, page_height, save_page, selenium
from tests.conftest import DEMO, SHARED_CORPUS, missing_corpus

pytestmark = pytest.mark.browser

LAPTOP, PHONE = 1400, 390
#: The tallest a report may be at laptop width with its settled findings collapsed.
MAX_HEIGHT = 6000
#: Every shared corpus folder: one added later is measured without new code.
SHARED = tuple(sorted(p.name for p in SHARED_CORPUS.glob("*") if (p / "expected.yaml").is_file()))


def _reports(corpus: Path, out: Path, *extra: str) -> Path:
    """Write the reports of a corpus with `consistency check`; return report.html."""
    result = CliRunner().invoke(app, ["check", str(corpus), "--out", str(out), "-q", *extra])
    assert result.exit_code in (0, 1), result.output
    return out / "report.html"


def _open(browser: Any, page: Path, width: int) -> None:
    """Load a page at a window width."""
    browser.set_window_size(width, 1000)
    browser.get(page.as_uri())


def _measure(browser: Any, page: Path, name: str) -> None:
    """Under MAX_HEIGHT at laptop width, settled findings shut; no sideways scroll on a phone."""
    by = selenium(".common.by").By
    _open(browser, page, LAPTOP)
    settled = browser.find_elements(by.CSS_SELECTOR, ".settled-list > details.finding")
    assert settled and not any(f.get_attribute("open") for f in settled)
    needs = browser.find_elements(by.CSS_SELECTOR, "#findings > details.finding")
    assert all(f.get_attribute("open") for f in needs)
    height = page_height(browser)
    save_page(browser, f"report-{name}", LAPTOP)
    assert height < MAX_HEIGHT, f"{name}: {height} px tall at {LAPTOP} px"
    _open(browser, page, PHONE)
    assert overflow(browser) <= 0, f"{name}: wider than a {PHONE} px screen"
    save_page(browser, f"report-{name}", PHONE)
    assert browser.get_log("browser") == []


@pytest.mark.parametrize("name", SHARED)
def test_shared_corpus_report_can_be_skimmed(browser: Any, tmp_path: Path, name: str) -> None:
    """Each shared corpus's report: under 6,000 px at 1400 px wide, no overflow at 390 px."""
    corpus = SHARED_CORPUS / name
    if not corpus.is_dir():
        missing_corpus(corpus)
    _measure(browser, _reports(corpus, tmp_path), name)


def test_demo_report_can_be_skimmed(browser: Any, tmp_path: Path) -> None:
    """The demo's report measured the same way (it needs no checkout of ../shared)."""
    _measure(browser, _reports(DEMO, tmp_path), "demo")


def test_reviewed_findings_show_their_verdict_and_filter_by_review(
    browser: Any, tmp_path: Path
) -> None:
    """A conflict marked false-alarm is settled, badged "False alarm"; the filter finds it."""
    by, select = selenium(".common.by").By, selenium(".support.ui").Select
    out = tmp_path / "out"
    _reports(DEMO, out)
    report = json.loads((out / "report.json").read_text("utf-8"))
    finding_id = next(f["finding_id"] for f in report["findings"] if f["status"] == "conflict")
    mark = ["review", "mark", finding_id, "--verdict", "false-alarm", "--by", "Ana"]
    assert CliRunner().invoke(app, [*mark, "--reports", str(out)]).exit_code == 0
    page = _reports(DEMO, out)
    _open(browser, page, LAPTOP)
    finding = browser.find_element(by.ID, f"finding-{finding_id}")
    assert finding.get_attribute("open") is None  # settled: one line
    assert finding.find_element(by.CSS_SELECTOR, "summary .badge").text == "False alarm"
    select(browser.find_element(by.NAME, "review")).select_by_value("reviewed")
    shown = [f for f in browser.find_elements(by.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert [f.get_attribute("id") for f in shown] == [f"finding-{finding_id}"]
    assert browser.find_element(by.ID, "filter-count").text.startswith("1 of ")


def test_a_link_to_a_settled_finding_opens_it(browser: Any, tmp_path: Path) -> None:
    """Following a link to a one-line finding (here from the timeline) opens it."""
    by = selenium(".common.by").By
    _open(browser, _reports(DEMO, tmp_path), LAPTOP)
    settled = browser.find_element(by.CSS_SELECTOR, ".settled-list > details.finding")
    target = settled.get_attribute("id")
    assert settled.get_attribute("open") is None
    browser.execute_script("window.location.hash = arguments[0]", target)
    assert settled.get_attribute("open") == "true"
    assert settled.find_element(by.CSS_SELECTOR, ".claim blockquote").is_displayed()
