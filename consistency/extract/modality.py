"""Read a claim's modality from the words around its verb: hedged or not, and its tense."""

from __future__ import annotations

import re

from consistency.extract.cues import any_word
from consistency.extract.timex import date_phrases
from consistency.runtime import corpus_cache

# Words that make a claim only possible, expected or planned rather than reported as done.
_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|likely|reportedly|perhaps|expected to|scheduled to|"
    r"due to|set to|plans? to|planning to|hopes? to|no confirmation|not known whether|"
    r"unclear whether|not clear whether|possibility|would)\b",
    re.IGNORECASE,
)
# Auxiliaries and phrases that put a claim in the future, relative to publication.
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going to|expected to|scheduled to|due to|set to|plans? to|"
    r"planning to|hopes? to|may|might|could|later (?:on|today|this)|ahead of|upcoming|"
    r"is to|are to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:met|held|shook|had|was|were|talked|spoke|landed|arrived|left|departed|"
    r"concluded|ended|began|started|visited|travel(?:l)?ed|called|did|became|said|"
    r"canceled|cancelled|postponed|reached|made|lasted|phoned|telephoned|flew|wrapped|"
    r"exchanged|swapped|freed|released|agreed)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:meets|holds|shakes|talks|is|are|visits|arrives|travels|flies|leaves|departs|begins|"
    r"starts|ends|concludes|phones|telephones|speaks)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = (
    # "according to US officials", "citing a ministry readout"
    re.compile(
        r"\b(?:according to|citing|as reported by|quoted by)\s+(?P<source>[^,.;:]{3,80})",
        re.IGNORECASE,
    ),
    # "..., a government spokesperson said." / "..., the foreign ministry said"
    re.compile(
        r",\s*(?P<source>(?:an?|the)\s+[^,.;:\"“”]{3,70}?)\s+(?:said|says|reported|told|added)\b"
    ),
    # "Chinese state media reported", "US officials said"
    re.compile(
        r"\b(?P<source>(?:[A-Z][\w.'’-]*\s+){0,3}(?:state\s+)?(?:media|officials|sources|"
        r"diplomats|authorities))\s+(?:reported|said|say|says|confirmed)\b"
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


def _without_dates(text: str) -> str:
    """The text with its date phrases blanked, so "May 20" is not read as the verb "may"."""
    for start, end, _ in date_phrases(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Words each _ATTRIBUTION pattern needs, in its case: most sentences hold none of them.
# Single words, since the patterns allow any run of spaces between theirs.
_CITING_CUE = any_word(("according", "citing", "reported", "quoted"), True)
_SAID_CUE = any_word(("said", "says", "reported", "told", "added"))
_GROUP_CUE = any_word(("media", "officials", "sources", "diplomats", "authorities"))
_REPORTED_CUE = any_word(("reported", "said", "say", "confirmed"))


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
