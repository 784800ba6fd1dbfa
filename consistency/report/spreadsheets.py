"""Render claims.csv and findings.csv: one row per claim and per finding, for spreadsheets."""

from __future__ import annotations

import _csv
import csv
import io
import re
from collections.abc import Mapping, Sequence
from itertools import islice
from typing import TextIO

from consistency.report.contract import (
    ClaimColumns,
    FindingJSON,
    JSONValue,
    ReportJSON,
    claim_columns,
)
from consistency.report.lazyrows import CHUNK
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
#: A cell after the first starting as a formula would, in a column joined by newlines.
# Not `^` in MULTILINE mode: the regex engine would try it at every character, not only after
# a newline (six times slower).
_FORMULA_AFTER_NEWLINE = re.compile("\n[" + re.escape("".join(_FORMULA_START)) + "]")


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
    findings = report["findings"]
    # Each claim's finding by its number, the last finding listing it winning; -1 for none
    # picks the "" after the findings' own cells.
    finding_of = {c: n for n, f in enumerate(findings) for c in f["claim_ids"]}
    belongs = (
        [*_safe_column([f["finding_id"] for f in findings]), ""],
        [*_safe_column([f["status"] for f in findings]), ""],
    )
    articles = report["articles"]
    sources = dict(
        zip(
            [a["article_id"] for a in articles],
            _safe_column([a["source"] for a in articles]),
            strict=True,
        )
    )
    writer = _writer(file, CLAIM_COLUMNS)
    for cells in claim_columns(report["claims"]):
        writer.writerows(zip(*_claim_cells(cells, finding_of, belongs, sources), strict=True))


def write_findings_csv(report: ReportJSON, file: TextIO) -> None:
    """Write every finding with its verdict, outlets and review, in report order."""
    writer = _writer(file, FINDING_COLUMNS)
    findings = iter(report["findings"])
    while chunk := list(islice(findings, CHUNK)):
        writer.writerows(zip(*(_safe_column(c) for c in _finding_cells(chunk)), strict=True))


def _claim_cells(
    cells: ClaimColumns,
    finding_of: Mapping[str, int],
    belongs: tuple[list[object], list[object]],
    sources: Mapping[str, object],
) -> list[list[object]]:
    """A chunk of claims' cells a column at a time, in CLAIM_COLUMNS order, formula-safe."""
    numbers = [finding_of.get(c, -1) for c in cells["claim_id"]]
    finding_ids, statuses = belongs
    safe = {name: _safe_column(cells[name]) for name in _SAFE_AS_THEY_ARE}
    return [
        safe["claim_id"],
        [finding_ids[n] for n in numbers],
        [statuses[n] for n in numbers],
        safe["outlet"],
        [sources.get(a, "") for a in cells["article_id"]],
        safe["fact"],
        _safe_column(["; ".join(s) for s in cells["subject"]]),
        _safe_column([v if type(v) is str else _value(v) for v in cells["value"]]),
        safe["precision"],
        ["yes" if h else "no" for h in cells["hedged"]],
        safe["text"],
        safe["start"],
        safe["end"],
        safe["sentence"],
        safe["attribution"],
        safe["tense"],
        safe["not_evaluated"],
    ]


#: The claim columns claims.csv copies as they are, but for the formula guard.
_SAFE_AS_THEY_ARE = (
    "claim_id", "outlet", "fact", "precision", "text", "start", "end", "sentence",
    "attribution", "tense", "not_evaluated",
)  # fmt: skip


def _finding_cells(findings: Sequence[FindingJSON]) -> list[list[object]]:
    """A chunk of findings' cells a column at a time, in FINDING_COLUMNS order."""
    reviews = [f["review"] for f in findings]
    return [
        [f["finding_id"] for f in findings],
        [f["status"] for f in findings],
        [f["severity"] for f in findings],
        [f["rule"] for f in findings],
        [f["fact"] for f in findings],
        ["; ".join(f["subject"]) for f in findings],
        ["; ".join(f["outlets"]) for f in findings],
        [_value(f["value"]) for f in findings],
        [f["summary"] for f in findings],
        [f["hint"] for f in findings],
        [f["note"] for f in findings],
        ["; ".join(f["claim_ids"]) for f in findings],
        [r["state"] for r in reviews],
        [r["verdict"] or "" for r in reviews],
        [r["note"] or "" for r in reviews],
        [r["by"] or "" for r in reviews],
        [review_time(r) if r["at"] else "" for r in reviews],
    ]


def _value(value: JSONValue) -> str:
    """A value as editors read it; empty when there is none."""
    return "" if value is None else format_value(value)


def _writer(file: TextIO, columns: Sequence[str]) -> _csv.Writer:
    """A CSV writer into `file` that has written the header."""
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(columns)
    return writer


def _safe_column(cells: list[object]) -> list[object]:
    """Keep a spreadsheet from running a text cell as a formula: prefix it with an apostrophe."""
    try:
        # Joined, a column is screened in one pass in C; a match may be a line inside a cell,
        # which only costs the check of each cell below.
        joined = "\n".join(cells)  # type: ignore[arg-type]
        if not (joined.startswith(_FORMULA_START) or _FORMULA_AFTER_NEWLINE.search(joined)):
            return cells
    except TypeError:  # not all text (numbers): each cell is checked
        pass
    return [
        "'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell
        for cell in cells
    ]
