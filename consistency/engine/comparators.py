"""Comparators: named functions that say whether two outlets' values agree, by rule."""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from rapidfuzz import fuzz

from consistency.engine import offices, quote_match, venues
from consistency.engine.rule import Rule, RuleError
from consistency.extract.timex import is_day_span
from consistency.extract.titles import title_parts
from consistency.knowledge import fold, lexicon
from consistency.normalise.dates import DateValue
from consistency.normalise.numbers import parse_number
from consistency.normalise.values import precedent_event
from consistency.vocabulary import group

Relation = Literal["same", "compatible", "conflict"]
# "Most senior", "highest-ranking": a precedent of rank (data/vocabulary/precedents.yaml).
_RANK = re.compile(rf"\b(?:{group('precedents', 'rank_markers').alternation})\b", re.I)
_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)
_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:['’.,][a-z0-9]+)*")


@dataclass(frozen=True)
class Observation:
    """One outlet's value for a fact: the normalised value and its numeric interval."""

    outlet: str
    value: Any
    lo: float
    hi: float
    precision: str
    text: str = ""
    #: The sentence (or an outlet's sentences) the value was read from.
    context: str = ""
    #: The sentences every source of the finding read its value from: what one outlet says
    #: of a venue ("the Hall of Mirrors of the Old Palace") holds for the others too.
    around: str = ""

    @property
    def numeric(self) -> bool:
        """Tell whether the value has an interval to compare."""
        return not (math.isnan(self.lo) or math.isnan(self.hi))


Comparator = Callable[[Observation, Observation, Rule], Relation]
#: Packages can ship comparators as entry points in this group (name = comparator name).
ENTRY_POINT_GROUP = "consistency.comparators"
COMPARATORS: dict[str, Comparator] = {}
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def register(name: str) -> Callable[[Comparator], Comparator]:
    """Register a comparator under a name that rule files can use in `compare:`."""

    def decorate(function: Comparator) -> Comparator:
        COMPARATORS[name] = function
        return function

    return decorate


def comparator_for(rule: Rule) -> Comparator:
    """The comparator a rule names: a registered name or a dotted path `module:function`."""
    if rule.compare in COMPARATORS:
        return COMPARATORS[rule.compare]
    module_name, _, attribute = rule.compare.partition(":")
    if not attribute:
        return _checked(rule, _from_entry_point(rule))
    try:
        found = getattr(importlib.import_module(module_name), attribute)
    except Exception as error:  # any failure of a user's module is a broken rule file
        raise _load_error(rule, error) from None
    return _checked(rule, found)


def _from_entry_point(rule: Rule) -> object:
    """A comparator another package registers under the `consistency.comparators` group."""
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry.name == rule.compare:
            try:
                return entry.load()
            except Exception as error:  # a broken plug-in package is a broken rule file
                raise _load_error(rule, error) from None
    known = ", ".join(sorted(COMPARATORS))
    raise RuleError(f"{rule.path}: unknown comparator '{rule.compare}' (known: {known})")


def _load_error(rule: Rule, error: Exception) -> RuleError:
    """A comparator that failed to load, as one line naming the rule file."""
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return RuleError(f"{rule.path}: cannot load comparator '{rule.compare}': {reason}")


def _checked(rule: Rule, found: object) -> Comparator:
    """The loaded object, if it can be called as a comparator `(a, b, rule)`."""
    problem = f"{rule.path}: comparator '{rule.compare}' must be a function of (a, b, rule)"
    if not callable(found):
        raise RuleError(problem)
    try:
        parameters = list(inspect.signature(found).parameters.values())
    except (TypeError, ValueError):
        raise RuleError(problem) from None
    positional = [p for p in parameters if p.kind in _POSITIONAL]
    others = [p for p in parameters if p.kind not in _POSITIONAL]
    # Exactly three named positional parameters: a function that takes any number of
    # arguments (`os.path:join`) would be called without complaint and give nonsense.
    if len(positional) != 3 or any(p.default is p.empty for p in others):
        raise RuleError(problem)
    return found


@register("interval")
def compare_intervals(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Dates and amounts as intervals: disjoint beyond the tolerance conflict, nested agree."""
    if not (a.numeric and b.numeric):
        return compare_text(a, b, rule)
    return interval_relation((a.lo, a.hi), (b.lo, b.hi), rule.tolerance)


def interval_relation(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> Relation:
    """Disjoint beyond the tolerance is a conflict, equal is the same, overlapping compatible."""
    if a[0] > b[1] + tolerance or b[0] > a[1] + tolerance:
        return "conflict"
    if abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance:
        return "same"
    return "compatible"


@register("meeting")
def compare_meetings(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Meeting days as intervals; a round's last day against a span by the span's last day.

    "The round closed on Thursday" tells the round's last day ({"end": day}, normalised from
    its words); "the round was held March 2-6" its span. The two agree only when the span
    ends that day: a day inside the span is no last day of it. Against a week or a month
    ("last week's round") the last day is compared as any day is.
    """
    ends = (_last_day(a), _last_day(b))
    if ends[0] is None and ends[1] is None:
        return compare_intervals(a, b, rule)
    if ends[0] is not None and ends[1] is not None:
        return interval_relation(ends[0], ends[1], rule.tolerance)
    end, other = (ends[0], b) if ends[0] is not None else (ends[1], a)
    if end is not None and other.numeric and is_day_span(other.text):
        return interval_relation(end, (other.hi, other.hi), rule.tolerance)
    return compare_intervals(a, b, rule)


def _last_day(observation: Observation) -> tuple[float, float] | None:
    """The day a value gives as a meeting's last ({"end": day} alone), else None."""
    value = observation.value
    if isinstance(value, dict) and value.get("end") and not value.get("start"):
        return _days(str(value["end"]))
    return None


@register("text")
def compare_text(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Names and wording with rapidfuzz: the same, a variant, or different (best pair wins)."""
    score = max(
        fuzz.token_set_ratio(fold(x), fold(y)) for x in _texts(a.value) for y in _texts(b.value)
    )
    if score >= float(rule.option("same")):
        return "same"
    if score >= float(rule.option("variant")):
        return "compatible"
    return "conflict"


@register("quote")
def compare_quotes(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Two quotes of one statement: a flipped negation or another number is a conflict.

    Quotes are grouped into statements by wording first (the rule's `cluster_threshold`), so
    here wording alone cannot make a conflict: at or above `same` they agree, below it they
    are a variant (translations, partial quotes), compatible.
    """
    # Degree words dropped, near-synonyms merged and person and tense read as the speaker's
    # ("its claim" told for "our claim"), as when quotes were grouped.
    compared_l = quote_match.quote_words(" ".join(_texts(a.value)))
    compared_r = quote_match.quote_words(" ".join(_texts(b.value)))
    if _polarity_flips(compared_l, compared_r, rule):
        return "conflict"
    if _numbers_differ(_words(a.value), _words(b.value)):
        return "conflict"
    fragment_words = int(rule.option("fragment_words"))
    if quote_match.is_fragment(compared_l, fragment_words) or quote_match.is_fragment(
        compared_r, fragment_words
    ):
        # A fragment agrees with the quote that holds it; two fragments sharing a word or two
        # ("a good meeting", "a bad meeting") are at most compatible.
        same = quote_match.same_statement(compared_l, compared_r, 0, fragment_words)
        return "same" if same else "compatible"
    score = fuzz.token_set_ratio(" ".join(compared_l), " ".join(compared_r))
    return "same" if score >= float(rule.option("same")) else "compatible"


def _words(value: Any) -> list[str]:
    """The folded words of an outlet's quote (all its quotes, when it gave several)."""
    return [w for text in _texts(value) for w in _QUOTE_WORD.findall(fold(text))]


def _negated_runs(words: Sequence[str], rule: Rule) -> tuple[list[tuple[str, ...]], list[bool]]:
    """The runs of words each negation governs (the next few), and which words are plain."""
    negations = set(rule.option("negations"))
    scope = int(rule.option("negation_scope"))
    runs: list[tuple[str, ...]] = []
    plain = [True] * len(words)
    for position, word in enumerate(words):
        if word in negations or word.endswith("n't"):
            plain[position] = False
            run = tuple(words[position + 1 : position + 1 + scope])
            for inside in range(position + 1, position + 1 + len(run)):
                plain[inside] = False
            if run:
                runs.append(run)
    return runs, plain


def _said_plainly(run: tuple[str, ...], words: Sequence[str], plain: Sequence[bool]) -> bool:
    """Tell whether a run of words stands in a quote, each word outside any negation."""
    size = len(run)
    return any(
        tuple(words[i : i + size]) == run and all(plain[i : i + size])
        for i in range(len(words) - size + 1)
    )


def _polarity_flips(left: Sequence[str], right: Sequence[str], rule: Rule) -> bool:
    """Tell whether words one quote negates are said plainly, in that order, in the other.

    The words a negation governs must stand together in the other quote with no negation:
    "will not accept this deal" against "will accept this deal" flips, while a partial quote
    ("we welcome talks" from "we will not accept this deal, but we welcome talks") or the
    same thought in other words ("did not come with ...; we came to ..." against "have not
    come to X with ...; we have come to ...") does not. Words a quote also says plainly ("a
    river of trade, not a river of crime") are not negated by it.
    """
    common = lexicon().stopwords
    runs_l, plain_l = _negated_runs(left, rule)
    runs_r, plain_r = _negated_runs(right, rule)
    for runs, words, plain, other, other_plain in (
        (runs_l, left, plain_l, right, plain_r),
        (runs_r, right, plain_r, left, plain_l),
    ):
        for run in runs:
            if set(run) <= common or _said_plainly(run, words, plain):
                continue
            if _said_plainly(run, other, other_plain):
                return True
    return False


def _numbers_differ(left: Sequence[str], right: Sequence[str]) -> bool:
    """Tell whether each quote has a number the other lacks (a partial quote may drop one)."""
    numbers_l, numbers_r = _numbers(left), _numbers(right)
    return bool(numbers_l - numbers_r) and bool(numbers_r - numbers_l)


def _numbers(words: Sequence[str]) -> set[float]:
    """The numbers a quote states, in digits or words ("a" and "one" are rarely counts)."""
    common = lexicon().stopwords | {"one"}
    found = {parse_number(w) for w in words if w not in common}
    return {n for n in found if n is not None}


@register("place")
def compare_places(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Places of one meeting: one venue named several ways, a venue in a named town, or apart.

    "The Old Mill", "the Old Mill estate" and a misspelt "Old Mil" are one venue; "at the Old
    Mill in Velm" and "in Velm" name it at two precisions; a hall that any source of the
    finding places inside a palace and that palace are one place told at two precisions; two
    venues, or a venue and another town, conflict. An outlet that gave two venues has each
    compared (engine/venues.py).
    """
    spelling = float(rule.option("spelling"))
    left = [venues.place_of(v, a.context) for v in _texts(a.value)]
    right = [venues.place_of(v, b.context) for v in _texts(b.value)]
    inside = venues.containment(a.around or a.context) + venues.containment(b.around or b.context)
    each_left = (venues.best(venues.relation(x, y, spelling, inside) for y in right) for x in left)
    each_right = (venues.best(venues.relation(x, y, spelling, inside) for x in left) for y in right)
    return venues.worst([*each_left, *each_right])


@register("title")
def compare_titles(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Titles of one person: one office in other words agrees; two offices may conflict.

    Each title is read as an office where its words allow (engine/offices.py, vocabulary
    titles.yaml): "deputy trade minister", "vice minister of trade" and "undersecretary for
    foreign trade" are one office, and "top diplomat" describes a foreign minister. Between
    two outlets' titles:

    - "former" against the same office held now conflicts;
    - one office shared agrees, whatever else either outlet adds (people hold several
      offices: "deputy prime minister and foreign minister" agrees with "foreign minister");
    - otherwise two ranks of one office ("deputy trade minister", "trade minister") or two
      current ministers' portfolios ("trade minister", "foreign minister") conflict;
    - a role in an event ("chief negotiator") beside an office, a title naming a part of the
      other's portfolios, or two offices of one kind not read as offices ("police minister",
      "tourism commissioner" ...) are compatible: possible, check which is meant;
    - titles of different kinds (a director who is the top diplomat) agree.

    Titles not read as offices are compared by their words: a rapidfuzz token-set score at or
    above `same` is one title ("trade minister", "trade policy minister"), told apart only by
    "former" or a rank word (vocabulary titles.yaml ranks, and the rule's `ranks`).
    """
    threshold = float(rule.option("same"))
    extra = frozenset(str(w) for w in rule.option("ranks"))
    standings = {
        _standing(x, y, threshold, extra) for x in _titles(a.value) for y in _titles(b.value)
    }
    if "former" in standings:
        return "conflict"
    if "same" in standings:
        return "same"
    if standings & {"rank", "portfolio"}:
        return "conflict"
    if standings & {"partial", "beside", "kind"}:
        return "compatible"
    return "same"


def _standing(
    x: tuple[str, bool], y: tuple[str, bool], threshold: float, extra: frozenset[str]
) -> str:
    """How two titles (base, former) stand: offices.relation, else by their words."""
    read_x, read_y = offices.read(x[0]), offices.read(y[0])
    if read_x is not None and read_y is not None:
        return offices.relation(read_x, read_y, x[1], y[1])
    if "event" in (getattr(read_x, "kind", ""), getattr(read_y, "kind", "")):
        return "beside"
    if fuzz.token_set_ratio(x[0], y[0]) >= threshold:
        if x[1] != y[1]:
            return "former"
        # "Deputy foreign minister" reads like "foreign minister" but is another, lower office.
        return "rank" if _ranks(x[0], extra) != _ranks(y[0], extra) else "same"
    return "kind" if _head(x[0]) == _head(y[0]) else "unrelated"


def _ranks(title: str, extra: frozenset[str]) -> frozenset[str]:
    """The ranks of a title ("deputy" in "vice president"), and any rank word the rule adds."""
    return offices.ranks_of(title) | (frozenset(title.split()) & extra)


def _head(title: str) -> str:
    """The word that says what kind of office a title is ("minister" in "trade minister")."""
    words = title.split(" of ")[0].split()
    return words[-1] if words else ""


@register("precedent")
def compare_precedents(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Precedent years: "most senior since 2021" is weaker than, not against, "first since 2018".

    Two precedents of one kind ("first ... since") must give years that can both be true:
    a span counted back ("in over a year") is a range of years, and ranges that do not meet
    conflict. A rank precedent ("highest-ranking", "most senior") only says no one as senior
    came since its year, so it fits a "first" precedent whose year is no later than its own.
    A bound tied to an event ("since he took office") names no year: it fits any year, and
    two such bounds agree when they name one event.
    """
    if not (a.numeric and b.numeric):
        event_a, event_b = _event_of(a), _event_of(b)
        if event_a and event_b:
            return "same" if event_a == event_b else "compatible"
        return "compatible" if event_a or event_b else "conflict"
    relation = interval_relation((a.lo, a.hi), (b.lo, b.hi), rule.tolerance)
    if relation != "conflict":
        return relation
    kind_a, kind_b = precedent_kind(a.text, rule), precedent_kind(b.text, rule)
    if kind_a and kind_b and kind_a != kind_b:
        # The first visit and the first agreement are different records: neither is wrong.
        return "compatible"
    rank_a, rank_b = _is_rank(a.text), _is_rank(b.text)
    if rank_a == rank_b:
        return "conflict"
    first, rank = (b, a) if rank_a else (a, b)
    return "compatible" if first.lo <= rank.hi else "conflict"


def _event_of(observation: Observation) -> str:
    """The event an outlet's precedent is bounded by ("took office"), or "" for a year."""
    texts = (*_texts(observation.value), observation.text)
    return next((e for e in map(precedent_event, texts) if e), "")


def precedent_kind(text: str, rule: Rule) -> str:
    """What a precedent counts ("visit" for "the first trip by a minister"), or "" if unsaid.

    The rule's `kinds` option maps each kind to the words that name it; the first such word
    after "first" or "most senior" decides, so "the first official to travel" is a visit.
    """
    kinds: dict[str, Any] = rule.option("kinds")
    marker = _FIRST.search(text) or _RANK.search(text)
    words = _QUOTE_WORD.findall(fold(text[marker.end() :] if marker else text))
    for word in words:
        for kind, names in sorted(kinds.items()):
            if word in names:
                return str(kind)
    return ""


def _is_rank(text: str) -> bool:
    """Tell whether a precedent is about rank ("the most senior ... since") not a first."""
    return _RANK.search(text) is not None and _FIRST.search(text) is None


def _texts(value: Any) -> tuple[str, ...]:
    """An outlet's text values: one string, or the several it gave."""
    return tuple(str(v) for v in value) if isinstance(value, tuple) else (str(value),)


def _titles(value: Any) -> list[tuple[str, bool]]:
    """Normalised titles ("former trade minister and envoy") as (base, former) pairs.

    "And" joins two titles only when both hold a title word (extract/titles.title_parts):
    "minister of foreign affairs and trade" is one office of two portfolios.
    """
    pairs = []
    for text in _texts(value):
        parts = title_parts(text)
        if not parts:  # no title word at all: each conjunct as it stands
            parts = [
                (p.removeprefix("former "), p.startswith("former ")) for p in text.split(" and ")
            ]
        pairs += [(fold(base), former) for base, former in parts]
    return pairs


@register("visit")
def compare_visits(a: Observation, b: Observation, rule: Rule) -> Relation:
    """Visits by their first and last days; a day only one outlet gives is not compared."""
    if not (isinstance(a.value, dict) and isinstance(b.value, dict)):
        return compare_intervals(a, b, rule)
    relations = [
        interval_relation(_days(a.value[end]), _days(b.value[end]), rule.tolerance)
        for end in ("start", "end")
        if a.value.get(end) and b.value.get(end)
    ]
    if not relations:
        return "compatible"
    if "conflict" in relations:
        return "conflict"
    return "same" if all(r == "same" for r in relations) else "compatible"


def _days(iso: str) -> tuple[float, float]:
    """An ISO date at its precision as an interval of day ordinals."""
    value = DateValue.from_iso(iso)
    return float(value.start.toordinal()), float(value.end.toordinal())
