"""Find who wrote a page's story: wire credits in bylines, datelines and credit lines.

The site that carried a story (its masthead, its footer) is read by `outlets.page_outlet`;
this module reads the credits that name the news organisation that wrote it ("By AFP",
"MOSCOW (AP) --", "/TASS/", a line "REUTERS" under the story). Lines of boxes, lists of
other stories, menus and footers are never read here: a credit there is another story's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache, partial

from consistency.ingest.chrome import (
    ABOVE_TITLE,
    BOX,
    BYLINE,
    COUNTER,
    DATELINE_HEAD_CHARS,
    EDITION,
    LIST,
    MENU,
    NAV,
    PATTERN,
    REMEMBERED_LINES,
    TAIL,
    TICKER,
    Layout,
    header_items,
)
from consistency.ingest.chrome_rules import ChromeRules, Outlets, folded
from consistency.ingest.memo import PerObject

# A credit line is short; a longer line is a sentence that only mentions an outlet.
CREDIT_LINE_MAX_WORDS = 16
# A promotion's brand is a name of a few words, on a short line.
PROMO_MAX_WORDS = 4
PROMO_MAX_CHARS = 240

# Where another story, a menu or the site's frame stands: never the story's credit. (The
# line taken for the headline is read: a credit line right above the story may be taken
# for it, and a whole line naming an outlet is no headline.)
_NOT_STORY = frozenset({TAIL, BOX, LIST, TICKER, ABOVE_TITLE, NAV, MENU})
# How a copyright line starts: "©", "(c)", "Copyright".
_COPYRIGHT_START = frozenset("©(cC")
# Header lines, read item by item too: "Posted: 03/04/2031 10:15 | Source: Wire".
_HEADER = frozenset({BYLINE, COUNTER, EDITION})
_HOST = re.compile(r"(?:https?://)?(?:www\.)?([\w-]{1,63}(?:\.[\w-]{1,63})+)/?", re.IGNORECASE)


def _known(raw: str, known: Outlets) -> str | None:
    """The known outlet a credit's text names: the whole text, or a web address."""
    text = raw.strip(" .,;:|()[]-–—\"'“”‘’").replace("-", " ")
    name = known.canonical(text) or known.canonical(raw.strip(" .,;:|()[]"))
    if name is None and text.lower().startswith("the "):
        name = known.canonical(text[4:])
    if name is None:
        host = _HOST.fullmatch(raw.strip())
        name = known.for_host(host.group(1)) if host else None
    return name


def _leading(raw: str, known: Outlets) -> str | None:
    """The known outlet whose name starts a credit's text ("Wire   March 20, 2023 | ...")."""
    return known.leading(raw) or _known(raw.split()[0] if raw.split() else raw, known)


def _line_credit(text: str, rules: ChromeRules, known: Outlets) -> str | None:
    """The outlet a short credit line names, by the first credit pattern it matches."""
    for pattern in rules.credit_lines:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("outlet"):
            name = _known(groups["outlet"], known)
        else:
            name = _leading(groups.get("lead") or "", known)
        if name is not None:
            return name
    for pattern in rules.credit_signatures:
        match = pattern.fullmatch(text)
        if match is not None:
            return _known(match.group("outlet"), known) or match.group("outlet")
    return None


def _copyright_credit(text: str, rules: ChromeRules, known: Outlets) -> str | None:
    """The wire agency a copyright line in the story names, or None for any other name."""
    if rules.credit_copyright is None:
        return None
    match = rules.credit_copyright.fullmatch(text)
    if match is None:
        return None
    name = _known(match.group("outlet"), known)
    return name if name in known.agencies else None


def _start_credit(text: str, rules: ChromeRules, known: Outlets) -> str | None:
    """The agency a paragraph's dateline credits: "(AP) --", "GENEVA, June 16. /TASS/."."""
    head = text[:DATELINE_HEAD_CHARS]
    if "(" not in head and "/" not in head:
        return None
    for pattern in rules.credit_starts:
        match = pattern.match(text)
        if match is None:
            continue
        raw = match.group("outlet")
        name = _known(raw, known)
        if name is None and "/" in match.group() and raw.isupper():
            name = raw
        if name is not None:
            return name
    return None


def _story_lines(layout: Layout) -> Iterator[int]:
    """The lines of the story and its header: no box, list, menu, footer or headline."""
    for i, kind in enumerate(layout.kinds):
        if layout.contents[i] and kind not in _NOT_STORY:
            yield i


def _remembered_line_credit(rules: ChromeRules) -> PerObject[Outlets, Callable[[str], str | None]]:
    """`_line_credit` under `rules`, per outlet list, remembering the lines it read last."""
    return PerObject(
        lambda known: lru_cache(maxsize=REMEMBERED_LINES)(
            partial(_line_credit, rules=rules, known=known)
        )
    )


# Sites print the same bylines and credit lines on every page: each is read once.
_line_credits = PerObject(_remembered_line_credit)


def credits(layout: Layout, rules: ChromeRules, known: Outlets) -> list[str]:
    """Every outlet the page credits with the story, in page order."""
    found: list[str] = []
    line_credit = _line_credits(rules)(known)
    for i in _story_lines(layout):
        text = layout.contents[i]
        name = None
        if layout.words[i] <= CREDIT_LINE_MAX_WORDS:
            name = line_credit(text)
            if name is None and layout.kinds[i] in _HEADER:
                name = next(filter(None, map(line_credit, header_items(text))), None)
        if name is None:
            name = _start_credit(text, rules, known)
        if name is None and layout.kinds[i] == PATTERN and text[:1] in _COPYRIGHT_START:
            name = _copyright_credit(text, rules, known)
        if name is not None:
            found.append(name)
    return found


def promoted(layout: Layout, rules: ChromeRules) -> list[str]:
    """The brands the page's own promotions name ("Download the X app"), in page order."""
    found: list[str] = []
    for i, text in enumerate(layout.contents):
        # A promotion is a call to act, no sentence of the story.
        if not text or layout.prose[i] or len(text) > PROMO_MAX_CHARS:
            continue
        if layout.kinds[i] in (BOX, LIST):
            continue
        for pattern in rules.promo_patterns:
            match = pattern.fullmatch(text)
            if match is not None and len(match.group("outlet").split()) <= PROMO_MAX_WORDS:
                found.append(match.group("outlet").strip())
                break
    return found


def _most(names: list[str]) -> str:
    """The name given most often, ties going to the first given."""
    counts = Counter(folded(n) for n in names)
    best = counts.most_common(1)[0][0]
    return next(n for n in names if folded(n) == best)


def page_writer(
    layout: Layout, rules: ChromeRules, known: Outlets, carrier: str | None
) -> str | None:
    """The outlet that wrote the page's story, when the page credits one; else None.

    A wire credit names it. Failing that, a promotion of a brand other than the carrier's
    is the mark of a story copied with its source's own lines.
    """
    found = credits(layout, rules, known)
    if found:
        return _most(found)
    site = {folded(carrier)} if carrier else set()
    if carrier and known.canonical(carrier):
        site.add(folded(str(known.canonical(carrier))))
    others = [
        known.canonical(n) or n
        for n in promoted(layout, rules)
        if folded(n) not in site and folded(known.canonical(n) or n) not in site
    ]
    return _most(others) if others else None
