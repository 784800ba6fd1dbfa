"""Make one article row from a read document: its own metadata, the sidecar over it, options."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from consistency.ingest.bodies import chrome_spans
from consistency.ingest.chrome import Layout, read_layout
from consistency.ingest.chrome_rules import ChromeRules, Outlets
from consistency.ingest.front_matter import front_matter_hints
from consistency.ingest.html_text import PageHints
from consistency.ingest.inputs import Document
from consistency.ingest.metadata import (
    CAPTION,
    NONE,
    PageMeta,
    read_page,
)
from consistency.ingest.printed_dates import date_problem, first_day
from consistency.ingest.sidecar import Entry
from consistency.ingest.years import OTHER_ORDER, YEARLESS
from consistency.knowledge import fold

PAGE = "page"
SIDECAR = "sidecar"
OPTION = "option"
UNKNOWN = "unknown"
UNANCHORED = "relative dates stay unanchored"


@dataclass(frozen=True)
class Options:
    """The user's fallbacks for pages that name no outlet or day, and the day it is today."""

    outlet: str | None = None
    published: str | None = None
    today: dt.date = field(default_factory=dt.date.today)


def read_options(
    outlet: str | None, published: str | None, today: dt.date | None = None
) -> tuple[Options, list[str]]:
    """Check the outlet and published options; a day that is no date, or absurd, is dropped."""
    today = today or dt.date.today()
    outlet = (outlet.strip() or None) if outlet else None
    if not published or not published.strip():
        return Options(outlet, None, today), []
    day = first_day(published)
    if day is None:
        warning = f"published option {published!r} is not a date; ignored"
        return Options(outlet, None, today), [warning]
    problem = date_problem(day, today)
    if problem is not None:
        return Options(outlet, None, today), [f"published option {day} {problem}; ignored"]
    return Options(outlet, day, today), []


def _host(url: str | None) -> str | None:
    """The host of a web address without "www.", or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _hint_outlet(hints: PageHints, known: Outlets) -> str | None:
    """The outlet a page's metadata names: its site name, else its web address's site."""
    if hints.outlet:
        return known.canonical(hints.outlet) or hints.outlet
    host = _host(hints.url)
    return (known.for_host(host) or host) if host else None


def _with_hints(page: PageMeta, hints: PageHints | None, known: Outlets) -> PageMeta:
    """Page metadata with an HTML page's or feed row's own metadata taking precedence."""
    if hints is None:
        return page
    site = _hint_outlet(hints, known)
    carrier = site or page.carrier
    page = replace(
        page,
        title=hints.title or page.title,
        outlet=page.writer or site or page.outlet,
        carrier=carrier,
    )
    if hints.published is not None:
        page = replace(page, published=hints.published, published_from=hints.published_from)
    return page


def _trusted(
    name: str, page: PageMeta, entry: Entry | None, today: dt.date
) -> tuple[PageMeta, Entry | None, list[str]]:
    """Drop publication days in the future or before 1900, from the page and the sidecar."""
    warnings: list[str] = []
    if page.published is not None:
        problem = date_problem(page.published, today)
        if problem is not None:
            warnings.append(
                f"{name}: publication date {page.published} on the page {problem}; ignored"
            )
            page = replace(page, published=None, published_from=NONE)
    if entry is not None and entry.published is not None:
        problem = date_problem(entry.published, today)
        if problem is not None:
            warnings.append(
                f"{name}: publication date {entry.published} in {entry.sidecar} {problem}; ignored"
            )
            entry = replace(entry, published=None)
    return page, entry, warnings


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
    # The file's own name, not its path: an outlet's name is evidence a review rests on, and
    # must not change with the folder the check runs in.
    unknown = f"unknown ({PurePath(name).name})"
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
    if page.yearless is not None:
        # Its year is placed once the corpus's other days are known (years.place_years).
        return None, page.published_from, []
    return None, NONE, [f"{name}: no publication date found; {UNANCHORED}"]


def headline_span(layout: Layout, title: str | None) -> tuple[int, int] | None:
    """The span from the top to the line repeating the headline, above the first paragraph.

    An extractor's text may start with a kicker above the headline: chrome, as on a
    plain-text page. The headline itself is content (only what is above it is returned).
    """
    if not title:
        return None
    wanted = fold(title)
    for i, text in enumerate(layout.contents):
        if fold(text) == wanted:
            return (0, layout.lines[i].start)
        if layout.is_body(i) and layout.prose[i]:
            return None
    return None


def _chrome(layout: Layout, hints: PageHints | None) -> str:
    """The layout's chrome spans, with the repeated headline of an extracted page too."""
    span = headline_span(layout, hints.title) if hints is not None else None
    return chrome_spans(layout.text, layout.spans if span is None else [*layout.spans, span])


def _day_warnings(dropped: list[str], day: str | None, found: list[str]) -> list[str]:
    """One line per problem: a dropped day that leaves none says so itself."""
    if not dropped or day is not None:
        return [*dropped, *found]
    return [*dropped[:-1], f"{dropped[-1]}; {UNANCHORED}"]


def _feed_url(document: Document) -> str | None:
    """The url a feed row gives, as written; None for a whole file or a row without one."""
    # An HTML page's metadata address is not kept: the reports link a page to its own file.
    if document.row is None or document.hints is None:
        return None
    return document.hints.url or None


def _carrier(outlet: str, carrier: str | None) -> str | None:
    """The site that carried the article when it is not the outlet itself; None otherwise."""
    if carrier is None or fold(carrier) == fold(outlet):
        return None
    return carrier


def build_article(
    document: Document,
    entry: Entry | None,
    options: Options,
    rules: ChromeRules,
    known: Outlets,
) -> tuple[dict[str, Any], list[str]]:
    """Build the article row for a read document, with warnings about what it lacks."""
    name = document.name
    layout = read_layout(document.text, rules, header=document.hints is None)
    # A markdown page's front matter is its own metadata, as an HTML page's meta tags are.
    hints = document.hints or front_matter_hints(document.text)
    page = _with_hints(read_page(layout, rules, known), hints, known)
    page, entry, dropped = _trusted(name, page, entry, options.today)
    outlet, outlet_from, outlet_warnings = choose_outlet(name, page, entry, options)
    day, day_from, day_warnings = choose_day(name, page, entry, options)
    row: dict[str, Any] = {
        "article_id": document.article_id,
        "source": document.source,
        "url": _feed_url(document),
        "outlet": outlet,
        "outlet_from": outlet_from,
        "carrier": _carrier(outlet, page.carrier),
        "title": page.title,
        "published": day,
        "published_from": day_from,
        "raw_text": document.text,
        "chrome": _chrome(layout, document.hints),
    }
    if day is None and page.yearless is not None and day_from != NONE:
        row[YEARLESS] = (page.yearless, name)
    if day is not None and day_from == page.published_from and page.other_order:
        row[OTHER_ORDER] = (page.other_order, name)
    if day is not None and day_from == page.published_from and page.zone:
        day_warnings.append(
            f"{name}: publication date {day} read as the page prints it, in {page.zone}; "
            "a day's events may fall on another date where they happened"
        )
    return row, [*outlet_warnings, *_day_warnings(dropped, day, day_warnings)]
