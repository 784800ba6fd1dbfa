"""Extract an article's text and metadata from an HTML page with trafilatura, when installed."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from consistency.ingest.dates import first_day

HTML_EXTRA = "HTML input needs the html extra: pip install consistency[html]"


@dataclass(frozen=True)
class PageHints:
    """What an HTML page's metadata says: headline, site name, publication day."""

    title: str | None
    outlet: str | None
    published: str | None


def _field(result: Any, name: str) -> str | None:
    """Get a text field of trafilatura's result, which is a dict or an object by version."""
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _trafilatura() -> Any | None:
    """Import trafilatura, or return None when it is missing or broken."""
    try:
        return importlib.import_module("trafilatura")
    # A broken install fails with other errors than ImportError (e.g. a missing lxml part).
    except Exception:
        return None


def extract_html(html: str) -> tuple[str, PageHints] | str:
    """Extract the main text and metadata of an HTML page, or say why it cannot be read."""
    module = _trafilatura()
    if module is None:
        return HTML_EXTRA
    try:
        result = module.bare_extraction(html, with_metadata=True)
    # The parser is third-party code fed with user input; any failure is a rejection.
    except Exception as error:
        return f"HTML page could not be parsed ({type(error).__name__})"
    text = _field(result, "text") if result is not None else None
    if text is None:
        return "no article text found in the HTML page"
    date = _field(result, "date")
    hints = PageHints(
        title=_field(result, "title"),
        outlet=_field(result, "sitename"),
        published=first_day(date) if date else None,
    )
    return text, hints
