"""What reading the inputs yields: documents to build articles from, and rejected inputs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from consistency.defaults import STDIN as STDIN  # re-exported: the stages import it here
from consistency.ingest.html_text import PageHints

#: How standard input's articles are named in the reports (STDIN is the path that means it).
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Document:
    """One article's text, with where it came from and the bytes that identify it.

    A file gives one document; a feed gives one per row, numbered by `row`.
    """

    #: The file as the user named it; Path("<stdin>") for standard input.
    path: Path
    #: What duplicates are judged on: the file's bytes, or a feed row's cells.
    data: bytes
    #: The article text: the decoded file, the text an extractor took from HTML, a row's text.
    text: str
    #: What the page's or row's own metadata says, beside its text.
    hints: PageHints | None = None
    #: The line (JSONL) or row (CSV, header being row 1) of a feed; None for a whole file.
    row: int | None = None

    @property
    def source(self) -> str:
        """Where the article came from: the path, plus ":<row>" for a feed row."""
        return str(self.path) if self.row is None else f"{self.path}:{self.row}"

    @property
    def name(self) -> str:
        """The name messages use: the source, the path as the user gave it (one name everywhere)."""
        return self.source

    @property
    def file_name(self) -> str:
        """The file's own name, plus ":<row>" for a feed row: the same on every machine."""
        return self.path.name if self.row is None else f"{self.path.name}:{self.row}"

    @property
    def article_id(self) -> str:
        """The stable id: SHA-256 of a file's bytes, or of a row's text plus its source."""
        if self.row is None:
            return digest(self.data)
        return digest(encode(self.text) + b"\x00" + encode(self.source))


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
    #: The input files the walk found, read or not (what sidecar rows are matched to).
    files: list[Path] = field(default_factory=list)

    def reject(self, source: str, reason: str) -> None:
        """Record an input that cannot become an article."""
        self.rejected.append(Rejection(source, reason))


def encode(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included, for hashing."""
    return text.encode("utf-8", "surrogatepass")


def digest(data: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()[:16]
