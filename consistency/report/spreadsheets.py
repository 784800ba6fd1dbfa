"""Render claims.csv and findings.csv: one row per claim and per finding, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from consistency.report.contract import ClaimJSON, FindingJSON, JSONValue, ReportJSON
from consistency.report.present import format_value, review_time

CLAIM_COLUMNS = (
    "claim_id", "finding_id", "status", "outlet", "source", "fact", "subject", "value",
    "precision", "hedged", "text", "start", "end", "sentence", "attribution", "tense",
    "not_evaluated",
)  # fmt: skip
FINDING_COLUMNS = (
    "finding_id", "status", "severity", "rule", "fact", "subject", "outlets", "value", "summary",
    "hint", "note", "claim_ids", "review_state", "review_verdict", "review_note", "review_by",
    "review_at",
)  # fmt: skip
# A cell starting with one of these is run as a formula by spreadsheet programs; article
# text is untrusted, so such cells get a leading apostrophe (shown as text, not run).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_claims_csv(report: ReportJSON) -> str:
    """Every claim with the finding it belongs to and the file it was read from."""
    out = io.StringIO()
    write_claims_csv(report, out)
    return out.getvalue()


def render_findings_csv(report: ReportJSON) -> str:
    """Every finding with its verdict, outlets and review, in report order."""
    out = io.StringIO()
    write_findings_csv(report, out)
    return out.getvalue()


def write_claims_csv(report: ReportJSON, file: TextIO) -> None:
    """Write every claim with the finding it belongs to and the file it was read from."""
    finding_of = {c: f for f in report["findings"] for c in f["claim_ids"]}
    sources = {a["article_id"]: a["source"] for a in report["articles"]}
    rows = (_claim_row(c, finding_of.get(c["claim_id"]), sources) for c in report["claims"])
    _csv(file, CLAIM_COLUMNS, rows)


def write_findings_csv(report: ReportJSON, file: TextIO) -> None:
    """Write every finding with its verdict, outlets and review, in report order."""
    _csv(file, FINDING_COLUMNS, (_finding_row(f) for f in report["findings"]))


def _claim_row(
    claim: ClaimJSON, finding: FindingJSON | None, sources: Mapping[str, str]
) -> list[object]:
    """One claim's cells, in CLAIM_COLUMNS order."""
    return [
        claim["claim_id"],
        finding["finding_id"] if finding else "",
        finding["status"] if finding else "",
        claim["outlet"],
        sources.get(claim["article_id"], ""),
        claim["fact"],
        "; ".join(claim["subject"]),
        _value(claim["value"]),
        claim["precision"],
        "yes" if claim["hedged"] else "no",
        claim["text"],
        claim["span"][0],
        claim["span"][1],
        claim["sentence"],
        claim["attribution"],
        claim["tense"],
        claim["not_evaluated"],
    ]


def _finding_row(finding: FindingJSON) -> list[object]:
    """One finding's cells, in FINDING_COLUMNS order."""
    review = finding["review"]
    return [
        finding["finding_id"],
        finding["status"],
        finding["severity"],
        finding["rule"],
        finding["fact"],
        "; ".join(finding["subject"]),
        "; ".join(finding["outlets"]),
        _value(finding["value"]),
        finding["summary"],
        finding["hint"],
        finding["note"],
        "; ".join(finding["claim_ids"]),
        review["state"],
        review["verdict"] or "",
        review["note"] or "",
        review["by"] or "",
        review_time(review) if review["at"] else "",
    ]


def _value(value: JSONValue) -> str:
    """A value as editors read it; empty when there is none."""
    return "" if value is None else format_value(value)


def _csv(file: TextIO, columns: Sequence[str], rows: Iterable[list[object]]) -> None:
    """Write rows as CSV with a header, every text cell made formula-safe."""
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(_safe(row) for row in rows)


def _safe(row: list[object]) -> list[object]:
    """Keep a spreadsheet from running a text cell as a formula (one pass per row, not cell)."""
    return [
        "'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell
        for cell in row
    ]
