"""Numbers, amounts, durations and spans of years as news writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.normalise.numbers import (
    Bound,
    parse_amount,
    parse_duration_minutes,
    parse_number,
    years_back,
)

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FRACTIONS = {"half": (0.5, "1/2", "½"), "quarter": (0.25, "1/4", "¼")}


def words(n: int) -> str:
    """Spell 0-999 in British news style ("one hundred and twelve", "twenty-five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    rest = n % 100
    return f"{ONES[n // 100]} hundred" + (f" and {words(rest)}" if rest else "")


def spellings(n: int, fraction: str) -> list[str]:
    """Every way a test writes n and a half (or quarter)."""
    value, slash, vulgar = FRACTIONS[fraction]
    decimal = f"{n + value:g}"
    if n == 0:
        return [f"a {fraction}", fraction, slash, vulgar, decimal, f"A {fraction.upper()}"]
    return [
        f"{words(n)} and a {fraction}",
        f"{words(n)} and a {fraction}".upper(),
        f"{words(n)}-and-a-{fraction}",
        f"{n} and a {fraction}",
        f"{n} {slash}",
        f"{n}{vulgar}",
        f"{n} {vulgar}",
        decimal,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven", 7),
        ("Seven", 7),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a hundred", 100),
        ("one hundred and twelve", 112),
        ("two thousand and five", 2005),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half", 0.5),
        ("seven and a half", 7.5),
        ("7 1/2", 7.5),
        ("7½", 7.5),
        ("7.5", 7.5),
        ("7,500", 7500),
        ("1,250,000", 1_250_000),
        ("a", 1),
        ("an", 1),
        ("one and a quarter", 1.25),
        ("three quarters", 0.75),
        ("Three-Quarters", 0.75),
        ("one and three quarters", 1.75),
        ("two thirds", 2 / 3),
        ("half an", 0.5),
        ("a quarter of an", 0.25),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    """Words, digits, fractions and their mixtures parse to the number they spell."""
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "hours", "seven seven", "twenty ten", "half seven", "7,5", "1/0", "five to six", "x7"],
)
def test_parse_number_rejects_what_is_not_one_number(text: str) -> None:
    """Garbage, repeated numbers, ranges and the British time "half seven" are not numbers."""
    assert parse_number(text) is None


@given(st.integers(0, 999), st.sampled_from(sorted(FRACTIONS)))
def test_every_spelling_of_a_number_parses_the_same(n: int, fraction: str) -> None:
    """Words, digits, mixed and vulgar fractions and decimals of one number agree."""
    expected = n + FRACTIONS[fraction][0]
    assert {text: parse_number(text) for text in spellings(n, fraction)} == dict.fromkeys(
        spellings(n, fraction), expected
    )


@given(st.integers(0, 999))
def test_whole_numbers_parse_the_same_in_words_and_digits(n: int) -> None:
    """A whole number in words and in digits parses to itself."""
    assert parse_number(words(n)) == parse_number(str(n)) == n


@given(st.integers(1, 999), st.sampled_from(sorted(FRACTIONS)))
def test_every_spelling_of_hours_is_the_same_duration(n: int, fraction: str) -> None:
    """'<n and a half> hours' is the same exact number of minutes however n is written."""
    minutes = (n + FRACTIONS[fraction][0]) * 60
    for text in spellings(n, fraction):
        assert parse_duration_minutes(f"{text} hours") == Bound(minutes, minutes), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five", Bound(5, 5)),
        ("more than five", Bound(5, None)),
        ("over five", Bound(5, None)),
        ("at least five", Bound(5, None)),
        ("five or more", Bound(5, None)),
        ("5+", Bound(5, None)),
        ("less than five", Bound(None, 5)),
        ("under five", Bound(None, 5)),
        ("fewer than five", Bound(None, 5)),
        ("up to five", Bound(None, 5)),
        ("at most five", Bound(None, 5)),
        ("nearly six", Bound(5.5, 6)),
        ("almost six", Bound(5.5, 6)),
        ("just under six", Bound(5.5, 6)),
        ("just over ten", Bound(10, 11.5)),
        ("about ten", Bound(8.5, 11.5)),
        ("around ten", Bound(8.5, 11.5)),
        ("roughly ten", Bound(8.5, 11.5)),
        ("some ten", Bound(8.5, 11.5)),
        ("approximately ten", Bound(8.5, 11.5)),
        ("ten or so", Bound(8.5, 11.5)),
        ("five to six", Bound(5, 6)),
        ("5-6", Bound(5, 6)),
        ("5–6", Bound(5, 6)),
        ("between five and six", Bound(5, 6)),
        ("between seven and a half and eight", Bound(7.5, 8)),
        ("five or six", Bound(5, 6)),
        ("about five to six", Bound(4.5, 6.5)),
    ],
)
def test_parse_amount(text: str, expected: Bound) -> None:
    """Qualifiers and ranges become inclusive bounds with the documented widths."""
    bound = parse_amount(text)
    assert bound is not None
    assert (bound.min, bound.max) == (
        pytest.approx(expected.min) if expected.min is not None else None,
        pytest.approx(expected.max) if expected.max is not None else None,
    )


@pytest.mark.parametrize("text", ["six to five", "more than", "lots", "between five"])
def test_parse_amount_rejects_backward_ranges_and_no_number(text: str) -> None:
    """A range that runs backwards or a qualifier without a number is no amount."""
    assert parse_amount(text) is None


@given(
    st.integers(1, 10_000),
    st.sampled_from(["more than", "at least", "under", "up to", "nearly", "about", "just over"]),
)
def test_a_qualified_amount_still_contains_the_number(n: int, qualifier: str) -> None:
    """Every qualifier widens the number into a bound that still holds it."""
    bound = parse_amount(f"{qualifier} {n}")
    assert bound is not None
    assert (bound.min is None or bound.min <= n) and (bound.max is None or n <= bound.max)
    assert not bound.exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven and a half hours", Bound(450, 450)),
        ("7 1/2 hours", Bound(450, 450)),
        ("7.5 hours", Bound(450, 450)),
        ("seven-and-a-half-hour", Bound(450, 450)),
        ("more than five hours", Bound(300, None)),
        ("five hours or more", Bound(300, None)),
        ("5+ hours", Bound(300, None)),
        ("an hour and a half", Bound(90, 90)),
        ("a day and a half", Bound(2160, 2160)),
        ("90 minutes", Bound(90, 90)),
        ("90 mins", Bound(90, 90)),
        ("2 hrs", Bound(120, 120)),
        ("2 hours and 15 minutes", Bound(135, 135)),
        ("1 hour 30 minutes", Bound(90, 90)),
        ("two-hour", Bound(120, 120)),
        ("hour-long", Bound(60, 60)),
        ("half an hour", Bound(30, 30)),
        ("a quarter of an hour", Bound(15, 15)),
        ("nearly six hours", Bound(330, 360)),
        ("about three hours", Bound(153, 207)),
        ("five to six hours", Bound(300, 360)),
        ("between five and six hours", Bound(300, 360)),
        ("an hour or two", Bound(60, 120)),
        ("two weeks", Bound(20160, 20160)),
        ("Two Days", Bound(2880, 2880)),
        ("4-1/2 hours", Bound(270, 270)),
        ("4½-hour", Bound(270, 270)),
        ("two and half hours", Bound(150, 150)),
        ("four-hours", Bound(240, 240)),
        ("three-and-a-half hours", Bound(210, 210)),
        ("nearly 4-1/2 hours", Bound(255, 270)),
        ("about 2.5 hours", Bound(135, 165)),
        ("just over three hours", Bound(180, 207)),
        ("about an hour", Bound(51, 69)),
        ("roughly 40 minutes", Bound(35, 45)),
    ],
)
def test_parse_duration_minutes(text: str, expected: Bound) -> None:
    """Durations in any unit and spelling become minutes, qualified as amounts are."""
    assert parse_duration_minutes(text) == expected


@pytest.mark.parametrize("text", ["hours", "seven", "two hours and", "five hours of talks", ""])
def test_parse_duration_minutes_rejects_what_is_not_a_duration(text: str) -> None:
    """No unit, no count, or words after the unit give no duration."""
    assert parse_duration_minutes(text) is None


@pytest.mark.parametrize(
    ("bound", "expected"),
    [
        (Bound(450.0, 450.0), 450),
        (Bound(7.5, 7.5), 7.5),
        (Bound(300.0, None), {"min": 300, "max": None}),
        (Bound(None, 60.0), {"min": None, "max": 60}),
        (Bound(324.0, 360.0), {"min": 324, "max": 360}),
    ],
)
def test_bound_to_json(bound: Bound, expected: object) -> None:
    """An exact bound is its number; any other is a min/max object; whole floats are ints."""
    value = bound.to_json()
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five years", 5),
        ("in five years", 5),
        ("5 years", 5),
        ("a decade", 10),
        ("more than a decade", 10),
        ("nearly two decades", 20),
        ("two decades", 20),
        ("a year", 1),
        ("in the last decade", 10),
        ("a decade and a half", 15),
        ("half a century", 50),
        ("five to six years", None),
        ("two and a half years", None),
        ("2018", None),
        ("five hours", None),
    ],
)
def test_years_back(text: str, expected: int | None) -> None:
    """A precedent's span counts whole years; qualifiers are dropped, ranges give None."""
    assert years_back(text) == expected


JUMBLE = "a and half hour hours 7 1/2 ½ - to between more over so + twenty hundred dozen of 0/0"


@given(st.lists(st.sampled_from(JUMBLE.split())).map(" ".join) | st.text(max_size=30))
def test_parsers_never_raise(text: str) -> None:
    """Any jumble of number words, units and qualifiers parses or gives None, never raises."""
    assert isinstance(parse_number(text), float | int | None)
    assert isinstance(parse_amount(text), Bound | None)
    assert isinstance(parse_duration_minutes(text), Bound | None)
    assert isinstance(years_back(text), int | None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rounded to the thousand: half of it is 12.5%, inside the 5-15% the rule allows.
        ("some 4,000", Bound(3500, 4500)),
        # Not rounded at all: 5% of it is the least an approximate figure is given.
        ("about 93", Bound(88.35, 97.65)),
        # Rounded to the hundred: half of it would be 50%, so 15% of it is the most.
        ("around 100", Bound(85, 115)),
    ],
)
def test_an_approximate_figure_is_good_to_half_its_rounding(text: str, expected: Bound) -> None:
    """About N allows half the step N was rounded to, at least 5% and at most 15% of N."""
    bound = parse_amount(text)
    assert bound is not None and expected.min is not None and expected.max is not None
    assert bound.min == pytest.approx(expected.min)
    assert bound.max == pytest.approx(expected.max)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("a three-hour", 180),
        ("a 90-minute", 90),
        ("an eight-hour", 480),
        ("a four-and-a-half-hour", 270),
        ("an hour and a half", 90),
        ("a half hour", 30),
    ],
)
def test_an_article_before_a_figure_is_no_part_of_it(text: str, minutes: int) -> None:
    """A three-hour meeting lasts three hours; "an hour" and "a half hour" keep their "a"."""
    assert parse_duration_minutes(text) == Bound(minutes, minutes)


@pytest.mark.parametrize(("text", "number"), [("a dozen", 12), ("a hundred", 100), ("a 12", 12)])
def test_an_article_that_is_the_number_stays(text: str, number: int) -> None:
    """A dozen is twelve and a hundred a hundred: there "a" is the number's own word."""
    assert parse_amount(text) == Bound(number, number)
