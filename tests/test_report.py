"""The JSON contract, the Markdown report and the terminal summary, on tables built here."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
from rich.console import Console

from consistency.report import (
    SCHEMA_VERSION,
    print_summary,
    render_markdown,
    to_json_dict,
    write_reports,
)
from consistency.report.present import highlight
from consistency.schemas import (
    ArticleSchema,
    CheckResult,
    FactSchema,
    FindingSchema,
    RejectedSchema,
    empty,
    validate,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PAIR = ("Corvin Brelloch", "Edda Talvane")
WIRE, COURIER, EVIL = "Meridian Wire", "The Harbour Courier", f"Evil {IMG} News"
EVIL_SOURCE = f"corpus/c_{IMG}.txt"
REJECTED_SOURCE = f"corpus/{SCRIPT}.pdf"

TOP_KEYS = {"schema_version", "articles", "rejected", "claims", "findings", "warnings"}
ARTICLE_KEYS = {
    "article_id",
    "source",
    "outlet",
    "carrier",
    "published",
    "published_from",
    "title",
}
REJECTED_KEYS = {"source", "reason"}
CLAIM_KEYS = {
    "claim_id", "article_id", "outlet", "fact", "subject", "value", "precision", "hedged",
    "text", "span", "sentence", "attribution", "tense", "not_evaluated",
}  # fmt: skip
FINDING_KEYS = {
    "finding_id", "rule", "fact", "subject", "status", "severity", "summary", "hint", "note",
    "value", "outlets", "claim_ids", "pairs", "review",
}  # fmt: skip
REVIEW_KEYS = {"state", "evidence_hash", "verdict", "note", "by", "at"}
REPORT_FILES = ["report.json", "report.md", "report.html", "claims.csv", "findings.csv"]
SUMMARY = f"The outlets disagree: [bold]330[/bold] minutes against ≥ 420 {SCRIPT}"


def _article(n: int, outlet: str, title: str | None, source: str) -> dict[str, Any]:
    """Build an article row; its text is never rendered, so it stays short."""
    return {
        "article_id": f"{n:016x}",
        "source": source,
        "url": None,
        "outlet": outlet,
        "outlet_from": "page",
        "carrier": None,
        "title": title,
        "published": "2024-03-12",
        "published_from": "date line",
        "raw_text": "text",
        "chrome": "[]",
    }


def _fact(
    claim_id: str, article: int, outlet: str, fact: str, text: str, sentence: str, **row: Any
) -> dict[str, Any]:
    """Build a fact row with defaults for what a test does not look at."""
    start = int(row.pop("start", 0))
    return {
        "claim_id": claim_id,
        "article_id": f"{article:016x}",
        "outlet": outlet,
        "fact": fact,
        "subject": PAIR,
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence": sentence,
        "value_text": "",
        "hedged": False,
        "tense": "past",
        "attribution": "",
        "published": "2024-03-12",
        "origin": outlet,
        "value": None,
        "precision": "none",
        "lo": None,
        "hi": None,
        "not_evaluated": "",
    } | row


def _finding(
    finding_id: str, fact: str, status: str, claim_ids: tuple[str, ...], **row: Any
) -> dict[str, Any]:
    """Build a finding row with defaults."""
    return {
        "finding_id": finding_id,
        "rule": "DT01",
        "fact": fact,
        "subject": PAIR,
        "status": status,
        "severity": "high",
        "summary": f"{status} on {fact}",
        "hint": "Check each outlet's date line.",
        "value": None,
        "outlets": (WIRE, COURIER),
        "claim_ids": claim_ids,
        # None compared: the reports fall back on what a two-outlet finding's status says.
        "pairs": (),
        "note": "",
    } | row


ARTICLES = [
    _article(1, WIRE, "Talks in Sarnhold", "corpus/b_wire.txt"),
    _article(2, COURIER, f"Courier {SCRIPT}", "corpus/a_courier.txt"),
    _article(3, EVIL, None, EVIL_SOURCE),
]
REJECTED = [
    {"source": REJECTED_SOURCE, "reason": "binary file (contains NUL bytes)"},
    {"source": "corpus/empty.txt", "reason": "empty file"},
]
FACTS = [
    _fact(
        "c1", 1, WIRE, "meeting.date", "met Brelloch on March 11",
        "Talvane met Brelloch on March 11 in Sarnhold.",
        start=40, value="2024-03-11", precision="day",
    ),
    _fact(
        "c2", 2, COURIER, "meeting.date", "on Monday", "Talvane held talks on Monday.",
        start=10, value="2024-03-11", precision="day",
    ),
    _fact(
        "c3", 1, WIRE, "meeting.duration", "lasted five and a half hours",
        f"The talks lasted five and a half hours {SCRIPT}.",
        start=5, value=330, precision="minutes", lo=330.0, hi=330.0,
    ),
    _fact(
        "c4", 3, EVIL, "meeting.duration", "more than seven hours",
        f"They talked {IMG} for more than seven hours, officials said.",
        start=0, value={"min": 420, "max": None}, precision="bound", attribution="officials said",
    ),
    _fact(
        "c5", 2, COURIER, "meeting.place", "may meet at the palace",
        "Talvane may meet at the palace on Tuesday, café owners say.",
        start=50, value=float("nan"), hedged=True, tense="future",
        not_evaluated="venue not in the gazetteer",
    ),
    _fact(
        "c6", 3, EVIL, "precedent.since_year", f"since 2018 {SCRIPT}",
        f"The first visit since 2018 {SCRIPT} by a minister.",
        start=80, value=2018, precision="year",
    ),
]  # fmt: skip
FINDINGS = [
    _finding("f-date", "meeting.date", "agree", ("c1", "c2"), value="2024-03-11"),
    _finding(
        "f-duration", "meeting.duration", "conflict", ("c3", "c4"),
        rule="DU01", severity="medium", summary=SUMMARY, outlets=(EVIL, WIRE),
    ),
    _finding("f-place", "meeting.place", "hedged", ("c5",), rule="PL01", outlets=(COURIER,)),
    _finding(
        "f-precedent", "precedent.since_year", "single_source", ("c6",),
        rule="PR01", value=2018, outlets=(EVIL,), note=f"note {IMG}",
    ),
]  # fmt: skip
WARNINGS = ("corpus/café.txt: no outlet found; counted as its own source",)
CLAIM_ORDER = ["c2", "c5", "c3", "c1", "c4", "c6"]
FINDING_ORDER = ["f-duration", "f-date", "f-place", "f-precedent"]


def sample_result(*, reverse: bool = False, statuses: dict[str, str] | None = None) -> CheckResult:
    """Build a small validated run: a conflict, an agreement, a hedge, a single source."""

    def rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return items[::-1] if reverse else items

    findings = [
        f | {"status": (statuses or {}).get(f["finding_id"], f["status"])} for f in FINDINGS
    ]
    return CheckResult(
        articles=validate(ArticleSchema, pd.DataFrame(rows(ARTICLES))),
        rejected=validate(RejectedSchema, pd.DataFrame(rows(REJECTED))),
        facts=validate(FactSchema, pd.DataFrame(rows(FACTS))),
        findings=validate(FindingSchema, pd.DataFrame(rows(findings))),
        warnings=WARNINGS,
    )


def empty_result() -> CheckResult:
    """Build a run that read nothing."""
    return CheckResult(
        articles=validate(ArticleSchema, empty(ArticleSchema)),
        rejected=validate(RejectedSchema, empty(RejectedSchema)),
        facts=validate(FactSchema, empty(FactSchema)),
        findings=validate(FindingSchema, empty(FindingSchema)),
    )


def test_json_has_exactly_the_contract_keys() -> None:
    """Top level and every row carry the contract's keys, no more and no fewer."""
    report = json.loads(json.dumps(to_json_dict(sample_result())))
    assert set(report) == TOP_KEYS
    assert report["schema_version"] == SCHEMA_VERSION
    assert all(set(a) == ARTICLE_KEYS for a in report["articles"])
    assert all(set(r) == REJECTED_KEYS for r in report["rejected"])
    assert all(set(c) == CLAIM_KEYS for c in report["claims"])
    assert all(set(f) == FINDING_KEYS for f in report["findings"])
    assert all(set(f["review"]) == REVIEW_KEYS for f in report["findings"])
    assert report["warnings"] == list(WARNINGS)


def test_json_has_the_contract_types() -> None:
    """Lists for tuples, [start, end] spans, bools, and null for missing values."""
    report = to_json_dict(sample_result())
    claims = {c["claim_id"]: c for c in report["claims"]}
    for claim in claims.values():
        assert isinstance(claim["hedged"], bool)
        assert claim["subject"] == list(PAIR)
        start, end = claim["span"]
        assert isinstance(start, int) and isinstance(end, int)
        assert end - start == len(claim["text"])
    assert claims["c1"]["value"] == "2024-03-11"
    assert claims["c3"]["value"] == 330 and isinstance(claims["c3"]["value"], int)
    assert claims["c4"]["value"] == {"min": 420, "max": None}
    assert claims["c5"]["value"] is None
    assert claims["c6"]["value"] == 2018
    evil = next(a for a in report["articles"] if a["source"] == EVIL_SOURCE)
    assert evil["title"] is None and evil["published"] == "2024-03-12"
    finding = report["findings"][0]
    assert finding["outlets"] == [EVIL, WIRE] and finding["claim_ids"] == ["c3", "c4"]
    assert all(isinstance(f["subject"], list) for f in report["findings"])


def test_json_row_order_is_stable() -> None:
    """Articles by source, claims by source and offset, conflicts first, in any input order."""
    report = to_json_dict(sample_result())
    assert [a["source"] for a in report["articles"]] == sorted(a["source"] for a in ARTICLES)
    assert [c["claim_id"] for c in report["claims"]] == CLAIM_ORDER
    assert [f["finding_id"] for f in report["findings"]] == FINDING_ORDER
    assert to_json_dict(sample_result(reverse=True)) == report


def test_write_reports_writes_every_format(tmp_path: Path) -> None:
    """JSON, Markdown, HTML and two CSVs land in a new folder; JSON keeps non-ASCII as is."""
    out = tmp_path / "new" / "reports"
    written = write_reports(sample_result(), out)
    assert [p.name for p in written] == REPORT_FILES
    text = (out / "report.json").read_text(encoding="utf-8")
    assert "café" in text and '\n  "articles": [' in text
    assert json.loads(text) == json.loads(json.dumps(to_json_dict(sample_result())))
    again = tmp_path / "again"
    write_reports(sample_result(reverse=True), again)
    for name in REPORT_FILES:
        assert (again / name).read_bytes() == (out / name).read_bytes()


def test_markdown_lists_conflicts_first() -> None:
    """The first finding section is the conflict; the order follows the JSON."""
    text = render_markdown(to_json_dict(sample_result()))
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert len(headings) == len(FINDINGS)
    assert headings[0].startswith("### 1. Conflict: meeting.duration")
    assert "Agree: meeting.date" in headings[1]


def test_markdown_bolds_the_claim_inside_its_sentence() -> None:
    """Each claim is `outlet — "sentence" (value)` with its text in bold."""
    text = render_markdown(to_json_dict(sample_result()))
    assert (
        '- Meridian Wire — "Talvane **met Brelloch on March 11** in Sarnhold." (2024-03-11)'
        in text.splitlines()
    )
    bold = re.findall(r"\*\*(.+?)\*\*", text)
    assert "on Monday" in bold and "more than seven hours" in bold


def test_markdown_shows_hedges_attribution_rejects_and_warnings() -> None:
    """Hedged and attributed claims say so; rejected inputs keep their reasons."""
    text = render_markdown(to_json_dict(sample_result()))
    hedged = next(line for line in text.splitlines() if "may meet at the palace" in line)
    assert "hedged" in hedged and "not evaluated: venue not in the gazetteer" in hedged
    attributed = next(line for line in text.splitlines() if "more than seven hours" in line)
    assert "attributed: officials said" in attributed and "(at least 7 h)" in attributed
    assert "## Rejected inputs" in text and "corpus/empty.txt: empty file" in text
    assert "## Warnings" in text and "café" in text


def test_markdown_escapes_article_text() -> None:
    """Tags and Markdown syntax in article text come out as literal characters."""
    text = render_markdown(to_json_dict(sample_result()))
    assert re.search(r"(?<!\\)[<>]", text) is None
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"\[bold\]330\[/bold\]" in text


def test_highlight_finds_the_text_or_says_it_did_not() -> None:
    """Folded whitespace still matches; text absent from the sentence is reported as such."""
    claim = to_json_dict(sample_result())["claims"][0]
    folded = highlight(claim | {"text": "held\n  talks", "sentence": "Talvane held talks."})
    assert (folded.before, folded.inside, folded.after, folded.found) == (
        "Talvane ",
        "held talks",
        ".",
        True,
    )
    missing = highlight(claim | {"text": "on Friday"})
    assert not missing.found and missing.before == claim["sentence"]


def test_terminal_summary_counts_conflicts_and_paths() -> None:
    """Counts by status, the conflict table, the paths, and rich markup shown literally."""
    console = Console(file=io.StringIO(), width=240, record=True, color_system=None)
    print_summary(sample_result(), console, [Path("reports/report.json")])
    text = console.export_text()
    assert "1 conflict · 0 not evaluated · 1 hedged only · 1 single source" in text
    assert "meeting.duration" in text and "Corvin Brelloch, Edda Talvane" in text
    assert "[bold]330[/bold]" in text
    assert "reports/report.json" in text
    assert "2 rejected inputs, 1 warning (listed on stderr)." in text


def test_empty_run_renders_everywhere(tmp_path: Path) -> None:
    """A run with no rows still writes every report."""
    write_reports(empty_result(), tmp_path)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report == {key: [] for key in TOP_KEYS - {"schema_version"}} | {
        "schema_version": SCHEMA_VERSION
    }
    assert "No findings." in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "No findings." in (tmp_path / "report.html").read_text(encoding="utf-8")
