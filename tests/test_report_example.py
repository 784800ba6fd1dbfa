"""The committed example in reports/ is what `nox -s demo` writes today."""

from __future__ import annotations

import json
import re
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


def test_committed_example_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regenerate the demo report and compare its JSON with the committed one."""
    committed = EXAMPLE / "report.json"
    assert committed.is_file(), f"no example report: {REGENERATE}"
    monkeypatch.chdir(PROJECT)
    out, ledger = tmp_path / "reports", tmp_path / "empty.sqlite"
    result = CliRunner().invoke(app, ["check", "--out", str(out), "--ledger", str(ledger), "-q"])
    assert result.exit_code == 0, result.output
    fresh = _without_absolute_paths((out / "report.json").read_text("utf-8"))
    assert fresh == _without_absolute_paths(committed.read_text("utf-8")), (
        f"reports/report.json is stale: {REGENERATE}"
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
