"""Write the report files (JSON, Markdown, HTML and two CSVs) from one report dict."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

from consistency.report.contract import ReportJSON, to_json_dict
from consistency.report.html import render_html
from consistency.report.markdown import render_markdown
from consistency.report.sources import source_href
from consistency.report.spreadsheets import render_claims_csv, render_findings_csv
from consistency.review import Review
from consistency.schemas import CheckResult


def render_json(report: ReportJSON) -> str:
    """Render the report as JSON text; non-finite numbers are already null."""
    return json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_reports(
    result: CheckResult, out_dir: Path, reviews: Mapping[str, Review] | None = None
) -> list[Path]:
    """Write report.json, .md, .html, claims.csv and findings.csv into `out_dir`; return paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = to_json_dict(result, reviews)
    links = source_links(report, out_dir)
    renderers: tuple[tuple[str, Callable[[ReportJSON], str]], ...] = (
        ("report.json", render_json),
        ("report.md", render_markdown),
        ("report.html", lambda r: render_html(r, links=links)),
        ("claims.csv", render_claims_csv),
        ("findings.csv", render_findings_csv),
    )
    written = []
    for name, render in renderers:
        path = out_dir / name
        path.write_text(render(report), encoding="utf-8")
        written.append(path)
    return written


def source_links(report: ReportJSON, report_dir: Path) -> dict[str, str]:
    """Relative links from `report_dir` to each article's file, for those that can be found."""
    hrefs = {a["article_id"]: source_href(a["source"], report_dir) for a in report["articles"]}
    return {article_id: href for article_id, href in hrefs.items() if href}
