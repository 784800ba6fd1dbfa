"""Make one article row from a read file: page metadata, then the sidecar over it, then options."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from consistency.ingest.chrome import read_layout
from consistency.ingest.dates import first_day
from consistency.ingest.html import PageHints
from consistency.ingest.metadata import BYLINE, CAPTION, NONE, PageMeta, read_page
from consistency.ingest.reader import Document
from consistency.ingest.rules import ChromeRules, Outlets
from consistency.ingest.sidecar import Entry

PAGE = "page"
SIDECAR = "sidecar"
OPTION = "option"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Options:
    """The user's fallbacks for pages that name no outlet or day."""

    outlet: str | None = None
    published: str | None = None


def read_options(outlet: str | None, published: str | None) -> tuple[Options, list[str]]:
    """Check the outlet and published options; a day that is no date is dropped with a warning."""
    outlet = (outlet.strip() or None) if outlet else None
    if not published or not published.strip():
        return Options(outlet, None), []
    day = first_day(published)
    if day is None:
        return Options(outlet, None), [f"published option {published!r} is not a date; ignored"]
    return Options(outlet, day), []


def article_id(data: bytes) -> str:
    """Return the article's stable id: the first 16 hex digits of the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def _with_hints(page: PageMeta, hints: PageHints | None) -> PageMeta:
    """Page metadata with an HTML page's own metadata taking precedence."""
    if hints is None:
        return page
    page = replace(page, title=hints.title or page.title, outlet=hints.outlet or page.outlet)
    if hints.published is not None:
        page = replace(page, published=hints.published, published_from=BYLINE)
    return page


def choose_outlet(
    name: str, page: PageMeta, entry: Entry | None, options: Options
) -> tuple[str, str, list[str]]:
    """Choose the outlet and say where it came from: sidecar, else page, else option."""
    if entry is not None and entry.outlet:
        warnings = []
        if page.outlet and page.outlet != entry.outlet:
            warnings.append(
                f"{name}: {entry.sidecar} says outlet {entry.outlet!r}, the page says "
                f"{page.outlet!r}; using {entry.sidecar}"
            )
        return entry.outlet, SIDECAR, warnings
    if page.outlet:
        return page.outlet, PAGE, []
    if options.outlet:
        return options.outlet, OPTION, []
    unknown = f"unknown ({name})"
    return unknown, UNKNOWN, [f"{name}: no outlet found; counted as its own source {unknown!r}"]


def choose_day(
    name: str, page: PageMeta, entry: Entry | None, options: Options
) -> tuple[str | None, str, list[str]]:
    """Choose the publication day and say where it came from: sidecar, else page, else option."""
    if entry is not None and entry.published:
        warnings = []
        if page.published and page.published != entry.published:
            warnings.append(
                f"{name}: {entry.sidecar} says published {entry.published}, the page says "
                f"{page.published} ({page.published_from}); using {entry.sidecar}"
            )
        return entry.published, SIDECAR, warnings
    if page.published_from == CAPTION and page.published:
        return (
            page.published,
            CAPTION,
            [f"{name}: publication date {page.published} inferred from a photo caption; check it"],
        )
    if page.published:
        return page.published, page.published_from, []
    if options.published:
        return options.published, OPTION, []
    return None, NONE, [f"{name}: no publication date found; relative dates stay unanchored"]


def build_article(
    document: Document,
    identity: str,
    entry: Entry | None,
    options: Options,
    rules: ChromeRules,
    known: Outlets,
) -> tuple[dict[str, Any], list[str]]:
    """Build the article row for a read file, with warnings about what it lacks."""
    name = document.path.name
    layout = read_layout(document.text, rules, header=document.hints is None)
    page = _with_hints(read_page(layout, rules, known), document.hints)
    outlet, outlet_from, outlet_warnings = choose_outlet(name, page, entry, options)
    day, day_from, day_warnings = choose_day(name, page, entry, options)
    row = {
        "article_id": identity,
        "source": str(document.path),
        "outlet": outlet,
        "outlet_from": outlet_from,
        "title": page.title,
        "published": day,
        "published_from": day_from,
        "raw_text": document.text,
        "body": layout.body,
    }
    return row, [*outlet_warnings, *day_warnings]
