"""Write the three report files from one report dict."""

from __future__ import annotations

import json
from pathlib import Path

from consistency.report.contract import ReportJSON, to_json_dict
from consistency.report.html import render_html
from consistency.report.markdown import render_markdown
from consistency.schemas import CheckResult


def render_json(report: ReportJSON) -> str:
    """Render the report as JSON text; non-finite numbers are already null."""
    return json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_reports(result: CheckResult, out_dir: Path) -> list[Path]:
    """Write report.json, report.md and report.html into `out_dir` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = to_json_dict(result)
    written = []
    for name, render in (
        ("report.json", render_json),
        ("report.md", render_markdown),
        ("report.html", render_html),
    ):
        path = out_dir / name
        path.write_text(render(report), encoding="utf-8")
        written.append(path)
    return written
