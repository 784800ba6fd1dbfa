"""The review ledger: editors' verdicts on findings, kept in SQLite across runs."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

VERDICTS = ("confirmed", "acceptable", "false-alarm")
#: How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_S = 30.0
LEDGER_VERSION = 1
#: SQLite's application_id of a review ledger ("CnRv"): a database without it is not one.
APPLICATION_ID = 0x436E5276

# Append-only: a new verdict on a finding is a new row, so history survives and two
# writers never overwrite each other; the latest row per finding is its review.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'acceptable', 'false-alarm')),
    note TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    evidence_hash TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_by_finding ON reviews (finding_id, id);
"""
#: The tables a ledger has: its own and the one SQLite keeps for AUTOINCREMENT.
_LEDGER_TABLES = frozenset({"reviews", "sqlite_sequence"})
_COLUMNS = "finding_id, verdict, note, reviewer, evidence_hash, at"
_LATEST = (
    f"SELECT {_COLUMNS} FROM reviews WHERE id IN "
    "(SELECT MAX(id) FROM reviews GROUP BY finding_id) ORDER BY finding_id"
)


class LedgerError(Exception):
    """A ledger that cannot be opened, read or written, or a review that is not valid."""


@dataclass(frozen=True)
class Review:
    """One editor's verdict on one finding, with the evidence it was given on."""

    finding_id: str
    verdict: str
    note: str
    by: str
    evidence_hash: str
    at: str


class Ledger:
    """A ledger file; each call opens its own connection, so threads and processes can share it."""

    def __init__(self, path: Path) -> None:
        """Point at a ledger file that open_ledger has created."""
        self.path = path

    def mark(
        self,
        finding_id: str,
        verdict: str,
        note: str,
        by: str,
        evidence_hash: str,
        *,
        at: str | None = None,
    ) -> Review:
        """Record a verdict on a finding and return it as stored."""
        values = (finding_id.strip(), verdict, note.strip(), by.strip(), evidence_hash)
        review = _checked(Review(*values, at or now()))
        with self._write() as connection:
            connection.execute(
                f"INSERT INTO reviews ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", astuple(review)
            )
        return review

    def reviews(self) -> dict[str, Review]:
        """The current review of every finding: its latest verdict."""
        return {r.finding_id: r for r in self._read(_LATEST)}

    def history(self) -> list[Review]:
        """Every verdict ever recorded, oldest first."""
        return self._read(f"SELECT {_COLUMNS} FROM reviews ORDER BY id")

    def export_csv(self, out: TextIO, about: Mapping[str, tuple[str, str]] | None = None) -> int:
        """Write every recorded verdict as CSV and return how many rows were written.

        `about` gives each finding's fact and subject (the ledger keeps only its id); a
        finding it does not know gets empty cells.
        """
        rows, about = self.history(), about or {}
        writer = csv.writer(out, lineterminator="\n")
        names = [f.name for f in fields(Review)]
        writer.writerow([names[0], "fact", "subject", *names[1:]])
        for row in rows:
            fact, subject = about.get(row.finding_id, ("", ""))
            writer.writerow([row.finding_id, fact, subject, *astuple(row)[1:]])
        return len(rows)

    def _read(self, query: str) -> list[Review]:
        """Run a query over the reviews table, read-only; a database of another program is refused.

        An empty database (a file made for the ledger, not written yet) has no reviews.
        """
        with _errors(self.path), closing(_connect(self.path, readonly=True)) as connection:
            if not _refuse_others(connection, self.path):
                return []
            return [Review(*row) for row in connection.execute(query)]

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers queue."""
        with _errors(self.path), closing(_connect(self.path)) as connection:
            # IMMEDIATE takes the write lock up front: a second process waits (busy timeout)
            # instead of failing half-way through or losing its row.
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")


def open_ledger(path: Path) -> Ledger:
    """Open a review ledger for writing, creating the file and its table when missing."""
    if path.is_dir():
        raise LedgerError(f"{path}: is a folder, not a review ledger")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LedgerError(f"{path}: cannot create its folder ({error.strerror})") from error
    ledger = Ledger(path)
    with ledger._write() as connection:
        _refuse_others(connection, path)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > LEDGER_VERSION:
            raise LedgerError(f"{path}: written by a newer version of consistency")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {LEDGER_VERSION}")
    return ledger


def _refuse_others(connection: sqlite3.Connection, path: Path) -> bool:
    """Refuse, before reading or writing anything, a database that is not a review ledger.

    A ledger carries APPLICATION_ID; one written before it had only the reviews table (and
    SQLite's sqlite_sequence beside it), and an empty database becomes a ledger. Anything
    else belongs to another program. Return whether the database has the reviews table (an
    empty one has not).
    """
    application = int(connection.execute("PRAGMA application_id").fetchone()[0])
    tables = {
        str(row[0])
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if application == APPLICATION_ID or (application == 0 and tables <= _LEDGER_TABLES):
        return "reviews" in tables
    raise LedgerError(f"{path}: not a review ledger (a database of another program); left as is")


def read_reviews(path: Path) -> dict[str, Review]:
    """The current review of every finding in a ledger; none when the file does not exist."""
    if not path.exists():
        return {}
    if path.is_dir():
        raise LedgerError(f"{path}: is a folder, not a review ledger")
    return Ledger(path).reviews()


def now() -> str:
    """The time a review is recorded: UTC, to the second, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _checked(review: Review) -> Review:
    """Refuse a review an editor could not act on later."""
    if not review.finding_id:
        raise LedgerError("a review needs a finding id")
    if review.verdict not in VERDICTS:
        raise LedgerError(f"verdict {review.verdict!r} is not one of {', '.join(VERDICTS)}")
    if not review.by:
        raise LedgerError("a review needs the name of who made it")
    return review


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Connect in autocommit mode (transactions are explicit) with a busy timeout."""
    target = f"file:{quote(str(path.resolve()))}?mode={'ro' if readonly else 'rwc'}"
    connection = sqlite3.connect(target, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return connection


@contextmanager
def _errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors into one line that names the ledger file."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        detail = str(error)
        if any(sign in detail for sign in ("no such table", "no such column", "not a database")):
            raise LedgerError(f"{path}: not a review ledger ({detail})") from error
        raise LedgerError(f"{path}: review ledger error ({detail})") from error
