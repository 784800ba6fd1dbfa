"""Report: render a run's tables as report.json, .md, .html, two CSVs and a terminal summary."""

from consistency.report.contract import (
    SCHEMA_VERSION,
    ReportJSON,
    ReviewJSON,
    to_json_dict,
    with_reviews,
)
from consistency.report.html import ReviewForm, render_html
from consistency.report.markdown import render_markdown
from consistency.report.spreadsheets import render_claims_csv, render_findings_csv
from consistency.report.terminal import print_gate, print_summary
from consistency.report.write import render_json, write_reports

__all__ = [
    "SCHEMA_VERSION",
    "ReportJSON",
    "ReviewForm",
    "ReviewJSON",
    "print_gate",
    "print_summary",
    "render_claims_csv",
    "render_findings_csv",
    "render_html",
    "render_json",
    "render_markdown",
    "to_json_dict",
    "with_reviews",
    "write_reports",
]
