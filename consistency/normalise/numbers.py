"""Numbers, amounts, durations and spans of years as news writes them, as floats and bounds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from consistency import vocabulary
from consistency.extract.literals import folded
from consistency.extract.money import currencies, scales

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORDS: dict[str, float] = {**_UNITS, **_TEENS, **_TENS, "a": 1, "an": 1}
# "a three-hour", "an 18-hole": an article, then a figure of its own.
_ARTICLE_BEFORE_FIGURE = re.compile(
    rf"^an? (?=\d|(?:{'|'.join(sorted({**_UNITS, **_TEENS, **_TENS}, key=len, reverse=True))})\b)"
)
_PARTS = {"half": 1 / 2, "quarter": 1 / 4, "quarters": 1 / 4, "third": 1 / 3, "thirds": 1 / 3}
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}


def _alt(words: Iterable[str]) -> str:
    """Join words as a regex alternation, longest first so none is cut short."""
    return "|".join(sorted(words, key=len, reverse=True))


_B100 = (
    rf"(?:(?:{_alt(_TENS)})(?: (?:{_alt(set(_UNITS) - {'zero'})}))?"
    rf"|{_alt(_TEENS)}|{_alt(_UNITS)})"
)
_B1000 = rf"(?:(?:{_B100}|an?) hundred(?: (?:and )?{_B100})?|{_B100})"
_SCALED = rf"(?:(?:{_B1000}|an?) (?:{_alt(_SCALES)}))"
_DOZEN = rf"(?:(?:{_B100}|an?) dozen)"
_INTEGER_WORDS = (
    rf"(?:(?:{_SCALED}(?: and)? )*(?:{_DOZEN}|{_B1000})|{_SCALED}(?:(?: and)? {_SCALED})*)"
)
_DECIMAL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_WORD_FRACTION = rf"(?:(?:an?|one|two|three) )?(?:{_alt(_PARTS)})"
_VULGAR_CHAR = f"[{''.join(_VULGAR)}]"
_DIGIT_FRACTION = rf"(?:\d+/\d+|{_VULGAR_CHAR})"
# "half a dozen", "a quarter of an [hour]": a fraction of one, or of one scale word.
_A_SCALE = rf"an?(?: (?:dozen|hundred|{_alt(_SCALES)}))?"
_NUMBER = re.compile(
    rf"(?P<whole>{_DECIMAL}|{_INTEGER_WORDS}|an?)"
    rf"(?: and (?P<wfrac>{_WORD_FRACTION})|\s+(?P<dfrac>\d+/\d+)|\s*(?P<vfrac>{_VULGAR_CHAR}))?"
    rf"|(?P<frac>{_WORD_FRACTION}|{_DIGIT_FRACTION})(?: (?:of )?(?P<of>{_A_SCALE}))?"
)
_LETTER_HYPHEN = re.compile(r"(?<=[a-z])[-‐](?=[a-z])")
# "4-hour", "4½-hour", "4-1/2 hours": a hyphen after a figure joins it to what follows.
_FIGURE_HYPHEN = re.compile(r"(?<=[\d½¼¾])[-‐](?=[a-z]|\d+/\d)")
_SPACES = re.compile(r"\s+")
_RANGE_SEP = re.compile(r"\s+(?:to|or)\s+|\s*[-–—]\s*")
_BETWEEN = re.compile(r"^between\s+")
_AND = re.compile(r"\s+and\s+")

# How a qualifier widens an exact span (lo, hi): which ends give way by the figure's
# tolerance (-1 down, +1 up), and which ends it leaves open (None).
_KINDS: dict[str, tuple[int | None, int | None]] = {
    "exact": (0, 0),
    "min": (0, None),
    "max": (None, 0),
    "nearly": (-1, 0),
    "over": (0, 1),
    "about": (-1, 1),
}
# An approximate figure is good to half the step it was rounded to ("about four hours": the
# nearest hour, so 30 minutes either way), but never less than LEAST nor more than MOST of
# itself: "about 93 minutes" still allows a few minutes, "about an hour" not half an hour.
LEAST, MOST = 0.05, 0.15
# Qualifier wordings are data (consistency/data/vocabulary/qualifiers.yaml): the group's name
# after "prefix_"/"suffix_" is the kind of interval it makes.
_PREFIXES = {
    entry: name.removeprefix("prefix_")
    for name in ("prefix_min", "prefix_max", "prefix_nearly", "prefix_over", "prefix_about")
    for entry in vocabulary.group("qualifiers", name).entries
}
_SUFFIXES = {
    entry: name.removeprefix("suffix_")
    for name in ("suffix_min", "suffix_max", "suffix_about")
    for entry in vocabulary.group("qualifiers", name).entries
}
_PREFIX = re.compile(rf"^(?P<q>{_alt(_PREFIXES)})\s+(?P<rest>.+)$")
_SUFFIX = re.compile(rf"^(?P<rest>.+?),?\s+(?P<q>{_alt(_SUFFIXES)})$")
# "5+ hours", "five-plus hours": the plus sits before the unit, not at the end.
_PLUS = re.compile(r"(?:\s*\+|\s+plus)(?=\s+[a-z]+$|$)")

_MINUTES = {
    "minute": 1.0,
    "minutes": 1.0,
    "min": 1.0,
    "mins": 1.0,
    "hour": 60.0,
    "hours": 60.0,
    "hr": 60.0,
    "hrs": 60.0,
    "day": 1440.0,
    "days": 1440.0,
    "week": 10080.0,
    "weeks": 10080.0,
}
_YEARS = {
    "year": 1.0,
    "years": 1.0,
    "decade": 10.0,
    "decades": 10.0,
    "century": 100.0,
    "centuries": 100.0,
}
_MINUTE_UNITS = re.compile(rf"\b({_alt(_MINUTES)})\b")
_YEAR_UNITS = re.compile(rf"\b({_alt(_YEARS)})\b")
_SINGULAR = {"minute", "min", "hour", "hr", "day", "week", "year", "decade", "century"}
_TAIL_FRACTION = re.compile(rf"^and (?P<frac>{_WORD_FRACTION})$")
_TAIL_RANGE = re.compile(r"^(?:or|to)\s+(?P<hi>.+)$")
_LEADING_AND = re.compile(r"^(?:,\s*)?(?:and\s+)?")
_YEARS_LEAD = re.compile(r"^(?:in\s+)?(?:the\s+)?(?:(?:past|last)\s+)?")


@dataclass(frozen=True)
class Bound:
    """An inclusive interval of values; an end is None when open, and min == max is exact."""

    min: float | None
    max: float | None

    @property
    def exact(self) -> bool:
        """Whether the bound names one value."""
        return self.min is not None and self.min == self.max

    def to_json(self) -> float | dict[str, float | None]:
        """Return the value itself when exact, else {"min": .., "max": ..}; whole floats as ints."""
        if self.min is not None and self.min == self.max:
            return _plain(self.min)
        return {
            "min": None if self.min is None else _plain(self.min),
            "max": None if self.max is None else _plain(self.max),
        }


def _plain(value: float) -> float:
    """Return a whole float as an int, so JSON shows 450 rather than 450.0."""
    return int(value) if value.is_integer() else value


def _normalise(text: str) -> str:
    """Lower case, single spaces, and hyphens between words as spaces ("twenty-five").

    An article before a figure is no part of it: "a three-hour meeting" lasts three hours,
    "a 90-minute call" 90 minutes ("an hour", "a dozen" and "a half" keep theirs).
    """
    text = _FIGURE_HYPHEN.sub(" ", _LETTER_HYPHEN.sub(" ", text.lower()))
    return _ARTICLE_BEFORE_FIGURE.sub("", _SPACES.sub(" ", text).strip())


def parse_number(text: str) -> float | None:
    """Parse a number in words, digits or both ("seven and a half", "7 1/2", "7,500")."""
    match = _NUMBER.fullmatch(_normalise(text))
    if match is None:
        return None
    if match["frac"] is not None:
        part = _fraction(match["frac"])
        return None if part is None else part * (_integer(match["of"]) if match["of"] else 1)
    whole = _integer(match["whole"])
    part = _fraction(match["wfrac"] or match["dfrac"] or match["vfrac"] or "")
    return None if part is None else whole + part


def _integer(text: str) -> float:
    """Evaluate digits, or number words the grammar has already checked."""
    if text[0].isdigit() or text[0] == ".":
        return float(text.replace(",", ""))
    total, current = 0.0, 0.0
    for word in text.split():
        if word == "hundred":
            current *= 100
        elif word == "dozen":
            current *= 12
        elif word in _SCALES:
            total, current = total + current * _SCALES[word], 0.0
        elif word != "and":
            current += _WORDS[word]
    return total + current


def _fraction(text: str) -> float | None:
    """Evaluate a fraction ("a half", "three quarters", "1/2", "½"); "" is 0."""
    if not text:
        return 0.0
    if text in _VULGAR:
        return _VULGAR[text]
    if "/" in text:
        top, bottom = (int(n) for n in text.split("/"))
        return top / bottom if bottom else None
    *count, part = text.split()
    return (_WORDS[count[0]] if count else 1) * _PARTS[part]


def _span(text: str) -> tuple[float, float] | None:
    """Parse a number or a range of numbers ("five to six", "5-6", "between five and six")."""
    value = parse_number(text)
    if value is not None:
        return value, value
    between = _BETWEEN.match(text)
    separator = _AND if between else _RANGE_SEP
    body = text[between.end() :] if between else text
    for sep in separator.finditer(body):
        lo, hi = parse_number(body[: sep.start()]), parse_number(body[sep.end() :])
        if lo is not None and hi is not None and lo <= hi:
            return lo, hi
    return None


def _qualifier(text: str) -> tuple[str, str]:
    """Split a qualifier ("more than", "or so", "+") from the phrase it qualifies."""
    for pattern in (_PREFIX, _SUFFIX):
        match = pattern.match(text)
        if match:
            return {**_PREFIXES, **_SUFFIXES}[match["q"]], match["rest"]
    plus = _PLUS.search(text)
    if plus:
        return "min", text[: plus.start()] + text[plus.end() :]
    return "exact", text


def _bound(kind: str, lo: float, hi: float, step: float = 1.0) -> Bound:
    """Widen the span [lo, hi] as a qualifier of `kind` does, by the figure's tolerance."""
    low, high = _KINDS[kind]
    return Bound(
        None if low is None else lo + low * tolerance(lo, step),
        None if high is None else hi + high * tolerance(hi, step),
    )


def tolerance(value: float, step: float) -> float:
    """How far an approximate figure may be off: half its rounding, within LEAST and MOST of it."""
    return min(max(step / 2, LEAST * abs(value)), MOST * abs(value))


def rounding(value: float) -> float:
    """The step a written figure looks rounded to: 1000 for 4,000, 10 for 40, 0.5 for 2.5."""
    if value <= 0:
        return 1.0
    if not value.is_integer():
        return next((s for s in (0.5, 0.25) if (value / s).is_integer()), 0.1)
    step = 1.0
    while value % (step * 10) == 0:
        step *= 10
    return step


def parse_amount(text: str) -> Bound | None:
    """Parse a number with its qualifier as an inclusive bound.

    Exact N is [N, N]; a range ("five to six", "5-6", "between five and six", "five or six")
    is [5, 6]; "more than"/"over"/"at least"/"or more"/"5+" N is [N, open] (inclusive: a
    rounded "more than five" still agrees with "five"); "less than"/"under"/"up to"/"at most"
    N is [open, N]; "nearly"/"almost"/"just under" N is [N - t, N]; "just over" N is
    [N, N + t]; "about"/"around"/"roughly"/"some"/"approximately"/"or so" N is [N - t, N + t],
    where t is the figure's tolerance: half the step it is rounded to (500 for "some 4,000"),
    at least 5% and at most 15% of it. A qualified range widens the same way at each end.
    """
    kind, core = _qualifier(_normalise(text))
    span = _span(core)
    return None if span is None else _bound(kind, *span, step=rounding(span[1]))


def _measure(
    text: str, units: re.Pattern[str], scale: dict[str, float]
) -> tuple[float, float, float] | None:
    """Sum counted units ("2 hours and 15 minutes", "an hour and a half") as a span.

    The third number is the step the figure is rounded to, in the smallest unit: "four
    hours" is rounded to the hour (60 minutes), "2.5 hours" to the half hour.
    """
    pieces = units.split(text)
    if len(pieces) < 3:
        return None
    lo = hi = 0.0
    step = 1.0
    for index in range(1, len(pieces), 2):
        count = pieces[index - 1].strip()
        if index > 1:
            count = _LEADING_AND.sub("", count)
        span = _count(count, pieces[index], first=index == 1)
        if span is None:
            return None
        lo, hi = lo + span[0] * scale[pieces[index]], hi + span[1] * scale[pieces[index]]
        step = rounding(span[1]) * scale[pieces[index]]
    tail = _tail(pieces[-1].strip(), (lo, hi), scale[pieces[-2]])
    if tail is None:
        return None
    if tail != (lo, hi) and not pieces[-1].strip().startswith(("or", "to")):
        step = min(step, rounding(tail[1] / scale[pieces[-2]]) * scale[pieces[-2]])
    return tail[0], tail[1], step


def _count(text: str, unit: str, *, first: bool) -> tuple[float, float] | None:
    """How many of a unit: a number or range; nothing means one ("hour-long")."""
    if not text:
        return (1.0, 1.0) if first and unit in _SINGULAR else None
    return _span(text)


def _tail(text: str, span: tuple[float, float], unit: float) -> tuple[float, float] | None:
    """Apply what follows the last unit: "and a half", "or two" (more of it), or "long"."""
    if text in ("", "long"):
        return span
    fraction = _TAIL_FRACTION.match(text)
    if fraction:
        part = _fraction(fraction["frac"])
        return None if part is None else (span[0] + part * unit, span[1] + part * unit)
    upper = _TAIL_RANGE.match(text)
    if upper and span[0] == span[1]:
        more = parse_number(upper["hi"])
        if more is not None and more * unit >= span[1]:
            return span[0], more * unit
    return None


def parse_duration_minutes(text: str) -> Bound | None:
    """Parse a duration in minutes, qualified as parse_amount qualifies numbers."""
    kind, core = _qualifier(_normalise(text))
    span = _measure(core, _MINUTE_UNITS, _MINUTES)
    return None if span is None else _bound(kind, span[0], span[1], span[2])


def years_back(text: str) -> int | None:
    """Count the whole years a precedent reaches back ("five years", "two decades").

    A qualifier is dropped: "more than a decade" counts 10 years, the figure the writer
    named. Ranges and fractional years give None, as they name no single year.
    """
    _, core = _qualifier(_YEARS_LEAD.sub("", _normalise(text), count=1))
    span = _measure(core, _YEAR_UNITS, _YEARS)
    if span is None or span[0] != span[1] or not span[0].is_integer():
        return None
    return int(span[0])


def years_bound(text: str) -> Bound | None:
    """A count of years a precedent reaches back, qualified: "over a year" is [1, open].

    "in about 6½ years" is 6.5 give or take its rounding; a range gives its two ends.
    """
    kind, core = _qualifier(_YEARS_LEAD.sub("", _normalise(text), count=1))
    span = _measure(core, _YEAR_UNITS, _YEARS)
    return None if span is None else _bound(kind, span[0], span[1], span[2])


@dataclass(frozen=True)
class Money:
    """A sum as written: its amount in units of its currency, and the interval it allows."""

    amount: float
    bound: Bound
    #: Whether no qualifier stood before it ("$1.1 billion", not "about $1.1 billion").
    plain: bool


def parse_money(text: str) -> Money | None:
    """Parse a sum ("$1.14 billion", "about 300 million dollars", "more than €2bn").

    A plain sum is as precise as its last written digit, as editors read rounded figures:
    "$1.1 billion" is 1.05 to 1.15 billion, "$1.14 billion" 1.135 to 1.145 billion, but a
    figure of one digit is good to MOST of itself at most ("$1bn" is 0.85 to 1.15 billion,
    "$300 million" 255 to 345 million). A qualified sum is a bound as parse_amount makes it
    ("more than $1bn" is 1 billion or more, "about $2bn" 1.7 to 2.3 billion). The currency
    is not read here: the claim's subject names it.
    """
    kind, core = _qualifier(_money_figure(text))
    ends = _MONEY_RANGE.split(core)
    if len(ends) == 2:
        return _money_range(kind, *ends)
    match = _money_pattern().fullmatch(core)
    if match is None:
        return None
    value = parse_number(match["figure"])
    if value is None:
        return None
    scale = _scale(match["scale"])
    amount, step = value * scale, _written_step(match["figure"]) * scale
    if kind == "exact":
        give = min(step / 2, MOST * amount)
        return Money(amount, Bound(amount - give, amount + give), plain=True)
    return Money(amount, _bound(kind, amount, amount, step), plain=False)


# "1-1.5 billion", "1 billion to 1.5 billion" (currency signs already taken out).
_MONEY_RANGE = re.compile(
    rf"\s*(?:[-–]|\s(?:{vocabulary.group('amounts', 'range_marks').alternation})\s)\s*"
)


def _money_range(kind: str, low: str, high: str) -> Money | None:
    """A range of sums, its ends as written: "1-1.5 billion" is 1 to 1.5 billion.

    The low end takes the high end's scale when it has none ("$1-1.5 billion").
    """
    upper = _money_pattern().fullmatch(high)
    lower = _money_pattern().fullmatch(low)
    if upper is None or lower is None:
        return None
    scale = _scale(upper["scale"])
    low_scale = _scale(lower["scale"]) if lower["scale"] else scale
    lo, hi = parse_number(lower["figure"]), parse_number(upper["figure"])
    if lo is None or hi is None or lo * low_scale > hi * scale:
        return None
    step = _written_step(upper["figure"]) * scale
    bound = _bound(kind, lo * low_scale, hi * scale, step)
    return Money(hi * scale, bound, plain=False)


def _scale(word: str | None) -> float:
    """What a scale word multiplies by ("bn" 1e9), folded as the pattern matched it; 1 if none."""
    return scales()[folded(word).strip()] if word else 1.0


def _money_figure(text: str) -> str:
    """A sum's words without its currency: "about US$2.3bn" -> "about 2.3bn"."""
    words = sorted(currencies(), key=len, reverse=True)
    names = vocabulary.phrases(w for w in words if w.isalpha() or " " in w)
    signs = "|".join(re.escape(w) for w in words if not w.isalpha() and " " not in w)
    strip = re.compile(rf"{signs}|(?<!\w)(?:{names})(?!\w)", re.IGNORECASE)
    return _SPACES.sub(" ", strip.sub(" ", text.lower())).strip()


@cache
def _money_pattern() -> re.Pattern[str]:
    """A figure and an optional scale word after it ("2.3bn", "1.5 trillion", "300")."""
    scale = _alt(scales())
    return re.compile(rf"(?P<figure>.+?)\s?(?:(?P<scale>{scale}))?")


def _written_step(figure: str) -> float:
    """The step a written figure is rounded to: "1.14" 0.01, "1,140" 10, "300" 100, "two" 1."""
    digits = figure.replace(",", "")
    if not digits[:1].isdigit():
        return 1.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** min(zeros, len(digits) - 1)
