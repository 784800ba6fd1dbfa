"""Sums of money and what they measure: trade between two countries, a meeting's deals, aid.

"Bilateral trade reached $1.14 billion last year", "trade worth US$2.3bn", "$5bn in deals",
"a €200 million credit line", "investments of about 300 million dollars". A sum is read only
where the words around it say what it measures (vocabulary/amounts.yaml measure_ groups): the
measure after it ("$5bn in deals", "a €200 million credit line") or before it, joined by a
link ("trade reached", "deals worth", "investments of"). A price, a ticker or a sum of nothing
in particular gives no claim; a change ("grew by $200 million") and a total over years
("since 2010") give none either.

The subject is the pair who met (their countries' trade, the deals they signed, the aid or
investment pledged at their meeting) and what the sum measures in its currency: trade is
counted by year ("in 2024", "last year"), a year's part ("in the first half") or "a year",
and a goal ("aim to raise trade to $5bn by 2030") is another figure than the trade reached.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from consistency import vocabulary
from consistency.extract.document import Document, Found
from consistency.extract.durations import MeetingOwners
from consistency.extract.literals import folded
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.money import Sum, sums
from consistency.extract.references import nation_people
from consistency.runtime import corpus_cache

TOPIC = "amounts"
_MEASURE = "measure_"
#: How many words before a sum its measure may stand ("trade between the two countries
#: grew 12% to $1.1bn").
_REACH = 14
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_CLAUSE_END = re.compile(r"[;:—–]|\.\s")
# A capitalised word, possessive or not ("Velmia's"): a nation the clause may name.
_CAPITALISED = re.compile(r"(?<![\w-])((?-i:[A-Z])[\w.]*?)(?:['’]s)?(?![\w-])")
# A word that may qualify an item ("arms" of "arms deal"): lower case (no verb form).
_MODIFIER = re.compile(r"[a-z][a-z-]+")
# What the label of each measure says the sum is of.
_TRADE = "trade"


@dataclass(frozen=True)
class Reading:
    """A sum with what it measures: its words, its currency, its measure and when."""

    start: int
    end: int
    text: str
    code: str
    measure: str
    #: When the sum holds ("in 2024", "a year", "target by 2030"): "" when not told.
    period: str
    #: A year the article's publication day resolves: "last" or "this" year, else "".
    relative: str
    hedged: bool
    tense: str


def _group(name: str) -> vocabulary.Group:
    """A group of the amounts vocabulary."""
    return vocabulary.group(TOPIC, name)


@cache
def _measures() -> dict[str, str]:
    """Every measure word (lower case) to what it measures ("bilateral trade" -> "trade")."""
    return {
        folded(entry).strip(): group.name.removeprefix(_MEASURE)
        for group in vocabulary.all_groups()
        if group.topic == TOPIC and group.name.startswith(_MEASURE)
        for entry in group.entries
    }


@cache
def _measure_words() -> str:
    """Every measure word as one alternation, longest first."""
    return vocabulary.phrases(_measures())


@cache
def _after() -> re.Pattern[str]:
    """The measure right after a sum: "$5bn in deals", "a €200 million credit line"."""
    function = vocabulary.group("counts", "not_counted_words").alternation
    return re.compile(
        rf"^\s+(?:(?:{_group('amount_after').alternation})\s+)?"
        rf"(?:(?!(?:{function})\b)[a-z][\w-]*\s+){{0,2}}?(?P<m>{_measure_words()})(?![\w-])"
        rf"(?!\s+(?:{_group('other_heads').alternation})\b)",
        re.IGNORECASE,
    )


@cache
def _before() -> re.Pattern[str]:
    """A measure word not followed by another head ("trade", not "trade surplus")."""
    return re.compile(
        rf"(?<![\w-])(?P<m>{_measure_words()})(?![\w-])"
        rf"(?!\s+(?:{_group('other_heads').alternation})\b)",
        re.IGNORECASE,
    )


@cache
def _link_at_end() -> re.Pattern[str]:
    """A link word ending the words before a sum: "reached", "worth", "of", "to"."""
    return re.compile(rf"(?<![\w-])(?:{_group('amount_links').alternation})\s*$", re.IGNORECASE)


@cache
def _change_at_end() -> re.Pattern[str]:
    """A change word ending the words before a sum: "grew by", "an increase of"."""
    return re.compile(rf"(?<![\w-])(?:{_group('changes').alternation})\s*$", re.IGNORECASE)


@cache
def _target_year() -> re.Pattern[str]:
    """The year a goal is set for, right after the sum: "by 2030"."""
    return re.compile(
        rf"^\s*(?:{_group('target_years').alternation})\s+(?P<year>(?:19|20)\d\d)\b", re.I
    )


def _measure_of(text: str, found: Sum) -> str | None:
    """What a sum measures: the measure after it, else the last one before its link.

    A single item ("a $400 million arms deal", "a loan of $1bn") is named by its own words,
    with the word before it: it is that deal or loan, not all the deals of the meeting.
    """
    after = _after().match(text[found.end :])
    if after:
        return _named(text[found.end : found.end + after.start("m")], after.group("m"))
    before = text[: found.start]
    clause = _CLAUSE_END.split(before)[-1]
    window = " ".join(clause.split()[-_REACH:])
    named = list(_before().finditer(window))
    if not named or _change_at_end().search(before):
        return None
    # "trade reached $X", "deals worth $X"; or the measure right before it ("invest $2bn").
    if not _link_at_end().search(before) and window[named[-1].end() :].strip():
        return None
    return _named(window[: named[-1].start()], named[-1].group("m"))


def _named(words_before: str, measure: str) -> str:
    """The measure's name: its group's ("trade", "deals"), or a single item's own words."""
    said = folded(measure).strip()  # as the pattern matched it: "inveſtments" is "investments"
    if said in _group("named_kinds").words:
        return said  # "military aid" is another sum than "humanitarian aid"
    if said not in _group("single_items").words:
        return _measures()[said]
    modifier = words_before.split()[-1:]
    verbs = _group("not_modifiers").pattern
    plain = [
        w
        for w in modifier
        if _MODIFIER.fullmatch(w) and w not in _function_words() and not verbs.fullmatch(w)
    ]
    return " ".join([*plain, said])


@cache
def _function_words() -> frozenset[str]:
    """Words that never qualify an item ("the", "a", "of")."""
    return vocabulary.words("counts", "not_counted_words")


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def amount_readings(text: str) -> tuple[Reading, ...]:
    """Every sum of a text whose measure its words tell, with its period and modality.

    A sum given again in another currency ("1.5 trillion won ($1.1 billion)") measures what
    the first does, so that outlets that give either currency meet.
    """
    found: list[Reading] = []
    if _group("cumulative").pattern.search(text):
        return ()
    for each in sums(text):
        if found and _converted(text[found[-1].end : each.start]):
            found.append(
                dataclasses.replace(
                    found[-1], start=each.start, end=each.end, text=each.text, code=each.code
                )
            )
            continue
        measure = _measure_of(text, each)
        if measure is None:
            continue
        before = text[: each.start]
        clause = _CLAUSE_END.split(before)[-1]
        target = _target_year().match(text[each.end :])
        goal = target is not None or _group("targets").pattern.search(clause) is not None
        period, relative = _period(text, each, goal, target)
        around = " ".join(clause.split()[-8:])
        found.append(
            Reading(
                each.start,
                each.end,
                each.text,
                each.code,
                measure,
                period,
                relative,
                goal or is_hedged(around),
                tense_of(around, ""),
            )
        )
    return tuple(found)


def _converted(between: str) -> bool:
    """Tell whether the words between two sums make the second the first converted."""
    return _conversion().fullmatch(between) is not None


@cache
def _conversion() -> re.Pattern[str]:
    """The words between a sum and the same sum in another currency: " (", ", or about "."""
    return re.compile(rf"\s*(?:{_group('conversions').alternation})\s*", re.IGNORECASE)


def _period(text: str, found: Sum, goal: bool, target: re.Match[str] | None) -> tuple[str, str]:
    """When a sum holds, as its label says it, and a year still to resolve ("last year")."""
    if goal:
        return (f"target by {target.group('year')}" if target else "target"), ""
    part = _group("partial_year").pattern.search(text)
    part_words = " ".join(part.group().lower().split()) if part else ""
    if _group("per_year").pattern.search(text) and not part:
        return "a year", ""
    # The time phrase nearest the sum is its: "$1.14 billion last year, up from $900 million
    # in 2029" dates the first sum to last year.
    told = [
        (m.start(), m.group(), "") for m in _YEAR.finditer(text) if not _is_bound(text, m.start())
    ]
    for relative in ("last_year", "this_year"):
        told += [(m.start(), "", relative) for m in _group(relative).pattern.finditer(text)]
    if not told:
        return (f"in the {part_words}" if part_words else ""), ""
    _, year, relative = min(told, key=lambda t: abs(t[0] - found.end))
    suffix = f", {part_words}" if part_words else ""
    return (f"in {year}{suffix}" if year else suffix), relative


def _is_bound(text: str, position: int) -> bool:
    """Tell whether a year is a goal's ("by 2030") or a start ("since 2010")."""
    words = text[:position].split()[-1:]
    return bool(words) and _group("target_years").pattern.fullmatch(words[0]) is not None


def _label(reading: Reading, published: dt.date | None) -> str:
    """What a sum measures, when, and its currency: "trade in 2024 (USD)", "deals (EUR)".

    Trade is counted by year; trade told with no time ("trade between the two is worth
    $1.1bn") is the last whole year's, the figure a reader takes it for, so that it meets
    another outlet's "last year" or "in 2030". Deals, investment, aid and loans are the
    meeting's: a year only tells them apart when it is not the article's own ("a $3bn loan
    in 2028" is an earlier loan than the one the meeting agreed).
    """
    period = reading.period
    year = None if published is None else published.year
    if reading.relative:
        told = year if reading.relative == "this_year" else None if year is None else year - 1
        said = f"in {told}" if told is not None else reading.relative.replace("_", " ")
        period = f"{said}{period}"
    if reading.measure == _TRADE and not period and year is not None:
        period = f"in {year - 1}"
    if reading.measure != _TRADE and year is not None and period.startswith(f"in {year}"):
        period = period.removeprefix(f"in {year}").removeprefix(", ")
    measure = reading.measure.replace("_", " ")
    return f"{measure} {period} ({reading.code})" if period else f"{measure} ({reading.code})"


def amount_claims(doc: Document) -> Iterator[Found]:
    """Sums of money of the pair who met, by what they measure, when and in which currency."""
    owners = MeetingOwners(doc)
    for index, sentence in enumerate(doc.sentences):
        for reading in amount_readings(sentence.text):
            at = sentence.start + reading.start
            pair = owners(index, at, reading.hedged)
            if reading.measure == _TRADE:
                pair = _trading(doc, sentence.text[: reading.start], pair)
            yield Found(
                fact="amount",
                subject=(*pair, _label(reading, doc.published)),
                start=at,
                end=sentence.start + reading.end,
                sentence=sentence,
                value_text=reading.text,
                hedged=reading.hedged,
                tense=reading.tense,
            )


def _trading(doc: Document, before: str, pair: tuple[str, ...]) -> tuple[str, ...]:
    """Whose trade: the pair who met, unless the clause names another country's.

    "Velmia's trade with Kestria reached $3bn" in a story of a Norlandic and a Velmian
    leader is Velmia and Kestria's trade: a nation the clause names whose people (those
    whose title names it) are not of the pair makes the nations named the subject, so that
    the figure is never compared with the pair's own trade.
    """
    clause = " ".join(_CLAUSE_END.split(before)[-1].split()[-_REACH:])
    nations = []
    for word in _CAPITALISED.findall(clause):
        people = nation_people(doc, word)
        if people:
            nations.append((word, bool(set(people) & set(pair))))
    if not any(not ours for _, ours in nations):
        return pair
    return tuple(sorted({word for word, _ in nations}))
