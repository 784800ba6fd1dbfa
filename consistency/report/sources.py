"""Where articles came from, as the reports name and link them: files, and feed rows' urls."""

from __future__ import annotations

import os
from functools import cache, lru_cache, partial
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

#: The installed package; files shipped in it (the demo corpus) are named from its parent.
PACKAGE = Path(__file__).resolve().parents[1]


def display_source(source: str) -> str:
    """Name a source as the user gave it; a file shipped in the package from its parent folder."""
    path = Path(source)
    if not path.is_absolute():
        return source
    # The demo corpus reads `consistency/demo_corpus/...` wherever the package is installed:
    # the committed example report then matches any fresh run. Nothing else is renamed.
    resolved = cache(partial(resolved_file, path))  # once, not per candidate: it asks the disk
    for candidate in (path, resolved()):
        inside = _inside(candidate, PACKAGE)
        if inside is not None:
            return f"{PACKAGE.name}/{inside}"
    return source


def display_text(text: str) -> str:
    """A warning or reason with the package's files named as `display_source` names them."""
    prefix = f"{PACKAGE}{os.sep}"
    return text.replace(prefix, f"{PACKAGE.name}/") if prefix in text else text


def _inside(path: Path, base: Path) -> str | None:
    """`path` relative to `base` as posix text; None when it is not inside."""
    # Asked per folder, not per file: four pathlib walks per article were seconds at 50k.
    if path.name == base.name and path == base:
        return "."
    folder = _folder_inside(path.parent, base)
    if folder is None:
        return None
    return path.name if folder == "." else f"{folder}/{path.name}"


@lru_cache(maxsize=1024)
def _folder_inside(folder: Path, base: Path) -> str | None:
    """`folder` relative to `base` as posix text; None when it is not inside."""
    return folder.relative_to(base).as_posix() if folder.is_relative_to(base) else None


def resolved_file(path: Path) -> Path:
    """The file's absolute path with symlinks resolved, its folder resolved once per run."""
    # A corpus is thousands of files in a few folders: resolving each file's whole path
    # asked the file system for every folder on it again (seconds at 50k articles).
    if path.is_symlink():
        return path.resolve()
    # Keyed by the absolute folder: a relative one would name another folder after a chdir.
    path = path.absolute()
    return _resolved_folder(path.parent) / path.name


@lru_cache(maxsize=1024)
def _resolved_folder(folder: Path) -> Path:
    """A folder's absolute path with symlinks resolved."""
    return folder.resolve()


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
        relative = os.path.relpath(resolved_file(found), _resolved_folder(report_dir.absolute()))
    except ValueError:  # another drive on Windows: no relative path exists
        return resolved_file(found).as_uri()
    return quote(Path(relative).as_posix())


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
    """Map each article read from a feed row with a url to that url, by article id."""
    # Ingest keeps each row's url, so no feed is read again here.
    return {
        article_id: url
        for article_id, url in zip(
            articles["article_id"].tolist(), articles["url"].tolist(), strict=True
        )
        if isinstance(url, str) and url
    }
