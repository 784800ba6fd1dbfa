"""The terminal summary: counts, a table of conflicts, where the reports went."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from consistency.report.contract import FindingJSON, ReportJSON, report_of
from consistency.report.present import (
    outlet_count,
    plural,
    status_counts,
    status_label,
    subject_text,
)
from consistency.review import Review
from consistency.schemas import CheckResult

STYLES = {
    "conflict": "bold red",
    "not_evaluated": "dim",
    "hedged": "yellow",
    "single_source": "magenta",
    "compatible": "cyan",
    "agree": "green",
}


def print_summary(
    result: CheckResult,
    console: Console,
    paths: Sequence[Path] = (),
    reviews: Mapping[str, Review] | None = None,
) -> None:
    """Print the counts by status, the conflicts and their reviews, the reports, the skipped."""
    report = report_of(result, reviews)
    console.print(_headline(report))
    console.print(_counts(report))
    conflicts = _conflicts(report)
    if conflicts is None:
        console.print(Text("No conflicts.", style="green"))
    else:
        console.print(conflicts)
    for path in paths:
        console.print(Text.assemble("Wrote ", (str(path), "bold")))
    console.print(_skipped(report))


def _headline(report: ReportJSON) -> Text:
    """Say how much was read."""
    return Text(
        f"Checked {plural(len(report['articles']), 'article')} from "
        f"{plural(outlet_count(report), 'outlet')}: {plural(len(report['claims']), 'claim')}, "
        f"{plural(len(report['findings']), 'finding')}."
    )


def _counts(report: ReportJSON) -> Text:
    """Write one line of counts by status, styled by status."""
    parts: list[Text | str] = []
    for status, count in status_counts(report).items():
        if parts:
            parts.append(" · ")
        style = STYLES.get(status, "") if count else "dim"
        parts.append(Text(f"{count} {status_label(status).lower()}", style=style))
    return Text.assemble(*parts)


def _conflicts(report: ReportJSON) -> Table | None:
    """Tabulate the conflicting findings, or return None when there are none."""
    rows = [f for f in report["findings"] if f["status"] == "conflict"]
    if not rows:
        return None
    table = Table(
        title="Conflicts", title_justify="left", expand=True, show_lines=True, box=box.SIMPLE_HEAD
    )
    table.add_column("Fact", no_wrap=True)
    table.add_column("Subject", ratio=1, overflow="fold")
    table.add_column("Outlets", ratio=1, overflow="fold")
    table.add_column("Summary", ratio=3)
    for finding in rows:
        # Text cells, not strings: article text must never be read as rich markup.
        table.add_row(
            _fact_cell(finding),
            Text(subject_text(finding)),
            Text(", ".join(finding["outlets"])),
            Text(finding["summary"]),
        )
    return table


def _fact_cell(finding: FindingJSON) -> Text:
    """The fact, the finding's id (what `consistency review mark` takes) and its review."""
    review = finding["review"]
    # The fact column does not wrap: each line stays about as short as the finding id.
    if review["state"] == "reviewed":
        said = Text(f"{review['verdict']}\nby {(review['by'] or '')[:13]}", style="green")
    elif review["state"] == "reopened":
        said = Text("re-opened:\nevidence changed", style="bold red")
    else:
        said = Text("not reviewed", style="yellow")
    return Text.assemble(finding["fact"], "\n", (finding["finding_id"], "dim"), "\n", said)


def _skipped(report: ReportJSON) -> Text:
    """Count the rejected inputs and the warnings."""
    rejected, warnings = len(report["rejected"]), len(report["warnings"])
    style = "yellow" if rejected or warnings else "dim"
    text = f"{plural(rejected, 'rejected input')}, {plural(warnings, 'warning')}"
    return Text(f"{text} (listed on stderr)." if rejected or warnings else f"{text}.", style=style)
