"""Find phrases that carry amounts: durations ("seven and a half hours") and spans of years."""

from __future__ import annotations

import re

from consistency.extract.cues import any_word, guard
from consistency.runtime import corpus_cache
from consistency.vocabulary import group

_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen|half|quarter|a|an)"
)
#: A number written as one word ("ten", "fourteen").
NUMBER_WORD = _WORD
# A number of words is read as the longest run of them, never given back in part, and of at
# most a dozen words more: "a a a ..." is then read once from each word, not in each of its
# exponentially many splits. A word ends at a word boundary ("an hour" is not "a" and
# "n hour"); "and a half" is "and", "a" and "half" (a separate "a " before a word would
# read "a a" two ways).
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?[½¼¾]?|[½¼¾]|"
    rf"{_WORD}\b(?:[\s-]+(?:and\s+)?{_WORD}\b){{0,12}}+)"
)
QUALIFIER = (
    r"(?:more than|just over|just under|over|nearly|almost|about|around|roughly|some|"
    r"approximately|at least|at most|less than|fewer than|under|up to)"
)
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)"
# "two-day" describes a trip unless a meeting noun follows ("a two-hour meeting").
_MEETING_NOUN = r"(?:long\s+)?(?:meeting|talks|session|call|conversation|discussions?)"
DURATION = guard(
    rf"(?<![\w-])(?:{QUALIFIER}\s+)?(?:between\s+)?{NUMBER}"
    rf"(?:\s*(?:-|–|to|and)\s*{NUMBER})?(?:\s+{_UNIT}|-{_UNIT}(?=\s+{_MEETING_NOUN}))"
    rf"(?:\s+and\s+(?:a\s+(?:half|quarter)|{NUMBER}\s+(?:minutes?|mins?)))?(?![\w-])",
    re.IGNORECASE,
)
# A count of years as outlets write it: "six", "6½", "about 6 1/2", "a", "more than a".
_YEARS_COUNT = (
    rf"(?:{QUALIFIER}\s+)?(?:\d+(?:\.\d+)?(?:\s+\d/\d|[½¼¾])?|"
    rf"{_WORD}(?:[\s-]+(?:and\s+)?(?:a\s+)?{_WORD})*)"
)
# "the first ... since 2018", "the highest-ranking ... in five years", "for four years",
# "the first ... since he took office" (a bound tied to an event, not a year).
PRECEDENT = guard(
    rf"\b(?P<kind>first|{group('precedents', 'rank_markers').alternation})\b"
    rf"(?P<what>(?:[^.;!?]|(?<=\b[A-Z])\.){{0,140}}?)\b(?:since\s+(?P<year>(?:19|20)\d\d)\b|"
    rf"(?:in|for)\s+(?:the\s+(?:past|last)\s+)?(?P<span>{_YEARS_COUNT}\s+(?:years?|decades?))\b|"
    rf"since\s+(?P<event>(?!(?:19|20)\d\d\b)[^.;:!?,–—()]{{3,80}}?)"
    rf"(?=\s*(?:[.;:!?,–—()]|$)|\s(?:and|but|when|as|while|after|amid|with|was|is|were|are|"
    rf"has|had|will|would|that|which|who|to)\s))",
    re.IGNORECASE,
)

# "whom he has known since 2011", "spent many hours together over the last 10 or 12 years".
ACQUAINTANCE = re.compile(
    rf"(?<![\w-])(?:{group('precedents', 'acquaintance').alternation})\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:since\s+(?P<year>(?:19|20)\d\d)\b|(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?"
    rf"(?P<span>{_YEARS_COUNT}(?:\s+or\s+{_YEARS_COUNT})?\s+(?:years?|decades?))\b)",
    re.IGNORECASE,
)

# Every duration names one of these units.
_HAS_UNIT = any_word(("min", "hour", "hr", "day", "week"), ignore_case=True)


def duration_phrases(text: str) -> list[tuple[int, int, str]]:
    """Every duration phrase in `text` as (start, end, text)."""
    if not _HAS_UNIT(text):
        return []
    return list(_duration_phrases(text))


# Outlets that run the same wire copy repeat sentences word for word: read each text once.
@corpus_cache(maxsize=1 << 14)
def _duration_phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """The duration phrases of a text, as duration_phrases gives them."""
    return tuple((m.start(), m.end(), m.group()) for m in DURATION.finditer(text))


def precedent_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """Every precedent in `text` as (start, end, text, the year or span of years it counts)."""
    return list(_precedent_phrases(text))


# Outlets that run the same wire copy repeat sentences word for word: read each text once.
@corpus_cache(maxsize=1 << 15)
def _precedent_phrases(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """The precedents of a text, as precedent_phrases gives them."""
    found = []
    for match in PRECEDENT.finditer(text):
        start = _last_kind_word(match)
        value = match.group("year") or match.group("event") or f"in {match.group('span')}"
        found.append((start, match.end(), text[start : match.end()], value))
    if "known" in text or "together" in text:
        for match in ACQUAINTANCE.finditer(text):
            value = match.group("year") or f"in {match.group('span')}"
            found.append((match.start(), match.end(), match.group(), value))
    return tuple(found)


def _last_kind_word(match: re.Match[str]) -> int:
    """Start of the nearest "first"/"highest-ranking" before the year, not the earliest."""
    body = match.group("what")
    nearer = list(re.finditer(r"\b(?:first|highest[- ]ranking|most senior)\b", body, re.I))
    return match.start("what") + nearer[-1].start() if nearer else match.start()
