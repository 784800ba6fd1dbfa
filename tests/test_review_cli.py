"""`consistency review` and the CI gate: mark conflicts, pass; change the evidence, fail again."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from consistency.cli import app
from tests.conftest import DEMO

runner = CliRunner()
#: A sentence of the demo corpus that one side of the duration conflict rests on.
COURIER = "000_5d2e81c4a9f03b76.txt"
SAID, EDITED = "lasted seven and a half hours", "lasted six and a half hours"


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    """A copy of the demo corpus, a reports folder and a ledger path, all in tmp."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO, corpus)
    return {"corpus": corpus, "reports": tmp_path / "reports", "ledger": tmp_path / "r.sqlite"}


def _check(ws: dict[str, Path], *extra: str) -> Result:
    """Run `check --fail-on conflict` on the copied corpus."""
    args = ["check", str(ws["corpus"]), "--out", str(ws["reports"]), "--ledger", str(ws["ledger"])]
    return runner.invoke(app, [*args, "--fail-on", "conflict", *extra])


def _review(ws: dict[str, Path], *args: str) -> Result:
    """Run a `review` subcommand against the workspace's ledger and reports."""
    where = ["--ledger", str(ws["ledger"])]
    if args[0] in ("mark", "list"):
        where += ["--reports", str(ws["reports"])]
    return runner.invoke(app, ["review", *args, *where])


def _report(ws: dict[str, Path]) -> dict[str, Any]:
    """The report.json the last check wrote."""
    data: dict[str, Any] = json.loads((ws["reports"] / "report.json").read_text("utf-8"))
    return data


def _conflicts(ws: dict[str, Path]) -> dict[str, dict[str, Any]]:
    """The conflicting findings of the last check, by fact."""
    return {f["fact"]: f for f in _report(ws)["findings"] if f["status"] == "conflict"}


def _one_error_line(result: Result) -> str:
    """The only stderr line, checked to be an error and not a traceback."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_gate_fails_then_passes_after_review_then_fails_when_evidence_changes(
    workspace: dict[str, Path],
) -> None:
    """1 with unreviewed conflicts, 0 once each is marked false-alarm, 1 after a source edit."""
    first = _check(workspace, "-q")
    assert first.exit_code == 1, first.output
    conflicts = _conflicts(workspace)
    assert {"meeting.date", "meeting.duration"} <= set(conflicts)
    for finding in conflicts.values():
        marked = _review(
            workspace, "mark", finding["finding_id"], "--verdict", "false-alarm",
            "--note", "Checked against the wire copy", "--by", "Ana Editor",
        )  # fmt: skip
        assert marked.exit_code == 0, marked.output
        assert f"Marked {finding['finding_id']}" in marked.stdout

    second = _check(workspace)
    assert second.exit_code == 0, second.output
    assert "false-alarm" in second.stdout and "by Ana Editor" in second.stdout
    reviewed = _conflicts(workspace)
    assert {f["review"]["state"] for f in reviewed.values()} == {"reviewed"}
    assert reviewed["meeting.duration"]["review"]["by"] == "Ana Editor"

    courier = workspace["corpus"] / COURIER
    text = courier.read_text("utf-8")
    assert SAID in text
    courier.write_text(text.replace(SAID, EDITED), "utf-8")
    third = _check(workspace)
    assert third.exit_code == 1, third.output
    after = _conflicts(workspace)
    duration = after["meeting.duration"]
    assert duration["finding_id"] == conflicts["meeting.duration"]["finding_id"]
    assert duration["review"]["state"] == "reopened"
    assert duration["review"]["verdict"] == "false-alarm"
    assert after["meeting.date"]["review"]["state"] == "reviewed"
    assert "re-opened:" in third.stdout and "evidence changed" in third.stdout
    markdown = (workspace["reports"] / "report.md").read_text("utf-8")
    assert "re-opened: evidence changed since review" in markdown
    page = (workspace["reports"] / "report.html").read_text("utf-8")
    assert "<strong>Re-opened:</strong> evidence changed since review" in page
    listed = _review(workspace, "list")
    assert listed.exit_code == 0 and "re-opened" in listed.stdout and "holds" in listed.stdout

    again = _review(
        workspace, "mark", duration["finding_id"], "--verdict", "confirmed", "--by", "Ben"
    )
    assert again.exit_code == 0, again.output
    assert _check(workspace, "-q").exit_code == 0


def test_reports_show_the_review(workspace: dict[str, Path]) -> None:
    """Markdown, HTML and findings.csv show verdict, note, reviewer and time."""
    _check(workspace, "-q")
    finding = _conflicts(workspace)["meeting.duration"]
    note = "Courier <b>corrected</b> it"
    args = ["--verdict", "acceptable", "--note", note, "--by", "Ana"]
    assert _review(workspace, "mark", finding["finding_id"], *args).exit_code == 0
    _check(workspace, "-q")
    markdown = (workspace["reports"] / "report.md").read_text("utf-8")
    assert f"*Review* ({finding['finding_id']}): **acceptable** by Ana, " in markdown
    assert r"Courier \<b\>corrected\</b\> it" in markdown
    page = (workspace["reports"] / "report.html").read_text("utf-8")
    assert (
        "<strong>Reviewed:</strong>" in page and "Courier &lt;b&gt;corrected&lt;/b&gt; it" in page
    )
    rows = list(csv.DictReader(io.StringIO((workspace["reports"] / "findings.csv").read_text())))
    row = next(r for r in rows if r["finding_id"] == finding["finding_id"])
    assert (row["review_state"], row["review_verdict"], row["review_by"]) == (
        "reviewed",
        "acceptable",
        "Ana",
    )
    assert row["review_note"] == note and row["review_at"].endswith(" UTC")


def test_export_to_stdout_and_file(workspace: dict[str, Path], tmp_path: Path) -> None:
    """Export writes every verdict as CSV, to stdout or to --out."""
    _check(workspace, "-q")
    finding_id = _conflicts(workspace)["meeting.date"]["finding_id"]
    for verdict in ("confirmed", "false-alarm"):
        assert (
            _review(workspace, "mark", finding_id, "--verdict", verdict, "--by", "Ana").exit_code
            == 0
        )
    printed = _review(workspace, "export")
    assert printed.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(printed.stdout)))
    assert [r["verdict"] for r in rows] == ["confirmed", "false-alarm"]
    assert {r["finding_id"] for r in rows} == {finding_id}
    # Which fact and people a verdict was on, from the last run's report: an id alone is opaque.
    assert {(r["fact"], r["subject"]) for r in rows} == {
        ("meeting.date", "Anselm Quarre; Edda Talvane")
    }
    out = tmp_path / "reviews.csv"
    written = _review(workspace, "export", "--out", str(out))
    assert written.exit_code == 0 and out.read_text("utf-8") == printed.stdout


def test_list_without_reviews(tmp_path: Path) -> None:
    """An empty or absent ledger lists nothing, without creating the file."""
    ledger = tmp_path / "none.sqlite"
    result = runner.invoke(app, ["review", "list", "--ledger", str(ledger)])
    assert result.exit_code == 0 and "No reviews" in result.stdout
    assert not ledger.exists()


def test_mark_errors_are_one_line(workspace: dict[str, Path]) -> None:
    """No report, an unknown finding, an empty reviewer, a broken ledger: exit 2, one line."""
    ws = workspace
    no_report = _review(ws, "mark", "abc", "--verdict", "confirmed", "--by", "Ana")
    assert no_report.exit_code == 2
    assert "report.json: no report here" in _one_error_line(no_report)
    _check(ws, "-q")
    unknown = _review(ws, "mark", "abc", "--verdict", "confirmed", "--by", "Ana")
    assert unknown.exit_code == 2 and "no finding 'abc'" in _one_error_line(unknown)
    finding_id = _conflicts(ws)["meeting.date"]["finding_id"]
    nobody = _review(ws, "mark", finding_id, "--verdict", "confirmed", "--by", " ")
    assert nobody.exit_code == 2 and "who made it" in _one_error_line(nobody)
    bad = _review(ws, "mark", finding_id, "--verdict", "maybe", "--by", "Ana")
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    ws["ledger"].write_bytes(b"this is not sqlite" * 100)
    broken = _review(ws, "mark", finding_id, "--verdict", "confirmed", "--by", "Ana")
    assert (
        _one_error_line(broken)
        == f"error: {ws['ledger']}: not a review ledger (file is not a database)"
    )


def test_check_with_a_broken_ledger_is_exit_2(workspace: dict[str, Path]) -> None:
    """`check` names the ledger file it cannot read, before running anything."""
    workspace["ledger"].write_bytes(b"this is not sqlite" * 100)
    result = _check(workspace)
    assert result.exit_code == 2
    assert "not a review ledger" in _one_error_line(result)
    assert not workspace["reports"].exists()


def test_old_report_without_reviews_is_one_line(workspace: dict[str, Path]) -> None:
    """A report.json from before reviews asks for a new run instead of failing oddly."""
    workspace["reports"].mkdir()
    old = {"schema_version": 1, "findings": [{"finding_id": "abc"}]}
    (workspace["reports"] / "report.json").write_text(json.dumps(old), "utf-8")
    result = _review(workspace, "mark", "abc", "--verdict", "confirmed", "--by", "Ana")
    assert "written before reviews existed" in _one_error_line(result)
    (workspace["reports"] / "report.json").write_text("{not json", "utf-8")
    result = _review(workspace, "mark", "abc", "--verdict", "confirmed", "--by", "Ana")
    assert "not a JSON report" in _one_error_line(result)


def test_export_of_a_missing_ledger_is_exit_2(tmp_path: Path) -> None:
    """There is nothing to export from a ledger that does not exist."""
    result = runner.invoke(app, ["review", "export", "--ledger", str(tmp_path / "x.sqlite")])
    assert result.exit_code == 2 and "no such review ledger" in _one_error_line(result)


def test_serve_without_a_report_is_exit_2(tmp_path: Path) -> None:
    """The review page needs a report to serve."""
    result = runner.invoke(app, ["review", "serve", "--reports", str(tmp_path)])
    assert result.exit_code == 2 and "no report here" in _one_error_line(result)


def test_list_with_a_broken_report_is_exit_2(workspace: dict[str, Path]) -> None:
    """A report.json that is not JSON is named in one error line, not listed as "no report"."""
    ws = workspace
    _check(ws, "-q")
    finding_id = _conflicts(ws)["meeting.date"]["finding_id"]
    marked = _review(ws, "mark", finding_id, "--verdict", "confirmed", "--by", "Ana")
    assert marked.exit_code == 0, marked.output
    (ws["reports"] / "report.json").write_text("{not json", encoding="utf-8")
    listed = _review(ws, "list")
    assert listed.exit_code == 2
    assert "report.json: not a JSON report" in _one_error_line(listed)
    (ws["reports"] / "report.json").unlink()
    missing = _review(ws, "list")
    assert missing.exit_code == 2
    assert "report.json: no report here" in _one_error_line(missing)


def test_the_gate_lists_each_conflict_without_a_review(workspace: dict[str, Path]) -> None:
    """On exit 1 the last lines name the unreviewed conflicts: id, fact, people and outlets."""
    failed = _check(workspace, "-q")
    assert failed.exit_code == 1
    conflicts = _conflicts(workspace)
    lines = failed.stderr.rstrip().splitlines()
    listed = lines[-2 * len(conflicts) :]
    assert lines[-2 * len(conflicts) - 1] == f"{len(conflicts)} conflicts without a current review:"
    for finding in conflicts.values():
        at = next(i for i, line in enumerate(listed) if finding["finding_id"] in line)
        assert finding["fact"] in listed[at] and finding["subject"][0] in listed[at]
        assert all(o in listed[at + 1] for o in finding["outlets"])
        assert "not reviewed" in listed[at + 1]
    first = next(iter(conflicts.values()))["finding_id"]
    assert _review(workspace, "mark", first, "--verdict", "confirmed", "--by", "Ana").exit_code == 0
    narrower = _check(workspace, "-q")
    assert narrower.exit_code == 1
    assert (
        "1 conflict without a current review:" in narrower.stderr and first not in narrower.stderr
    )


def test_the_ledger_follows_the_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no --ledger, check and every review command use <reports>/reviews.sqlite."""
    monkeypatch.chdir(tmp_path)  # nothing may land in ./reports
    out = tmp_path / "out"
    gate = ["check", str(DEMO), "--out", str(out), "--fail-on", "conflict", "-q"]
    assert runner.invoke(app, gate).exit_code == 1
    report = json.loads((out / "report.json").read_text("utf-8"))
    conflicts = [f["finding_id"] for f in report["findings"] if f["status"] == "conflict"]
    for finding_id in conflicts:
        mark = ["review", "mark", finding_id, "--verdict", "acceptable", "--by", "Ana"]
        marked = runner.invoke(app, [*mark, "--reports", str(out)])
        assert marked.exit_code == 0 and marked.stderr == "", marked.output
    assert (out / "reviews.sqlite").is_file() and not (tmp_path / "reports").exists()
    assert runner.invoke(app, gate).exit_code == 0
    listed = runner.invoke(app, ["review", "list", "--reports", str(out)])
    assert listed.exit_code == 0 and f"{len(conflicts)} reviewed findings" in listed.stdout
    exported = runner.invoke(app, ["review", "export", "--reports", str(out)])
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) == len(conflicts) + 1


def test_a_missing_ledger_is_a_warning(workspace: dict[str, Path], tmp_path: Path) -> None:
    """A --ledger that does not exist is said on stderr, not read silently as "no reviews"."""
    typo = tmp_path / "reveiws.sqlite"
    args = ["check", str(workspace["corpus"]), "--out", str(workspace["reports"])]
    checked = runner.invoke(app, [*args, "--ledger", str(typo), "-q"])
    assert checked.exit_code == 0
    assert f"{typo}: no such review ledger; no reviews read from it" in checked.stderr
    listed = runner.invoke(
        app, ["review", "list", "--ledger", str(typo), "--reports", str(workspace["reports"])]
    )
    assert f"{typo}: no such review ledger" in listed.stderr and not typo.exists()
    # Beside the reports, a ledger is missing until the first verdict: nothing to warn about.
    plain = runner.invoke(app, [*args, "-q"])
    assert plain.exit_code == 0 and "review ledger" not in plain.stderr


def test_list_help_says_what_it_lists() -> None:
    """`review list` lists reviewed findings, and its help says so."""
    shown = runner.invoke(app, ["review", "list", "--help"], terminal_width=200)
    assert shown.exit_code == 0
    assert "every finding" not in shown.stdout and "reviewed findings" in shown.stdout
