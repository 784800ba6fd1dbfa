"""Hostile inputs (issue 22): nothing a page can do stops the run, stalls it or reaches a terminal.

One test per defect found by trying the tool as an attacker would; the inputs are written here.
"""

from __future__ import annotations

import errno
import http.client
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import TextIO

import pytest
from typer.testing import CliRunner

from consistency.app.review_page import ReviewHandler, ReviewServer
from consistency.cli import app
from consistency.report.contract import ReportJSON
from consistency.review.ledger import APPLICATION_ID, LedgerError, open_ledger, read_reviews
from tests.test_review_server import server

__all__ = ["server"]  # the fixture, used by name

runner = CliRunner()
PAGE = (
    "The Harbour Courier\n\nTalks in Tallinn\n\nMarch 12, 2025\n\n"
    "Foreign Minister Adaeze Okafor met President Lars Brekke in Tallinn on Tuesday. "
    "The talks lasted two hours, officials said.\n"
)


def _check(*args: str) -> tuple[int, str, str]:
    """Run `consistency check` with arguments: exit code, stdout, stderr."""
    result = runner.invoke(app, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_five_thousand_digit_published_is_a_warning(tmp_path: Path) -> None:
    """A JSON integer Python will not convert was an uncaught ValueError: exit 1, no report."""
    row = json.dumps({"text": PAGE, "outlet": "Harbour Courier", "published": "2025-03-12"})
    bad = row.replace('"2025-03-12"', "9" * 5000)
    (tmp_path / "feed.jsonl").write_text(f"{row}\n{bad}\n", encoding="utf-8")
    # No -q: it hides the warnings (issue 21).
    code, _, stderr = _check(str(tmp_path), "--out", str(tmp_path / "r"))
    assert code == 0
    report = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 2 and not report["rejected"]
    (warning,) = [line for line in stderr.splitlines() if "is not a date" in line]
    assert "feed.jsonl:2: published '9999" in warning and "(5,000 characters)" in warning
    assert len(warning) < 200


def test_control_characters_in_an_outlet_never_reach_the_terminal(tmp_path: Path) -> None:
    """An outlet name with ESC sequences (clipboard write, window title) reached the summary."""
    hostile = "Harbour\x1b]52;c;ZWNobyBodW5n\x07 Courier\x1b]0;owned\x07[bold]x[/bold]"
    rows = [
        {"text": PAGE, "outlet": hostile, "published": "2025-03-12"},
        {
            "text": PAGE.replace("two hours", "five hours").replace("Tuesday", "Thursday"),
            "outlet": "Velm Post\x9b31m",
            "published": "2025-03-12",
        },
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    (tmp_path / "bad\x1b[2Jname.txt").write_bytes(b"\x00\x01binary")
    code, stdout, stderr = _check(str(tmp_path), "--out", str(tmp_path / "r"))
    assert code == 0
    for printed in (stdout, stderr):
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in printed)
    assert "Harbour]52;c;ZWNobyBodW5n Courier]0;owned[bold]x[/bold]" in stdout


def test_the_review_page_refuses_frames_other_origins_and_slow_clients(
    server: ReviewServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page could be framed, took posts from any Origin, and a short POST held a thread."""
    host = f"127.0.0.1:{server.port}"
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", "/", headers={"Host": host})
    response = connection.getresponse()
    response.read()
    assert "frame-ancestors 'none'" in response.getheader("Content-Security-Policy", "")
    connection.request(
        "POST",
        "/review",
        body="token=x",
        headers={"Host": host, "Origin": "https://elsewhere.example", "Content-Length": "7"},
    )
    refused = connection.getresponse()
    assert refused.status == 403 and b"another site" in refused.read()
    monkeypatch.setattr(ReviewHandler, "timeout", 0.5)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as stalled:
        stalled.sendall(
            f"POST /review HTTP/1.1\r\nHost: {host}\r\nContent-Length: 500\r\n\r\ntoken=".encode()
        )
        began = time.monotonic()
        assert stalled.recv(1024) == b""  # the server gave up on it and closed
        assert time.monotonic() - began < 4
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as gone:
        gone.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())  # and hangs up
    time.sleep(0.3)
    assert "Traceback" not in capsys.readouterr().err


def test_a_database_that_is_not_a_ledger_is_left_untouched(tmp_path: Path) -> None:
    """`--ledger app.db` wrote the reviews table into any SQLite file and set its user_version."""
    app_db = tmp_path / "app.db"
    with closing(sqlite3.connect(app_db)) as connection:
        connection.execute("CREATE TABLE users (name TEXT)")
        connection.execute("PRAGMA user_version = 7")
        connection.commit()
    before = app_db.read_bytes()
    with pytest.raises(LedgerError, match="not a review ledger"):
        open_ledger(app_db)
    assert app_db.read_bytes() == before
    ledger = tmp_path / "reviews.sqlite"
    open_ledger(ledger)
    with closing(sqlite3.connect(ledger)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    open_ledger(ledger)  # a ledger opens again


def _reports(folder: Path) -> dict[str, bytes]:
    """Every file in a report folder, by name (temporary files included: none may be left)."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def test_a_reader_never_sees_a_cut_off_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports were written in place: a reader mid-run (review serve, review mark) got cut JSON."""
    from consistency.report import write

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "courier.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "r"
    assert _check(str(tmp_path / "in"), "--out", str(out))[0] == 0
    before = _reports(out)
    second = PAGE.replace("Harbour Courier", "Velm Post").replace("two hours", "five hours")
    (tmp_path / "in" / "post.txt").write_text(second, encoding="utf-8")
    seen: dict[str, dict[str, bytes]] = {}
    from consistency.report.spreadsheets import write_findings_csv as real_findings

    def json_halfway(report: ReportJSON, file: TextIO) -> None:
        text = write.render_json(report)
        file.write(text[: len(text) // 2])
        file.flush()
        seen["json half written"] = _reports(out)  # what a reader opening the folder gets
        file.write(text[len(text) // 2 :])

    def findings_last(report: ReportJSON, file: TextIO) -> None:
        seen["last file"] = _reports(out)
        real_findings(report, file)

    monkeypatch.setattr(write, "write_json", json_halfway)
    monkeypatch.setattr(write, "write_findings_csv", findings_last)
    assert _check(str(tmp_path / "in"), "--out", str(out))[0] == 0
    # While the new reports were being written, every final name held the last run's file.
    for moment in ("json half written", "last file"):
        assert {k: v for k, v in seen[moment].items() if not k.startswith(".")} == before
    after = _reports(out)
    assert after.keys() == before.keys()  # no temporary file left behind
    assert len(json.loads(after["report.json"])["articles"]) == 2  # the new run's, complete


def test_a_run_that_cannot_finish_its_reports_leaves_the_last_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing the last report left the first four new and the last one cut."""
    from consistency.report import write

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "courier.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "r"
    assert _check(str(tmp_path / "in"), "--out", str(out))[0] == 0
    before = _reports(out)
    (tmp_path / "in" / "post.txt").write_text(PAGE.replace("two", "five"), encoding="utf-8")

    def disk_full(report: ReportJSON, file: TextIO) -> None:
        file.write("finding_id,")
        raise OSError(errno.ENOSPC, "No space left on device", str(file.name))

    monkeypatch.setattr(write, "write_findings_csv", disk_full)
    code, _, stderr = _check(str(tmp_path / "in"), "--out", str(out))
    assert code == 2 and "cannot write the reports: No space left on device" in stderr
    assert _reports(out) == before  # untouched, and no temporary file left


def _database(path: Path, *statements: str) -> bytes:
    """Make an SQLite database with the statements; return its bytes."""
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    return path.read_bytes()


@pytest.mark.parametrize(
    "statements",
    [
        ("CREATE TABLE users (name TEXT)", "PRAGMA user_version = 7"),
        # Another program's table of the same name, with its own columns and application id.
        ("CREATE TABLE reviews (stars INTEGER, body TEXT)", "PRAGMA application_id = 1234"),
        # Even with the ledger's columns: the other table says it belongs to someone else.
        (
            "CREATE TABLE reviews (id INTEGER PRIMARY KEY, finding_id TEXT, verdict TEXT, "
            "note TEXT, reviewer TEXT, evidence_hash TEXT, at TEXT)",
            "CREATE TABLE orders (id INTEGER)",
            "INSERT INTO reviews VALUES (1, 'f', 'confirmed', '', 'x', 'h', 't')",
        ),
    ],
    ids=["other tables", "other reviews table", "ledger columns beside other tables"],
)
def test_reading_a_database_that_is_not_a_ledger_says_so(
    tmp_path: Path, statements: tuple[str, ...]
) -> None:
    """read_reviews gave a read error ('no such column') or read another program's rows."""
    app_db = tmp_path / "app.db"
    before = _database(app_db, *statements)
    with pytest.raises(LedgerError) as raised:
        read_reviews(app_db)
    assert str(raised.value) == (
        f"{app_db}: not a review ledger (a database of another program); left as is"
    )
    assert app_db.read_bytes() == before
    out = tmp_path / "r"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "courier.txt").write_text(PAGE, encoding="utf-8")
    code, _, stderr = _check(str(tmp_path / "in"), "--out", str(out), "--ledger", str(app_db))
    assert code == 2 and "not a review ledger (a database of another program)" in stderr
    assert "Traceback" not in stderr


def test_a_ledger_from_before_the_application_id_is_read_and_adopted(tmp_path: Path) -> None:
    """A ledger from before its application_id was refused as another program's database.

    SQLite keeps sqlite_sequence beside a table with AUTOINCREMENT, so it has two tables.
    """
    ledger = tmp_path / "reviews.sqlite"
    _database(
        ledger,
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL, "
        "verdict TEXT NOT NULL, note TEXT NOT NULL, reviewer TEXT NOT NULL, "
        "evidence_hash TEXT NOT NULL, at TEXT NOT NULL)",
        "INSERT INTO reviews (finding_id, verdict, note, reviewer, evidence_hash, at) "
        "VALUES ('f1', 'acceptable', '', 'Desk', 'h', '2026-01-01T00:00:00+00:00')",
        "PRAGMA user_version = 1",
    )
    assert read_reviews(ledger)["f1"].verdict == "acceptable"
    open_ledger(ledger).mark("f2", "confirmed", "", "Desk", "h2")
    assert set(read_reviews(ledger)) == {"f1", "f2"}


def test_an_empty_ledger_file_has_no_reviews(tmp_path: Path) -> None:
    """An empty file at the ledger's path (made for it, not written yet) reads as no reviews."""
    ledger = tmp_path / "reviews.sqlite"
    ledger.write_bytes(b"")
    assert read_reviews(ledger) == {}


def test_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    """A run killed mid-write left its temporary files for good; the next run removes them.

    Only those of processes of this machine that have ended: another run may still be writing.
    """
    from consistency.report import replace

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()  # its pid is now free (a reused pid only keeps a file, never removes one)
    out = tmp_path / "r"
    out.mkdir()
    host = replace._HOST
    abandoned = out / f".report.json~{host}~{ended.pid}~0badf00d.tmp"
    running = out / f".report.json~{host}~{os.getpid()}~0badf00d.tmp"
    elsewhere = out / f".report.json~another-machine~{ended.pid}~0badf00d.tmp"
    for path in (abandoned, running, elsewhere):
        path.write_text('{"schema_version": 2, "articl', encoding="utf-8")

    def empty_report(path: Path) -> None:
        path.write_text("{}\n", encoding="utf-8")

    replace.write_together(out, [("report.json", empty_report)])
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.json", running.name, elsewhere.name]
    )
