"""Read sources.csv sidecars (columns file, outlet, published) that override what pages say."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from consistency.ingest.dates import first_day

SIDECAR_NAME = "sources.csv"
_COLUMNS = ("file", "outlet", "published")


@dataclass(frozen=True)
class Entry:
    """One sidecar row: the outlet and day it gives a file (None where the cell is empty)."""

    sidecar: str
    file: str
    outlet: str | None
    published: str | None


@dataclass
class Sidecar:
    """Sidecar rows indexed by resolved path and by file name; remembers which were used."""

    by_path: dict[Path, Entry] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    def add(self, entry: Entry, folder: Path) -> None:
        """Index a row by the paths its file cell may mean and by its file name."""
        named = Path(entry.file)
        # A path may be written relative to the sidecar's folder or to where the user is.
        self.by_path[_resolve(folder / named)] = entry
        self.by_path.setdefault(_resolve(named), entry)
        self.by_name[named.name] = entry

    def lookup(self, path: Path) -> Entry | None:
        """Find the row for the file at `path`: by path first, else by file name."""
        entry = self.by_path.get(_resolve(path)) or self.by_name.get(path.name)
        if entry is not None:
            self.used.add(id(entry))
        return entry

    def unused(self) -> list[Entry]:
        """List the rows that matched no input file, in sidecar order."""
        entries = {id(e): e for e in (*self.by_path.values(), *self.by_name.values())}
        return [e for key, e in entries.items() if key not in self.used]


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


def _rows(text: str) -> tuple[list[dict[str | None, str | None]], str | None]:
    """Read the CSV rows with lower-cased headers, or the problem that stops reading."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        return [], "empty sidecar"
    reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
    if "file" not in reader.fieldnames:
        return [], f"no 'file' column (columns are {', '.join(_COLUMNS)})"
    return list(reader), None


def _entry(
    row: dict[str | None, str | None], label: str, number: int
) -> tuple[Entry | None, list[str]]:
    """Make one row an entry, with warnings about cells that cannot be used."""
    name = _cell(row, "file")
    if name is None:
        return None, [f"{label}: row {number} has no file name; ignored"]
    published = _cell(row, "published")
    day = first_day(published) if published else None
    warnings = []
    if published and day is None:
        warnings.append(f"{label}: row {number} ({name}): published {published!r} is not a date")
    return Entry(label, name, _cell(row, "outlet"), day), warnings


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
    label = path.name
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
