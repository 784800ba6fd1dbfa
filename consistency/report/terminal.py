"""The terminal summary: counts, a table of conflicts, where the reports went."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from consistency.report.contract import FindingJSON, ReportJSON, report_of
from consistency.report.present import (
    outlet_count,
    plural,
    status_counts,
    status_label,
    subject_text,
)
from consistency.report.safe_text import terminal_safe, terminal_text
from consistency.review import REOPENED_TEXT, Review
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
    # Strings from the pages (outlets, summaries, names) lose their control characters.
    report = terminal_safe(report_of(result, reviews))
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


def print_gate(
    result: CheckResult,
    unreviewed: Sequence[str],
    reviews: Mapping[str, Review],
    reports: Path,
    console: Console,
) -> None:
    """Say why `--fail-on conflict` fails: what to do, then each conflict without a review."""
    console.print(
        Text(
            "Record a verdict on each conflict below with `consistency review mark ID --verdict "
            f"confirmed|acceptable|false-alarm --by NAME --reports {reports}`, or on the page "
            f"`consistency review serve --reports {reports}` serves."
        )
    )
    console.print(
        Text(f"{plural(len(unreviewed), 'conflict')} without a current review:", style="bold red")
    )
    findings = result.findings.set_index("finding_id", drop=False)
    for finding_id in unreviewed:
        row = findings.loc[finding_id]
        why = REOPENED_TEXT if finding_id in reviews else "not reviewed"
        subject = terminal_text(", ".join(row["subject"])) or "(nobody named)"
        head = Text.assemble((finding_id, "bold"), "  ", f"{row['fact']} ({subject})")
        outlets = Text.assemble(terminal_text(", ".join(row["outlets"])), " · ", (why, "yellow"))
        # Rich wraps at spaces under the indent: on an 80-column log no word is cut.
        console.print(Padding(head, (0, 0, 0, 2)))
        console.print(Padding(outlets, (0, 0, 0, 4)))


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
        said = plural(count, "conflict") if status == "conflict" else f"{count} {label(status)}"
        parts.append(Text(said, style=style))
    return Text.assemble(*parts)


def label(status: str) -> str:
    """A status as the counts line words it, in lower case."""
    return status_label(status).lower()


def _conflicts(report: ReportJSON) -> Group | None:
    """List the conflicting findings as short blocks, or return None when there are none."""
    rows = [f for f in report["findings"] if f["status"] == "conflict"]
    if not rows:
        return None
    # Blocks, not a table: a table's narrow columns cut outlet names and file names mid-word
    # on an 80-column terminal (CI logs); a block wraps at spaces across the whole width.
    blocks: list[RenderableType] = [Text("Conflicts", style="bold")]
    for finding in rows:
        # Text, not strings: article text must never be read as rich markup.
        head = Text.assemble((finding["fact"], "bold"), f" ({subject_text(finding)})")
        lines = Text("\n").join(
            [
                Text.assemble((finding["finding_id"], "dim"), " · ", _review_text(finding)),
                Text(f"Outlets: {', '.join(finding['outlets'])}"),
                Text(finding["summary"]),
            ]
        )
        blocks += [Padding(head, (1, 0, 0, 2)), Padding(lines, (0, 0, 0, 4))]
    return Group(*blocks)


def _review_text(finding: FindingJSON) -> Text:
    """The finding's review in a few words: the verdict and who gave it, or that none holds."""
    review = finding["review"]
    if review["state"] == "reviewed":
        return Text(f"{review['verdict']} by {review['by'] or ''}", style="green")
    if review["state"] == "reopened":
        return Text(REOPENED_TEXT, style="bold red")
    return Text("not reviewed", style="yellow")


def _skipped(report: ReportJSON) -> Text:
    """Count the rejected inputs and the warnings."""
    rejected, warnings = len(report["rejected"]), len(report["warnings"])
    style = "yellow" if rejected or warnings else "dim"
    text = f"{plural(rejected, 'rejected input')}, {plural(warnings, 'warning')}"
    return Text(f"{text} (listed on stderr)." if rejected or warnings else f"{text}.", style=style)
