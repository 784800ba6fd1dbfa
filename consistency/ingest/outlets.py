"""Find the outlet that published a page from the page itself: masthead, boxes, links, copyright."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from consistency.ingest.chrome import Layout
from consistency.ingest.lines import word_count
from consistency.ingest.rules import ChromeRules, Outlets, folded

_URL_HOST = re.compile(r"(?:https?://|www\.)([\w.-]{1,253}\.[a-z]{2,24})", re.IGNORECASE)
_BYLINE = re.compile(r"by\s+(?P<name>.{1,60})", re.IGNORECASE)
# A masthead line printed this many times on the page is the page's own name.
MASTHEAD_REPEATS = 2
# An outlet name is short: more words than this is a sentence caught by a loose pattern.
OUTLET_MAX_WORDS = 6
OUTLET_MAX_CHARS = 60


def _clean(name: str) -> str | None:
    """Tidy a candidate outlet name, or return None when it cannot be a name."""
    name = " ".join(name.strip(" \t\u00a0.,;:|-–—\"'“”‘’").split())
    if not name or len(name.split()) > OUTLET_MAX_WORDS or not name[0].isalnum():
        return None
    return name


def _key(text: str) -> str:
    """Fold case and spacing, cheaply, to compare lines."""
    return " ".join(text.casefold().split())


def _chrome_lines(layout: Layout) -> list[str]:
    """List the stripped text of the page's chrome lines, where an outlet names itself."""
    return [text for i, text in enumerate(layout.contents) if text and not layout.is_body(i)]


def _pattern_names(chrome: list[str], rules: ChromeRules) -> Iterator[str]:
    """Yield names given by the outlet patterns ("More stories from X", "X's Top Story")."""
    for text in chrome:
        for pattern in rules.outlet_patterns:
            match = pattern.fullmatch(text)
            if match:
                yield match.group("outlet")


def _short_lines(layout: Layout) -> Counter[str]:
    """Count the page's lines of at most OUTLET_MAX_WORDS words, by their folded text."""
    # A masthead repeated at the foot of the page may be left as text, so count every line.
    # Case folding never makes or removes a space, so a line's key has as many words as the
    # line: a line equal to a short one is short too, and is counted here.
    return Counter(
        _key(text) for text in layout.contents if text and word_count(text) <= OUTLET_MAX_WORDS
    )


def _masthead_names(chrome: list[str], short: Counter[str], known: Outlets) -> Iterator[str]:
    """Yield names of bylines that repeat as whole lines (a masthead), or of known outlets."""
    for text in chrome:
        match = _BYLINE.fullmatch(text)
        if match is None:
            continue
        name = match.group("name")
        if short[_key(name)] >= MASTHEAD_REPEATS or known.canonical(name):
            yield name


def _first_line_masthead(layout: Layout, short: Counter[str]) -> Iterator[str]:
    """Yield the page's first line twice when it repeats on the page: a masthead, not a byline."""
    first = next((text for text in layout.contents if text), None)
    if first is None:
        return
    words = word_count(first)
    if 2 <= words <= OUTLET_MAX_WORDS and short[_key(first)] >= 2:
        # Worth two votes: it outweighs a wire agency's byline and copyright on a reprint.
        yield first
        yield first


def _known_lines(chrome: list[str], known: Outlets) -> Iterator[str]:
    """Yield whole lines that are the name of a known outlet."""
    for text in chrome:
        if len(text) <= OUTLET_MAX_CHARS and known.canonical(text):
            yield text


def _known_hosts(chrome: list[str], known: Outlets) -> Iterator[str]:
    """Yield known outlets whose domain appears in a link on the page."""
    for text in chrome:
        for match in _URL_HOST.finditer(text):
            name = known.for_host(match.group(1))
            if name is not None:
                yield name


def page_outlet(layout: Layout, rules: ChromeRules, known: Outlets) -> str | None:
    """Find the outlet the page names most often, or None when it names none."""
    votes: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    chrome = _chrome_lines(layout)
    short = _short_lines(layout)
    sources = (
        _pattern_names(chrome, rules),
        _masthead_names(chrome, short, known),
        _first_line_masthead(layout, short),
        _known_lines(chrome, known),
        _known_hosts(chrome, known),
    )
    for found in sources:
        for raw in found:
            name = _clean(raw)
            if name is None:
                continue
            name = known.canonical(name) or name
            key = folded(name)
            spelling.setdefault(key, name)
            votes[key] += 1
    if not votes:
        return None
    # Counter.most_common keeps first-seen order among ties, so ties go to the first found.
    return spelling[votes.most_common(1)[0][0]]
