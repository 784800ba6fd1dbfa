"""Read a page's own title, outlet and publication day from its layout."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from consistency.ingest.chrome import (
    ABOVE_TITLE,
    BOX,
    COUNTER,
    EDITION,
    HEADER_KINDS,
    LIST,
    MENU,
    NAV,
    TAIL,
    TICKER,
    Layout,
    classify,
)
from consistency.ingest.chrome_rules import ChromeRules, Outlets
from consistency.ingest.credits import page_writer
from consistency.ingest.outlets import page_outlet
from consistency.ingest.printed_dates import (
    DATE_PATTERN,
    WEEKDAY_PATTERN,
    DayOfYear,
    FoundDate,
    address_day,
    find_dates,
    first_date,
    first_day,
    first_yearless,
)

DATE_LINE = "date line"
BYLINE = "byline"
DATELINE = "dateline"
ABOVE_HEADLINE = "above the headline"
WEB_ADDRESS = "web address"
CAPTION = "photo caption (inferred)"
#: Added to the source of a day printed without its year, read in the year of the others.
YEAR_INFERRED = "year inferred"
NONE = "none"
# Byline and dateline lines are short; a longer line under the headline is a caption.
HEADER_LINE_MAX_WORDS = 12
# A date printed above the headline stands alone on its line, or nearly ("Daily Mail 21 Mar").
ABOVE_LINE_MAX_WORDS = 6
# A caption is a sentence: a shorter line ending with a date is a stamp or a list entry.
CAPTION_MIN_WORDS = 6
# A dateline opens one of the first paragraphs of the story.
DATELINE_PARAGRAPHS = 3
# A caption ends with where and when the photo was taken: "..., Sarnhold, Monday, June 19, 2023."
# or "... in Velm on June 19, 2023. (Agency)".
_CAPTION_DATE = re.compile(
    rf"(?:,|\bon)\s*{WEEKDAY_PATTERN}?({DATE_PATTERN})\s*\.?\s*(?:\([^()]{{0,120}}\))?\s*\.?\s*$"
)
# A time zone after a time: "09:15 JST", "06:07 pm PT", "15.34 EDT".
_ZONE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?P<zone>(?-i:[A-Z]{2,4}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2}))\b",
    re.IGNORECASE,
)
# Lines that are a date with its labels, by their own text: a timestamp, an edition's line.
_DATED = frozenset({COUNTER, EDITION})
# Header lines by their own text: a byline, a counter or timestamp, an edition's line.
_HEADER = HEADER_KINDS | {EDITION}
# Where other stories stand, with their links.
_OTHER_STORIES = frozenset({BOX, LIST, TICKER})
# Where another story's date or the site's frame stands: never the page's day.
_ELSEWHERE = frozenset({TAIL, BOX, LIST, TICKER, NAV, MENU})


@dataclass(frozen=True)
class DayRead:
    """A page's publication day, where it was read, and what a reader should check."""

    day: str | None
    source: str
    #: A day printed without its year, for the corpus's other days to place.
    yearless: DayOfYear | None = None
    #: The time zone the page prints with the time, when it does.
    zone: str | None = None
    #: A numeric day read day first ("03/04/2031"): the day it names read month first.
    other_order: str | None = None


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
    #: A publication day printed without its year (`published` is then None).
    yearless: DayOfYear | None = None
    #: The time zone the byline prints with its time.
    zone: str | None = None
    #: A numeric day read day first: the day it names read month first, for the corpus to settle.
    other_order: str | None = None


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


def _header_lines(layout: Layout) -> Iterator[int]:
    """The short lines of the byline area: no sentence (a caption, a teaser), no box or list."""
    for i in _header_range(layout):
        if layout.kinds[i] in _ELSEWHERE or (layout.is_body(i) and layout.prose[i]):
            continue
        # A line the chrome rules read as a byline or an edition's line is one however long
        # ("By Ana Lind | 6 March 2031 19:05 CST (01:05 GMT 7 March)").
        short = layout.words[i] <= HEADER_LINE_MAX_WORDS or layout.kinds[i] in _HEADER
        if layout.contents[i] and short:
            yield i


def _labelled(label: re.Pattern[str] | None, text: str, found: FoundDate) -> bool:
    """Tell whether the date `found` in `text` comes right after a label of this kind."""
    return label is not None and label.search(text, 0, found.end) is not None


def _byline_date(layout: Layout, rules: ChromeRules) -> tuple[FoundDate, str] | None:
    """Read the first date of a short line in the byline area under the headline.

    A date labelled as an update gives way to one labelled as the publication printed after
    it ("Updated: 8 Mar 2031 | Published: 7 Mar 2031"): the page's day is when it ran.
    """
    first: tuple[FoundDate, str] | None = None
    for i in _header_lines(layout):
        text = layout.contents[i]
        found = first_date(text)
        if found is None:
            continue
        if first is None:
            if not _labelled(rules.update_label, text, found):
                return found, text
            first = (found, text)
        for later in find_dates(text):
            if _labelled(rules.publication_label, text, later):
                return later, text
    return first


def _title_line_date(layout: Layout, rules: ChromeRules) -> FoundDate | None:
    """The date of a byline or date line that the layout took for the headline, if it is one.

    The last short line above the first paragraph is read as the headline; on pages whose
    headline stands higher, that line is the byline ("Posted by Ana Lind on 10 November
    2031", "Tuesday 10 November 2031 | All times CET"). A line is one when its date opens it
    (after a weekday), a publication label comes before the date, or "|" parts its items.
    """
    if layout.title is None:
        return None
    text = layout.contents[layout.title]
    found = first_date(text)
    if found is None or layout.words[layout.title] > HEADER_LINE_MAX_WORDS + 4:
        return None
    before = text[: found.start]
    opens = re.fullmatch(rf"\s*{WEEKDAY_PATTERN}?\s*", before) is not None
    signed = _SIGNED.search(before) is not None
    return found if opens or signed or "|" in text else None


# "Posted by Ana Lind on", "By Ana Lind |": a writer's name signs the line.
_SIGNED = re.compile(r"(?i:\bby)\s+[A-Z]")


def _above_lines(layout: Layout) -> Iterator[int]:
    """The short lines above the headline: a masthead's date, a stamp glued to a kicker."""
    for i in range(0 if layout.title is None else layout.title):
        if layout.kinds[i] == ABOVE_TITLE and layout.contents[i]:
            yield i


def _above_date(layout: Layout, rules: ChromeRules) -> str | None:
    """Read an edition's date above the headline: alone on a short line, or with its labels."""
    for i in _above_lines(layout):
        text = layout.contents[i]
        # "PRINT EDITION | Tuesday 4 March 2031 | Page 7": longer, but only labels and a date.
        # "PRINT EDITION - Wednesday 11 March 2031 - page 6", "Edition of 11 March 2031 | No. 12".
        labelled = any(_labels(p).search(text) for p in rules.edition_labels.patterns)
        if (
            layout.words[i] <= ABOVE_LINE_MAX_WORDS
            or labelled
            or classify(text, text, rules) in _DATED
        ):
            found = first_date(layout.contents[i])
            if found is not None:
                return found.day
    return None


@cache
def _labels(label: re.Pattern[str]) -> re.Pattern[str]:
    """An edition label's pattern found as whole words anywhere in a line."""
    return re.compile(rf"\b(?:{label.pattern})\b", label.flags)


def _address_day(layout: Layout, rules: ChromeRules) -> str | None:
    """The day in the page's own web address ("https://site/2031/03/07/slug"), if any.

    A bare address counts above the first paragraph (over the headline, in the byline area); a
    labelled one ("Source URL: ...") anywhere but in boxes and lists of other stories.
    """
    if rules.address_line is None:
        return None
    # Above the first paragraph: the headline, the lines over it and the byline area.
    top = len(layout.contents) if layout.first_prose is None else layout.first_prose
    for i, text in enumerate(layout.contents):
        if "/" not in text or layout.kinds[i] in _OTHER_STORIES:
            continue
        match = rules.address_line.fullmatch(text)
        if match is None or (match.group("label") is None and i >= top):
            continue
        day = address_day(match.group("url"))
        if day is not None:
            return day
    return None


def _first_paragraphs(layout: Layout) -> Iterator[str]:
    """The first few kept lines of the story, where a dateline stands."""
    start = 0 if layout.title is None else layout.title + 1
    taken = 0
    for i in range(start, len(layout.lines)):
        if layout.is_body(i) and layout.contents[i]:
            yield layout.contents[i]
            taken += 1
            if taken >= DATELINE_PARAGRAPHS:
                return


def _dateline(layout: Layout, rules: ChromeRules) -> tuple[str | None, DayOfYear | None]:
    """The day of the story's dateline ("VELM, Nov 16, 2023 (AFP) -"), or its day of year."""
    if rules.dateline is None:
        return None, None
    for text in _first_paragraphs(layout):
        match = rules.dateline.match(text)
        if match is not None:
            printed = match.group("date")
            found = first_date(printed)
            return (found.day, None) if found else (None, first_yearless(printed))
    return None, None


def _yearless_stamp(layout: Layout) -> DayOfYear | None:
    """A stamp without a year on a short line under, on or above the headline ("06/17 06:11")."""
    # A stamp may be glued to the headline itself ("Talks end06/17 06:11").
    title = [] if layout.title is None else [layout.title]
    for i in [*_header_lines(layout), *title, *_above_lines(layout)]:
        if layout.words[i] <= HEADER_LINE_MAX_WORDS:
            found = first_yearless(layout.contents[i])
            if found is not None:
                return found
    return None


def _caption_text(text: str, rules: ChromeRules) -> str:
    """A caption without the photo credit at its end."""
    for pattern in rules.credit_patterns:
        match = pattern.search(text)
        if match is not None:
            text = text[: match.start()]
    return text


def _caption_day(layout: Layout, rules: ChromeRules) -> str | None:
    """Read the day a photo caption gives, the last resort for the page's day."""
    for i, line in enumerate(layout.lines):
        # A caption may stand above the headline, where a page puts its lead photo.
        kept = layout.is_body(i) or layout.kinds[i] == ABOVE_TITLE
        if not kept or layout.words[i] < CAPTION_MIN_WORDS:
            continue
        match = _CAPTION_DATE.search(_caption_text(line.text, rules))
        if match:
            return first_day(match.group(1))
    return None


def _zone(text: str) -> str | None:
    """The time zone printed after a time in a byline, if any."""
    match = _ZONE.search(text)
    return match.group("zone") if match else None


def read_day(layout: Layout, rules: ChromeRules) -> DayRead:
    """Find the page's publication day and where it was found, in order of trust."""
    # Looked for one place after another: most pages have a date line or a byline date.
    day = _date_line_day(layout, rules)
    if day is not None:
        return DayRead(day, DATE_LINE)
    byline = _byline_date(layout, rules)
    if byline is not None:
        found, text = byline
        # "05/04/2026" is read day first; the source says so, to be checked.
        source = f"{BYLINE} ({found.order})" if found.order else BYLINE
        return DayRead(found.day, source, zone=_zone(text), other_order=found.other)
    titled = _title_line_date(layout, rules)
    if titled is not None:
        return DayRead(titled.day, BYLINE, zone=_zone(layout.contents[layout.title or 0]))
    day, yearless = _dateline(layout, rules)
    if day is not None:
        return DayRead(day, DATELINE)
    day = _above_date(layout, rules)
    if day is not None:
        return DayRead(day, ABOVE_HEADLINE)
    day = _address_day(layout, rules)
    if day is not None:
        return DayRead(day, WEB_ADDRESS)
    if yearless is not None:
        return DayRead(None, f"{DATELINE} ({YEAR_INFERRED})", yearless=yearless)
    stamp = _yearless_stamp(layout)
    if stamp is not None:
        return DayRead(None, f"{BYLINE} ({YEAR_INFERRED})", yearless=stamp)
    day = _caption_day(layout, rules)
    if day is not None:
        return DayRead(day, CAPTION)
    return DayRead(None, NONE)


def page_day(layout: Layout, rules: ChromeRules) -> tuple[str | None, str]:
    """The page's publication day and where it was found (see `read_day`)."""
    read = read_day(layout, rules)
    return read.day, read.source


def read_page(layout: Layout, rules: ChromeRules, known: Outlets) -> PageMeta:
    """Read everything the page says about itself."""
    read = read_day(layout, rules)
    carrier = page_outlet(layout, rules, known)
    writer = page_writer(layout, rules, known, carrier)
    return PageMeta(
        title=layout.title_text,
        outlet=writer or carrier,
        published=read.day,
        published_from=read.source,
        carrier=carrier,
        writer=writer,
        yearless=read.yearless,
        zone=read.zone,
        other_order=read.other_order,
    )
