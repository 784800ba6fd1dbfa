"""Read sources.csv sidecars (file or url, outlet, published) that override what pages say."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from consistency.ingest.printed_dates import first_day

SIDECAR_NAME = "sources.csv"
_KEYS = ("file", "url")
_VALUES = ("outlet", "published")
_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Entry:
    """One sidecar row: the outlet and day it gives a file or web address (None where empty)."""

    sidecar: str
    #: The file cell, or the url cell when the row names only a web address.
    file: str
    outlet: str | None
    published: str | None
    #: The web address the row is for: the url cell, or a file cell that is an address.
    url: str | None = None


@dataclass
class Sidecar:
    """Sidecar rows indexed by resolved path and by file name; remembers which were used."""

    by_path: dict[Path, Entry] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)
    by_url: dict[str, Entry] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    def add(self, entry: Entry, folder: Path) -> None:
        """Index a row by its web address, the paths its file cell may mean, and file name."""
        if entry.url is not None:
            self.by_url[url_key(entry.url)] = entry
        if is_url(entry.file):
            return
        named = Path(entry.file)
        # A path may be written relative to the sidecar's folder or to where the user is.
        self.by_path[_resolve(folder / named)] = entry
        self.by_path.setdefault(_resolve(named), entry)
        self.by_name[named.name] = entry

    def lookup(self, path: Path, url: str | None = None) -> Entry | None:
        """Find the row for an article: by web address, else by path, else by file name."""
        entry = self.by_url.get(url_key(url)) if url else None
        entry = entry or self._by_path(path) or self.by_name.get(path.name)
        if entry is not None:
            self.used.add(id(entry))
        return entry

    def _by_path(self, path: Path) -> Entry | None:
        """Find the row for a path; the path is resolved only when rows name paths."""
        return self.by_path.get(_resolve(path)) if self.by_path else None

    def unused(self) -> list[Entry]:
        """List the rows that matched no input, in sidecar order."""
        indexes = (*self.by_url.values(), *self.by_path.values(), *self.by_name.values())
        entries = {id(e): e for e in indexes}
        return [e for key, e in entries.items() if key not in self.used]


def is_url(text: str) -> bool:
    """Tell whether a cell is a web address rather than a file name."""
    return text.strip().lower().startswith(_SCHEMES)


def url_key(url: str) -> str:
    """Fold a web address for matching: lower-case host; no scheme, "www.", fragment, end slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


def _resolve(path: Path) -> Path:
    """Make `path` absolute and normalised for matching, without failing."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def is_sidecar(path: Path) -> bool:
    """Tell whether a file is a sources.csv sidecar."""
    return path.name.lower() == SIDECAR_NAME


def _cell(row: dict[str | None, str | None], column: str) -> str | None:
    """Return a stripped cell value, None when missing or empty."""
    value = row.get(column)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _missing(wanted: str, found: list[str]) -> str:
    """Say which columns a sidecar lacks, which it has, and which it should have."""
    has = ", ".join(name for name in found if name) or "none"
    return f"no {wanted} column (columns are {has}; expected file or url, outlet, published)"


def _rows(text: str) -> tuple[list[dict[str | None, str | None]], str | None]:
    """Read the CSV rows with lower-cased headers, or the problem that stops reading."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        return [], "empty sidecar"
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
    found = reader.fieldnames
    if not any(key in found for key in _KEYS):
        return [], _missing("'file' or 'url'", found)
    if not any(value in found for value in _VALUES):
        return [], _missing("'outlet' or 'published'", found)
    return list(reader), None


def _entry(
    row: dict[str | None, str | None], label: str, number: int
) -> tuple[Entry | None, list[str]]:
    """Make one row an entry, with warnings about cells that cannot be used."""
    url = _cell(row, "url")
    name = _cell(row, "file") or url
    if name is None:
        return None, [f"{label}: row {number} has no file name or url; ignored"]
    published = _cell(row, "published")
    day = first_day(published) if published else None
    warnings = []
    if published and day is None:
        warnings.append(f"{label}: row {number} ({name}): published {published!r} is not a date")
    if url is None and is_url(name):
        url = name
    return Entry(label, name, _cell(row, "outlet"), day, url), warnings


def _read_text(path: Path) -> tuple[str | None, str | None]:
    """Read the sidecar's text, or say why it cannot be read."""
    try:
        return path.read_bytes().decode("utf-8-sig"), None
    except FileNotFoundError:
        return None, "not found"
    except UnicodeDecodeError:
        return None, "not UTF-8 text"
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})"
    except ValueError:
        return None, "not a valid path"


def read_sidecar(path: Path, into: Sidecar) -> list[str]:
    """Add the rows of the sidecar at `path` to `into`; return warnings, never raise."""
    label = str(path)
    text, problem = _read_text(path)
    rows: list[dict[str | None, str | None]] = []
    if text is not None:
        try:
            rows, problem = _rows(text)
        except csv.Error as error:
            problem = f"not a valid CSV file ({error})"
    if problem is not None:
        return [f"{label}: {problem}; sidecar ignored"]
    warnings: list[str] = []
    for number, row in enumerate(rows, start=2):
        entry, found = _entry(row, label, number)
        warnings.extend(found)
        if entry is not None:
            into.add(entry, path.parent)
    return warnings


def read_sidecars(found: Iterable[Path], explicit: Path | None) -> tuple[Sidecar, list[str]]:
    """Read the sidecars found among the inputs, then the one given explicitly, which wins."""
    sidecar = Sidecar()
    warnings: list[str] = []
    for path in (*found, *([explicit] if explicit is not None else [])):
        warnings.extend(read_sidecar(path, sidecar))
    return sidecar, warnings
