"""Render claims.csv and findings.csv: one row per claim and per finding, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from consistency.report.contract import JSONValue, ReportJSON
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
    finding_of = {c: f for f in report["findings"] for c in f["claim_ids"]}
    sources = {a["article_id"]: a["source"] for a in report["articles"]}
    rows = []
    for claim in report["claims"]:
        finding = finding_of.get(claim["claim_id"])
        rows.append(
            {
                **{k: claim[k] for k in ("claim_id", "outlet", "fact", "precision", "text")},
                **{k: claim[k] for k in ("sentence", "attribution", "tense", "not_evaluated")},
                "finding_id": finding["finding_id"] if finding else "",
                "status": finding["status"] if finding else "",
                "source": sources.get(claim["article_id"], ""),
                "subject": "; ".join(claim["subject"]),
                "value": _value(claim["value"]),
                "hedged": "yes" if claim["hedged"] else "no",
                "start": claim["span"][0],
                "end": claim["span"][1],
            }
        )
    return _csv(CLAIM_COLUMNS, rows)


def render_findings_csv(report: ReportJSON) -> str:
    """Every finding with its verdict, outlets and review, in report order."""
    rows = []
    for finding in report["findings"]:
        review = finding["review"]
        rows.append(
            {
                **{k: finding[k] for k in ("finding_id", "status", "severity", "rule", "fact")},
                **{k: finding[k] for k in ("summary", "hint", "note")},
                "subject": "; ".join(finding["subject"]),
                "outlets": "; ".join(finding["outlets"]),
                "value": _value(finding["value"]),
                "claim_ids": "; ".join(finding["claim_ids"]),
                "review_state": review["state"],
                "review_verdict": review["verdict"] or "",
                "review_note": review["note"] or "",
                "review_by": review["by"] or "",
                "review_at": review_time(review) if review["at"] else "",
            }
        )
    return _csv(FINDING_COLUMNS, rows)


def _value(value: JSONValue) -> str:
    """A value as editors read it; empty when there is none."""
    return "" if value is None else format_value(value)


def _csv(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """Write rows as CSV text with a header, every text cell made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe(row[c]) for c in columns])
    return out.getvalue()


def _safe(cell: object) -> object:
    """Keep a spreadsheet from running a text cell as a formula."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell
