"""Write a set of files under temporary names beside them, then rename them into place together.

A reader of the reports (`review serve`, `review mark`, a browser, CI) that opens a file while a
run writes it sees the previous run's file or the new one, never a cut-off one: every file is
written in full under a hidden temporary name in the same folder, and only when all of them are
written is each renamed over its final name (`os.replace`, atomic within one file system). Each
rename is atomic; the set is not, so for the few microseconds between the first and last rename
a reader opening two files may get one old and one new. A run that fails while writing leaves
the previous files as they were and no temporary file behind.

No fsync: the aim is what a concurrent reader sees, not surviving a power cut, and syncing
hundreds of megabytes of a large corpus's reports would cost more than the run's writing.

A run killed outright (SIGKILL, the out-of-memory killer on a large corpus) cannot remove its
temporary files; the next run into the folder removes those whose process, on this machine,
has ended. A temporary name carries its machine and process for that.
"""

from __future__ import annotations

import glob
import os
import secrets
import socket
from collections.abc import Callable, Sequence
from pathlib import Path

#: Writes one file's content at the path it is given (a temporary name beside the final one).
PathWriter = Callable[[Path], None]


def write_together(folder: Path, writers: Sequence[tuple[str, PathWriter]]) -> list[Path]:
    """Write each (name, writer) in `folder` under a temporary name, then rename all into place."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, _ in writers:
        _remove_abandoned(folder, name)
    pending: list[tuple[Path, Path]] = []
    try:
        for name, write in writers:
            temporary = _temporary_name(folder, name)
            pending.append((temporary, folder / name))
            write(temporary)
        while pending:
            temporary, final = pending[0]
            os.replace(temporary, final)
            pending.pop(0)
    finally:
        # Reached with files pending only on an error (or an interrupt): drop what was written.
        for temporary, _ in pending:
            temporary.unlink(missing_ok=True)
    return [folder / name for name, _ in writers]


def _temporary_name(folder: Path, name: str) -> Path:
    """A hidden name beside `name` that no other run picks (same folder: rename stays atomic)."""
    return folder / f".{name}~{_HOST}~{os.getpid()}~{secrets.token_hex(4)}.tmp"


def _remove_abandoned(folder: Path, name: str) -> None:
    """Remove `name`'s temporary files left by a run on this machine that has ended."""
    for path in folder.glob(f".{glob.escape(name)}~*~*~*.tmp"):
        host_pid_token = path.name[len(name) + 2 : -len(".tmp")].split("~")
        if len(host_pid_token) != 3:
            continue
        host, pid, _ = host_pid_token
        if host == _HOST and pid.isdigit() and not _running(int(pid)):
            try:
                path.unlink(missing_ok=True)
            except OSError:  # another user's, or a folder we may write to but not clean
                continue


def _running(pid: int) -> bool:
    """Whether a process of this machine is still running (signal 0 only asks)."""
    if os.name != "posix":  # on Windows, os.kill's signal 0 is CTRL_C_EVENT: never send it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or a question the system will not answer
        return True
    return True


#: This machine's name, without the separator the temporary names use.
_HOST = socket.gethostname().replace("~", "-") or "localhost"
