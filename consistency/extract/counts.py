"""Counts: "12 agreements", one hyphened word ("a seven-course dinner"), an ordinal of meetings.

The count keeps its noun ("courses") and its owner: the courses of a meeting's meal belong to
the pair who met, so "seven-course dinner" and "six-course meal" are one count, compared,
while "a 12-member delegation" is a count of members of no meeting. "Their second
face-to-face summit" and "the second time they have met in person" both count the pair's
in-person meetings; "the pair's seventh interaction" counts their interactions of any kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.datafiles import package_data
from consistency.extract.cues import Guarded, guard, words_pattern
from consistency.extract.delegations import delegation_sizes
from consistency.extract.document import Document, Found
from consistency.extract.documents import document_counts
from consistency.extract.durations import MeetingOwners
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.money import sums
from consistency.extract.quantities import NUMBER, NUMBER_WORD, QUALIFIER
from consistency.extract.timex import date_phrases
from consistency.knowledge import lexicon
from consistency.runtime import corpus_cache

TOPIC = "counts"
_FUNCTION_WORD = f"(?:{vocabulary.group(TOPIC, 'not_counted_words').alternation})"
_COUNT = re.compile(
    rf"(?<![\w-])(?P<number>(?:{QUALIFIER}\s+)?{NUMBER})\s+"
    rf"(?P<things>(?:(?!{_FUNCTION_WORD}\b)[A-Za-z.]+\s+){{0,2}}?(?P<noun>[a-z]{{3,}}s|"
    rf"{vocabulary.group('counts', 'plural_without_s').alternation}))\b",
    re.IGNORECASE,
)
# "a 10-year sentence": a length written as one hyphenated word before what it measures.
_LENGTH_UNIT = f"(?:{vocabulary.group(TOPIC, 'length_units').alternation})"
_LENGTH_COUNT = guard(
    rf"(?<![\w-])(?P<number>\d+|{NUMBER_WORD})-(?P<unit>{_LENGTH_UNIT})\s+"
    rf"(?:[a-z]+\s+)?(?P<noun>{words_pattern('length_nouns')})\b",
    re.IGNORECASE,
)
# Words each side of a count that may hedge it or give its tense.
_AROUND = 6
_YEARLIKE = re.compile(r"^(?:1[89]|2[01])\d\d$")
_REFERENCE = re.compile(
    rf"\b(?:{vocabulary.group(TOPIC, 'referring_words').alternation})\s+$", re.IGNORECASE
)


@cache
def _hyphened() -> Guarded:
    """A number, a hyphen (print sometimes breaks it: "seven- course") and a counted unit."""
    units = vocabulary.group(TOPIC, "hyphen_units").alternation
    return guard(
        rf"(?<![\w-])(?P<number>\d+|{NUMBER_WORD})-\s?(?P<unit>{units})"
        rf"(?P<head>(?:\s+[a-z]+){{1,2}})\b",
        re.IGNORECASE,
    )


def _taken(text: str) -> tuple[tuple[int, int], ...]:
    """Where a delegation's size, a document's parts or a sum are told: their readers own them."""
    spans = [(s, e) for s, e, *_ in (*delegation_sizes(text), *document_counts(text))]
    return (*spans, *((found.start, found.end) for found in sums(text)))


def _in(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Tell whether an offset lies in one of the spans."""
    return any(start <= position < end for start, end in spans)


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def _counts(text: str) -> tuple[tuple[int, int, str, str, bool, str, bool], ...]:
    """(start, end, number, unit, hedged, tense, of a meal) of each hyphened count in a text."""
    if "-" not in text:
        return ()
    meals = vocabulary.group(TOPIC, "meeting_meals").pattern
    expected = vocabulary.group("durations", "expectations").pattern
    found = []
    taken = _taken(text)
    for match in _hyphened().finditer(text):
        if _in(match.start(), taken):
            continue
        before = text[: match.start()]
        clause = " ".join(before.split()[-8:])
        meal = meals.search(match.group("head")) is not None
        found.append(
            (
                match.start(),
                match.end("unit"),
                match.group("number"),
                match.group("unit").lower(),
                is_hedged(clause) or expected.search(clause) is not None,
                tense_of(clause, ""),
                meal,
            )
        )
    return tuple(found)


def hyphen_count_claims(doc: Document) -> Iterator[Found]:
    """Every quantity claim written as "a seven-course dinner", with its noun and owner."""
    owners = MeetingOwners(doc)
    for index, sentence in enumerate(doc.sentences):
        for start, end, number, unit, hedged, tense, meal in _counts(sentence.text):
            owner: tuple[str, ...] = ()
            if meal:
                owner = owners(index, sentence.start + start, hedged)
            yield Found(
                fact="quantity",
                subject=(*owner, f"{unit}s"),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=hedged,
                tense=tense,
            )


_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))"
)
# "The second round of talks" numbers a part of one meeting, not the pair's meetings.
_PARTS = r"(?:of|round|rounds|session|sessions|part|day|days|leg|phase|stage|sit-down)"
# What an ordinal of meetings stands after: "the", "their", "the pair's", "only the".
_OWNED = r"(?:the|their|its|his|her|[\w-]+['’]s)\s+"
_TIME_MET = guard(
    rf"\b{_OWNED}(?P<ordinal>{_ORDINAL})\s+time\s+(?:that\s+)?(?:\w+\s+){{0,3}}?"
    rf"(?:met|meet|meeting|have\s+met|had\s+met|sat\s+down)\b",
    re.IGNORECASE,
)


@cache
def _ordinal_noun() -> Guarded:
    """An ordinal before an encounter noun: "the second face-to-face summit"."""
    nouns = vocabulary.group(TOPIC, "encounters").alternation
    return guard(
        rf"\b{_OWNED}(?P<ordinal>{_ORDINAL})\s+(?:(?!{_PARTS}\b)[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>{nouns})\b",
        re.IGNORECASE,
    )


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def _ordinals(text: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """(start, end, ordinal, counted noun, hedged) of each ordinal of meetings in a text."""
    in_person = vocabulary.group(TOPIC, "in_person").pattern
    found = []
    for match in _TIME_MET.finditer(text):
        after = text[match.end() : match.end() + 20]
        noun = "in-person meetings" if in_person.search(match.group() + after) else "meetings"
        found.append((match.start("ordinal"), match.end(), match.group("ordinal"), noun))
    for match in _ordinal_noun().finditer(text):
        if any(s <= match.start("ordinal") < e for s, e, *_ in found):
            continue
        noun = _counted_encounter(match.group("noun").lower())
        if noun == "meetings" and in_person.search(match.group()):
            noun = "in-person meetings"
        found.append((match.start("ordinal"), match.end(), match.group("ordinal"), noun))
    expected = vocabulary.group("durations", "expectations").pattern
    return tuple(
        (start, end, ordinal, noun, expected.search(text[:start]) is not None)
        for start, end, ordinal, noun in found
    )


def _counted_encounter(noun: str) -> str:
    """The plural an encounter noun is counted as: a summit or talks are meetings."""
    singular = noun.removesuffix("s") if noun != "talks" else "meeting"
    if singular in ("meeting", "summit", "encounter"):
        return "meetings"
    if singular in ("interaction", "contact"):
        return "interactions"
    return "calls"


def ordinal_count_claims(doc: Document) -> Iterator[Found]:
    """Every count of a pair's meetings told as an ordinal ("their third summit")."""
    owners = MeetingOwners(doc)
    for index, sentence in enumerate(doc.sentences):
        for start, end, ordinal, noun, hedged in _ordinals(sentence.text):
            at = sentence.start + start
            owner = owners(index, at, False)
            if not owner:
                continue
            yield Found(
                fact="quantity",
                subject=(*owner, noun),
                start=at,
                end=sentence.start + end,
                sentence=sentence,
                value_text=ordinal,
                hedged=hedged,
                tense="past",
            )


@cache
def _round_ordinal() -> Guarded:
    """An ordinal before a round of a series: "a sixth round of trade talks", "the 6th round"."""
    rounds = vocabulary.group(TOPIC, "series_parts").alternation
    return guard(
        rf"\b(?:an?\s+|{_OWNED})(?P<ordinal>{_ORDINAL})\s+"
        rf"(?P<part>{rounds})\b(?:\s+of\s+(?P<what>(?:[\w-]+\s+){{0,3}}[\w-]+))?",
        re.IGNORECASE,
    )


def round_count_claims(doc: Document) -> Iterator[Found]:
    """Which round of a series a story tells ("the sixth round of talks"): a count of rounds.

    A round only planned ("the seventh round is pencilled in for June") is another round, so
    a hedged or future one yields no count; rounds of talks and of negotiations are one
    series, rounds of sanctions another.
    """
    talks = vocabulary.words(TOPIC, "talks_nouns")
    expected = vocabulary.group("durations", "expectations").pattern
    for sentence in doc.sentences:
        text = sentence.text
        for match in _round_ordinal().finditer(text):
            around = text[max(0, match.start() - 40) : match.end() + 40]
            if is_hedged(around) or expected.search(around) or tense_of(around, "") == "future":
                continue
            what = [word.lower() for word in (match.group("what") or "").split()]
            part = match.group("part").lower().removesuffix("s")
            # "of free trade talks", "of talks in Lima": talks if any of the words says so.
            noun = f"{part}s" if not what or talks & set(what) else f"{part}s of {what[0]}"
            yield Found(
                fact="quantity",
                subject=(noun.lower(),),
                start=sentence.start + match.start("ordinal"),
                end=sentence.start + match.end(),
                sentence=sentence,
                value_text=match.group("ordinal"),
                hedged=False,
                tense="past",
            )


# "a 60-strong delegation": the number of its members; adjectives may stand between.
_STRONG = re.compile(
    rf"(?<![\w-])(?P<number>\d[\d,]*|{NUMBER_WORD})-strong(?:\s+[A-Z][\w-]*)*\s+(?P<head>[a-z]+)"
)


def strength_claims(doc: Document) -> Iterator[Found]:
    """Counts of a group's members told as its strength ("a 60-strong delegation")."""
    for sentence in doc.sentences:
        if "-strong" not in sentence.text:
            continue
        taken = _taken(sentence.text)
        for match in _STRONG.finditer(sentence.text):
            if _in(match.start(), taken):
                continue
            clause = " ".join(sentence.text[: match.start()].split()[-8:])
            yield Found(
                fact="quantity",
                subject=(f"{match.group('head')} members",),
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
                sentence=sentence,
                value_text=match.group("number"),
                hedged=is_hedged(clause),
                tense=tense_of(clause, ""),
            )


def count_claims(doc: Document) -> Iterator[Found]:
    """Quantity claims: a number attached to a plural noun ("Twelve delegations took part").

    What a meeting yields ("signed 12 agreements") belongs to the pair who met, as a meal's
    courses do, unless the sentence counts over a longer time ("since 2015", "so far").
    """
    owners = MeetingOwners(doc)
    outcomes = vocabulary.words(TOPIC, "meeting_outcomes")
    for index, sentence in enumerate(doc.sentences):
        for start, end, noun, number, hedged, tense in _plural_counts(sentence.text):
            owner: tuple[str, ...] = ()
            if noun in outcomes and not _cumulative(sentence.text):
                owner = owners(index, sentence.start + start, hedged)
            yield Found(
                fact="quantity",
                subject=(*owner, noun),
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=hedged,
                tense=tense,
            )


# The count pattern is the costliest of the extractor's; outlets that run the same wire copy
# repeat sentences word for word, so each sentence text is read once.
@corpus_cache(maxsize=1 << 15)
def _plural_counts(text: str) -> tuple[tuple[int, int, str, str, bool, str], ...]:
    """The counts of a sentence text as (start, end, noun, number, hedged, tense)."""
    skip = lexicon().uncounted_nouns
    found = []
    dates: list[tuple[int, int, str]] | None = None  # found only for a sentence with counts
    taken: tuple[tuple[int, int], ...] | None = None
    for match in _COUNT.finditer(text):
        if taken is None:
            taken = _taken(text)
        if _in(match.start(), taken):
            continue
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
        thing = _counted_thing(text, match.group("things").lower(), noun)
        found.append((match.start(), match.end(), thing, number, *_modality(text, match)))
    for match in _LENGTH_COUNT.finditer(text):
        thing = f"{match.group('noun').lower()} ({match.group('unit').lower()}s)"
        number = match.group("number")
        found.append((match.start(), match.end(), thing, number, *_modality(text, match)))
    return tuple(found)


def _modality(text: str, match: re.Match[str]) -> tuple[bool, str]:
    """Hedge and tense of a count from the words around it ("are expected to attend")."""
    after = text[match.end() :].split()[:_AROUND]
    # Reported speech turns a plan's "will" into "would" ("said 14 prisoners would be
    # exchanged"): that tells the future, it does not doubt the count.
    after = ["will" if word == "would" else word for word in after]
    around = " ".join([*text[: match.start()].split()[-_AROUND:], *after])
    return is_hedged(around), tense_of(around, "")


def _counted_thing(text: str, things: str, noun: str) -> str:
    """The name of the group a counted noun belongs to: "detainees" are "prisoners".

    A general noun counts a group when a verb of that group is near: "14 people will be
    exchanged" counts prisoners, "they signed 12 documents" counts agreements.
    """
    groups = _synonyms()
    thing = groups.get(" ".join(things.split()), groups.get(noun, noun))
    for counted_as, nouns, verbs in _counted_by_verb():
        if thing in nouns and verbs.search(text):
            return groups.get(counted_as, counted_as)
    return thing


def _cumulative(text: str) -> bool:
    """Tell whether a sentence counts over a longer time than one meeting ("so far")."""
    return vocabulary.pattern(TOPIC, "cumulative").search(text) is not None


@cache
def _synonyms() -> dict[str, str]:
    """Each counted noun or phrase of data/lexicon.yaml's counted_synonyms, to its group name."""
    return {
        word.lower(): group[0].lower()
        for group in package_data("lexicon.yaml").get("counted_synonyms") or ()
        for word in group
    }


@cache
def _counted_by_verb() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """(group, general nouns, verbs) of data/lexicon.yaml's counted_by_verb."""
    return tuple(
        (
            str(entry["as"]).lower(),
            frozenset(str(noun).lower() for noun in entry["nouns"]),
            re.compile(
                r"\b(?:" + "|".join(re.escape(str(v)) for v in entry["verbs"]) + r")\b",
                re.IGNORECASE,
            ),
        )
        for entry in package_data("lexicon.yaml").get("counted_by_verb") or ()
    )
