"""The committed example in reports/ is what `nox -s demo` writes today."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.report.sources import PACKAGE
from tests.conftest import PROJECT

EXAMPLE = PROJECT / "reports"
FILES = ("report.json", "report.md", "report.html", "claims.csv", "findings.csv")
REGENERATE = "run `nox -s demo` (or `consistency check --out reports`) and commit reports/"


def _without_absolute_paths(text: str) -> Any:
    """Parse report JSON with the folders this checkout and the package live in taken out."""
    for folder in sorted({str(PACKAGE.parent), str(PROJECT), str(Path.cwd())}, key=len)[::-1]:
        text = re.sub(re.escape(folder.replace("\\", "/")) + r"/", "", text)
    return json.loads(text)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo reports written now, beside reports/ so that their relative links match."""
    fresh = PROJECT / f".reports-fresh-{os.getpid()}"
    ledger = tmp_path_factory.mktemp("ledger") / "empty.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(PROJECT)
        args = ["check", "--out", fresh.name, "--ledger", str(ledger), "-q"]
        result = CliRunner().invoke(app, args)
    try:
        assert result.exit_code == 0, result.output
        yield fresh
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def test_committed_json_is_current(fresh: Path) -> None:
    """The demo report's JSON equals the committed one, absolute folders aside."""
    committed = EXAMPLE / "report.json"
    assert committed.is_file(), f"no example report: {REGENERATE}"
    assert _without_absolute_paths((fresh / "report.json").read_text("utf-8")) == (
        _without_absolute_paths(committed.read_text("utf-8"))
    ), f"reports/report.json is stale: {REGENERATE}"


@pytest.mark.parametrize("name", [n for n in FILES if n != "report.json"])
def test_committed_file_is_current(fresh: Path, name: str) -> None:
    """Every other committed format is byte for byte what the demo run writes now."""
    committed = EXAMPLE / name
    assert committed.is_file(), f"reports/{name} missing: {REGENERATE}"
    assert (fresh / name).read_text("utf-8") == committed.read_text("utf-8"), (
        f"reports/{name} is stale: {REGENERATE}"
    )


def test_example_is_complete_and_path_relative() -> None:
    """Every format is committed, no review is in it, and no absolute path leaks in."""
    for name in FILES:
        assert (EXAMPLE / name).is_file(), f"reports/{name} missing: {REGENERATE}"
    report = json.loads((EXAMPLE / "report.json").read_text("utf-8"))
    assert [a["source"] for a in report["articles"]] == sorted(
        f"consistency/demo_corpus/{p.name}" for p in (PACKAGE / "demo_corpus").glob("*.txt")
    )
    assert {f["review"]["state"] for f in report["findings"]} == {"unreviewed"}
    for name in FILES:
        text = (EXAMPLE / name).read_text("utf-8")
        assert str(PROJECT) not in text and "site-packages" not in text, name
    assert not list(EXAMPLE.glob("*.sqlite")), "a review ledger must not be committed"
