"""Walk the input paths and read each file, or standard input, into documents or rejections."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from consistency.defaults import DEFAULT_MAX_BYTES, REPORT_FILES, REPORT_NAME
from consistency.ingest.decoding import UTF8, NotText, decode
from consistency.ingest.documentation import is_documentation
from consistency.ingest.feeds import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    looks_like_jsonl,
    read_csv,
    read_jsonl,
)
from consistency.ingest.html_text import extract_html
from consistency.ingest.inputs import STDIN, STDIN_NAME, Document, Reading, Rejection
from consistency.ingest.sidecar import is_sidecar

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "Plan",
    "Reading",
    "Rejection",
    "plan_inputs",
    "read_documents",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# An HTML page saved under a text name, or piped in: a doctype or <html> tag comes first.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
# What a file holds, by its name (or, for standard input, by its first bytes).
TEXT, HTML, JSONL, CSV, SNIFF = "text", "html", "jsonl", "csv", "sniff"


def _is_hidden(name: str) -> bool:
    """Tell whether a file or folder name is hidden."""
    return name.startswith(".")


#: Why a report file of this tool found in a walked folder is not read.
OWN_REPORT = f"written by a consistency run (its reports folder holds {REPORT_NAME}); not read"
# How this tool's report.json begins (report/jsontext.py writes its keys in this order).
_REPORT_START = re.compile(rb'\s*\{\s*"schema_version"\s*:\s*\d')
#: A folder's identity on the machine (device, inode): how a folder reached twice is told.
FolderId = tuple[int, int]


def walk_folder(
    root: Path, skipped: list[Rejection], seen: dict[FolderId, Path] | None = None
) -> list[Path]:
    """List every visible file under `root`, recursively, sorted by path.

    Symbolic links are followed, to files and to folders, wherever they point: the user named
    the folder, and a corpus assembled from links is read as it looks. Each folder is read once,
    known by its device and inode in `seen` (shared across the inputs): a link back to a folder
    it is inside (a loop) or a second way to a folder already read is put in `skipped` with its
    reason, as is a folder that cannot be listed and a link to nothing. Hidden files and folders
    (a name starting with ".": .git, .DS_Store) are not inputs and are skipped unsaid.
    """
    seen = {} if seen is None else seen
    found: list[Path] = []
    # Depth first in name order, so the folder "already read" is always the first by path.
    pending = [root]
    while pending:
        folder = pending.pop()
        entries = _folder_entries(folder, skipped, seen)
        reports = _own_reports(folder, {name for name, _, _ in entries})
        for name, is_folder, is_link in sorted(entries, reverse=True):
            path = folder / name
            if is_folder:
                pending.append(path)
            elif name in reports:
                skipped.append(Rejection(str(path), OWN_REPORT))
            elif is_link and (problem := _link_problem(path)) is not None:
                skipped.append(Rejection(str(path), problem))
            else:
                found.append(path)
    skipped.sort(key=lambda rejection: Path(rejection.source).parts)
    return sorted(found, key=lambda path: path.parts)


def _folder_entries(
    folder: Path, skipped: list[Rejection], seen: dict[FolderId, Path]
) -> list[tuple[str, bool, bool]]:
    """The visible entries (name, is a folder, is a link) of a folder not seen yet; else why not."""
    try:
        status = folder.stat()
        identity = (status.st_dev, status.st_ino)
        first = seen.get(identity)
        if first is None:
            seen[identity] = folder
            with os.scandir(folder) as scan:
                return [
                    (e.name, _is_folder(e), e.is_symlink()) for e in scan if not _is_hidden(e.name)
                ]
    except OSError as error:
        skipped.append(Rejection(str(folder), f"folder cannot be listed ({_why(error)})"))
        return []
    if first in folder.parents:
        reason = f"a link back to {first}, a folder it is inside: not followed (a loop)"
    else:
        reason = f"the same folder as {first}, already read; read once"
    skipped.append(Rejection(str(folder), reason))
    return []


def _own_reports(folder: Path, names: set[str]) -> frozenset[str]:
    """The report files of a run of this tool in `folder`, known by its report.json beside them.

    `check .` run twice in a corpus folder read its own report.md and CSVs back as articles
    (an outlet "unknown (report.md)" conflicting with the pages it quotes).
    """
    if REPORT_NAME not in names:
        return frozenset()
    try:
        with (folder / REPORT_NAME).open("rb") as file:
            start = file.read(64)
    except OSError:
        return frozenset()
    if _REPORT_START.match(start) is None:
        return frozenset()
    return frozenset(REPORT_FILES) & names


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder, through a link; an entry that cannot be told is a file."""
    try:
        return entry.is_dir()
    except OSError:  # read as a file, where the reason it cannot be read is said
        return False


def _link_problem(path: Path) -> str | None:
    """Say why a symbolic link cannot be read (it leads nowhere, or round in a loop)."""
    try:
        path.stat()
    except OSError as error:
        return f"a symbolic link that leads to no file ({_why(error)})"
    return None


def _why(error: OSError) -> str:
    """An OS error's reason in words, without the path (the rejection names it)."""
    return error.strerror or str(error)


def walk(
    paths: Iterable[Path], warnings: list[str], seen: dict[FolderId, Path] | None = None
) -> Iterator[Path | Rejection]:
    """Yield each file the inputs name, and each path skipped with its reason.

    Files as given, folders walked (see walk_folder), missing paths as given (read_path says so).
    """
    seen = {} if seen is None else seen
    for path in paths:
        try:
            is_folder = path.is_dir()
        except OSError as error:  # a path whose folder cannot be searched
            yield Rejection(str(path), f"cannot be read ({_why(error)})")
            continue
        if not is_folder:
            yield path
            continue
        skipped: list[Rejection] = []
        files = walk_folder(path, skipped, seen)
        if not files and not skipped:
            warnings.append(f"{path}: no files found in this folder")
        yield from skipped
        yield from files


def _kind(path: Path) -> str | None:
    """What a file holds by its name, or None when it is no article file."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return TEXT
    if suffix in HTML_SUFFIXES:
        return HTML
    if suffix in JSONL_SUFFIXES:
        return JSONL
    if suffix in CSV_SUFFIXES:
        return CSV
    return None


def _size_problem(path: Path, max_bytes: int) -> str | None:
    """Say why a file cannot be read for its existence, type or size, or return None."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return "no such file or folder"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    except ValueError:
        return "not a valid path"
    if not stat.S_ISREG(status.st_mode):
        return "not a regular file"
    return _too_large(status.st_size, max_bytes)


def size_text(size: int) -> str:
    """A number of bytes as people read it: "812 bytes", "16.8 KB", "5.2 MB"."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1e3:.1f} KB"
    return f"{size / 1e6:.1f} MB"


def _too_large(size: int, max_bytes: int) -> str | None:
    """Say that `size` bytes are over the limit, or return None."""
    if size <= max_bytes:
        return None
    return f"too large ({size_text(size)}; the limit is {size_text(max_bytes)})"


def looks_like_html(text: str) -> bool:
    """Tell whether text is an HTML page: it starts with a doctype or an <html> tag."""
    return _HTML_START.match(text[:4000]) is not None


def _add_html(path: Path, data: bytes, html: str, reading: Reading) -> None:
    """Add an HTML page's article text, or reject the page with the reason."""
    extracted = extract_html(html)
    if isinstance(extracted, str):
        reading.reject(str(path), extracted)
        return
    text, hints = extracted
    reading.documents.append(Document(path, data, text, hints))


def add_data(path: Path, data: bytes, kind: str, reading: Reading) -> None:
    """Decode bytes and add what they hold: an article, an HTML page's article, or feed rows."""
    try:
        decoded = decode(data)
    except NotText as error:
        reading.reject(str(path), str(error))
        return
    if decoded.encoding != UTF8:
        reading.warnings.append(f"{path}: not UTF-8; read as {decoded.encoding} text")
    text = decoded.text
    if kind == SNIFF:
        kind = JSONL if looks_like_jsonl(text) else TEXT
    if kind == JSONL:
        read_jsonl(path, text, reading)
    elif kind == CSV:
        read_csv(path, text, reading)
    elif kind == HTML or looks_like_html(text):
        _add_html(path, data, text, reading)
    else:
        reading.documents.append(Document(path, data, text))


def read_path(path: Path, max_bytes: int, reading: Reading) -> None:
    """Read one file named by the inputs into `reading`."""
    kind = _kind(path)
    if kind is None:
        reading.reject(str(path), f"not an article file ({path.suffix.lower() or 'no extension'})")
        return
    # A corpus folder that explains itself in a README.md is read without it.
    if is_documentation(path):
        reading.reject(str(path), f"not an article: a folder's documentation ({path.name})")
        return
    problem = _size_problem(path, max_bytes)
    if problem is not None:
        reading.reject(str(path), problem)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        reading.reject(str(path), f"cannot be read ({error.strerror or error})")
        return
    add_data(path, data, kind, reading)


def _stdin() -> BinaryIO | None:
    """Standard input as a byte stream, or None when there is none."""
    stream = sys.stdin
    return None if stream is None else getattr(stream, "buffer", None)


def read_stdin(max_bytes: int, reading: Reading) -> None:
    """Read standard input: one article, an HTML page, or a JSONL feed when it parses as one."""
    stream, path = _stdin(), Path(STDIN_NAME)
    try:
        if stream is None or stream.closed:
            reading.reject(STDIN_NAME, "standard input is closed")
            return
        if stream.isatty():
            reading.reject(STDIN_NAME, "standard input is a terminal; pipe an article into it")
            return
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as error:
        reading.reject(STDIN_NAME, f"cannot be read ({error})")
        return
    if len(data) > max_bytes:
        reading.reject(STDIN_NAME, f"too large (over the limit of {size_text(max_bytes)})")
        return
    add_data(path, data, SNIFF, reading)


@dataclass(frozen=True)
class Plan:
    """The inputs in reading order, with the walk's warnings where they arose; sidecars aside."""

    #: Each file (or "-") to read, a warning of the walk (a string) or a path the walk could
    #: not take (a Rejection), in the walk's order.
    steps: tuple[Path | str | Rejection, ...]
    sidecars: tuple[Path, ...]

    @property
    def files(self) -> list[Path]:
        """The input files to read, as walked (what sidecar rows are matched to)."""
        return [step for step in self.steps if isinstance(step, Path)]


def plan_inputs(paths: Sequence[Path]) -> Plan:
    """Walk the inputs once, without reading them, so the sidecars are known before any file."""
    steps: list[Path | str | Rejection] = []
    sidecars: list[Path] = []
    warnings: list[str] = []
    for path in walk(paths, warnings):
        steps.extend(warnings)
        warnings.clear()
        if isinstance(path, Rejection):
            steps.append(path)
        elif is_sidecar(path) and path.is_file():
            sidecars.append(path)
        else:
            steps.append(path)
    steps.extend(warnings)
    return Plan(tuple(steps), tuple(sidecars))


def read_documents(plan: Plan, max_bytes: int, reading: Reading) -> Iterator[Document]:
    """Read the planned inputs one by one, yielding each document as soon as it is read.

    Rejections and warnings go into `reading`; its `documents` are handed out and dropped,
    so only the document being built is held, not the whole corpus.
    """
    stdin_read = False
    for step in plan.steps:
        if isinstance(step, str):
            reading.warnings.append(step)
        elif isinstance(step, Rejection):
            reading.rejected.append(step)
        elif str(step) == STDIN and stdin_read:
            reading.reject(STDIN_NAME, "standard input named twice; read once")
        elif str(step) == STDIN:
            stdin_read = True
            read_stdin(max_bytes, reading)
        else:
            read_path(step, max_bytes, reading)
        yield from reading.documents
        reading.documents.clear()
