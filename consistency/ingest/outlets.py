"""Find the outlet that published a page from the page itself: masthead, boxes, links, copyright."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from consistency.ingest.chrome import Layout
from consistency.ingest.lines import is_name_case, word_count
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


def _looks_like_publication(text: str, rules: ChromeRules) -> bool:
    """Tell whether a name has a word that publications call themselves ("Gazette")."""
    return any(word.strip(".,:;'’").casefold() in rules.publication_words for word in text.split())


def _spelled(name: str, layout: Layout, rules: ChromeRules) -> str:
    """A masthead in capitals as the page spells it elsewhere, else in title case."""
    if not name.isupper():
        return name
    for match in re.finditer(re.escape(name), layout.text, re.IGNORECASE):
        if not match.group().isupper():
            return match.group()
    small = rules.small_words
    words = [w.casefold() if w.casefold() in small else w.capitalize() for w in name.split()]
    return " ".join([words[0].capitalize(), *words[1:]])


def _printed_again(name: str, layout: Layout, after: int) -> bool:
    """Tell whether `name` is printed again after offset `after` (a footer, a credit)."""
    return re.search(re.escape(name), layout.text[after:], re.IGNORECASE) is not None


def _first_line_masthead(layout: Layout, short: Counter[str], rules: ChromeRules) -> Iterator[str]:
    """Yield the page's first line twice when it is a masthead, not a byline or the headline.

    A masthead repeats on the page as a line, or is a short name in title case or capitals
    printed again further down (a footer, a copyright or photo credit) or calling itself a
    publication ("... Gazette").
    """
    index = next((i for i, text in enumerate(layout.contents) if text), None)
    if index is None or index == layout.title:
        return
    first = layout.contents[index]
    if not 2 <= word_count(first) <= OUTLET_MAX_WORDS:
        return
    masthead = short[_key(first)] >= MASTHEAD_REPEATS or (
        is_name_case(first, rules.small_words)
        and (
            _looks_like_publication(first, rules)
            or _printed_again(first, layout, layout.lines[index].end)
        )
    )
    if masthead:
        name = _spelled(first, layout, rules)
        # Worth two votes: it outweighs a wire agency's byline and copyright on a reprint.
        yield name
        yield name


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
        _first_line_masthead(layout, short, rules),
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
