"""The rule type and the options a rule file may set; rule_files.py loads and checks them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from consistency.vocabulary import group

#: What an option's value must be: a number of zero or more, a whole number of zero or more,
#: one of `choices`, a dotted fact name, a list of words, or a mapping of names to word lists.
OptionKind = Literal["number", "count", "choice", "fact", "words", "word_lists"]


class RuleError(ValueError):
    """A rule file that cannot be used, with the file and the problem in one line."""


@dataclass(frozen=True)
class Option:
    """One option a rule file may set in `options:`: what it holds, its default, its meaning."""

    kind: OptionKind
    default: Any
    meaning: str
    choices: tuple[str, ...] = ()


#: Every option a rule may set, with the one place its default is written. A rule file
#: setting any other is a load error, so a typo (`sme: 10`) cannot pass unnoticed.
OPTIONS: dict[str, Option] = {
    "cluster": Option(
        "choice",
        None,
        "how one fact's claims about a subject are split into separate findings",
        choices=("dated", "events", "kinds", "words", "wording"),
    ),
    "window_days": Option(
        "number", 30, "cluster events: claims about the same people this many days apart are one"
    ),
    "current_days": Option(
        "number",
        10,
        "cluster events: a claim dated this many days or fewer from its article's publication "
        "is of the story's own event, whatever its value",
    ),
    "dated_by": Option(
        "fact", None, "cluster dated: the date fact whose events tell the claims apart"
    ),
    "cluster_threshold": Option(
        "number", 60, "cluster wording: rapidfuzz token-set score that makes two texts one"
    ),
    "fragment_words": Option(
        "count",
        4,
        "quotes: fewer words than this are a fragment, one statement with a quote only when "
        "its words stand in that quote in order",
    ),
    "same": Option("number", 90, "rapidfuzz token-set score at or above which two texts are one"),
    "variant": Option("number", 70, "at or above this score, a variant spelling of one text"),
    "spelling": Option(
        "number", 80, "rapidfuzz ratio at or above which two words of names are one, misspelt"
    ),
    "negation_scope": Option("count", 3, "words after a negation that the negation governs"),
    "negations": Option(
        "words",
        group("quotes", "negations").entries,
        "words that negate the words after them in a quote (data/vocabulary/quotes.yaml)",
    ),
    "ranks": Option("words", (), "words that make a title another, lower office"),
    "kinds": Option("word_lists", {}, "each kind of precedent and the words that name it"),
    "hedges": Option(
        "choice",
        "compare",
        "compare: a hedge the reports contradict is a conflict; note: only a note (expectations)",
        choices=("compare", "note"),
    ),
    "context": Option(
        "choice",
        "finding",
        "what the comparator reads around each value: finding (every sentence of the finding's "
        "sources) or story (every sentence of the story's claims of the fact and people, so "
        "that one outlet's \"the hall of the palace\" tells how another outlet's hall and "
        "palace relate)",
        choices=("finding", "story"),
    ),
    "unnamed": Option(
        "choice",
        "keep",
        "keep: a claim naming no one is a finding of its own; adopt: it joins the subject most "
        "outlets of its story give claims of its kind (engine/unnamed.py)",
        choices=("keep", "adopt"),
    ),
    "unit": Option(
        "choice",
        None,
        "what the numbers count, so a conflict's summary names the two ranges that do not meet",
        choices=("minutes", "years", "count", "money"),
    ),
}


@dataclass(frozen=True)
class Rule:
    """How one fact's claims compare, and what editors are told about them."""

    code: str
    name: str
    summary: str
    fact: str
    compare: str
    severity: str
    message: str
    hint: str
    examples: dict[str, Any]
    tolerance: float = 0.0
    options: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    #: The fact an editor lists the rule's findings under, when the rule checks one part of
    #: it: a visit's departure is listed with its dates (visit.dates), a sum of money with the
    #: other figures (quantity). The rule's own `fact` still picks the claims it compares.
    listed_as: str = ""

    @property
    def listed_fact(self) -> str:
        """The fact the rule's findings are listed under (its own fact unless `listed_as`)."""
        return self.listed_as or self.fact

    def option(self, name: str) -> Any:
        """The option as the rule file sets it, or its default from OPTIONS."""
        if name in self.options:
            return self.options[name]
        return OPTIONS[name].default
