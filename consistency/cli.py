"""The command line: `consistency check` writes the reports, `consistency rules` lists rules."""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

# Only light modules at the top (typer, rich, the standard library, the names options need):
# `--version` and `--help` must answer without pandas, pandera or Jinja2 loaded. Each command
# imports the stages it runs when it runs (issue 21: start-up in under 0.2 s).
from consistency import __version__
from consistency.app.diagnostics import capped
from consistency.app.review_commands import review_app
from consistency.defaults import DEFAULT_MAX_BYTES, PEOPLE_VARIABLE, STDIN
from consistency.extras import install_hint

if TYPE_CHECKING:
    import pandera.errors

    from consistency.review import Review
    from consistency.schemas import CheckResult

EXIT_CONFLICT, EXIT_USAGE = 1, 2
FAILURES_SHOWN = 10
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Newer Typer ships its own copy of click and does not export that copy's UsageError, the
# base of every command-line mistake; find it from an error class Typer does export.
USAGE_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="Extra folder of rule files (repeatable).", show_default=False),
]

app = typer.Typer(
    help="Find where news outlets agree and disagree on the facts of one story.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(review_app, name="review")


class FailOn(StrEnum):
    """Which findings make `check` exit 1."""

    conflict = "conflict"
    none = "none"


class Engine(StrEnum):
    """Where the pipeline runs: in this process, or on Dask (the `dask` extra)."""

    pandas = "pandas"
    dask = "dask"


def run_check(
    paths: Sequence[Path],
    *,
    rules_dirs: Sequence[Path] = (),
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    engine: Engine = Engine.pandas,
    scheduler: str | None = None,
) -> CheckResult:
    """Run the pipeline (imported here so `rules` and `--version` need no extraction stack)."""
    if engine is Engine.dask:
        try:
            from consistency.scale.dask_engine import run_check_dask
        except ImportError as error:
            fail(f"--engine dask needs the dask extra: {install_hint('dask')} ({error})")
        return run_check_dask(
            paths,
            scheduler=scheduler,
            rules_dirs=rules_dirs,
            sidecar=sidecar,
            published=published,
            outlet=outlet,
            max_bytes=max_bytes,
        )
    from consistency.pipeline import run_check as pipeline_run_check

    return pipeline_run_check(
        paths,
        rules_dirs=rules_dirs,
        sidecar=sidecar,
        published=published,
        outlet=outlet,
        max_bytes=max_bytes,
    )


def demo_corpus() -> Path:
    """Return the folder of demo articles shipped inside the package."""
    return Path(str(resources.files("consistency") / "demo_corpus"))


def fail(message: str) -> NoReturn:
    """Print a one-line error to stderr and exit 2."""
    typer.echo(f"error: {' '.join(message.split())}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    """Print the version and stop, before any command runs."""
    if value:
        typer.echo(f"consistency {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Find where news outlets agree and disagree on the facts of one story."""


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Article files or folders (links followed, each folder once); the bundled "
            "demo corpus when none.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path("reports"),
    rules: RulesOption = None,
    sidecar: Annotated[
        Path | None,
        typer.Option(
            "--sidecar",
            help="CSV (file, outlet, published) overriding what pages say; a file by its path "
            "relative to the CSV or to here.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication day (YYYY-MM-DD) for undated articles."),
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Outlet for articles that name none.")
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="Exit 1 when a finding with this status has no review."),
    ] = FailOn.none,
    ledger: Annotated[
        Path | None,
        typer.Option(
            "--ledger",
            help="Review ledger whose verdicts the reports show. Default: reviews.sqlite in --out.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print no summary and no warning; errors still go to stderr."
        ),
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option("--max-bytes", min=1, help="Reject input files larger than this."),
    ] = DEFAULT_MAX_BYTES,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Run in this process, or on Dask.")
    ] = Engine.pandas,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="With --engine dask: a cluster address (tcp://...)."),
    ] = None,
    tables: Annotated[
        Path | None,
        typer.Option("--tables", help="Also write articles, claims, findings as Parquet here."),
    ] = None,
    no_memory_tuning: Annotated[
        bool,
        typer.Option(
            "--no-memory-tuning",
            help="Leave malloc and Arrow's memory pool as they are (see consistency/runtime).",
        ),
    ] = False,
    people: Annotated[
        Path | None,
        typer.Option(
            "--people",
            envvar=PEOPLE_VARIABLE,
            help="People file (names, spellings, roles) instead of the bundled one.",
        ),
    ] = None,
) -> None:
    """Check the articles, write report.json, report.md and report.html, print a summary."""
    # Imported here, not at the top, for start-up: only `check` needs the reports' stack.
    from consistency.report import print_gate, print_summary, write_reports
    from consistency.review import open_conflicts
    from consistency.runtime.process import tune_process

    inputs = _inputs(paths)
    _use_people(people)
    rules_dirs = _rule_dirs(rules)
    if sidecar is not None and not sidecar.is_file():
        fail(f"{sidecar}: no such sidecar file")
    if scheduler is not None and engine is not Engine.dask:
        fail("--scheduler goes with --engine dask")
    day = _published_day(published)
    if tables is not None:
        _need_tables_extra()  # before the run, not after minutes of it
    reviews = _reviews(out, ledger)
    run = Run(sidecar, day, outlet, max_bytes, engine, scheduler)
    if not no_memory_tuning:
        # Process-wide, so here and not in the library: a program calling run_check keeps its own.
        tune_process()
    result = _run(inputs, rules_dirs, run)
    _echo_diagnostics(result, quiet=quiet)
    if result.articles.empty:
        fail("no readable article in the inputs")
    try:
        written = write_reports(result, out, reviews)
        if tables is not None:
            written += _write_tables(result, tables)
    except OSError as error:
        fail(f"{error.filename or out}: cannot write the reports: {error.strerror or error}")
    if not quiet:
        print_summary(result, Console(), written, reviews)
    # A reviewed conflict passes; one whose evidence changed since its review does not.
    if fail_on is FailOn.conflict:
        unreviewed = open_conflicts(result, reviews)
        if unreviewed:
            print_gate(result, unreviewed, reviews, out, Console(stderr=True))
            raise typer.Exit(EXIT_CONFLICT)


def _reviews(out: Path, given: Path | None) -> dict[str, Review]:
    """The verdicts of the ledger beside the reports, or of `--ledger`; a missing one is said."""
    # Imported here, not at the top, for start-up (the review package loads pandas).
    from consistency.review import LedgerError, ledger_path, read_reviews

    where = ledger_path(out, given)
    warning = where.missing_warning()
    if warning:
        typer.echo(warning, err=True)
    try:
        return read_reviews(where.path)
    except LedgerError as error:
        fail(str(error))


@app.command("rules")
def list_rules(
    rules: RulesOption = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the catalogue page (docs/rules.md).")
    ] = False,
) -> None:
    """List the rule catalogue: code, name, fact, severity and summary of every rule."""
    # Imported here, not at the top, for start-up: the engine loads pandas.
    from consistency.engine import RuleError, load_rules
    from consistency.engine.catalogue import render_markdown

    try:
        catalogue = load_rules(_rule_dirs(rules))
    except RuleError as error:
        fail(str(error))
    if markdown:
        typer.echo(render_markdown(catalogue), nl=False)
        return
    table = Table(title="Rules", title_justify="left", expand=True, box=box.SIMPLE_HEAD)
    table.add_column("Code", no_wrap=True)
    table.add_column("Name / fact", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Summary", ratio=1)
    for rule in catalogue:
        # The fact goes under the name so the summary keeps room on a narrow terminal.
        name = Text.assemble(str(rule.name), "\n", (str(rule.fact), "dim"))
        table.add_row(Text(str(rule.code)), name, Text(str(rule.severity)), Text(str(rule.summary)))
    Console().print(table)


def _inputs(paths: Sequence[Path] | None) -> list[Path]:
    """Return the paths to read, the demo corpus when none; a missing path is an error."""
    inputs = list(paths) if paths else [demo_corpus()]
    for path in inputs:
        # "-" is standard input, which ingest reads.
        if str(path) != STDIN and not path.exists():
            fail(f"{path}: no such file or folder")
    return inputs


def _rule_dirs(dirs: Sequence[Path] | None) -> list[Path]:
    """Return the extra rule folders; one that is not a folder is an error."""
    for directory in dirs or ():
        if not directory.is_dir():
            fail(f"{directory}: no such folder of rule files")
    return list(dirs or ())


def _use_people(path: Path | None) -> None:
    """Point extraction at another people file; one that is missing or malformed is an error."""
    if path is None:
        return
    if not path.is_file():
        fail(f"{path}: no such people file")
    # Through the environment, so that the Dask engine's worker processes read it too.
    os.environ[PEOPLE_VARIABLE] = str(path.resolve())
    # Imported here, not at the top, for start-up.
    from consistency.knowledge import KnowledgeError, known_people

    try:
        known_people()
    except KnowledgeError as error:
        fail(str(error))


def _published_day(text: str | None) -> str | None:
    """Check the --published option is a real day written YYYY-MM-DD."""
    if text is None:
        return None
    if not (ISO_DAY.match(text) and _is_day(text)):
        fail(f"--published {text!r} is not a day written YYYY-MM-DD")
    return text


def _is_day(text: str) -> bool:
    """Tell whether YYYY-MM-DD text names a day of the calendar."""
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Run:
    """How `check` runs the pipeline: the options besides the inputs and rule folders."""

    sidecar: Path | None
    published: str | None
    outlet: str | None
    max_bytes: int
    engine: Engine
    scheduler: str | None


def _run(paths: Sequence[Path], rules_dirs: Sequence[Path], run: Run) -> CheckResult:
    """Run the check; bad rules or a table that fails its schema become exit 2, not a trace."""
    # Imported here, not at the top, for start-up: pandera loads pandas.
    import pandera.errors

    from consistency.engine import RuleError

    try:
        return run_check(paths, rules_dirs=rules_dirs, **vars(run))
    except RuleError as error:
        fail(str(error))
    except pandera.errors.SchemaErrors as errors:
        _echo_failures(errors)
        fail(f"{len(errors.failure_cases)} schema failures in {errors.schema.name}")
    except pandera.errors.SchemaError as error:
        fail(f"schema failure: {str(error).strip().splitlines()[0]}")


def _need_tables_extra() -> None:
    """Stop before the run when `--tables` cannot be written: pyarrow is the `tables` extra."""
    try:
        importlib.import_module("pyarrow")
    except ImportError as error:
        fail(f"--tables needs the tables extra: {install_hint('tables')} ({error})")


def _write_tables(result: CheckResult, directory: Path) -> list[Path]:
    """Write the Parquet tables (imported here: pandas writes them with pyarrow, an extra)."""
    from consistency.report.tables import write_tables

    return write_tables(result, directory)


def _echo_failures(errors: pandera.errors.SchemaErrors) -> None:
    """Print the first failure cases of a lazily validated table as a short table."""
    cases = errors.failure_cases
    table = Table(title=f"{errors.schema.name}: failure cases", title_justify="left")
    columns = [c for c in ("column", "check", "failure_case", "index") if c in cases.columns]
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in cases[columns].head(FAILURES_SHOWN).itertuples(index=False):
        table.add_row(*(Text(str(v)) for v in row))
    Console(stderr=True).print(table)


def _echo_diagnostics(result: CheckResult, *, quiet: bool) -> None:
    """Print the warnings and rejected inputs to stderr: the first 20, then counts by kind.

    All of them stay in report.json; `--quiet` prints no warning, only the rejected inputs.
    """
    # Imported here, not at the top, for start-up (the report package loads pandas).
    from consistency.report.safe_text import terminal_text
    from consistency.report.sources import display_source, display_text

    # Sources named as the reports name them: the path as given (the demo's from the package).
    # Each line without control characters: names and reasons come from the pages and paths.
    warnings = [] if quiet else [display_text(str(warning)) for warning in result.warnings]
    rejected = [
        f"{display_source(str(source))}: {display_text(str(reason))}"
        for source, reason in zip(result.rejected["source"], result.rejected["reason"], strict=True)
    ]
    for line in capped([*warnings, *rejected]):
        typer.echo(terminal_text(" ".join(line.split())), err=True)


def main() -> None:
    """Run the command line as `consistency`; a usage error is one line, exit 2."""
    try:
        code = app(prog_name="consistency", standalone_mode=False)
    except USAGE_ERROR as error:
        # A bare `consistency` (or `consistency review`) has printed its help: that is the answer.
        if type(error).__name__ == "NoArgsIsHelpError":
            sys.exit(EXIT_USAGE)
        context = getattr(error, "ctx", None)
        hint = f" (see {context.command_path} --help)" if context else ""
        # Newer Typer words a bad choice as pydantic does: "Value error, 'x' is not one of ...".
        message = getattr(error, "format_message", error.__str__)().replace("Value error, ", "")
        typer.echo(f"error: {' '.join(message.split())}{hint}", err=True)
        sys.exit(EXIT_USAGE)
    except typer.Abort:
        typer.echo("error: aborted", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else 0)
