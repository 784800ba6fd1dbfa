"""Write the report files (JSON, Markdown, HTML and two CSVs) from one report dict."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TextIO

from consistency.report.contract import ReportJSON, report_of
from consistency.report.details import run_details
from consistency.report.html import write_html
from consistency.report.jsontext import claim_lines, json_chunks
from consistency.report.markdown import write_markdown
from consistency.report.replace import PathWriter, write_together
from consistency.report.sources import source_href
from consistency.report.spreadsheets import write_claims_csv, write_findings_csv
from consistency.review import Review
from consistency.runtime import collector_paused
from consistency.schemas import CheckResult

#: Writes one report file from the report dict into an open text file.
Writer = Callable[[ReportJSON, TextIO], None]


def render_json(report: ReportJSON) -> str:
    """Render the report as JSON text; non-finite numbers are already null."""
    return "".join(_json_text(report)) + "\n"


def write_json(report: ReportJSON, file: TextIO) -> None:
    """Write the report as JSON text, one article, claim or finding at a time."""
    file.writelines(_json_text(report))
    file.write("\n")


def _json_text(report: ReportJSON) -> Iterator[str]:
    """The report's JSON text in pieces, its claims written straight from the table."""
    return json_chunks({**report, "claims": claim_lines(report["claims"])})


# Paused: the stage makes objects by the million and almost no cycles (see collector).
@collector_paused()
def write_reports(
    result: CheckResult, out_dir: Path, reviews: Mapping[str, Review] | None = None
) -> list[Path]:
    """Write report.json, .md, .html, claims.csv and findings.csv into `out_dir`; return paths.

    All five are written under temporary names and renamed into place together (see replace):
    a reader such as `review serve` sees the last run's reports or these, never a cut-off file.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    details = run_details(result)
    report = report_of(result, reviews)
    links = source_links(report, out_dir)
    writers: tuple[tuple[str, Writer], ...] = (
        ("report.json", write_json),
        ("report.md", lambda r, f: write_markdown(r, f, details)),
        ("report.html", lambda r, f: write_html(r, f, links=links, details=details)),
        ("claims.csv", write_claims_csv),
        ("findings.csv", write_findings_csv),
    )
    return write_together(out_dir, [(name, _streamed(report, write)) for name, write in writers])


def _streamed(report: ReportJSON, write: Writer) -> PathWriter:
    """Write one report file at a given path, streamed: on a large corpus it is hundreds of MB."""

    def to(path: Path) -> None:
        with path.open("w", encoding="utf-8") as file:
            write(report, file)

    return to


def source_links(report: ReportJSON, report_dir: Path) -> dict[str, str]:
    """Relative links from `report_dir` to each article's file, for those that can be found."""
    hrefs = {a["article_id"]: source_href(a["source"], report_dir) for a in report["articles"]}
    return {article_id: href for article_id, href in hrefs.items() if href}
