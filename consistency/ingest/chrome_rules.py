"""Load the page-chrome markers (data/chrome.yaml) and known outlets (data/outlets.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from consistency.datafiles import package_data
from consistency.ingest.printed_dates import (
    DATE_PATTERN,
    TIME_PATTERN,
    WEEKDAY_PATTERN,
    YEARLESS_PATTERN,
)
from consistency.knowledge import fold


@dataclass(frozen=True)
class Markers:
    """Whole-line marker patterns, joined into one pattern when they can be, to try a line once."""

    patterns: tuple[re.Pattern[str], ...]
    joined: re.Pattern[str] | None

    def fullmatch(self, text: str) -> bool:
        """Tell whether one of the patterns matches the whole of `text`."""
        if self.joined is not None:
            return self.joined.fullmatch(text) is not None
        return any(p.fullmatch(text) for p in self.patterns)


def _join(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern matching a whole text exactly when one of `patterns` does, or None."""
    # Joining renumbers groups (breaking backreferences) and needs the same flags for all.
    if not patterns or any(p.groups for p in patterns) or len({p.flags for p in patterns}) > 1:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        # A global inline flag such as "(?x)" is only allowed at the start of a pattern.
        return None


def markers(patterns: Iterable[re.Pattern[str]]) -> Markers:
    """Gather whole-line marker patterns."""
    found = tuple(patterns)
    return Markers(found, _join(found))


@dataclass(frozen=True)
class ChromeRules:
    """Compiled chrome markers: what a menu, box, counter, credit and footer look like."""

    date_line: re.Pattern[str]
    #: A line giving the page's own web address (groups `url` and `label`).
    address_line: re.Pattern[str] | None
    #: A date labelled as an update, and as the publication, at the end of a text.
    update_label: re.Pattern[str] | None
    publication_label: re.Pattern[str] | None
    bullets: str
    menu_item_max_words: int
    nav_line: re.Pattern[str]
    line_patterns: Markers
    byline_patterns: Markers
    tokens: re.Pattern[str]
    token_line_max_words: int
    #: Labels of a print edition printed beside its date ("Page 7", "Vol. 12").
    edition_labels: Markers
    #: Items that make a header line of items a byline beside a date ("Jane Doe", "Reporter").
    byline_items: Markers
    menu_patterns: Markers
    list_items: Markers
    tail_markers: Markers
    box_markers: Markers
    box_max_lines: int
    ticker_markers: Markers
    credit_patterns: tuple[re.Pattern[str], ...]
    credit_max_words: int
    outlet_patterns: tuple[re.Pattern[str], ...]
    credit_lines: tuple[re.Pattern[str], ...]
    credit_signatures: tuple[re.Pattern[str], ...]
    #: A copyright line, whose `outlet` is credited with the story when it is a wire agency.
    credit_copyright: re.Pattern[str] | None
    credit_starts: tuple[re.Pattern[str], ...]
    promo_patterns: tuple[re.Pattern[str], ...]
    dateline: re.Pattern[str] | None
    not_outlets: frozenset[str]
    company_words: frozenset[str]
    publication_words: frozenset[str]
    small_words: frozenset[str]
    header_name_max_words: int


@lru_cache(maxsize=1 << 14)
def folded(name: str) -> str:
    """`fold` a name, remembering it: a site prints the same few names on every page."""
    return fold(name)


@dataclass(frozen=True)
class Outlets:
    """Known outlets: folded name or alias to the name to report, and domain to name."""

    names: Mapping[str, str]
    domains: Mapping[str, str]
    #: The reported names of the wire agencies.
    agencies: frozenset[str] = frozenset()

    def canonical(self, name: str) -> str | None:
        """Return the reported name of a known outlet called `name`, or None."""
        return self.names.get(folded(name))

    def leading(self, text: str, most_words: int = 6) -> str | None:
        """The reported name of the known outlet whose name starts `text`, longest first."""
        words = text.split()
        for count in range(min(most_words, len(words)), 0, -1):
            name = self.canonical(" ".join(words[:count]).strip(" .,;:|()[]-–—\"'“”‘’"))
            if name is not None:
                return name
        return None

    def for_host(self, host: str) -> str | None:
        """Return the known outlet whose domain is `host` or a parent domain of it."""
        parts = host.lower().rstrip(".").split(".")
        for i in range(len(parts) - 1):
            found = self.domains.get(".".join(parts[i:]))
            if found is not None:
                return found
        return None


_PLACEHOLDERS = {
    "{date}": DATE_PATTERN,
    "{time}": TIME_PATTERN,
    "{weekday}": WEEKDAY_PATTERN,
    "{yearless}": YEARLESS_PATTERN,
}


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile one marker pattern, case-insensitive, with {date}, {time} and {weekday} expanded."""
    for placeholder, expansion in _PLACEHOLDERS.items():
        pattern = pattern.replace(placeholder, expansion)
    return re.compile(pattern, re.IGNORECASE)


def _compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile a list of marker patterns."""
    return tuple(_compile(p) for p in patterns)


def _nav_line(phrases: Iterable[str]) -> re.Pattern[str]:
    """Build a pattern for a line made only of navigation phrases, maybe glued together."""
    longest_first = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return _compile(rf"(?:(?:{'|'.join(longest_first)})[\s|/·,]*)+")


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    """Compile a marker pattern that chrome.yaml may leave out."""
    return _compile(pattern) if pattern else None


def _label(pattern: str | None) -> re.Pattern[str] | None:
    """A label with the date after it, at the end of a text; None when there is no label."""
    return _compile(rf"(?<![\w])(?:{pattern})\s*{{weekday}}?{{date}}$") if pattern else None


def _words(words: Iterable[Any] | None) -> frozenset[str]:
    """Fold a list of words from chrome.yaml into a set (none when the list is missing)."""
    return frozenset(str(word).casefold() for word in words or ())


def chrome_rules_from(data: Mapping[str, Any]) -> ChromeRules:
    """Compile chrome markers from the mapping that chrome.yaml holds."""
    return ChromeRules(
        date_line=_compile(data["date_line"]),
        address_line=_optional(data.get("address_line")),
        update_label=_label(data.get("update_label")),
        publication_label=_label(data.get("publication_label")),
        bullets=str(data["bullets"]),
        menu_item_max_words=int(data["menu_item_max_words"]),
        nav_line=_nav_line(data["nav_phrases"]),
        line_patterns=markers(_compile_all(data["line_patterns"])),
        byline_patterns=markers(_compile_all(data["byline_patterns"])),
        tokens=_compile("|".join(f"(?:{p})" for p in data["tokens"])),
        token_line_max_words=int(data["token_line_max_words"]),
        edition_labels=markers(_compile_all(data.get("edition_labels") or ())),
        byline_items=markers(_compile_all(data.get("byline_items") or ())),
        menu_patterns=markers(_compile_all(data.get("menu_patterns") or ())),
        list_items=markers(_compile_all(data.get("list_items") or ())),
        tail_markers=markers(_compile_all(data["tail_markers"])),
        box_markers=markers(_compile_all(data["box_markers"])),
        box_max_lines=int(data["box_max_lines"]),
        ticker_markers=markers(_compile_all(data["ticker_markers"])),
        credit_patterns=_compile_all(data["credit_patterns"]),
        credit_max_words=int(data["credit_max_words"]),
        outlet_patterns=_compile_all(data["outlet_patterns"]),
        credit_lines=_compile_all(data.get("credit_lines") or ()),
        credit_signatures=_compile_all(data.get("credit_signatures") or ()),
        credit_copyright=_optional(data.get("credit_copyright")),
        credit_starts=_compile_all(data.get("credit_starts") or ()),
        promo_patterns=_compile_all(data.get("promo_patterns") or ()),
        dateline=_compile(data["dateline"]) if data.get("dateline") else None,
        not_outlets=_words(data.get("not_outlets")),
        company_words=_words(data.get("company_words")),
        publication_words=_words(data.get("publication_words")),
        small_words=_words(data.get("small_words")),
        header_name_max_words=int(data.get("header_name_max_words", 0)),
    )


def outlets_from(entries: Iterable[Mapping[str, Any]]) -> Outlets:
    """Index outlet entries (name, aliases, domains) by folded name and by domain."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    agencies: set[str] = set()
    for entry in entries:
        name = str(entry["name"])
        if entry.get("agency"):
            agencies.add(name)
        for alias in (name, *(entry.get("aliases") or ())):
            names[fold(str(alias))] = name
        for domain in entry.get("domains") or ():
            domains[str(domain).lower()] = name
    return Outlets(names=names, domains=domains, agencies=frozenset(agencies))


@cache
def chrome_rules() -> ChromeRules:
    """Load the chrome markers shipped in data/chrome.yaml."""
    return chrome_rules_from(package_data("chrome.yaml"))


@cache
def known_outlets() -> Outlets:
    """Load the outlets listed in data/outlets.yaml."""
    return outlets_from(package_data("outlets.yaml")["outlets"])
