"""The command line: exit codes, one-line errors, stderr diagnostics, the rule catalogue."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.errors
import pytest
from typer.testing import CliRunner

import consistency.cli as cli
from consistency import __version__
from consistency.cli import app
from consistency.engine import RuleError, load_rules
from consistency.report import SCHEMA_VERSION
from consistency.schemas import ArticleSchema, CheckResult, validate
from tests.conftest import DEMO
from tests.test_report import empty_result, sample_result

runner = CliRunner()
Check = Callable[..., CheckResult]


@dataclass(frozen=True)
class FakeRule:
    """The attributes `consistency rules` reads from a rule."""

    code: str
    name: str
    summary: str
    fact: str
    compare: str
    severity: str
    message: str
    hint: str


def _returning(result: CheckResult, calls: list[dict[str, Any]] | None = None) -> Check:
    """Stand in for run_check: record the arguments and return `result`."""

    def run_check(paths: list[Path], **options: Any) -> CheckResult:
        if calls is not None:
            calls.append({"paths": list(paths), **options})
        return result

    return run_check


def _one_error_line(stderr: str) -> str:
    """Return the only stderr line, checked to be an error and not a traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ") and "Traceback" not in stderr
    return lines[0]


def test_version() -> None:
    """--version prints the package version."""
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"consistency {__version__}"


def test_missing_path_is_exit_2_with_one_line(tmp_path: Path) -> None:
    """A PATH that does not exist stops before the pipeline, in one line."""
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, ["check", str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert _one_error_line(result.stderr) == f"error: {missing}: no such file or folder"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("day", ["2024-02-30", "12/03/2024", "yesterday", "20240312"])
def test_unparseable_published_is_exit_2(tmp_path: Path, day: str) -> None:
    """--published must be a real day written YYYY-MM-DD."""
    result = runner.invoke(app, ["check", str(tmp_path), "--published", day])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in _one_error_line(result.stderr)


def test_missing_rules_folder_and_sidecar_are_exit_2(tmp_path: Path) -> None:
    """Extra rule folders and the sidecar must exist."""
    for option in ("--rules", "--sidecar"):
        result = runner.invoke(app, ["check", str(tmp_path), option, str(tmp_path / "absent")])
        assert result.exit_code == 2
        _one_error_line(result.stderr)


def test_fail_on_conflict_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A conflict fails the run only when asked to, and the reports are written either way."""
    monkeypatch.setattr(cli, "run_check", _returning(sample_result()))
    out = tmp_path / "reports"
    plain = runner.invoke(app, ["check", str(tmp_path), "--out", str(out)])
    assert plain.exit_code == 0, plain.output
    failing = runner.invoke(
        app, ["check", str(tmp_path), "--out", str(out), "--fail-on", "conflict"]
    )
    assert failing.exit_code == 1
    assert (
        json.loads((out / "report.json").read_text(encoding="utf-8"))["schema_version"]
        == SCHEMA_VERSION
    )
    assert {p.name for p in out.iterdir()} == {
        *("report.json", "report.md", "report.html", "claims.csv", "findings.csv")
    }


def test_fail_on_conflict_passes_without_conflicts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No conflicting finding, exit 0."""
    calm = sample_result(statuses={"f-duration": "compatible"})
    monkeypatch.setattr(cli, "run_check", _returning(calm))
    args = ["check", str(tmp_path), "--out", str(tmp_path / "r"), "--fail-on", "conflict"]
    assert runner.invoke(app, args).exit_code == 0


def test_options_reach_the_pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Paths, rule folders, sidecar, day and outlet are passed on as given."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(cli, "run_check", _returning(sample_result(), calls))
    sidecar = tmp_path / "sidecar.csv"
    sidecar.write_text("file,outlet\n", encoding="utf-8")
    args = ["check", str(tmp_path), "--out", str(tmp_path / "r"), "--rules", str(tmp_path)]
    args += ["--sidecar", str(sidecar), "--published", "2024-03-12", "--outlet", "Wire", "-q"]
    args += ["--max-bytes", "4096"]
    assert runner.invoke(app, args).exit_code == 0
    assert calls == [
        {
            "paths": [tmp_path],
            "rules_dirs": [tmp_path],
            "sidecar": sidecar,
            "published": "2024-03-12",
            "outlet": "Wire",
            "max_bytes": 4096,
            "engine": cli.Engine.pandas,
            "scheduler": None,
        }
    ]


def test_no_path_checks_the_demo_corpus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without PATH the bundled demo corpus inside the package is read."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(cli, "run_check", _returning(sample_result(), calls))
    result = runner.invoke(app, ["check", "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    (demo,) = calls[0]["paths"]
    assert demo == cli.demo_corpus() and demo.is_dir()
    assert demo.parent == Path(cli.__file__).parent


def test_summary_on_stdout_diagnostics_on_stderr(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The summary goes to stdout; each warning and rejected input is one stderr line."""
    monkeypatch.setattr(cli, "run_check", _returning(sample_result()))
    result = runner.invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "r")])
    assert "1 conflict" in result.stdout and "report.html" in result.stdout
    assert result.stderr.splitlines() == [
        "corpus/café.txt: no outlet found; counted as its own source",
        "corpus/<script>alert(1)</script>.pdf: binary file (contains NUL bytes)",
        "corpus/empty.txt: empty file",
    ]
    # --quiet prints no warning; the inputs that were not read are still said.
    quiet = runner.invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "r"), "-q"])
    assert quiet.stdout == "" and quiet.stderr.splitlines() == result.stderr.splitlines()[1:]


def test_no_readable_article_is_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """When every input was rejected, say why per input and stop with exit 2."""
    nothing = sample_result()
    nothing = CheckResult(
        articles=empty_result().articles,
        rejected=nothing.rejected,
        facts=empty_result().facts,
        findings=empty_result().findings,
    )
    monkeypatch.setattr(cli, "run_check", _returning(nothing))
    result = runner.invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "error: no readable article in the inputs" and len(lines) == 3
    assert not (tmp_path / "r").exists()


def test_schema_errors_are_a_table_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A table that fails its schema is shown as failure cases, exit 2."""

    def broken(paths: list[Path], **options: Any) -> CheckResult:
        bad = pd.DataFrame([{"article_id": "short", "outlet_from": "nowhere", "carrier": None}])
        validate(ArticleSchema, bad)
        raise AssertionError("validate should have raised")

    monkeypatch.setattr(cli, "run_check", broken)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "failure cases" in result.stderr
    assert "outlet_from" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert isinstance(result.exception, SystemExit)


def test_rule_errors_are_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A broken rule file stops the run with its own one-line message."""

    def broken(paths: list[Path], **options: Any) -> CheckResult:
        raise RuleError("rules/XX01.yaml: missing 'summary'")

    monkeypatch.setattr(cli, "run_check", broken)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert _one_error_line(result.stderr) == "error: rules/XX01.yaml: missing 'summary'"


def test_rules_lists_the_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """`consistency rules` shows code, name, fact, severity and summary of each rule."""
    rule = FakeRule(
        "DT01", "meeting.date.mismatch", "Outlets give different days [red]x[/red].",
        "meeting.date", "interval", "high", "msg", "hint",
    )  # fmt: skip
    seen: list[list[Path]] = []

    def load_rules(dirs: list[Path]) -> list[FakeRule]:
        seen.append(dirs)
        return [rule]

    # The command imports the engine when it runs (start-up), so the fake goes on the engine.
    monkeypatch.setattr("consistency.engine.load_rules", load_rules)
    result = runner.invoke(app, ["rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for text in ("DT01", "meeting.date.mismatch", "meeting.date", "high", "[red]x[/red]"):
        assert text in result.stdout
    assert seen == [[]]


def test_rules_with_the_real_rule_pack() -> None:
    """The shipped rules load and list."""
    assert load_rules([])
    result = runner.invoke(app, ["rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "DT01" in result.stdout


def test_rules_with_a_missing_folder_is_exit_2(tmp_path: Path) -> None:
    """An extra rule folder that does not exist is a usage error."""
    result = runner.invoke(app, ["rules", "--rules", str(tmp_path / "absent")])
    assert result.exit_code == 2
    _one_error_line(result.stderr)


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m consistency --version` works."""
    done = subprocess.run(
        [sys.executable, "-m", "consistency", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"consistency {__version__}"


def test_schema_errors_type_is_pandera_s() -> None:
    """The CLI catches the error type pandera raises for lazy validation."""
    with pytest.raises(pandera.errors.SchemaErrors):
        validate(ArticleSchema, pd.DataFrame([{"article_id": "x"}]))


def _consistency(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m consistency ARGS` as a user's shell would."""
    return subprocess.run(
        [sys.executable, "-m", "consistency", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--fail-on", "warning"],
        ["check", "--no-such-option"],
        ["review", "mark", "abc", "--verdict", "bogus", "--by", "A"],
        ["rules", "--rules"],
    ],
)
def test_usage_errors_are_one_line(args: list[str]) -> None:
    """A mistyped option is one `error:` line and exit 2, not a boxed help page."""
    done = _consistency(*args)
    assert done.returncode == 2
    assert "Traceback" not in _one_error_line(done.stderr)


def test_standard_input_feed(tmp_path: Path) -> None:
    """`-` reads a JSONL feed piped in; each row is an article named `<stdin>:LINE`."""
    rows = [
        {"text": DEMO_STYLE_ARTICLE, "outlet": "Quay Ledger", "published": "2024-03-14"},
        {"text": DEMO_STYLE_ARTICLE.replace("four", "six"), "outlet": "Ness Radio"},
    ]
    feed = "\n".join(json.dumps(row) for row in rows) + "\n"
    done = _consistency("check", "-", "--out", str(tmp_path), "-q", stdin=feed)
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in report["articles"]] == ["<stdin>:1", "<stdin>:2"]
    assert {a["outlet"] for a in report["articles"]} == {"Quay Ledger", "Ness Radio"}


DEMO_STYLE_ARTICLE = (
    "Harbour talks end without a deal\n\n"
    "Trade Minister Lisane Corvay met Port Commissioner Aldo Reinholt in Velm on Tuesday. "
    "Their talks lasted four hours, officials said.\n"
)


def test_max_bytes_rejects_large_files(tmp_path: Path) -> None:
    """A file over --max-bytes is rejected with its size, and the others are still read."""
    (tmp_path / "small.txt").write_text(DEMO_STYLE_ARTICLE, encoding="utf-8")
    (tmp_path / "large.txt").write_text(DEMO_STYLE_ARTICLE * 40, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["check", str(tmp_path), "--out", str(out), "--max-bytes", "2000", "-q"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [Path(r["source"]).name for r in report["rejected"]] == ["large.txt"]
    assert "the limit is 2.0 KB" in report["rejected"][0]["reason"]
    assert len(report["articles"]) == 1


def test_rules_markdown_is_the_docs_page() -> None:
    """`consistency rules --markdown` prints exactly the committed docs/rules.md."""
    result = runner.invoke(app, ["rules", "--markdown"])
    assert result.exit_code == 0, result.output
    docs = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
    assert result.stdout == docs.read_text(encoding="utf-8")


def test_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    """--scheduler without --engine dask is a usage error."""
    result = runner.invoke(app, ["check", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "--scheduler goes with --engine dask" in _one_error_line(result.stderr)


def test_tables_option_writes_parquet(tmp_path: Path) -> None:
    """--tables writes the articles, claims and findings tables beside the reports."""
    pyarrow = pytest.importorskip("pyarrow.parquet")
    out, tables = tmp_path / "out", tmp_path / "tables"
    result = runner.invoke(app, ["check", "--out", str(out), "--tables", str(tables), "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    claims = pyarrow.read_table(tables / "claims.parquet")
    assert claims.num_rows == len(report["claims"])
    findings = pyarrow.read_table(tables / "findings.parquet")
    assert sorted(findings.column("finding_id").to_pylist()) == sorted(
        f["finding_id"] for f in report["findings"]
    )


def test_dask_engine_gives_the_pandas_findings(tmp_path: Path) -> None:
    """`--engine dask` on the demo corpus writes the same findings as the default engine."""
    pytest.importorskip("dask")
    reports = {}
    for engine in ("pandas", "dask"):
        out = tmp_path / engine
        args = ["check", "--out", str(out), "--engine", engine, "-q"]
        if engine == "dask":
            args += ["--scheduler", "synchronous"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        reports[engine] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert reports["dask"]["findings"] == reports["pandas"]["findings"]
    assert reports["dask"]["claims"] == reports["pandas"]["claims"]


def test_bare_command_prints_help_and_no_empty_error() -> None:
    """`consistency` alone shows its help; no `error:` line with nothing to say."""
    for args in ([], ["review"]):
        done = subprocess.run(
            [sys.executable, "-m", "consistency", *args],
            capture_output=True,
            text=True,
            check=False,
        )
        assert "Usage: consistency" in done.stdout and "Commands" in done.stdout
        assert "error" not in done.stderr, done.stderr


def test_tables_without_pyarrow_fails_before_the_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--tables without the tables extra is exit 2 at once, with the clone's install command."""
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(cli, "run_check", _returning(sample_result(), calls))
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # importing it now fails
    args = ["check", str(tmp_path), "--out", str(tmp_path / "r"), "--tables", str(tmp_path / "t")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and calls == []
    assert "pip install '.[tables]'" in _one_error_line(result.stderr)
    assert not (tmp_path / "r").exists()


def test_no_word_is_cut_on_an_80_column_terminal(tmp_path: Path) -> None:
    """Each conflict's people, outlets and summary wrap at spaces at 80 columns (CI logs)."""
    args = ["check", str(DEMO), "--out", str(tmp_path), "--ledger", str(tmp_path / "r.sqlite")]
    result = runner.invoke(app, args, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= 80
    printed = set(result.stdout.split())
    findings = json.loads((tmp_path / "report.json").read_text("utf-8"))["findings"]
    conflicts = [f for f in findings if f["status"] == "conflict"]
    assert conflicts
    for finding in conflicts:
        shown = (", ".join(finding["subject"]), ", ".join(finding["outlets"]), finding["summary"])
        words = " ".join(shown).split()
        assert [w for w in words if w not in printed] == []


def test_sources_are_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Warnings, rejections and reports name a source by the path given, relative or not."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO, corpus)
    (corpus / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for given in ("corpus", str(corpus)):
        out = tmp_path / "out"
        result = runner.invoke(app, ["check", given, "--out", str(out), "-q"])
        assert result.exit_code == 0, result.output
        lines = result.stderr.splitlines()
        assert lines and all(line.startswith(f"{given}/") for line in lines), lines
        report = json.loads((out / "report.json").read_text("utf-8"))
        sources = [a["source"] for a in report["articles"] + report["rejected"]]
        assert all(s.startswith(f"{given}/") for s in sources), sources
        assert all(w.startswith(f"{given}/") for w in report["warnings"])
        # An outlet named after its file stays the same wherever the check runs.
        assert "unknown (002_c3a9e5170d4b8f62.txt)" in {a["outlet"] for a in report["articles"]}


def test_the_demo_corpus_is_named_from_the_package(tmp_path: Path) -> None:
    """With no PATH, the demo's files read consistency/demo_corpus/... on stderr and in reports."""
    result = runner.invoke(app, ["check", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()
    assert all(line.startswith("consistency/demo_corpus/") for line in result.stderr.splitlines())
