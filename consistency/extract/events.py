"""Find dated incidents ("the ferry collision last February") and counts ("three reporters")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from consistency.extract.document import Document, Found
from consistency.extract.quantities import NUMBER, QUALIFIER
from consistency.extract.sentences import Sentence
from consistency.extract.timex import date_phrases
from consistency.knowledge import lexicon

# Words of a plan or visit: a date next to them dates the plan, not the incident.
_OTHER_TRIGGERS = re.compile(
    r"\b(?:visit|trip|due|planned|scheduled|met|meet|meeting|talks|call|arrived|landed)\b"
)
# A relative clause that says what happened: "..., when a guard was killed at the crossing".
_RELATIVE = re.compile(r"^\s*,?\s*(?:when|that|which|where|in which)\b[^.;,]*")
_FUNCTION_WORD = r"(?:the|a|an|of|for|on|in|at|to|by|with|from|and|or|more|than)"
_COUNT = re.compile(
    rf"(?<![\w-])(?P<number>(?:{QUALIFIER}\s+)?{NUMBER})\s+"
    rf"(?:(?!{_FUNCTION_WORD}\b)[A-Za-z]+\s+){{0,2}}?(?P<noun>[a-z]{{3,}}s)\b",
    re.IGNORECASE,
)
_YEARLIKE = re.compile(r"^(?:1[89]|2[01])\d\d$")
_REFERENCE = re.compile(r"\b(?:the|these|those|their|its|his|her|our|all)\s+$", re.IGNORECASE)
_MAX_GAP = 80
_KEY_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")


@lru_cache(maxsize=64)
def _long_words(shortest: int) -> re.Pattern[str]:
    """Whole ASCII words (runs of [A-Za-z]) of at least `shortest` letters.

    Words shorter than every word looked for cannot match, and skipping them ("the", "of",
    "a") spares most of the Python-level set lookups.
    """
    return re.compile(rf"(?<![A-Za-z])[A-Za-z]{{{max(shortest, 1)},}}")


def _words_in(words: frozenset[str]) -> re.Pattern[str]:
    """The pattern that finds every word of a text that could be one of `words`."""
    return _long_words(min((len(w) for w in words), default=1))


def _may_hold(text: str, words: frozenset[str]) -> bool:
    """Tell whether a text may hold one of some lower-case words as a whole ASCII word.

    A cheap test before the word by word search: most articles name no incident at all.
    """
    return any(map(text.lower().__contains__, words))


def incident_keys(docs: Iterable[Document]) -> frozenset[str]:
    """Nouns that name incidents in a corpus: "ferry" of "the ferry collision"."""
    return frozenset(key for doc in docs for key in body_incident_keys(doc.body))


def body_incident_keys(body: str) -> frozenset[str]:
    """The incident nouns of one article body; a corpus's keys are the union of its articles'."""
    lex = lexicon()
    keys: set[str] = set()
    if not _may_hold(body, lex.incident_words):
        return frozenset()
    for match in _words_in(lex.incident_words).finditer(body):
        if match.group().lower() in lex.incident_words:
            before = _KEY_BEFORE.search(body[max(0, match.start() - 30) : match.start()])
            if before and before.group(1) not in lex.stopwords:
                keys.add(before.group(1))
    return frozenset(keys)


def event_claims(doc: Document) -> Iterator[Found]:
    """event.date claims: an incident and the date phrase that belongs to it."""
    words = lexicon().incident_words | doc.incident_keys
    if not _may_hold(doc.body, words):
        return
    pattern = _words_in(words)
    for sentence in doc.sentences:
        if not _may_hold(sentence.text, words):
            continue
        for match in pattern.finditer(sentence.text):
            if match.group().lower() in words:
                found = _dated_incident(sentence, match)
                if found is not None:
                    yield found
                    break


def _dated_incident(sentence: Sentence, word: re.Match[str]) -> Found | None:
    """The claim for one incident word, if a date phrase follows it closely."""
    text = sentence.text
    for start, end, phrase in date_phrases(text):
        if not 0 <= start - word.end() <= _MAX_GAP or _OTHER_TRIGGERS.search(
            text[word.end() : start]
        ):
            continue
        begin = _noun_phrase_start(text, word.start())
        tail = _RELATIVE.match(text[end:])
        stop = end + (tail.end() if tail else 0)
        return Found(
            fact="event.date",
            subject=(),
            start=sentence.start + begin,
            end=sentence.start + stop,
            sentence=sentence,
            value_text=phrase,
            hedged=False,
            tense="past",
        )
    return None


def _noun_phrase_start(text: str, position: int) -> int:
    """Where the incident's noun phrase begins: after the article or preposition before it."""
    before = text[:position]
    match = re.search(
        r"\b(?:the|a|an|this|that|since|after|before|of)\s+((?:[\w-]+\s+){0,3})$", before
    )
    return position - len(match.group(1)) if match else position


def count_claims(doc: Document) -> Iterator[Found]:
    """Quantity claims: a number attached to a plural noun ("Twelve delegations took part")."""
    for sentence in doc.sentences:
        for start, end, noun, number in _counts(sentence.text):
            yield Found(
                fact="quantity",
                subject=(noun,),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=False,
                tense="unknown",
            )


# The count pattern is the costliest of the extractor's; outlets that run the same wire copy
# repeat sentences word for word, so each sentence text is read once.
@lru_cache(maxsize=1 << 15)
def _counts(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """The counts of a sentence text as (start, end, noun, number), spans within the text."""
    skip = lexicon().uncounted_nouns
    found = []
    dates: list[tuple[int, int, str]] | None = None  # found only for a sentence with counts
    for match in _COUNT.finditer(text):
        noun = match.group("noun").lower()
        number = match.group("number")
        if dates is None:
            dates = date_phrases(text)
        in_date = any(s <= match.start() < e for s, e, _ in dates)
        if (
            noun in skip
            or in_date
            or _YEARLIKE.match(number)
            or number.lower() in ("a", "an")
            or _REFERENCE.search(text[: match.start()])
        ):
            continue
        found.append((match.start(), match.end(), noun, number))
    return tuple(found)
