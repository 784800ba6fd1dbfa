"""Warnings at scale: stderr shows the first 20 and counts the rest by kind; report.json has all."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from consistency.app.diagnostics import capped, kind_of
from consistency.cli import app

runner = CliRunner()

# Undated pages naming no outlet: each one gives a "no outlet" and a "no publication date" warning.
PAGE = (
    "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn "
    "on Tuesday. The two ministers met for {n} hours, officials said.\n"
)


def _pages(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"page{n:02d}.txt").write_text(PAGE.format(n=n + 2), encoding="utf-8")
    return folder


def test_stderr_shows_twenty_warnings_then_counts_the_rest(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", 15)
    result = runner.invoke(app, ["check", str(pages), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    warned = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["warnings"]
    assert len(warned) >= 30  # every page warns twice, and all of them stay in the report
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 21
    assert lines[:20] == [" ".join(w.split()) for w in warned[:20]]
    tally = re.fullmatch(r"and (\d+) more: (.*); see report\.json", lines[-1])
    assert tally, lines[-1]
    assert int(tally.group(1)) == len(warned) - 20
    counted = {kind: int(n) for n, kind in re.findall(r"(\d+) ([^,]+)", tally.group(2))}
    assert sum(counted.values()) == len(warned) - 20
    assert set(counted) <= {"no outlet", "no publication date"}


def test_quiet_prints_no_warning(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", 3)
    result = runner.invoke(app, ["check", str(pages), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["warnings"]


def test_a_few_warnings_are_all_shown() -> None:
    lines = [f"p{n}.txt: no outlet found; counted as its own source" for n in range(20)]
    assert capped(lines) == lines


def test_the_rest_is_counted_by_kind_most_common_first() -> None:
    outlet = "a.txt: no outlet found; counted as its own source 'a.txt'"
    day = "b.txt: no publication date found; relative dates stay unanchored"
    lines = [outlet] * 1020 + [day] * 2380
    assert (
        capped(lines)[-1]
        == "and 3,380 more: 2,380 no publication date, 1,000 no outlet; see report.json"
    )
    assert len(capped(lines)) == 21


def test_the_kind_leaves_out_the_source() -> None:
    assert kind_of("http://x.example/a: not text (binary)") == "not text (binary)"
    assert kind_of("plain message") == "plain message"
