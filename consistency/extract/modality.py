"""Read a claim's modality from the words around its verb: hedged or not, and its tense."""

from __future__ import annotations

import re

from consistency.extract.cues import any_word
from consistency.extract.timex import date_phrases
from consistency.runtime import corpus_cache
from consistency.vocabulary import group


def _words(name: str) -> re.Pattern[str]:
    """A modality group (data/vocabulary/modality.yaml) as whole words in any case.

    Between plain word boundaries, not the vocabulary's own, so that "we'll" holds "'ll".
    """
    return re.compile(rf"\b(?:{group('modality', name).alternation})\b", re.IGNORECASE)


# Words that make a claim only possible, expected or planned rather than reported as done.
_HEDGE = _words("hedges")
# Auxiliaries and phrases that put a claim in the future, relative to publication.
_FUTURE = _words("future")
_PAST = _words("past")
_PRESENT = _words("present")
_ATTRIBUTION = (
    # "according to US officials", "citing a ministry readout"
    re.compile(
        rf"\b(?:{group('modality', 'attribution_leads').alternation})\s+"
        r"(?P<source>[^,.;:]{3,80})",
        re.IGNORECASE,
    ),
    # "..., a government spokesperson said." / "..., the foreign ministry said"
    re.compile(
        r",\s*(?P<source>(?:an?|the)\s+[^,.;:\"“”]{3,70}?)\s+"
        rf"(?:{group('modality', 'attribution_verbs').alternation})\b"
    ),
    # "Chinese state media reported", "US officials said"
    re.compile(
        r"\b(?P<source>(?:[A-Z][\w.'’-]*\s+){0,3}(?:state\s+)?"
        rf"(?:{group('modality', 'source_groups').alternation}))\s+"
        rf"(?:{group('modality', 'source_group_verbs').alternation})\b"
    ),
)


# The same clauses recur: several claims share a verb, and outlets share wire copy.
@corpus_cache(maxsize=1 << 14)
def is_hedged(clause: str) -> bool:
    """Tell whether the words leading up to a claim's verb hedge it."""
    return _HEDGE.search(_without_dates(clause)) is not None


@corpus_cache(maxsize=1 << 14)
def tense_of(clause: str, verb: str) -> str:
    """Tense of a claim from its verb and the words just before it."""
    clause = _without_dates(clause)
    if _FUTURE.search(clause):
        return "future"
    if _PAST.fullmatch(verb) or _PAST.search(clause):
        return "past"
    if _PRESENT.fullmatch(verb):
        return "present"
    return "unknown"


def _longest(phrase: str) -> str:
    """The longest word of a phrase."""
    return max(phrase.split(), key=len)


def _without_dates(text: str) -> str:
    """The text with its date phrases blanked, so "May 20" is not read as the verb "may"."""
    for start, end, _ in date_phrases(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Words each _ATTRIBUTION pattern needs, in its case: most sentences hold none of them.
# One word of each phrase (its longest) is enough: the phrase cannot occur without it.
_CITING_CUE = any_word((_longest(p) for p in group("modality", "attribution_leads").entries), True)
_SAID_CUE = any_word(group("modality", "attribution_verbs").entries)
_GROUP_CUE = any_word(group("modality", "source_groups").entries)
_REPORTED_CUE = any_word(group("modality", "source_group_verbs").entries)


def _may_attribute(sentence: str) -> tuple[bool, bool, bool]:
    """For each _ATTRIBUTION pattern, whether its words occur in a sentence (it may match)."""
    return (
        _CITING_CUE(sentence),
        "," in sentence and _SAID_CUE(sentence),
        _GROUP_CUE(sentence) and _REPORTED_CUE(sentence),
    )


# Asked once per claim, and a sentence often holds several claims.
@corpus_cache(maxsize=1 << 15)
def attribution_of(sentence: str) -> str:
    """The source a sentence attributes its claim to ("US officials"), or ""."""
    for pattern, may_match in zip(_ATTRIBUTION, _may_attribute(sentence), strict=True):
        match = pattern.search(sentence) if may_match else None
        if match:
            return match.group("source").strip()
    return ""
