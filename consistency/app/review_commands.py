"""`consistency review`: list, mark, export and serve editors' verdicts on findings."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from consistency.app.review_page import ReviewServer
from consistency.report import ReportJSON
from consistency.report.contract import FindingJSON
from consistency.report.present import plural, show_time
from consistency.report.readback import REPORT_NAME, ReportFileError, find_finding, load_report
from consistency.review.ledger import (
    DEFAULT_LEDGER,
    LedgerError,
    Review,
    open_ledger,
    read_reviews,
)
from consistency.review.state import review_state

EXIT_USAGE = 2
DEFAULT_REPORTS = Path("reports")
DEFAULT_PORT = 8765

LedgerOption = Annotated[
    Path, typer.Option("--ledger", help="The review ledger (SQLite), created on first mark.")
]
ReportsOption = Annotated[
    Path, typer.Option("--reports", help="Folder holding the last run's report.json.")
]

review_app = typer.Typer(
    help="Record and list editors' verdicts on findings; serve the review page.",
    add_completion=False,
    no_args_is_help=True,
)


class Verdict(StrEnum):
    """An editor's verdict on a finding."""

    confirmed = "confirmed"
    acceptable = "acceptable"
    false_alarm = "false-alarm"


def fail(message: str) -> NoReturn:
    """Print a one-line error to stderr and exit 2."""
    typer.echo(f"error: {' '.join(message.split())}", err=True)
    raise typer.Exit(EXIT_USAGE)


@review_app.command("list")
def list_reviews(
    ledger: LedgerOption = DEFAULT_LEDGER,
    reports: ReportsOption = DEFAULT_REPORTS,
) -> None:
    """List every finding's current review, and whether it still holds for the last run."""
    try:
        reviews = read_reviews(ledger)
    except LedgerError as error:
        fail(str(error))
    if not reviews:
        typer.echo(f"No reviews in {ledger}.")
        return
    report = _optional_report(reports / REPORT_NAME)
    console = Console()
    console.print(Text(f"{plural(len(reviews), 'reviewed finding')} in {ledger}", style="bold"))
    # One short block per review rather than a table: notes stay readable on any terminal.
    for review in reviews.values():
        finding = find_finding(report, review.finding_id) if report else None
        now = _now(report, finding, review)
        console.print(
            Text.assemble(
                "\n",
                (review.finding_id, "bold"),
                "  ",
                (review.verdict, "cyan"),
                "  ",
                (now, "bold red" if now == "re-opened" else "green" if now == "holds" else "dim"),
                "\n  ",
                f"{finding['fact']} ({finding['status']}) · " if finding else "",
                f"by {review.by}, {show_time(review.at)}",
                *(("\n  ", review.note) if review.note else ()),
            )
        )


def _now(report: ReportJSON | None, finding: FindingJSON | None, review: Review) -> str:
    """Whether a review holds for the last run: the evidence it was given on is still there."""
    if report is None:
        return "no report"
    if finding is None:
        return "not in last run"
    state = review_state(finding["review"]["evidence_hash"], review)
    return "re-opened" if state == "reopened" else "holds"


@review_app.command("mark")
def mark(
    finding_id: Annotated[str, typer.Argument(help="The finding's id, as the reports show it.")],
    verdict: Annotated[Verdict, typer.Option("--verdict", help="The editor's verdict.")],
    by: Annotated[str, typer.Option("--by", help="Who reviewed it.")],
    note: Annotated[str, typer.Option("--note", help="Why, for the next editor.")] = "",
    ledger: LedgerOption = DEFAULT_LEDGER,
    reports: ReportsOption = DEFAULT_REPORTS,
) -> None:
    """Record a verdict on a finding of the last run, against the evidence it rests on now."""
    report_path = reports / REPORT_NAME
    try:
        finding = find_finding(load_report(report_path), finding_id)
        if finding is None:
            fail(f"{report_path}: no finding {finding_id!r}; the reports show each finding's id")
        review = open_ledger(ledger).mark(
            finding_id, verdict.value, note, by, finding["review"]["evidence_hash"]
        )
    except (LedgerError, ReportFileError) as error:
        fail(str(error))
    typer.echo(
        f"Marked {review.finding_id} ({finding['fact']}, {finding['status']}) "
        f"{review.verdict} by {review.by} in {ledger}."
    )


@review_app.command("export")
def export(
    ledger: LedgerOption = DEFAULT_LEDGER,
    out: Annotated[
        Path | None, typer.Option("--out", help="CSV file to write; stdout when not given.")
    ] = None,
) -> None:
    """Export every verdict ever recorded (the whole history) as CSV."""
    if not ledger.exists():
        fail(f"{ledger}: no such review ledger")
    try:
        if out is None:
            open_ledger(ledger).export_csv(sys.stdout)
            return
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = open_ledger(ledger).export_csv(handle)
    except LedgerError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{out}: cannot write the CSV ({error.strerror or error})")
    typer.echo(f"Wrote {count} reviews to {out}", err=True)


@review_app.command("serve")
def serve(
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1; 0 picks a free one.")
    ] = DEFAULT_PORT,
    ledger: LedgerOption = DEFAULT_LEDGER,
    reports: ReportsOption = DEFAULT_REPORTS,
    by: Annotated[str, typer.Option("--by", help="Name to fill in the forms.")] = "",
) -> None:
    """Serve the last run's report on 127.0.0.1 with a form to record a verdict per finding."""
    report_path = reports / REPORT_NAME
    try:
        load_report(report_path)
        read_reviews(ledger)
    except (LedgerError, ReportFileError) as error:
        fail(str(error))
    try:
        server = ReviewServer(port, report_path, ledger, by)
    except OSError as error:
        fail(f"127.0.0.1:{port}: cannot listen ({error.strerror or error})")
    typer.echo(f"Serving the review page for {report_path} at {server.url} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("Stopped.")
    finally:
        server.server_close()


def _optional_report(path: Path) -> ReportJSON | None:
    """The last run's report, None when there is none yet; a broken one is an error (exit 2)."""
    if not path.exists():
        return None  # reviews can be listed before any run, or after the reports were cleared
    try:
        return load_report(path)
    except ReportFileError as error:
        fail(str(error))
