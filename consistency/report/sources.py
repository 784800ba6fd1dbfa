"""Where articles came from, as the reports name and link them: files, and feed rows' urls."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

from consistency.ingest.feeds import CSV_SUFFIXES, JSONL_SUFFIXES
from consistency.ingest.inputs import Document, Reading
from consistency.ingest.reader import DEFAULT_MAX_BYTES, read_path

#: The installed package; files shipped in it (the demo corpus) are named from its parent.
PACKAGE = Path(__file__).resolve().parents[1]
#: The files ingest reads as feeds, one article per row.
FEED_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES


def display_source(source: str) -> str:
    """Name a source relative to the current folder when it is inside it, else as given."""
    path = Path(source)
    if not path.is_absolute():
        return source
    # The package comes first so the demo corpus reads `consistency/demo_corpus/...` wherever
    # the package is installed: the committed example report then matches any fresh run.
    resolved = cache(path.resolve)  # once, not per base: it asks the file system
    for base in (PACKAGE, Path.cwd()):
        for candidate in (path, resolved()):
            if candidate.is_relative_to(base):
                inside = candidate.relative_to(base).as_posix()
                return f"{PACKAGE.name}/{inside}" if base == PACKAGE else inside
    return source


def locate_source(source: str) -> Path | None:
    """Find the file a displayed source names: as given, from here, or inside the package."""
    path = Path(source)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, PACKAGE.parent / path]
    return next((c for c in candidates if c.is_file()), None)


def source_href(source: str, report_dir: Path) -> str | None:
    """A link from a report in `report_dir` to the source file; None when it cannot be found."""
    found = locate_source(source)
    if found is None:
        return None
    try:
        relative = os.path.relpath(found.resolve(), report_dir.resolve())
    except ValueError:  # another drive on Windows: no relative path exists
        return found.resolve().as_uri()
    return quote(Path(relative).as_posix())


#: A feed row's source: the feed's path, a colon and the row's number.
_FEED_ROW = re.compile(r"^(?P<path>.+):(?P<row>\d+)$")
#: Schemes a feed row's url may be linked with; any other is shown as text, never followed.
WEB_SCHEMES = frozenset({"http", "https"})


def web_href(url: str) -> str | None:
    """The url when it is a plain http(s) address safe to link to, else None."""
    # Browsers drop whitespace and control characters from a link, which can hide a scheme.
    if not url or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def feed_urls(articles: pd.DataFrame) -> dict[str, str]:
    """Map each article read from a feed row with a url to that url, by article id.

    The articles table keeps no url, so each feed is read again; a row counts only when its
    id (the hash of its text and source) is still the article's, so an edited feed gives none.
    """
    sources = dict(zip(articles["article_id"].tolist(), articles["source"].tolist(), strict=True))
    urls: dict[str, str] = {}
    for feed in _feeds(sources.values()):
        for document in _rows(feed):
            url = document.hints.url if document.hints is not None else None
            if url and document.article_id in sources:
                urls[document.article_id] = url
    return urls


def _feeds(sources: Iterable[str]) -> list[Path]:
    """The feed files that articles' sources name by row, where they still exist."""
    named = {m["path"] for s in sources if (m := _FEED_ROW.match(s))}
    paths = (Path(name) for name in sorted(named))
    return [p for p in paths if p.suffix.lower() in FEED_SUFFIXES and p.is_file()]


def _rows(feed: Path) -> list[Document]:
    """The rows of a feed as ingest reads them (with their metadata)."""
    reading = Reading()
    # The file was read once already: its size is no reason to refuse it now.
    read_path(feed, max(DEFAULT_MAX_BYTES, feed.stat().st_size), reading)
    return [d for d in reading.documents if d.row is not None]
