"""Extract an HTML page's text and metadata offline: trafilatura, with htmldate for the day."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from dataclasses import dataclass
from typing import Any

from consistency.extras import install_hint
from consistency.ingest.lines import is_prose
from consistency.ingest.printed_dates import first_day

HTML_EXTRA = f"HTML input needs the html extra: {install_hint('html')}"
NO_BODY = "no article text found in the HTML page"
#: Where a page's metadata day came from, as the articles table's `published_from` says.
FEED = "feed"
HTML_METADATA = "html metadata"
# How trafilatura asks htmldate for the day. It hands htmldate the parsed page, never a
# string (which htmldate would fetch if it looked like a web address). No extensive search:
# a date found in running text is a guess, not the page's date. Wide bounds on purpose:
# htmldate's own window (1995 to today) would drop a future or very old date silently;
# ingest judges such dates itself and says so.
DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "min_date": dt.datetime(1000, 1, 1),
    "max_date": dt.datetime(9999, 12, 31),
}
# The extractors log parser complaints; they are not the user's business (the page is
# rejected or read), so they get a handler that drops them unless the app sets up logging.
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan")


@dataclass(frozen=True)
class PageHints:
    """What a page's or feed row's own metadata says: headline, site name, day, address."""

    title: str | None
    outlet: str | None
    published: str | None
    url: str | None = None
    #: Where `published` was read: a feed row's column, or the HTML page's metadata.
    published_from: str = HTML_METADATA


def _field(result: Any, name: str) -> str | None:
    """Get a text field of trafilatura's result, which is a dict or an object by version."""
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _module(name: str) -> Any | None:
    """Import an optional module, or return None when it is missing or broken."""
    try:
        return importlib.import_module(name)
    # A broken install fails with other errors than ImportError (e.g. a missing lxml part).
    except Exception:
        return None


def _quiet() -> None:
    """Give the extractors' loggers a handler, so Python does not print their warnings."""
    for name in _QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _day(text: str | None) -> str | None:
    """The ISO day of a date trafilatura found, or None."""
    return first_day(text) if text else None


def extract_html(html: str) -> tuple[str, PageHints] | str:
    """Extract the main text and metadata of an HTML page, or say why it cannot be read."""
    module = _module("trafilatura")
    if module is None:
        return HTML_EXTRA
    _quiet()
    try:
        result = module.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(DATE_PARAMS),
        )
    # The parser is third-party code fed with user input; any failure is a rejection.
    except Exception as error:
        return f"HTML page could not be parsed ({type(error).__name__})"
    text = _field(result, "text") if result is not None else None
    # Menus and link lists alone are no article: it needs at least one paragraph.
    if text is None or not any(is_prose(line.strip()) for line in text.splitlines()):
        return NO_BODY
    hints = PageHints(
        title=_field(result, "title"),
        outlet=_field(result, "sitename"),
        published=_day(_field(result, "date")),
        url=_field(result, "url"),
    )
    return text, hints
