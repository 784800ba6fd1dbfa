"""Find the phrases in a sentence that name a day, a month or a year (not yet their values)."""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_LEAD = r"(?:(?:on|in|since|by|until|from|last|next|this|early|late|later on|earlier on)\s+)?"
# A month needs a day, a year or a leading preposition, so "May" the verb is not a date.
_MONTH_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH},?\s+{_YEAR})"
)
_BARE_MONTH = rf"(?:in|last|next|early|late|since|by|until|this|for)\s+(?:last\s+)?{_MONTH}"
_WEEKDAY_PHRASE = rf"{_WEEKDAY}{_PART}"
_PHRASE = re.compile(
    rf"(?<![\w-])(?:{_LEAD}(?:{_MONTH_DATE}|{_WEEKDAY_PHRASE})|{_BARE_MONTH}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|(?:in|since)\s+{_YEAR}|yesterday|today|tomorrow|"
    rf"(?:last|next|this)\s+(?:year|month))(?![\w-])",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(rf"{_WEEKDAY}|{_MONTH}", re.IGNORECASE)


def date_phrases(sentence: str) -> list[tuple[int, int, str]]:
    """Every date phrase in a sentence as (start, end, text), longest first at each place."""
    found = []
    for match in _PHRASE.finditer(sentence):
        if _has_lowercase_name(match.group()):
            continue
        found.append((match.start(), match.end(), match.group()))
    return found


def _has_lowercase_name(phrase: str) -> bool:
    """Reject "may" and "march" written in lower case: those are verbs, not months."""
    return any(not m.group()[0].isupper() for m in _CAPITALISED.finditer(phrase))
