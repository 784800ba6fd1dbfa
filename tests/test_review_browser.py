"""The review page end to end in headless Chromium: record a verdict, reload, see it stored."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from tests.browsing import ARTEFACTS, selenium
from tests.conftest import DEMO, PROJECT

pytestmark = pytest.mark.browser

SCREENSHOT = ARTEFACTS / "review.png"

NOTE = "Courier's figure is from the first readout <b>not</b> a mistake"


def _free_port() -> int:
    """Ask the OS for a port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, server: subprocess.Popen[str], timeout: float = 30.0) -> None:
    """Wait until the server accepts connections, or fail with its output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"review server exited: {server.communicate()}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail("review server did not start")


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """Reports of the demo corpus, written by `consistency check` with an empty ledger."""
    out = tmp_path / "reports"
    args = ["check", str(DEMO), "--out", str(out), "--ledger", str(tmp_path / "r.sqlite"), "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def server(tmp_path: Path, reports: Path) -> Iterator[tuple[str, Path]]:
    """`consistency review serve` on a free port of 127.0.0.1, in its own process."""
    port, ledger = _free_port(), tmp_path / "r.sqlite"
    command = [sys.executable, "-m", "consistency", "review", "serve", "--port", str(port)]
    command += ["--reports", str(reports), "--ledger", str(ledger)]
    process = subprocess.Popen(
        command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/", ledger
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_record_a_verdict_in_the_browser(browser: Any, server: tuple[str, Path]) -> None:
    """Open the page, mark the first conflict false-alarm, reload: shown, and in SQLite."""
    by, wait = selenium(".common.by").By, selenium(".support.ui").WebDriverWait
    stale = selenium(".support.expected_conditions").staleness_of
    url, ledger = server
    browser.get(url)
    finding = browser.find_element(by.CSS_SELECTOR, "details.finding.status-conflict")
    finding_id = finding.get_attribute("id").removeprefix("finding-")
    claims = finding.find_elements(by.CSS_SELECTOR, ".claims .claim")
    assert len(claims) >= 2 and claims[0].find_element(by.TAG_NAME, "mark").text
    assert "not reviewed yet" in finding.find_element(by.CSS_SELECTOR, ".review").text

    form = finding.find_element(by.CSS_SELECTOR, "form.review-form")
    form.find_element(by.CSS_SELECTOR, "input[value='false-alarm']").click()
    form.find_element(by.NAME, "note").send_keys(NOTE)
    form.find_element(by.NAME, "by").send_keys("Ana Editor")
    form.find_element(by.CSS_SELECTOR, "button[type=submit]").click()
    wait(browser, 15).until(stale(form))

    browser.refresh()
    finding = browser.find_element(by.ID, f"finding-{finding_id}")
    review = finding.find_element(by.CSS_SELECTOR, ".review")
    assert "Reviewed: false-alarm by Ana Editor" in review.text
    assert NOTE in review.text
    assert browser.find_elements(by.CSS_SELECTOR, ".review b") == []

    with sqlite3.connect(ledger) as connection:
        rows = connection.execute(
            "SELECT finding_id, verdict, note, reviewer FROM reviews"
        ).fetchall()
    assert rows == [(finding_id, "false-alarm", NOTE, "Ana Editor")]

    browser.execute_script("arguments[0].scrollIntoView()", finding)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_filters_hide_other_findings(browser: Any, server: tuple[str, Path]) -> None:
    """With the script on, choosing a status shows only the findings that have it."""
    by, select = selenium(".common.by").By, selenium(".support.ui").Select
    url, _ = server
    browser.get(url)
    filters = browser.find_element(by.ID, "filters")
    assert filters.is_displayed()
    select(filters.find_element(by.NAME, "status")).select_by_value("conflict")
    shown = [f for f in browser.find_elements(by.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert shown and all("status-conflict" in f.get_attribute("class") for f in shown)
    assert browser.find_element(by.ID, "filter-count").text.startswith(f"{len(shown)} of ")
    assert browser.get_log("browser") == []
