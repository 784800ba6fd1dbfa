"""Walk the input paths and read each file as text, or say in one line why it cannot be read."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from consistency.ingest.html import PageHints, extract_html
from consistency.ingest.sidecar import is_sidecar

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Text with more control characters than this share is a binary file that happens to decode.
MAX_CONTROL_SHARE = 0.3
# Unicode control characters (category Cc) except tab, line feed, vertical tab, form feed, CR.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Document:
    """A file read as text: its path as the user named it, its bytes and decoded text."""

    path: Path
    data: bytes
    text: str
    hints: PageHints | None = None


@dataclass(frozen=True)
class Rejection:
    """An input that cannot become an article, and why."""

    source: str
    reason: str


@dataclass
class Reading:
    """What reading the inputs gave: documents, rejections, sidecars found, warnings."""

    documents: list[Document] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    sidecars: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _is_hidden(name: str) -> bool:
    """Tell whether a file or folder name is hidden."""
    return name.startswith(".")


def walk_folder(root: Path) -> list[Path]:
    """List every visible file under `root`, recursively, sorted by path."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]
        found.extend(Path(folder) / name for name in files if not _is_hidden(name))
    return sorted(found, key=lambda path: path.parts)


def walk(paths: Iterable[Path], warnings: list[str]) -> Iterator[Path]:
    """Yield each file the inputs name: files as given, folders walked, missing paths as given."""
    for path in paths:
        if path.is_dir():
            files = walk_folder(path)
            if not files:
                warnings.append(f"{path}: no files found in this folder")
            yield from files
        else:
            yield path


def _control_share(text: str) -> float:
    """Measure the share of control characters other than line breaks and tabs."""
    return len(_CONTROLS.findall(text)) / len(text)


class NotText(ValueError):
    """A file's bytes are not article text; the message says why, in one line."""


def decode(data: bytes) -> str:
    """Decode a file's bytes; raise NotText when they are not UTF-8 article text."""
    if not data:
        raise NotText("empty file")
    if data.startswith(_UTF16_BOMS):
        raise NotText("not UTF-8 text (it is UTF-16 or UTF-32; save it as UTF-8)")
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotText("not UTF-8 text") from None
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary file (mostly control characters)")
    if not text.strip():
        raise NotText("only whitespace")
    return text


def _kind_problem(path: Path) -> str | None:
    """Say why a file's name shows it is no article, or return None."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES or suffix in HTML_SUFFIXES:
        return None
    return f"not an article file ({suffix or 'no extension'})"


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
    size = status.st_size
    if size > max_bytes:
        return f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)"
    return None


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Rejection:
    """Read one article file as text, or reject it with a one-line reason."""
    source = str(path)
    problem = _kind_problem(path) or _size_problem(path, max_bytes)
    if problem is not None:
        return Rejection(source, problem)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Rejection(source, f"cannot be read ({error.strerror or error})")
    try:
        text = decode(data)
    except NotText as error:
        return Rejection(source, str(error))
    if path.suffix.lower() in HTML_SUFFIXES:
        return _from_html(path, data, text)
    return Document(path, data, text)


def _from_html(path: Path, data: bytes, html: str) -> Document | Rejection:
    """Extract an HTML file's article text, or reject it with the reason."""
    extracted = extract_html(html)
    if isinstance(extracted, str):
        return Rejection(str(path), extracted)
    text, hints = extracted
    return Document(path, data, text, hints)


def read_inputs(paths: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Reading:
    """Read every file the inputs name; sources.csv files are kept aside as sidecars."""
    reading = Reading()
    for path in walk(paths, reading.warnings):
        if is_sidecar(path) and path.is_file():
            reading.sidecars.append(path)
            continue
        result = read_file(path, max_bytes)
        if isinstance(result, Rejection):
            reading.rejected.append(result)
        else:
            reading.documents.append(result)
    return reading
