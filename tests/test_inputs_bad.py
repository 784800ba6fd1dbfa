"""The bad-input corpus: each case gets its documented reason, the good files their findings."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import consistency.pipeline as pipeline
from consistency.cli import app
from consistency.ingest.decoding import MIXED, UNDECODABLE
from consistency.ingest.html_text import NO_BODY
from consistency.schemas import CheckResult

PROJECT = Path(__file__).resolve().parents[1]
BAD = PROJECT / "tests" / "fixtures" / "bad_inputs"
README = (PROJECT / "README.md").read_text(encoding="utf-8")
#: The size limit the corpus is checked with, so that one small fixture is "too large".
LIMIT = 12_000
REJECTED, WARNED = "rejected", "warned"
GOOD_OUTLETS = {"Ostravel Daily", "The Riverside Post", "Velmar Radio"}


@dataclass(frozen=True)
class Case:
    """A bad input: its source under BAD, what happens, the reason, and how README shows it."""

    source: str
    outcome: str
    #: A regular expression the whole reason (or the warning after "<name>: ") matches.
    pattern: str
    #: The text README's table gives for it.
    documented: str


def exact(source: str, outcome: str, reason: str, documented: str | None = None) -> Case:
    """A case whose reason is a fixed text."""
    return Case(source, outcome, re.escape(reason), documented or reason)


CASES = [
    exact("empty.txt", REJECTED, "empty file"),
    exact("whitespace_only.txt", REJECTED, "only whitespace"),
    exact("binary_nul_bytes.txt", REJECTED, "binary file (contains NUL bytes)"),
    exact("pdf_saved_as_text.txt", REJECTED, "binary file (a PDF document)"),
    exact("control_characters.txt", REJECTED, "binary file (mostly control characters)"),
    exact("mixed_encodings.txt", REJECTED, MIXED),
    exact("undecodable.txt", REJECTED, UNDECODABLE),
    exact("too_large_for_the_limit.txt", REJECTED, "too large (16.8 KB; the limit is 12.0 KB)"),
    exact("notes_not_an_article.yaml", REJECTED, "not an article file (.yaml)"),
    exact(
        "README.md",
        REJECTED,
        "not an article: a folder's documentation (README.md)",
    ),
    exact("html_without_article_body.html", REJECTED, NO_BODY),
    exact("feed_with_bad_rows.jsonl:2", REJECTED, "row has no text"),
    Case(
        "feed_with_bad_rows.jsonl:4",
        REJECTED,
        re.escape("not valid JSON (") + ".+",
        "not valid JSON (...)",
    ),
    exact("feed_with_bad_rows.jsonl:5", REJECTED, "not a JSON object"),
    exact("feed_with_bad_rows.jsonl:6", REJECTED, "row has no text"),
    exact("feed_with_empty_rows.csv:2", REJECTED, "row has no text"),
    exact("feed_with_empty_rows.csv:3", REJECTED, "row has no text"),
    exact(
        "feed_without_text_column.csv",
        REJECTED,
        "no 'text' column (columns are headline, body, outlet)",
        "no 'text' column (columns are ...)",
    ),
    Case(
        "good_ostravel_daily_duplicate.txt",
        REJECTED,
        re.escape(f"duplicate of {BAD / 'good_ostravel_daily.txt'}"),
        "duplicate of <source>",
    ),
    exact("not_english_french.txt", REJECTED, "not English (looks like French)"),
    exact(
        "not_english_german.md",
        REJECTED,
        "not English (looks like German)",
        "not English (looks like French)",
    ),
    exact(
        "not_english_russian.txt",
        REJECTED,
        "not English (looks like Russian)",
        "not English (looks like French)",
    ),
    exact("cp1252_windows.txt", WARNED, "not UTF-8; read as cp1252 text"),
    exact(
        "utf16_with_bom.txt",
        WARNED,
        "not UTF-8; read as UTF-16 text",
    ),
    Case(
        "future_date.txt",
        WARNED,
        re.escape("publication date 2091-05-04 on the page is in the future (today is ")
        + r"\d{4}-\d{2}-\d{2}"
        + re.escape("); ignored; relative dates stay unanchored"),
        "publication date 2091-05-04 on the page is in the future (today is ...); ignored; "
        "relative dates stay unanchored",
    ),
    exact(
        "ancient_date.txt",
        WARNED,
        "publication date 1789-07-14 on the page is before 1900; ignored; "
        "relative dates stay unanchored",
    ),
    exact(
        "no_publication_date.txt",
        WARNED,
        "no publication date found; relative dates stay unanchored",
    ),
]


@pytest.fixture(scope="module")
def result() -> CheckResult:
    """The whole pipeline over the corpus, with the small size limit."""
    return pipeline.run_check([BAD], max_bytes=LIMIT)


def test_corpus_has_enough_cases() -> None:
    """At least twelve kinds of bad input, each named for its case."""
    assert len({case.source.split(":")[0] for case in CASES}) >= 12


def test_every_input_is_an_article_or_rejected(result: CheckResult) -> None:
    """Each file, or each row of a feed, is an article or a rejected entry."""
    sources = [*result.articles["source"], *result.rejected["source"]]
    files = {Path(re.sub(r":\d+$", "", s)).name for s in sources}
    assert files == {p.name for p in BAD.iterdir()}
    assert len(sources) == len(set(sources))


@pytest.mark.parametrize("case", CASES, ids=[c.source for c in CASES])
def test_bad_case_has_its_reason(result: CheckResult, case: Case) -> None:
    """The case is rejected, or read with a warning, with the reason it documents."""
    source = str(BAD / case.source)
    rejected = dict(zip(result.rejected["source"], result.rejected["reason"], strict=True))
    if case.outcome == REJECTED:
        assert re.fullmatch(case.pattern, rejected[source]), rejected[source]
        assert source not in set(result.articles["source"])
    else:
        assert source in set(result.articles["source"]) and source not in rejected
        prefix = f"{source}: "  # warnings name it as rejections do: the path as given
        found = [w[len(prefix) :] for w in result.warnings if w.startswith(prefix)]
        assert any(re.fullmatch(case.pattern, w) for w in found), found


@pytest.mark.parametrize("case", CASES, ids=[c.source for c in CASES])
def test_bad_case_is_documented(case: Case) -> None:
    """README's table of bad inputs gives the reason."""
    assert f"`{case.documented}`" in README


def test_good_files_still_give_their_findings(result: CheckResult) -> None:
    """The good articles beside the bad ones agree on the days and conflict on the length."""
    findings = {
        (fact, tuple(subject)): (status, set(outlets))
        for fact, subject, status, outlets in zip(
            result.findings["fact"],
            result.findings["subject"],
            result.findings["status"],
            result.findings["outlets"],
            strict=True,
        )
    }
    talks = ("Aurel Demski", "Ilka Maresh")
    assert findings[("meeting.duration", talks)] == ("conflict", GOOD_OUTLETS)
    assert findings[("meeting.date", talks)] == ("agree", GOOD_OUTLETS)
    assert findings[("meeting.date", ("Bertran Sollis", "Ilka Maresh"))] == ("agree", GOOD_OUTLETS)


@pytest.mark.parametrize("name", ["no_publication_date.txt", "future_date.txt", "ancient_date.txt"])
def test_undated_articles_leave_relative_dates_unanchored(result: CheckResult, name: str) -> None:
    """Without a trusted day, "on Friday" is not evaluated, with the reason, never guessed."""
    articles = result.articles.set_index("source")
    row = articles.loc[str(BAD / name)]
    assert row["published_from"] == "none"
    facts = result.facts[result.facts["article_id"] == row["article_id"]]
    relative = facts[(facts["fact"] == "meeting.date") & (facts["value_text"] != "")]
    if name == "ancient_date.txt":
        assert relative.empty
        return
    assert len(relative) == 1
    assert list(relative["precision"]) == ["unknown"]
    assert relative["value"].isna().all()
    (reason,) = relative["not_evaluated"]
    assert reason.endswith("relative date with no publication date")


def test_undated_meeting_finding_is_not_evaluated(result: CheckResult) -> None:
    """Two undated outlets' relative days make a not-evaluated finding, not an agreement."""
    findings = result.findings
    voss = findings[
        (findings["fact"] == "meeting.date")
        & findings["subject"].map(lambda s: tuple(s) == ("Jon Aske", "Lena Voss"))
    ]
    assert list(voss["status"]) == ["not_evaluated"]
    (note,) = voss["note"]
    assert "relative date with no publication date" in note


def test_cli_reports_every_problem_once(tmp_path: Path) -> None:
    """The command line exits 0, says each problem once, and lists rejections in the report."""
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["check", str(BAD), "--out", str(out), "--quiet"])
    assert run.exit_code == 0, run.stderr
    assert "Traceback" not in run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # stderr shows the first 20 and counts the rest (issue 21); the report keeps each one.
    rejected = [f"{entry['source']}: {entry['reason']}" for entry in report["rejected"]]
    lines = [*report["warnings"], *rejected]
    shown = run.stderr.splitlines()
    assert len(shown) == min(len(rejected), 20) + (len(rejected) > 20)  # --quiet: no warning
    assert set(shown[:20]) <= {" ".join(r.split()) for r in rejected}
    # Without the test's size limit, the large file is an article.
    cases = [c for c in CASES if c.source != "too_large_for_the_limit.txt"]
    for case in cases:
        prefix = f"{BAD / case.source}: "  # rejected or read with a warning: one name
        matching = [ln for ln in lines if ln.startswith(prefix)]
        assert len(matching) == 1, (case.source, matching)
        assert re.fullmatch(case.pattern, matching[0][len(prefix) :]), matching
    listed = {Path(entry["source"]).name for entry in report["rejected"]}
    assert listed == {c.source for c in cases if c.outcome == REJECTED}


def test_cli_exits_2_when_nothing_is_readable(tmp_path: Path) -> None:
    """Inputs that give no article at all are an input error: exit 2, one line each."""
    for name in ("empty.txt", "binary_nul_bytes.txt", "not_english_french.txt"):
        (tmp_path / name).write_bytes((BAD / name).read_bytes())
    run = CliRunner().invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "out")])
    assert run.exit_code == 2
    assert run.stderr.splitlines()[-1] == "error: no readable article in the inputs"
    assert len(run.stderr.splitlines()) == 4
