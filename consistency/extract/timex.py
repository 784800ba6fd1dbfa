"""Find the phrases in a sentence that name a day, a month or a year (not yet their values)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from consistency.extract.cues import any_word
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

# Calendar names as data (data/vocabulary/calendar.yaml): months in calendar order.
MONTH_NAMES = list(group("calendar", "months").entries)
WEEKDAY_NAMES = list(group("calendar", "weekdays").entries)
ABBREVIATIONS = list(group("calendar", "month_abbreviations").entries)


def alternation(words: Iterable[str]) -> str:
    """Join words as a regex alternation, longest first so none is cut short."""
    return "|".join(sorted(words, key=len, reverse=True))


# Patterns over a sentence, in its own case, for date_phrases. Each form is a core that
# starts at an anchor (a month or weekday name, a digit, a relative word) and may take lead
# words before it; scanning for anchors once and matching cores only there keeps this fast.
def _names(words: Iterable[str]) -> str:
    """Alternate capitalised and upper-case forms: lower case "may" and "march" are verbs."""
    forms = [form for word in words for form in (word, word.upper())]
    return f"(?:{alternation(forms)})"


_START = r"(?<![A-Za-z0-9])"
_STOP = r"(?![A-Za-z0-9])"
_S_WEEKDAY = _names(WEEKDAY_NAMES)
_S_MONTH = rf"(?:{_names(MONTH_NAMES)}|{_names(ABBREVIATIONS)}\.?)"
_S_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_S_YEAR = r"(?:1[89]|2[01])\d\d(?!\d)"
_S_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_S_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_S_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_S_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_S_NUMBER = rf"(?:\d+|(?i:(?:{_S_TENS})(?:[\s-](?:{_S_UNITS}))?|{_S_TEENS}|{_S_UNITS}|an?))"
_RELATIVE_WORDS = "yesterday|today|tomorrow|tonight|last|next|this"
_ANCHOR = re.compile(rf"{_START}(?:{_S_WEEKDAY}|{_S_MONTH}|\d|(?i:{_RELATIVE_WORDS}){_STOP})")
_LEAD_WORDS = (
    "later on|earlier on|this coming|this past|later|earlier|early|late|mid|the|"
    "on|in|since|by|until|till|from|during|last|next|this"
)
_ANY_LEAD = re.compile(rf"{_START}(?i:(?:{_LEAD_WORDS})(?:\s+|-)){{1,3}}$")
_YEAR_LEAD = re.compile(
    rf"{_START}(?i:(?:in|since|by|until|till|during|from)\s+(?:(?:early|late|mid)(?:\s+|-))?"
    rf"|(?:early|late|mid)(?:\s+|-))$"
)
_COUNTED_BACK = group("time", "counted_back")
_SAME_DAY = group("time", "same_day")
# "before the summer recess": a bound to the end of July (normalise/values.py).
_BEFORE_SUMMER = group("time", "before_summer")
# A bound before the count ("over a century ago", "less than a decade ago") is the phrase's:
# the event lies beyond or within that many years, which normalise reads as a bound;
# "almost four years ago" lies a little less than four years back.
_COUNT_BOUND = alternation(
    (
        *group("qualifiers", "prefix_min").entries,
        *group("qualifiers", "prefix_max").entries,
        *group("qualifiers", "prefix_nearly").entries,
    )
)
_S_AGO = re.compile(
    rf"{_START}(?i:(?:{_COUNT_BOUND})\s+)?{_S_NUMBER}"
    rf"(?i:[\s-]+(?:{group('time', 'counted_units').alternation})\s+"
    rf"(?:{_COUNTED_BACK.alternation})){_STOP}"
)


_COUNTED_BACK_CUE = any_word(_COUNTED_BACK.entries)
_SAME_DAY_CUE = any_word(_SAME_DAY.entries, ignore_case=True)
_SUMMER_CUE = any_word(("summer",), ignore_case=True)


@dataclass(frozen=True)
class _Form:
    """One kind of date phrase: its core, the lead words it takes, and whether it needs one."""

    core: re.Pattern[str]
    lead: re.Pattern[str] | None = None
    needs_lead: bool = False


def _form(core: str, lead: re.Pattern[str] | None = None, needs_lead: bool = False) -> _Form:
    """Compile a form whose core must end at a word boundary."""
    return _Form(re.compile(core + _STOP), lead, needs_lead)


# A day right after a month name is that month's ("January 28 and 28 January" is two dates).
_NOT_AFTER_MONTH = "".join(
    f"(?<!{form} )" for name in (*MONTH_NAMES, *ABBREVIATIONS) for form in (name, name.upper())
)
# Between the two days of a span ("March 20-22", "19 and 20 November", "May 3 to 5").
_S_RANGE_JOIN = r"\s*(?:-|–|\s(?i:to|and|through)\s)\s*"
_FORMS = (
    _form(
        rf"(?:{_S_MONTH}\s+{_S_DAY}{_S_RANGE_JOIN}{_S_DAY}(?!\s+{_S_MONTH})"
        rf"|{_NOT_AFTER_MONTH}{_S_DAY}{_S_RANGE_JOIN}{_S_DAY}(?:\s+of)?\s+{_S_MONTH})"
        rf"(?:,?\s+{_S_YEAR})?",
        _ANY_LEAD,
    ),
    _form(
        rf"(?:{_S_WEEKDAY},?\s+)?(?:{_S_DAY}(?:\s+of)?\s+{_S_MONTH}|{_S_MONTH}\s+{_S_DAY})"
        rf"(?:,?\s+{_S_YEAR})?",
        _ANY_LEAD,
    ),
    _form(rf"{_S_MONTH}(?:,?\s+{_S_YEAR}|\s+(?i:(?:last|this|next)\s+year))", _ANY_LEAD),
    _form(_names(m for m in MONTH_NAMES if m != "May"), _ANY_LEAD),
    # "May" alone is the verb ("the minister may also meet", "May I"); a lead word makes it a month.
    _form(_names(["May"]), _ANY_LEAD, needs_lead=True),
    _form(rf"{_S_WEEKDAY}{_S_PART}", _ANY_LEAD),
    _form(r"\d{4}-\d{2}-\d{2}"),
    _form(_S_YEAR, _YEAR_LEAD, needs_lead=True),
    _form(rf"(?i:yesterday|today|tomorrow|tonight){_S_PART}"),
    _form(r"(?i:last\s+night|this\s+(?:morning|afternoon|evening))"),
    _form(r"(?i:(?:last|next|this)\s+(?:year|month|week|weekend))", _ANY_LEAD),
)


def date_phrases(sentence: str) -> list[tuple[int, int, str]]:
    """Find the date phrases in a sentence as (start, end, text); the longest match wins."""
    return list(_date_phrases(sentence))


# Several extractors ask for the date phrases of the same sentence, and outlets that run the
# same wire copy repeat sentences word for word: find them once (room for a large corpus's).
@corpus_cache(maxsize=1 << 15)
def _date_phrases(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The date phrases of a sentence, as date_phrases gives them."""
    spans = {span for anchor in _ANCHOR.finditer(sentence) for span in _at(sentence, anchor)}
    if _COUNTED_BACK_CUE(sentence):
        spans |= {(m.start(), m.end()) for m in _S_AGO.finditer(sentence)}
    if _SAME_DAY_CUE(sentence):
        spans |= {m.span() for m in _SAME_DAY.pattern.finditer(sentence)}
    if _SUMMER_CUE(sentence):
        spans |= {m.span() for m in _BEFORE_SUMMER.pattern.finditer(sentence)}
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in chosen):
            chosen.append((start, end))
    return tuple((start, end, sentence[start:end]) for start, end in sorted(chosen))


def _at(sentence: str, anchor: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of every form whose core starts at the anchor, with its lead."""
    for form in _FORMS:
        core = form.core.match(sentence, anchor.start())
        if core is None:
            continue
        lead = (
            form.lead.search(sentence, max(0, core.start() - 40), core.start())
            if form.lead
            else None
        )
        if lead is not None:
            yield lead.start(), core.end()
        elif not form.needs_lead:
            yield core.start(), core.end()


_ONE_DAY = group("time", "one_day").pattern
_WEEKDAY_NAME = re.compile(_S_WEEKDAY)
# A day's number, not a year's digits: "on 12 May", "May 3".
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def before_summer(phrase: str) -> bool:
    """Tell whether a date phrase puts something before the summer ("before the summer recess")."""
    return _BEFORE_SUMMER.pattern.fullmatch(phrase.strip()) is not None


def is_day_span(phrase: str) -> bool:
    """Tell whether a date phrase is a span of numbered days ("March 2-6", "from 2 to 6 March")."""
    return _FORMS[0].core.search(phrase) is not None


def names_a_day(phrase: str) -> bool:
    """Tell whether a date phrase names one day: a weekday, a numbered day or "tomorrow".

    "Next week", "in May" or "later this year" name a stretch of days, not one.
    """
    return bool(
        _WEEKDAY_NAME.search(phrase) or _DAY_NUMBER.search(phrase) or _ONE_DAY.search(phrase)
    )


# "In March 2029 and May 2030": the words between dates of a list.
_LIST_JOIN = re.compile(
    rf"\s*(?:,\s*(?:(?:{group('time', 'list_joins').alternation})\s+)?|"
    rf"(?:{group('time', 'list_joins').alternation})\s+)",
    re.IGNORECASE,
)


def listed_after(
    text: str, phrases: Sequence[tuple[int, int, str]], first: tuple[int, int, str]
) -> list[tuple[int, int, str]]:
    """The date phrases listed right after `first` ("in March 2029 and May 2030"), in order.

    Each is another occasion of what `first` dates. Only months and years: days in a list
    ("on Monday and Tuesday") are one event's days, and a list that names a day is none.
    """
    if names_a_day(first[2]):
        return []
    listed: list[tuple[int, int, str]] = []
    last = first
    for phrase in phrases:
        if phrase[0] < last[1]:
            continue
        if names_a_day(phrase[2]) or not _LIST_JOIN.fullmatch(text, last[1], phrase[0]):
            break
        listed.append(phrase)
        last = phrase
    return listed


def date_list(text: str) -> list[str]:
    """The dates of a phrase that is a list of them ("in March 2029 and May 2030"), else []."""
    phrases = date_phrases(text)
    if len(phrases) < 2 or text[: phrases[0][0]].strip() or text[phrases[-1][1] :].strip():
        return []
    listed = listed_after(text, phrases, phrases[0])
    return [p[2] for p in (phrases[0], *listed)] if len(listed) == len(phrases) - 1 else []
