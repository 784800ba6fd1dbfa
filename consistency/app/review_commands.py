"""`consistency review`: list, mark, export and serve editors' verdicts on findings."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from consistency.defaults import REPORT_NAME

# Only light modules at the top: `consistency --help` imports this module, and the report and
# review packages load pandas. Each command imports what it runs when it runs (issue 21).
if TYPE_CHECKING:
    from consistency.report.contract import FindingJSON
    from consistency.review.ledger import Review
    from consistency.review.location import LedgerPath

EXIT_USAGE = 2
DEFAULT_REPORTS = Path("reports")
DEFAULT_PORT = 8765

LedgerOption = Annotated[
    Path | None,
    typer.Option(
        "--ledger",
        help="The review ledger (SQLite), created on first mark. Default: reviews.sqlite "
        "in the --reports folder.",
        show_default=False,
    ),
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
    ledger: LedgerOption = None,
    reports: ReportsOption = DEFAULT_REPORTS,
) -> None:
    """List the reviewed findings: each one's latest verdict, and whether it holds for the last run.

    Findings nobody has reviewed are not listed: the reports show them.
    """
    # Imported here, not at the top, for start-up.
    from consistency.report.present import plural, show_time
    from consistency.report.readback import ReportFileError, find_finding, load_report
    from consistency.review.ledger import LedgerError, read_reviews

    where = _ledger(reports, ledger)
    report_path = reports / REPORT_NAME
    try:
        report = load_report(report_path)
        reviews = read_reviews(where.path)
    except (LedgerError, ReportFileError) as error:
        fail(str(error))
    if not reviews:
        typer.echo(f"No reviews in {where.path}.")
        return
    console = Console()
    console.print(Text(f"{plural(len(reviews), 'reviewed finding')} in {where.path}", style="bold"))
    # One short block per review rather than a table: notes stay readable on any terminal.
    for review in reviews.values():
        finding = find_finding(report, review.finding_id)
        now = _now(finding, review)
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


def _now(finding: FindingJSON | None, review: Review) -> str:
    """Whether a review holds for the last run: the evidence it was given on is still there."""
    from consistency.review.state import review_state  # here for start-up

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
    ledger: LedgerOption = None,
    reports: ReportsOption = DEFAULT_REPORTS,
) -> None:
    """Record a verdict on a finding of the last run, against the evidence it rests on now."""
    # Imported here, not at the top, for start-up.
    from consistency.report.readback import ReportFileError, find_finding, load_report
    from consistency.review.ledger import LedgerError, open_ledger

    report_path = reports / REPORT_NAME
    where = _ledger(reports, ledger, warn=False)
    created = where.given and not where.path.exists()
    try:
        finding = find_finding(load_report(report_path), finding_id)
        if finding is None:
            fail(f"{report_path}: no finding {finding_id!r}; the reports show each finding's id")
        review = open_ledger(where.path).mark(
            finding_id, verdict.value, note, by, finding["review"]["evidence_hash"]
        )
    except (LedgerError, ReportFileError) as error:
        fail(str(error))
    typer.echo(
        f"Marked {review.finding_id} ({finding['fact']}, {finding['status']}) "
        f"{review.verdict} by {review.by} in {where.path}."
    )
    if created:  # a mistyped --ledger would otherwise start a second ledger unnoticed
        typer.echo(f"{where.path}: a new review ledger; it did not exist before", err=True)


@review_app.command("export")
def export(
    ledger: LedgerOption = None,
    reports: ReportsOption = DEFAULT_REPORTS,
    out: Annotated[
        Path | None, typer.Option("--out", help="CSV file to write; stdout when not given.")
    ] = None,
) -> None:
    """Export every verdict ever recorded (the whole history) as CSV, with fact and subject.

    Fact and subject come from the last run's report.json; a finding not in it gets empty cells.
    """
    from consistency.review.ledger import LedgerError, open_ledger  # here for start-up

    where = _ledger(reports, ledger, warn=False)
    if not where.path.exists():
        fail(f"{where.path}: no such review ledger")
    about = _about(reports / REPORT_NAME)
    try:
        if out is None:
            open_ledger(where.path).export_csv(sys.stdout, about)
            return
        with out.open("w", encoding="utf-8", newline="") as handle:
            count = open_ledger(where.path).export_csv(handle, about)
    except LedgerError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{out}: cannot write the CSV ({error.strerror or error})")
    typer.echo(f"Wrote {count} reviews to {out}", err=True)


def _about(report_path: Path) -> dict[str, tuple[str, str]]:
    """Each finding's fact and subject in the last run's report; none when there is no report."""
    from consistency.report.readback import ReportFileError, load_report  # here for start-up

    if not report_path.exists():
        typer.echo(f"{report_path}: no report; the fact and subject columns stay empty", err=True)
        return {}
    try:
        report = load_report(report_path)
    except ReportFileError as error:
        fail(str(error))
    return {f["finding_id"]: (f["fact"], "; ".join(f["subject"])) for f in report["findings"]}


@review_app.command("serve")
def serve(
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1; 0 picks a free one.")
    ] = DEFAULT_PORT,
    ledger: LedgerOption = None,
    reports: ReportsOption = DEFAULT_REPORTS,
    by: Annotated[
        str, typer.Option("--by", help="Name to fill in the forms (empty by default).")
    ] = "",
) -> None:
    """Serve the last run's report on 127.0.0.1 with a form to record a verdict per finding."""
    # Imported here, not at the top, for start-up.
    from consistency.app.review_page import ReviewServer
    from consistency.report.readback import ReportFileError, load_report
    from consistency.review.ledger import LedgerError, read_reviews

    report_path = reports / REPORT_NAME
    where = _ledger(reports, ledger)
    try:
        load_report(report_path)
        read_reviews(where.path)
    except (LedgerError, ReportFileError) as error:
        fail(str(error))
    try:
        server = ReviewServer(port, report_path, where.path, by)
    except OSError as error:
        fail(f"127.0.0.1:{port}: cannot listen ({error.strerror or error})")
    typer.echo(f"Serving the review page for {report_path} at {server.url} (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("Stopped.")
    finally:
        server.server_close()


def _ledger(reports: Path, given: Path | None, *, warn: bool = True) -> LedgerPath:
    """The ledger to use; a `--ledger` that does not exist is said on stderr, not passed over."""
    from consistency.review.location import ledger_path  # here for start-up

    where = ledger_path(reports, given)
    warning = where.missing_warning() if warn else None
    if warning:
        typer.echo(warning, err=True)
    return where
