"""Report: render a run's tables as report.json, report.md, report.html and a terminal summary."""

from consistency.report.contract import SCHEMA_VERSION, ReportJSON, to_json_dict
from consistency.report.html import render_html
from consistency.report.markdown import render_markdown
from consistency.report.terminal import print_summary
from consistency.report.write import render_json, write_reports

__all__ = [
    "SCHEMA_VERSION",
    "ReportJSON",
    "print_summary",
    "render_html",
    "render_json",
    "render_markdown",
    "to_json_dict",
    "write_reports",
]
