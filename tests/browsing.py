"""Headless Chromium for the browser tests (marker `browser`): the driver, and page measures."""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.conftest import PROJECT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
#: Set by `nox -s browser` (CI): there a missing browser is a failure, not a skip.
REQUIRED = os.environ.get("CONSISTENCY_BROWSER_REQUIRED") == "1"
#: Screenshots the browser tests save, for a person (or a CI job's artefacts) to look at.
ARTEFACTS = Path(os.environ.get("CONSISTENCY_ARTEFACTS", PROJECT / "test-artifacts"))
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1500",
    "--hide-scrollbars",
)


def missing(reason: str) -> NoReturn:
    """Skip when the browser stack is absent here; fail in CI, where it must be there."""
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


def selenium(module: str = "") -> Any:
    """Import a selenium module, or skip (fail in CI) without selenium."""
    # Imported by name so type-checking does not need selenium installed (it is an extra).
    try:
        return importlib.import_module(f"selenium.webdriver{module}")
    except ImportError:
        missing("selenium is not installed (pip install '.[browser]')")


def chromium() -> Iterator[Any]:
    """Headless Chromium driven by chromedriver, with a fresh profile (a fixture's body)."""
    webdriver = selenium()
    if not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()):
        missing(f"{CHROMIUM} or {CHROMEDRIVER} missing (apt-get install chromium chromium-driver)")
    service = selenium(".chrome.service").Service(executable_path=CHROMEDRIVER)
    profile = tempfile.mkdtemp(prefix="consistency-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def page_height(driver: Any) -> int:
    """The height of the whole page as laid out now, in CSS pixels."""
    return int(driver.execute_script("return document.documentElement.scrollHeight"))


def overflow(driver: Any) -> int:
    """How far the page is wider than the window: what a reader would scroll sideways."""
    return int(
        driver.execute_script(
            "var d = document.documentElement; return d.scrollWidth - d.clientWidth;"
        )
    )


def save_page(driver: Any, name: str, width: int) -> Path:
    """Screenshot the whole page at this width into the artefacts folder; return the file."""
    driver.set_window_size(width, min(page_height(driver) + 120, 16_000))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}-{width}.png"
    assert driver.save_screenshot(str(path))
    return path
