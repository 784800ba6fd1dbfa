r"""Find the page chrome of a scraped article and blank it, keeping every offset.

The offset map: `body` is `raw_text` with each chrome character replaced by a space,
except line breaks ("\\n" and "\\r"), which stay as they are. So `len(body) ==
len(raw_text)`, every character of body is either the same character of raw_text or a
space, and a span `body[start:end]` is the span `raw_text[start:end]` of the file: an
offset found in body needs no translation to point into the source.

A page is read in four passes over its lines:

1. line chrome: navigation and footer lines, bullet and separator menus, section paths,
   bylines, counters and timestamps, skip links, bare links, sign-offs, ticker blocks;
2. the header: the headline is the longest headline-like line in the run of text lines
   just above the byline or timestamp under it (else above the first paragraph); it goes
   in `title` and stays content (a headline's claim counts for its article), everything
   above it is chrome, and a name line printed right over the byline or timestamp
   ("Wire Agency") is header too;
3. the tail: from the first tail marker after the first paragraph ("More stories
   from ...", "Most Read") to the end of the page;
4. inline boxes: a box heading ("Related News") and the headline lines after it, up to
   where the prose resumes; then photo credits are cut from the end of kept lines;
5. repeats: a caption or paragraph the page prints twice (on two lines, or glued to
   itself) is read once, the later copy blanked.

Lists of other stories ("<headline> - <date>", "<headline> (17 Oct 2023)") are chrome
wherever they stand, with or without a box heading over them.

The markers are data (data/chrome.yaml), not code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

from consistency.ingest.chrome_rules import ChromeRules, Markers, chrome_rules
from consistency.ingest.front_matter import find_front_matter
from consistency.ingest.lines import (
    FULL_STOPS,
    LEADING_BLANKS,
    PROSE_MIN_WORDS,
    Line,
    ends_with,
    is_headline,
    is_name_case,
    prose_of,
    split_lines,
    stripped_content,
    word_count,
)
from consistency.ingest.memo import PerObject

# Chrome lines are short; longer lines are never matched, which also bounds regex time.
MAX_CHROME_LINE = 400
# Sites print the same menus, footers and boxes on every page: this many distinct short
# lines are remembered with their kind, so a repeated line is classified once.
REMEMBERED_LINES = 1 << 15
# A dateline credit's bracket or slash stands within this many characters of a line's start.
DATELINE_HEAD_CHARS = 130
# A line repeating its own first this many characters further on repeats itself.
REPEAT_MIN_CHARS = 40
# Counters, timestamps and dates with a label never take more words than this.
COUNTER_LINE_MAX_WORDS = 12
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")
# What a counter line's items are set apart with: "Share | 9 Shares", "Listen · 4 min read".
_SEPARATORS = " \t|·•,/"
# What a header line's items are set apart with: "By Staff | Source: Wire".
_ITEM_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•]\s+")

# What a line is. "" is article text; every other kind except "blank" is blanked.
TEXT = ""
BLANK = "blank"
NAV = "nav"
PATTERN = "pattern"
BYLINE = "byline"
COUNTER = "counter"
MENU = "menu"
LIST = "list"
TICKER = "ticker"
ABOVE_TITLE = "above title"
TITLE = "title"
TAIL = "tail"
BOX = "box"
#: A print edition's line: its labels and its date ("PRINT EDITION | 4 March 2031 | Page 7").
EDITION = "edition"
# An item of a header line that is a writer's name or role ("Jane Doe", "Harbour Reporter").
_NAME = "name"
# The kinds an item of a header line may be, besides an edition label and a name.
_HEADER_ITEMS = frozenset({BYLINE, COUNTER, NAV})
# Kinds that make up the header under a headline.
HEADER_KINDS = frozenset({BYLINE, COUNTER})


@dataclass(frozen=True)
class Layout:
    """Where a page's headline, header, paragraphs and chrome are, line by line."""

    text: str
    lines: tuple[Line, ...]
    contents: tuple[str, ...]
    kinds: tuple[str, ...]
    title: int | None
    first_prose: int | None
    spans: tuple[tuple[int, int], ...]
    #: Each line's number of words, and whether it reads as a paragraph (`is_prose`).
    words: tuple[int, ...] = ()
    prose: tuple[bool, ...] = ()

    def is_body(self, index: int) -> bool:
        """Tell whether line `index` is kept as article text."""
        return self.kinds[index] == TEXT

    @property
    def body(self) -> str:
        """The text with every chrome character replaced by a space."""
        return blank(self.text, self.spans)

    @property
    def title_text(self) -> str | None:
        """The headline, when one was recognised."""
        return None if self.title is None else self.contents[self.title]


def joined_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty spans in order, joined where only line breaks lie between them."""
    # Line breaks are kept as they are, so blanking them along with the spans changes
    # nothing, and a page's run of chrome lines is blanked in one go. A start before the
    # text counts from its first character.
    ordered = sorted(
        [(start if start > 0 else 0, end) for start, end in spans if end > start and end > 0]
    )
    if not ordered:
        return []
    joined: list[tuple[int, int]] = []
    first, last = ordered[0]
    for start, end in ordered:
        if start <= last or not text[last:start].strip("\r\n"):
            if end > last:
                last = end
        else:
            joined.append((first, last))
            first, last = start, end
    joined.append((first, last))
    return joined


def _blanked(piece: str) -> str:
    """`piece` with every character but its line breaks replaced by a space."""
    if "\r" in piece:
        return _NOT_LINE_BREAK.sub(" ", piece)
    # Without carriage returns, each line of the piece becomes as many spaces as it is
    # long, which is much faster than replacing character by character.
    return "\n".join([" " * len(part) for part in piece.split("\n")])


def blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Replace the characters of `spans` in `text` by spaces, keeping line breaks."""
    pieces: list[str] = []
    done = 0
    for start, end in joined_spans(text, spans):
        pieces.append(text[done:start])
        pieces.append(_blanked(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


class _Tests:
    """The rules' tests of one line, looked up once per rules rather than once per line."""

    def __init__(self, rules: ChromeRules) -> None:
        """Take the compiled patterns' match methods out of `rules`."""
        self.rules = rules
        self.leading = rules.bullets + LEADING_BLANKS
        self.nav = rules.nav_line.fullmatch
        self.line = _whole(rules.line_patterns)
        self.byline = _whole(rules.byline_patterns)
        self.tokens = rules.tokens.subn
        self.menu = _whole(rules.menu_patterns)
        self.listed = _whole(rules.list_items)
        self.ticker = _whole(rules.ticker_markers)
        self.tail = _whole(rules.tail_markers)
        self.box = _whole(rules.box_markers)
        self.edition = _whole(rules.edition_labels)
        self.byline_item = _whole(rules.byline_items)
        self.credits = tuple(pattern.search for pattern in rules.credit_patterns)


def _whole(markers: Markers) -> Callable[[str], object]:
    """A test, truthy when one of `markers` matches the whole of a text."""
    # The joined pattern's own method, without the call through `Markers.fullmatch`.
    return markers.fullmatch if markers.joined is None else markers.joined.fullmatch


_tests = PerObject(_Tests)


def _is_menu_item(line: str, text: str, words: int, rules: ChromeRules) -> bool:
    """Tell whether a bulleted line of `words` words is a menu entry: a few words, no sentence."""
    stripped = line.strip()
    if not stripped or stripped[0] not in rules.bullets:
        return False
    return words <= rules.menu_item_max_words and not prose_of(text, words)


def _is_counter_line(text: str, words: int, tests: _Tests) -> bool:
    """Tell whether a line is only counters, timestamps or dates, plus a label word or two."""
    if words > COUNTER_LINE_MAX_WORDS:
        return False
    rest, found = tests.tokens(" ", text)
    if not found:
        return False
    labels = [word for word in rest.split() if any(c.isalnum() for c in word)]
    # The label may be share buttons rather than a word or two: "Share this article | 9 Shares".
    return len(labels) <= tests.rules.token_line_max_words or bool(
        tests.nav(rest.strip(_SEPARATORS))
    )


def header_items(text: str) -> list[str]:
    """The items of a line apart by "|", "·" or "•" ("By Staff | Source: Wire"), or the line."""
    if "|" not in text and "·" not in text and "•" not in text:
        return [text]
    return [item for item in _ITEM_SEPARATOR.split(text) if item.strip(_SEPARATORS)]


def _items_kind(text: str, tests: _Tests) -> str | None:
    """The kind of a line of header items apart by "|", "·" or "•", or None when it is none.

    "By Staff | Source: Wire" is a byline; "Vol. 12 | No. 40 | Friday, March 7, 2031", with
    an edition's labels and no byline, an edition's line. A menu, a list entry ("<headline> |
    June 3, 2024") or a sentence has an item of text, and is no header line.
    """
    items = header_items(text)
    if len(items) < 2:
        return None
    kinds = set()
    for item in items:
        if tests.edition(item):
            kinds.add(EDITION)
            continue
        kind = _classify(item, item, word_count(item), tests)
        if kind == TEXT and tests.byline_item(item):
            kind = _NAME
        elif kind not in _HEADER_ITEMS:
            return None
        kinds.add(kind)
    # A name or role is a byline's only beside a day or a timestamp.
    if BYLINE in kinds or (_NAME in kinds and COUNTER in kinds):
        return BYLINE
    return EDITION if EDITION in kinds and _NAME not in kinds else None


def classify(line: str, text: str, rules: ChromeRules) -> str:
    """Tell the kind of one line from its own text alone (`text` is its stripped content)."""
    return _classify(line, text, word_count(text), _tests(rules))


def _classify(line: str, text: str, words: int, tests: _Tests) -> str:
    """Tell the kind of one line whose stripped content `text` has `words` words."""
    if not text:
        return MENU if line.strip() else BLANK
    if len(text) > MAX_CHROME_LINE:
        return TEXT
    if tests.nav(text):
        return NAV
    if tests.line(text):
        return PATTERN
    if tests.byline(text):
        return BYLINE
    if _is_counter_line(text, words, tests):
        return COUNTER
    items = _items_kind(text, tests)
    if items is not None:
        return items
    if _is_menu_item(line, text, words, tests.rules) or tests.menu(text):
        return MENU
    if tests.listed(text):
        return LIST
    return TEXT


class LineRead(NamedTuple):
    """What one line says by its own text alone, on whatever page it is."""

    #: The line stripped of whitespace, bullets and a heading mark.
    content: str
    #: Its kind before the page's structure is read.
    kind: str
    #: Whether it is a ticker heading, a tail marker and a box heading.
    ticker: bool
    tail: bool
    box: bool
    #: The photo credits at its end, as offsets in the line.
    credits: tuple[tuple[int, int], ...]
    #: The number of words of its content, and whether that reads as a paragraph.
    words: int = 0
    prose: bool = False


# Makes a LineRead from its fields without the Python-level `LineRead.__new__`, as `_line`.
_line_read = partial(tuple.__new__, LineRead)


def _credits(line: str, rules: ChromeRules) -> tuple[tuple[int, int], ...]:
    """Find the photo credits at the end of a line, as offsets in the line."""
    return _credit_spans(line, _tests(rules))


def _credit_spans(line: str, tests: _Tests) -> tuple[tuple[int, int], ...]:
    """Find the photo credits at the end of a line with the rules' `tests`."""
    spans: list[tuple[int, int]] = []
    for search in tests.credits:
        match = search(line)
        if match and word_count(match.group()) <= tests.rules.credit_max_words:
            spans.append(match.span())
    return tuple(spans)


def read_line(line: str, rules: ChromeRules) -> LineRead:
    """Read what one line says by its own text alone."""
    return _read_line(line, _tests(rules))


def _read_line(line: str, tests: _Tests) -> LineRead:
    """Read what one line says by its own text alone, with the rules' `tests`."""
    text = stripped_content(line, tests.leading)
    words = word_count(text)
    # Markers are short lines; longer ones are never tried, which also bounds regex time.
    marker = bool(text) and len(text) <= MAX_CHROME_LINE
    return _line_read(
        (
            text,
            _classify(line, text, words, tests),
            marker and bool(tests.ticker(text)),
            marker and bool(tests.tail(text)),
            marker and bool(tests.box(text)),
            _credit_spans(line, tests),
            words,
            prose_of(text, words),
        )
    )


def _line_reader(rules: ChromeRules) -> Callable[[str], LineRead]:
    """`read_line` under `rules`, remembering the lines it read last."""
    return lru_cache(maxsize=REMEMBERED_LINES)(partial(_read_line, tests=_tests(rules)))


_remembering = PerObject(_line_reader)


def _read_lines(lines: Sequence[Line], rules: ChromeRules) -> list[LineRead]:
    """Read what each line says by its own text alone."""
    remembered = _remembering(rules)
    tests = _tests(rules)
    # Long lines are article text, seldom repeated: remembering them only costs memory.
    return [
        remembered(text) if len(text) <= MAX_CHROME_LINE else _read_line(text, tests)
        for text in [line.text for line in lines]
    ]


def _mark_tickers(tickers: Sequence[bool], kinds: list[str]) -> None:
    """Mark each ticker heading and the block of lines right under it."""
    if not any(tickers):
        return
    for i, ticker in enumerate(tickers):
        if ticker:
            kinds[i] = TICKER
            j = i + 1
            while j < len(kinds) and kinds[j] != BLANK:
                kinds[j] = TICKER
                j += 1


def _first_prose(prose: Sequence[bool], kinds: Sequence[str]) -> int | None:
    """Find the first kept line that reads as a paragraph."""
    for i in range(len(prose)):
        if prose[i] and kinds[i] == TEXT:
            return i
    return None


def _last_headline(
    contents: Sequence[str], kinds: Sequence[str], before: int, skip: frozenset[int] = frozenset()
) -> int | None:
    """Find the last kept headline-like line above line `before`, but for lines in `skip`."""
    for i in range(before - 1, -1, -1):
        if kinds[i] == TEXT and i not in skip and is_headline(contents[i]):
            return i
    return None


def _run_start(
    contents: Sequence[str], kinds: Sequence[str], index: int, skip: frozenset[int] = frozenset()
) -> int:
    """Walk up from a headline through the headline lines right above it (a title and deck)."""
    while (
        index > 0
        and kinds[index - 1] == TEXT
        and index - 1 not in skip
        and is_headline(contents[index - 1])
    ):
        index -= 1
    return index


def _datelines(contents: Sequence[str], kinds: Sequence[str], rules: ChromeRules) -> frozenset[int]:
    """The kept lines that open with a wire dateline ("MOSCOW (AP) --"): never a headline.

    A hard-wrapped first paragraph leaves its first line short and without a full stop.
    """
    starts = rules.credit_starts
    return frozenset(
        i
        for i, text in enumerate(contents)
        if kinds[i] == TEXT and _bracket_or_slash(text) and any(p.match(text) for p in starts)
    )


def _bracket_or_slash(text: str) -> bool:
    """Tell cheaply whether a dateline credit can open a line: a bracket or slash early on."""
    head = text[:DATELINE_HEAD_CHARS]
    return "(" in head or "/" in head


def _is_name_over_header(
    contents: Sequence[str],
    words: Sequence[int],
    kinds: Sequence[str],
    index: int,
    rules: ChromeRules,
) -> bool:
    """Tell whether a line is a short name printed right over a byline or timestamp.

    A wire agency's or a writer's name on its own line ("Wire Agency") carries no "By".
    """
    below = index + 1
    # The byline may stand a blank line below the name.
    while below < len(kinds) and kinds[below] == BLANK:
        below += 1
    return (
        below < len(kinds)
        and kinds[below] in HEADER_KINDS
        and words[index] <= rules.header_name_max_words
        and is_name_case(contents[index], rules.small_words)
    )


def _last_header(kinds: Sequence[str], first: int | None) -> int | None:
    """Find the last byline or counter line above the first paragraph."""
    for i in range(-1 if first is None else first - 1, -1, -1):
        if kinds[i] in HEADER_KINDS:
            return i
    return None


def _mark_header_names(
    contents: Sequence[str],
    words: Sequence[int],
    kinds: list[str],
    title: int,
    last: int | None,
    rules: ChromeRules,
) -> None:
    """Mark the name lines between the headline and the last byline or timestamp as header."""
    for i in range(-1 if last is None else last - 1, title, -1):
        if kinds[i] == TEXT and _is_name_over_header(contents, words, kinds, i, rules):
            kinds[i] = BYLINE


def _is_masthead(
    contents: Sequence[str], words: Sequence[int], index: int, rules: ChromeRules
) -> bool:
    """Tell whether line `index` is the page's first line and a short name: its masthead."""
    first = next(i for i, text in enumerate(contents) if text)
    return (
        index == first
        and words[index] <= rules.header_name_max_words
        and is_name_case(contents[index], rules.small_words)
    )


def _find_title(
    contents: Sequence[str],
    words: Sequence[int],
    kinds: Sequence[str],
    first: int | None,
    rules: ChromeRules,
) -> int | None:
    """Find the headline: above the header under it, else above the first paragraph."""
    if first is None:
        return None
    header = _last_header(kinds, first)
    skip = _datelines(contents, kinds, rules)
    found = _last_headline(contents, kinds, header, skip) if header is not None else None
    if found is not None and _is_name_over_header(contents, words, kinds, found, rules):
        # A name over the byline is the header's; the headline is above it, if any is.
        found = _last_headline(contents, kinds, found, skip) or found
    if found is not None and header is not None:
        below = _last_headline(contents, kinds, first, skip)
        if below is not None and below > header and _is_masthead(contents, words, found, rules):
            # "Masthead / 7 March 2031 / Headline / paragraph": the date is the edition's,
            # printed over the headline, not a byline under the masthead.
            found = below
    if found is None:
        found = _last_headline(contents, kinds, first, skip)
    return None if found is None else _run_start(contents, kinds, found, skip)


def _uncredited(
    lines: Sequence[Line],
    contents: Sequence[str],
    credits: Sequence[tuple[tuple[int, int], ...]],
) -> Sequence[str]:
    """The lines' contents with a photo credit at the end cut off, to tell a headline.

    "... in Velm on May 3, 2024. Photo: Name" is a caption ending a sentence, no headline.
    """
    if not any(credits):
        return contents
    return [
        lines[i].text[: min(start for start, _ in credits[i])].strip() if credits[i] else text
        for i, text in enumerate(contents)
    ]


def _mark_title(kinds: list[str], title: int) -> None:
    """Mark the headline, and every line above it as chrome."""
    for i in range(title):
        if kinds[i] != BLANK:
            kinds[i] = ABOVE_TITLE
    kinds[title] = TITLE


def _mark_tail(tails: Sequence[bool], kinds: list[str], start: int) -> None:
    """Mark everything from the first tail marker at or after `start` to the end."""
    if not any(tails):
        return
    for i in range(start, len(tails)):
        if tails[i]:
            for j in range(i, len(kinds)):
                kinds[j] = TAIL
            return


def _box_end(prose: Sequence[bool], kinds: Sequence[str], start: int, limit: int) -> int:
    """Find the line where the prose resumes after a box heading at `start - 1`."""
    taken = 0
    j = start
    while j < len(prose) and kinds[j] != TAIL and taken < limit:
        if kinds[j] != BLANK:
            if prose[j]:
                break
            taken += 1
        j += 1
    return j


def _mark_boxes(
    prose: Sequence[bool], boxes: Sequence[bool], kinds: list[str], start: int, limit: int
) -> None:
    """Mark each inline box heading and the headline lines after it."""
    if not any(boxes):
        return
    i = start
    while i < len(prose):
        if kinds[i] == TEXT and boxes[i]:
            end = _box_end(prose, kinds, i + 1, limit)
            for j in range(i, end):
                if kinds[j] != BLANK:
                    kinds[j] = BOX
            i = end
            continue
        i += 1


def _spans(
    lines: Sequence[Line], credits: Sequence[tuple[tuple[int, int], ...]], kinds: Sequence[str]
) -> list[tuple[int, int]]:
    """List every span to blank: whole chrome lines and the credits of kept lines."""
    spans: list[tuple[int, int]] = []
    for i, kind in enumerate(kinds):
        if kind == TEXT:
            if credits[i]:
                begin = lines[i].start
                spans.extend((begin + start, begin + end) for start, end in credits[i])
        elif kind not in (BLANK, TITLE):
            spans.append((lines[i].start, lines[i].end))
    return spans


def _glued_repeat(text: str) -> tuple[int, int] | None:
    """Where a line repeats its own start glued on ("A caption.A caption."), as offsets."""
    start = len(text) - len(text.lstrip())
    head = text[start : start + REPEAT_MIN_CHARS]
    if len(head) < REPEAT_MIN_CHARS:
        return None
    again = text.find(head, start + 1)
    if again < 0:
        return None
    first = text[start:again].rstrip()
    # A copy is a whole sentence or more: two sentences that only start alike are kept.
    if not ends_with(first, FULL_STOPS) or not text.startswith(first, again):
        return None
    return (again, again + len(first))


def _repeats(
    lines: Sequence[Line], contents: Sequence[str], kinds: Sequence[str], words: Sequence[int]
) -> list[tuple[int, int]]:
    """Spans of text the page prints twice (a caption repeated): the later copy is blanked."""
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for i, kind in enumerate(kinds):
        if kind != TEXT or words[i] < PROSE_MIN_WORDS:
            continue
        if contents[i] in seen:
            spans.append((lines[i].start, lines[i].end))
            continue
        seen.add(contents[i])
        glued = _glued_repeat(lines[i].text)
        if glued is not None:
            spans.append((lines[i].start + glued[0], lines[i].start + glued[1]))
            seen.add(lines[i].text[glued[0] : glued[1]].strip())
    return spans


def _split_date_line(lines: list[Line], rules: ChromeRules) -> tuple[int, int] | None:
    """Cut a scraper's leading date line off the first line; return its span."""
    if not lines:
        return None
    match = rules.date_line.match(lines[0].text)
    if match is None:
        return None
    first = lines[0]
    lines[0] = Line(0, first.start + match.end(), first.end, first.text[match.end() :])
    return (first.start, first.start + match.end())


def _mark_front_matter(text: str, lines: Sequence[Line], kinds: list[str]) -> None:
    """Mark a front matter block at the top ("---", "title: ...", "---") as chrome."""
    found = find_front_matter(text)
    if found is None:
        return
    for i, line in enumerate(lines):
        if line.start >= found.end:
            return
        if kinds[i] != BLANK:
            kinds[i] = PATTERN


def read_layout(text: str, rules: ChromeRules | None = None, *, header: bool = True) -> Layout:
    """Read the structure of a page: headline, header, paragraphs, and chrome to blank.

    With `header=False` (text an extractor already took out of its page) no headline is
    looked for, so nothing is blanked for being above it.
    """
    rules = rules or chrome_rules()
    lines = split_lines(text)
    date_span = _split_date_line(lines, rules)
    reads = _read_lines(lines, rules)
    # One pass turns the reads into a column per field (there is always at least one line).
    contents, read_kinds, tickers, tails, boxes, credits, words, prose = zip(*reads, strict=True)
    kinds = list(read_kinds)
    _mark_front_matter(text, lines, kinds)
    _mark_tickers(tickers, kinds)
    first = _first_prose(prose, kinds)
    title = _find_title(_uncredited(lines, contents, credits), words, kinds, first, rules)
    title = title if header else None
    if title is not None:
        _mark_title(kinds, title)
        _mark_header_names(contents, words, kinds, title, _last_header(kinds, first), rules)
    body_start = 0 if title is None else title + 1
    _mark_tail(tails, kinds, body_start if first is None else first + 1)
    _mark_boxes(prose, boxes, kinds, body_start, rules.box_max_lines)
    spans = [*_spans(lines, credits, kinds), *_repeats(lines, contents, kinds, words)]
    if date_span is not None:
        spans.append(date_span)
    return Layout(
        text=text,
        lines=tuple(lines),
        contents=contents,
        kinds=tuple(kinds),
        title=title,
        first_prose=first,
        spans=tuple(spans),
        words=words,
        prose=prose,
    )
