"""Read a page's own title, outlet and publication day from its layout."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.ingest.chrome import Layout
from consistency.ingest.credits import page_writer
from consistency.ingest.dates import DATE_PATTERN, WEEKDAY_PATTERN, FoundDate, first_date, first_day
from consistency.ingest.outlets import page_outlet
from consistency.ingest.rules import ChromeRules, Outlets

DATE_LINE = "date line"
BYLINE = "byline"
CAPTION = "photo caption (inferred)"
NONE = "none"
# Byline and dateline lines are short; a longer line under the headline is a caption.
HEADER_LINE_MAX_WORDS = 12
# A caption ends with where and when the photo was taken: "..., Sarnhold, Monday, June 19, 2023."
_CAPTION_DATE = re.compile(
    rf",\s*{WEEKDAY_PATTERN}?({DATE_PATTERN})\s*(?:\([^()]{{0,120}}\))?\s*\.?\s*$"
)


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself: headline, outlet, publication day and where it was read."""

    title: str | None
    #: The outlet that wrote the story: the one a wire credit names, else the carrier.
    outlet: str | None
    published: str | None
    published_from: str
    #: The site that carried the page (its masthead, its footer), when the page names it.
    carrier: str | None = None
    #: The outlet a wire credit names, when one does.
    writer: str | None = None


def _date_line_day(layout: Layout, rules: ChromeRules) -> str | None:
    """Read the day of a scraper's date line at the top of the file."""
    match = rules.date_line.match(layout.text)
    return first_day(match.group(1)) if match else None


def _header_range(layout: Layout) -> range:
    """Return the lines under the headline, down to the second paragraph (the byline area)."""
    start = 0 if layout.title is None else layout.title + 1
    if layout.first_prose is None:
        return range(start, len(layout.lines))
    for i in range(layout.first_prose + 1, len(layout.lines)):
        if layout.is_body(i) and layout.prose[i]:
            return range(start, i)
    return range(start, len(layout.lines))


def _byline_date(layout: Layout) -> FoundDate | None:
    """Read the first date of a short line in the byline area under the headline."""
    for i in _header_range(layout):
        text = layout.contents[i]
        # A sentence here is a caption or a teaser, whose date is not the page's.
        if layout.is_body(i) and layout.prose[i]:
            continue
        if text and layout.words[i] <= HEADER_LINE_MAX_WORDS:
            found = first_date(text)
            if found is not None:
                return found
    return None


def _caption_day(layout: Layout) -> str | None:
    """Read the day a photo caption gives, the last resort for the page's day."""
    for i, line in enumerate(layout.lines):
        if not layout.is_body(i):
            continue
        match = _CAPTION_DATE.search(line.text)
        if match:
            return first_day(match.group(1))
    return None


def page_day(layout: Layout, rules: ChromeRules) -> tuple[str | None, str]:
    """Find the page's publication day and where it was found, in order of trust."""
    # Looked for one place after another: most pages have a date line or a byline date.
    day = _date_line_day(layout, rules)
    if day is not None:
        return day, DATE_LINE
    found = _byline_date(layout)
    if found is not None:
        # "05/04/2026" is read day first; the source says so, to be checked.
        source = f"{BYLINE} ({found.order})" if found.order else BYLINE
        return found.day, source
    day = _caption_day(layout)
    if day is not None:
        return day, CAPTION
    return None, NONE


def read_page(layout: Layout, rules: ChromeRules, known: Outlets) -> PageMeta:
    """Read everything the page says about itself."""
    day, source = page_day(layout, rules)
    carrier = page_outlet(layout, rules, known)
    writer = page_writer(layout, rules, known, carrier)
    return PageMeta(
        title=layout.title_text,
        outlet=writer or carrier,
        published=day,
        published_from=source,
        carrier=carrier,
        writer=writer,
    )
