"""The review ledger: verdicts persist, writes are transactional, errors are one line."""

from __future__ import annotations

import io
import multiprocessing
import sqlite3
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from consistency.review import LedgerError, Review, open_ledger, read_reviews
from consistency.review.ledger import BUSY_TIMEOUT_S, LEDGER_VERSION

WRITES_PER_PROCESS = 40


def _mark_many(path: str, writer: str, start: Event, ready: Event | None = None) -> None:
    """Mark WRITES_PER_PROCESS findings as one writer, once told to start."""
    if ready is not None:
        ready.set()  # imports done: what follows is only the ledger
    start.wait(timeout=30)
    ledger = open_ledger(Path(path))
    for n in range(WRITES_PER_PROCESS):
        ledger.mark(f"f{n:03d}", "confirmed", f"{writer} #{n}", writer, f"e{n}")


def test_marks_persist_across_opens(tmp_path: Path) -> None:
    """A verdict written by one ledger object is read by a new one on the same file."""
    path = tmp_path / "nested" / "reviews.sqlite"
    stored = open_ledger(path).mark("f1", "false-alarm", " outlets fixed it ", " Ana ", "abc")
    assert stored.note == "outlets fixed it" and stored.by == "Ana"
    assert stored.at.endswith("+00:00")
    assert read_reviews(path) == {"f1": stored}
    assert open_ledger(path).reviews() == {"f1": stored}


def test_latest_verdict_wins_and_history_keeps_all(tmp_path: Path) -> None:
    """A second verdict on a finding replaces the first as its review; both stay in history."""
    ledger = open_ledger(tmp_path / "r.sqlite")
    first = ledger.mark("f1", "confirmed", "", "Ana", "e1", at="2024-03-14T09:00:00+00:00")
    second = ledger.mark(
        "f1", "acceptable", "rounding", "Ben", "e1", at="2024-03-14T10:00:00+00:00"
    )
    other = ledger.mark("f2", "confirmed", "", "Ana", "e2", at="2024-03-14T11:00:00+00:00")
    assert ledger.reviews() == {"f1": second, "f2": other}
    assert ledger.history() == [first, second, other]


def test_export_csv_writes_the_whole_history(tmp_path: Path) -> None:
    """The CSV has a header and one row per verdict ever recorded."""
    ledger = open_ledger(tmp_path / "r.sqlite")
    ledger.mark(
        "f1", "confirmed", 'said "no", then yes', "Ana", "e1", at="2024-03-14T09:00:00+00:00"
    )
    ledger.mark("f1", "false-alarm", "", "Ben", "e1", at="2024-03-14T10:00:00+00:00")
    ledger.mark("f2", "acceptable", "", "Ben", "e2", at="2024-03-14T11:00:00+00:00")
    out = io.StringIO()
    assert ledger.export_csv(out, {"f1": ("meeting.date", "Ana Vell; Ivo Sarn")}) == 3
    assert out.getvalue().splitlines() == [
        "finding_id,fact,subject,verdict,note,by,evidence_hash,at",
        'f1,meeting.date,Ana Vell; Ivo Sarn,confirmed,"said ""no"", then yes",Ana,e1,'
        "2024-03-14T09:00:00+00:00",
        "f1,meeting.date,Ana Vell; Ivo Sarn,false-alarm,,Ben,e1,2024-03-14T10:00:00+00:00",
        "f2,,,acceptable,,Ben,e2,2024-03-14T11:00:00+00:00",
    ]


@pytest.mark.parametrize(
    ("finding_id", "verdict", "by", "message"),
    [
        ("f1", "maybe", "Ana", "verdict 'maybe' is not one of confirmed, acceptable, false-alarm"),
        ("f1", "confirmed", "  ", "a review needs the name of who made it"),
        (" ", "confirmed", "Ana", "a review needs a finding id"),
    ],
)
def test_invalid_reviews_are_refused(
    tmp_path: Path, finding_id: str, verdict: str, by: str, message: str
) -> None:
    """A review without a known verdict, a reviewer or a finding is not written."""
    ledger = open_ledger(tmp_path / "r.sqlite")
    with pytest.raises(LedgerError, match=message):
        ledger.mark(finding_id, verdict, "", by, "e1")
    assert ledger.history() == []


def test_missing_ledger_reads_as_no_reviews_and_is_not_created(tmp_path: Path) -> None:
    """Reading (as `check` does) never creates the file."""
    path = tmp_path / "absent.sqlite"
    assert read_reviews(path) == {}
    assert not path.exists()


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00garbage"])
def test_a_file_that_is_not_a_ledger_is_one_line(tmp_path: Path, content: bytes) -> None:
    """A stray file in the ledger's place is reported by name, for reading and writing."""
    path = tmp_path / "reviews.sqlite"
    path.write_bytes(content * 64)
    for action in (lambda: read_reviews(path), lambda: open_ledger(path)):
        with pytest.raises(LedgerError) as caught:
            action()
        assert str(caught.value).startswith(f"{path}: ")
        assert "\n" not in str(caught.value)


def test_other_sqlite_database_is_not_a_ledger(tmp_path: Path) -> None:
    """A SQLite file without the reviews table is refused when read."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(LedgerError, match="not a review ledger"):
        read_reviews(path)


def test_a_folder_is_not_a_ledger(tmp_path: Path) -> None:
    """A folder given as the ledger is a one-line error."""
    with pytest.raises(LedgerError, match="is a folder"):
        open_ledger(tmp_path)
    with pytest.raises(LedgerError, match="is a folder"):
        read_reviews(tmp_path)


def test_a_newer_ledger_is_refused(tmp_path: Path) -> None:
    """A ledger written by a later version is left alone."""
    path = tmp_path / "r.sqlite"
    open_ledger(path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {LEDGER_VERSION + 1}")
    with pytest.raises(LedgerError, match="newer version"):
        open_ledger(path)


def test_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    """A write that fails half-way is rolled back."""
    ledger = open_ledger(tmp_path / "r.sqlite")
    with pytest.raises(RuntimeError), ledger._write() as connection:
        connection.execute(
            "INSERT INTO reviews (finding_id, verdict, note, reviewer, evidence_hash, at) "
            "VALUES ('f1', 'confirmed', '', 'Ana', 'e', 'now')"
        )
        raise RuntimeError("crash before commit")
    assert ledger.history() == []


def test_a_writer_waits_for_another_s_transaction(tmp_path: Path) -> None:
    """While one process holds the write lock, a mark waits for it instead of failing."""
    path = tmp_path / "r.sqlite"
    ledger = open_ledger(path)
    assert BUSY_TIMEOUT_S >= 5
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    context = multiprocessing.get_context("spawn")
    start, ready = context.Event(), context.Event()
    start.set()
    child = context.Process(target=_mark_many, args=(str(path), "late", start, ready))
    child.start()
    assert ready.wait(timeout=60)
    child.join(timeout=1.5)
    assert child.is_alive(), "the second writer should be waiting on the lock"
    assert ledger.history() == []
    holder.execute("COMMIT")
    holder.close()
    child.join(timeout=60)
    assert child.exitcode == 0
    assert len(ledger.history()) == WRITES_PER_PROCESS


def test_two_processes_marking_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes write the same findings at the same time; every verdict is kept."""
    path = tmp_path / "reviews.sqlite"
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    writers = [
        context.Process(target=_mark_many, args=(str(path), name, start)) for name in ("Ana", "Ben")
    ]
    for writer in writers:
        writer.start()
    start.set()
    for writer in writers:
        writer.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]
    history = open_ledger(path).history()
    assert len(history) == 2 * WRITES_PER_PROCESS
    for name in ("Ana", "Ben"):
        notes = [r.note for r in history if r.by == name]
        assert notes == [f"{name} #{n}" for n in range(WRITES_PER_PROCESS)]
    latest = open_ledger(path).reviews()
    assert set(latest) == {f"f{n:03d}" for n in range(WRITES_PER_PROCESS)}
    assert all(isinstance(r, Review) for r in latest.values())
