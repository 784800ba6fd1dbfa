"""Find the outlet that published a page from the page itself: masthead, boxes, links, copyright."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from typing import NamedTuple

from consistency.ingest.chrome import REMEMBERED_LINES, Layout
from consistency.ingest.chrome_rules import ChromeRules, Outlets, folded
from consistency.ingest.lines import is_name_case, word_count
from consistency.ingest.memo import PerObject

_URL_HOST = re.compile(r"(?:https?://|www\.)([\w.-]{1,253}\.[a-z]{2,24})", re.IGNORECASE)
_BYLINE = re.compile(r"by\s+(?P<name>.{1,60})", re.IGNORECASE)
# A masthead line printed this many times on the page is the page's own name.
MASTHEAD_REPEATS = 2
# An outlet name is short: more words than this is a sentence caught by a loose pattern.
OUTLET_MAX_WORDS = 6
OUTLET_MAX_CHARS = 60


# A section menu has at least three entries of one to three words each.
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 3


def _clean(name: str) -> str | None:
    """Tidy a candidate outlet name, or return None when it cannot be a name."""
    name = " ".join(name.strip(" \t\u00a0.,;:|-–—\"'“”‘’").split())
    if not name or len(name.split()) > OUTLET_MAX_WORDS or not name[0].isalnum():
        return None
    return name


def _key(text: str) -> str:
    """Fold case and spacing, cheaply, to compare lines."""
    return " ".join(text.casefold().split())


class ChromeLine(NamedTuple):
    """What one chrome line can say about the outlet, whatever page it is on."""

    #: The names the outlet patterns give ("More stories from X").
    patterns: tuple[str, ...]
    #: The name of a byline ("By X"), and its folded key; None when it is no byline.
    byline: str | None
    byline_key: str
    #: Whether the byline's name is a known outlet.
    byline_known: bool
    #: Whether the whole line is the name of a known outlet.
    known: bool
    #: The known outlets whose domain appears in a link on the line.
    hosts: tuple[str, ...]


def read_chrome_line(text: str, rules: ChromeRules, known: Outlets) -> ChromeLine:
    """Read what a chrome line says about the outlet, by its own text alone."""
    names = (pattern.fullmatch(text) for pattern in rules.outlet_patterns)
    byline = _BYLINE.fullmatch(text)
    name = byline.group("name") if byline else None
    hosts = (known.for_host(match.group(1)) for match in _URL_HOST.finditer(text))
    return ChromeLine(
        patterns=tuple(match.group("outlet") for match in names if match),
        byline=name,
        byline_key=_key(name) if name is not None else "",
        byline_known=name is not None and bool(known.canonical(name)),
        known=len(text) <= OUTLET_MAX_CHARS and bool(known.canonical(text)),
        hosts=tuple(host for host in hosts if host is not None),
    )


def _chrome_reader(rules: ChromeRules) -> PerObject[Outlets, Callable[[str], ChromeLine]]:
    """A reader of chrome lines for each outlet list, under `rules`."""
    return PerObject(partial(_remembered_reader, rules))


def _remembered_reader(rules: ChromeRules, known: Outlets) -> Callable[[str], ChromeLine]:
    """`read_chrome_line` under `rules` and `known`, remembering the lines it read last."""
    return lru_cache(maxsize=REMEMBERED_LINES)(partial(read_chrome_line, rules=rules, known=known))


# Sites print the same menus and footers on every page: a line is read once, not per page.
_chrome_readers = PerObject(_chrome_reader)
_keys = lru_cache(maxsize=REMEMBERED_LINES)(_key)


def _chrome_lines(layout: Layout) -> list[str]:
    """List the stripped text of the page's chrome lines, where an outlet names itself."""
    return [text for text, kind in zip(layout.contents, layout.kinds, strict=True) if text and kind]


def _short_lines(layout: Layout) -> Counter[str]:
    """Count the page's lines of at most OUTLET_MAX_WORDS words, by their folded text."""
    # A masthead repeated at the foot of the page may be left as text, so count every line.
    # Case folding never makes or removes a space, so a line's key has as many words as the
    # line: a line equal to a short one is short too, and is counted here.
    short = [
        text
        for text, words in zip(layout.contents, layout.words, strict=True)
        if text and words <= OUTLET_MAX_WORDS
    ]
    return Counter(map(_keys, short))


def _pattern_names(chrome: list[ChromeLine]) -> Iterator[str]:
    """Yield names given by the outlet patterns ("More stories from X", "X's Top Story")."""
    for line in chrome:
        yield from line.patterns


def _masthead_names(chrome: list[ChromeLine], short: Counter[str]) -> Iterator[str]:
    """Yield names of bylines that repeat as whole lines (a masthead), or of known outlets."""
    for line in chrome:
        if line.byline is not None and (
            short[line.byline_key] >= MASTHEAD_REPEATS or line.byline_known
        ):
            yield line.byline


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


def _menu_below(layout: Layout, index: int) -> bool:
    """Tell whether the next line under line `index` is a section menu ("World | Sport | Video").

    A site prints its name above its section menu; a headline or a byline never sits there.
    """
    below = next((text for text in layout.contents[index + 1 :] if text), "")
    items = [item.strip() for item in re.split(r"\s[|·•]\s", below)]
    return len(items) >= MENU_MIN_ITEMS and all(
        0 < word_count(item) <= MENU_ITEM_MAX_WORDS for item in items
    )


def _single_word_masthead(word: str, layout: Layout, index: int) -> bool:
    """Tell whether a one-word first line is a masthead: the site's footer or a box names it.

    A one-word line may as well be a section label, so it counts only when a later chrome
    line (a copyright, a "More from" heading) prints it again as a word.
    """
    if len(word) < 3 or not word[0].isupper() or not any(c.isalpha() for c in word):
        return False
    again = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    return any(
        kind and kind != "blank" and again.search(text)
        for text, kind in zip(layout.contents[index + 1 :], layout.kinds[index + 1 :], strict=True)
    )


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
    words = word_count(first)
    if words == 1 and _single_word_masthead(first, layout, index):
        name = _spelled(first, layout, rules)
        yield name
        yield name
        return
    if not 2 <= words <= OUTLET_MAX_WORDS:
        return
    masthead = short[_key(first)] >= MASTHEAD_REPEATS or (
        is_name_case(first, rules.small_words)
        and (
            _looks_like_publication(first, rules)
            or _printed_again(first, layout, layout.lines[index].end)
            or _menu_below(layout, index)
        )
    )
    if masthead:
        name = _spelled(first, layout, rules)
        # Worth two votes: it outweighs a wire agency's byline and copyright on a reprint.
        yield name
        yield name


def _known_lines(texts: list[str], chrome: list[ChromeLine]) -> Iterator[str]:
    """Yield whole lines that are the name of a known outlet."""
    for text, line in zip(texts, chrome, strict=True):
        if line.known:
            yield text


def _known_hosts(chrome: list[ChromeLine]) -> Iterator[str]:
    """Yield known outlets whose domain appears in a link on the page."""
    for line in chrome:
        yield from line.hosts


def _vote(raw: str, known: Outlets) -> tuple[str, str] | None:
    """The folded key and reported spelling of a name found on a page; None for no name."""
    name = _clean(raw)
    if name is None:
        return None
    name = known.canonical(name) or name
    return folded(name), name


def _remembered_vote(known: Outlets) -> Callable[[str], tuple[str, str] | None]:
    """`_vote` under `known`, remembering the names it read last."""
    return lru_cache(maxsize=REMEMBERED_LINES)(partial(_vote, known=known))


# A site's pages give the same few names: each is cleaned and folded once, not per page.
_voters = PerObject(_remembered_vote)


def _footer_phrase(key: str, rules: ChromeRules) -> bool:
    """Tell whether a folded name is a footer phrase ("All rights reserved"), never an outlet."""
    return any(key == phrase or key.startswith(f"{phrase} ") for phrase in rules.not_outlets)


def _company(key: str, rules: ChromeRules) -> bool:
    """Tell whether a folded name is a company's ("... Media Limited"), by its last word."""
    words = key.replace(".", " ").replace(",", " ").split()
    return len(words) > 1 and words[-1] in rules.company_words


def page_outlet(layout: Layout, rules: ChromeRules, known: Outlets) -> str | None:
    """Find the outlet the page names most often, or None when it names none."""
    votes: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    texts = _chrome_lines(layout)
    chrome = list(map(_chrome_readers(rules)(known), texts))
    vote_for = _voters(known)
    short = _short_lines(layout)
    sources = (
        _pattern_names(chrome),
        _masthead_names(chrome, short),
        _first_line_masthead(layout, short, rules),
        _known_lines(texts, chrome),
        _known_hosts(chrome),
    )
    for found in sources:
        for raw in found:
            vote = vote_for(raw)
            if vote is None or _footer_phrase(vote[0], rules):
                continue
            key, name = vote
            spelling.setdefault(key, name)
            votes[key] += 1
    publications = [key for key in votes if not _company(key, rules)]
    if publications:
        # A company's name from a copyright line is the owner's, not the publication's.
        votes = Counter({key: votes[key] for key in publications})
    if not votes:
        return None
    # Counter.most_common keeps first-seen order among ties, so ties go to the first found.
    return spelling[votes.most_common(1)[0][0]]
