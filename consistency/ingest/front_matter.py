"""Read a markdown article's front matter: the block of "key: value" lines between "---" lines.

Sites built from markdown, and the tools that save pages as markdown, put a page's own
metadata at the top of the file:

    ---
    title: Ferry terminal approved after long wait
    date: 2031-03-07
    source: The Norrby Courier
    ---

The block is the page's metadata, as an HTML page's meta tags are: its headline, site and
day are taken from it, and its lines are chrome, never article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.ingest.html_text import PageHints
from consistency.ingest.printed_dates import first_day

FRONT_MATTER = "front matter"
#: A front matter block has at most this many lines; a longer run is no metadata block.
MAX_LINES = 60
_FENCE = "---"
_FIELD = re.compile(r"(?P<key>[A-Za-z][\w -]{0,40}?)\s*:\s*(?P<value>.*)")
# Keys by what they give, folded (lower case, "-" and " " as "_").
_TITLE_KEYS = ("title", "headline")
_OUTLET_KEYS = ("source", "outlet", "publisher", "publication", "site_name", "sitename", "site")
_DAY_KEYS = (
    "date",
    "published",
    "pubdate",
    "publish_date",
    "publishdate",
    "published_at",
    "published_date",
    "date_published",
    "datepublished",
    "created",
)
_URL_KEYS = ("url", "link", "canonical_url", "source_url", "permalink")
# Keys a block of metadata lines without fences may have: the ones above, and these.
_OTHER_KEYS = ("author", "authors", "by", "byline", "section", "category", "tags", "language")
_HEADER_KEYS = frozenset({*_TITLE_KEYS, *_OUTLET_KEYS, *_DAY_KEYS, *_URL_KEYS, *_OTHER_KEYS})


@dataclass(frozen=True)
class FrontMatter:
    """A front matter block: where it ends in the text (after its closing fence), and its fields."""

    end: int
    fields: dict[str, str]


def _value(raw: str) -> str:
    """A field's value without quotes and spacing around it."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return value


def _key(raw: str) -> str:
    """A field's key folded: lower case, spaces and hyphens as "_"."""
    return re.sub(r"[\s-]+", "_", raw.strip().lower())


def _plain_header(text: str, start: int) -> FrontMatter | None:
    """A block of metadata lines without fences at the top ("Title: ...", "Date: ...").

    Every line up to the first blank one is a field with a metadata key, two at least, one of
    them a headline or a day: a line of text or another key makes it the page's own text.
    """
    # Most pages open with no field at all: their first line is tried alone, cheaply.
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]
    match = _FIELD.fullmatch(first.strip()) if ":" in first else None
    if match is None or _key(match.group("key")) not in _HEADER_KEYS:
        return None
    fields: dict[str, str] = {}
    offset = start
    for line in text[start:].split("\n", MAX_LINES + 1)[:MAX_LINES]:
        if not line.strip():
            break
        match = _FIELD.fullmatch(line.strip())
        if match is None or _key(match.group("key")) not in _HEADER_KEYS:
            return None
        fields.setdefault(_key(match.group("key")), _value(match.group("value")))
        offset += len(line) + 1
    else:
        return None
    wanted = (*_TITLE_KEYS, *_DAY_KEYS)
    if len(fields) < 2 or not any(key in fields for key in wanted):
        return None
    return FrontMatter(min(offset, len(text)), fields)


def find_front_matter(text: str) -> FrontMatter | None:
    """The front matter block opening `text` (after a byte-order mark or blank lines), or None."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if not text.startswith(_FENCE, start):
        return _plain_header(text, start)
    lines = text[start:].split("\n", MAX_LINES + 2)
    if lines[0].strip() != _FENCE:
        return None
    fields: dict[str, str] = {}
    offset = start + len(lines[0]) + 1
    for line in lines[1 : MAX_LINES + 2]:
        offset += len(line) + 1
        if line.strip() == _FENCE:
            return FrontMatter(min(offset, len(text)), fields) if fields else None
        if not line.strip() or line[:1].isspace() or line.lstrip().startswith(("- ", "#")):
            # A blank line, a nested value, a list item or a comment.
            continue
        match = _FIELD.fullmatch(line.strip())
        if match is None:
            # A line of text: a rule over a story, no metadata block.
            return None
        fields.setdefault(_key(match.group("key")), _value(match.group("value")))
    return None


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first non-empty value among `keys`."""
    return next((fields[key] for key in keys if fields.get(key)), None)


def front_matter_hints(text: str) -> PageHints | None:
    """The headline, site, day and address a text's front matter gives, or None without one."""
    found = find_front_matter(text)
    if found is None:
        return None
    day = _first(found.fields, _DAY_KEYS)
    return PageHints(
        title=_first(found.fields, _TITLE_KEYS),
        outlet=_first(found.fields, _OUTLET_KEYS),
        published=first_day(day) if day else None,
        url=_first(found.fields, _URL_KEYS),
        published_from=FRONT_MATTER,
    )
