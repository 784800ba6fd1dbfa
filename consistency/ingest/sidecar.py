"""Read sources.csv sidecars (file or url, outlet, published) that override what pages say."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from consistency.defaults import STDIN
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
    #: The row's number in its file, the header being row 1 (as a spreadsheet shows it).
    row: int = 0


@dataclass(frozen=True)
class _Row:
    """A row's entry with where its sidecar is, for matching it to the input files."""

    entry: Entry
    #: The sidecar's folder: a file cell is a path relative to it.
    folder: Path
    #: Given with --sidecar (it wins over one found among the inputs, and names any input).
    explicit: bool


# How sure a match is, higher wins: a path beats a bare name, a --sidecar row a found one.
_BY_NAME, _BY_PATH = 0, 1


@dataclass
class Sidecar:
    """Sidecar rows, matched to the input files by path (see bind); remembers which were used.

    A file cell is a path relative to the sidecar's folder, or, for a --sidecar file, also as
    given (relative to where the command runs, or absolute). A bare file name ("story.txt")
    that names no file beside the sidecar matches the one input file of that name under the
    sidecar's folder (any input, for a --sidecar file); several such files make the row
    ambiguous, applied to none, with a warning. A cell with a folder part is never matched by
    its name alone, so "../../elsewhere/story.txt" relabels no "a/story.txt".
    """

    rows: list[_Row] = field(default_factory=list)
    by_url: dict[str, Entry] = field(default_factory=dict)
    #: The row for each input file (the path as walked), once bound to the inputs.
    by_file: dict[Path, Entry] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    def add(self, entry: Entry, folder: Path, explicit: bool = False) -> None:
        """Keep a row: by its web address, and for binding its file cell to the inputs."""
        if entry.url is not None:
            self.by_url[url_key(entry.url)] = entry
        if not is_url(entry.file):
            self.rows.append(_Row(entry, folder, explicit))

    def bind(self, files: Iterable[Path]) -> list[str]:
        """Match each row's file cell to the input files (paths as walked); return warnings."""
        inputs = [path for path in files if str(path) != STDIN]
        if not self.rows or not inputs:
            return []
        real = {path: _resolve(path) for path in inputs}
        by_real: dict[Path, list[Path]] = {}
        by_name: dict[str, list[Path]] = {}
        for path in inputs:
            by_real.setdefault(real[path], []).append(path)
            by_name.setdefault(path.name, []).append(path)
        best: dict[Path, tuple[tuple[bool, int, int], Entry]] = {}
        warnings: list[str] = []
        for order, row in enumerate(self.rows):
            matched, how, warning = _match(row, real, by_real, by_name)
            if warning is not None:
                warnings.append(warning)
                self.used.add(id(row.entry))  # said once: not also "no input file matches"
            for path in matched:
                rank = (row.explicit, how, order)
                if path not in best or best[path][0] < rank:
                    best[path] = (rank, row.entry)
        self.by_file = {path: entry for path, (_, entry) in best.items()}
        return warnings

    def lookup(self, path: Path, url: str | None = None) -> Entry | None:
        """Find the row for an article: by web address, else by its file (see bind)."""
        entry = self.by_url.get(url_key(url)) if url else None
        entry = entry or self.by_file.get(path)
        if entry is not None:
            self.used.add(id(entry))
        return entry

    def unused(self) -> list[Entry]:
        """List the rows that matched no input, in sidecar order."""
        indexes = (*self.by_url.values(), *(row.entry for row in self.rows))
        entries = {id(e): e for e in indexes}
        return [e for key, e in entries.items() if key not in self.used]


def _match(
    row: _Row,
    real: dict[Path, Path],
    by_real: dict[Path, list[Path]],
    by_name: dict[str, list[Path]],
) -> tuple[list[Path], int, str | None]:
    """The input files a row names, how (path or name), and a warning when it is ambiguous."""
    entry, cell = row.entry, Path(row.entry.file)
    label = f"{entry.sidecar}: row {entry.row} ({entry.file!r})"
    beside = _resolve(row.folder / cell)
    # Where the command runs is known to a --sidecar's writer, not to a file inside a corpus.
    given = _resolve(cell) if row.explicit else beside
    if beside in by_real and given != beside and given in by_real:
        others = ", ".join(map(str, by_real[given]))
        return (
            by_real[beside],
            _BY_PATH,
            (
                f"{label} names {by_real[beside][0]} beside the sidecar and {others} from the "
                "current folder; used for the one beside the sidecar"
            ),
        )
    for path in (beside, given):
        if path in by_real:
            return by_real[path], _BY_PATH, None
    if len(cell.parts) != 1 or cell.name in ("", ".", ".."):
        return [], _BY_PATH, None  # a path that names no input: never matched by its name
    folder = _resolve(row.folder)
    candidates = [
        path
        for path in by_name.get(cell.name, [])
        if row.explicit or row.folder in path.parents or folder in real[path].parents
    ]
    if len(candidates) > 1:
        listed = ", ".join(map(str, candidates[:3])) + (", ..." if len(candidates) > 3 else "")
        return (
            [],
            _BY_NAME,
            (
                f"{label} matches {len(candidates):,} input files by name ({listed}); applied to "
                "none: give the file's path relative to the sidecar"
            ),
        )
    return candidates, _BY_NAME, None


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
    return Entry(label, name, _cell(row, "outlet"), day, url, number), warnings


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


def read_sidecar(path: Path, into: Sidecar, explicit: bool = False) -> list[str]:
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
            into.add(entry, path.parent, explicit)
    return warnings


def read_sidecars(
    found: Iterable[Path], explicit: Path | None, files: Iterable[Path] = ()
) -> tuple[Sidecar, list[str]]:
    """Read the sidecars found among the inputs, then the one given explicitly, which wins.

    `files` are the input files (paths as walked) the rows are matched to (see Sidecar).
    """
    sidecar = Sidecar()
    warnings: list[str] = []
    for path in found:
        warnings.extend(read_sidecar(path, sidecar))
    if explicit is not None:
        warnings.extend(read_sidecar(explicit, sidecar, explicit=True))
    warnings.extend(sidecar.bind(files))
    return sidecar, warnings
