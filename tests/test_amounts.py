"""Sums of money and what they measure, read and compared, on invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.engine.units import money_text
from consistency.extract.amounts import amount_claims
from consistency.extract.counts import count_claims
from consistency.extract.document import Document
from consistency.extract.money import sums
from consistency.normalise.numbers import parse_money
from consistency.normalise.values import normalise_value
from consistency.report.present import format_value
from tests.two_outlets import two_outlet_statuses

PUBLISHED = dt.date(2031, 3, 7)
MEETING = (
    "President Adaeze Okafor of Norland held talks with President Lars Brekke of Velmia in Velm"
    " on Tuesday."
)
PAIR = ("Adaeze Okafor", "Lars Brekke")


@pytest.mark.parametrize(
    ("text", "sum_", "code"),
    [
        ("Bilateral trade reached $1.14 billion last year.", "$1.14 billion", "USD"),
        ("Trade worth US$2.3bn was discussed.", "US$2.3bn", "USD"),
        ("Velmia opened a €200 million credit line.", "€200 million", "EUR"),
        ("The deals are worth 1.5 trillion won.", "1.5 trillion won", "KRW"),
        ("Investments of about 300 million dollars.", "about 300 million dollars", "USD"),
        ("They signed $5bn in deals.", "$5bn", "USD"),
        ("Trade stood at RMB 200 billion.", "RMB 200 billion", "CNY"),
        ("Investments of Rs 500 crore were announced.", "Rs 500 crore", "INR"),
        ("Trade reached USD 1.1 billion.", "USD 1.1 billion", "USD"),
        ("Aid of nearly a billion dollars was sent.", "nearly a billion dollars", "USD"),
    ],
)
def test_a_sum_and_its_currency(text: str, sum_: str, code: str) -> None:
    """Each wording of a sum is read with its ISO currency code."""
    assert [(found.text, found.code) for found in sums(text)] == [(sum_, code)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in 2031.",  # a year
        "EUR/USD 1.08 at the close.",  # a currency pair on a ticker
        "Call +44 20 7946 0958 for tickets.",  # a phone number
        "The party that in 2019 won the vote.",  # 'won' after a year is a verb
        "Set $total = $price * 2 in the template.",  # '$' in code
        "He won 3 races and lost 2.",
    ],
)
def test_no_sum(text: str) -> None:
    """Counter-examples: no sum of money."""
    assert sums(text) == ()


@pytest.mark.parametrize(
    ("text", "amount", "lo", "hi"),
    [
        ("$1.14 billion", 1.14e9, 1.135e9, 1.145e9),  # as precise as its last digit
        ("$1.1 billion", 1.1e9, 1.05e9, 1.15e9),
        ("$1,140 million", 1.14e9, 1.135e9, 1.145e9),
        ("$1bn", 1e9, 0.85e9, 1.15e9),  # one digit: 15% at most
        ("more than $1bn", 1e9, 1e9, None),
        ("nearly $900mln", 9e8, 8.5e8, 9e8),
        ("about US$2bn", 2e9, 1.7e9, 2.3e9),
        ("1.5 trillion won", 1.5e12, 1.45e12, 1.55e12),
    ],
)
def test_a_sums_interval(text: str, amount: float, lo: float, hi: float | None) -> None:
    """A plain sum is good to half its last digit (15% at most); qualifiers make bounds."""
    money = parse_money(text)
    assert money is not None
    assert money.amount == pytest.approx(amount)
    assert money.bound.min == pytest.approx(lo)
    assert money.bound.max == (None if hi is None else pytest.approx(hi))


def test_reports_show_a_sum_with_its_scale_word() -> None:
    """A sum in a report reads as news writes it, a bound too."""
    assert format_value(1140000000, "amount") == "1.14 billion"
    assert format_value({"min": 1e9, "max": None}, "amount") == "at least 1 billion"


def test_a_plain_sum_keeps_its_figure_as_its_value() -> None:
    """The value is the written figure in units; the interval is what its rounding allows."""
    value = normalise_value("amount", "$1.14 billion", PUBLISHED, "past")
    assert (value.value, value.precision) == (1140000000, "exact")
    assert (value.lo, value.hi) == pytest.approx((1.135e9, 1.145e9))
    assert money_text(1.135e9) == "1.135 billion" and money_text(2.55e8) == "255 million"


def _amounts(*sentences: str) -> list[tuple[tuple[str, ...], str, bool]]:
    """Each sum an article tells with what it measures, as (subject, words, hedged)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text, c.hedged) for c in amount_claims(doc)]


@pytest.mark.parametrize(
    ("sentence", "label", "words"),
    [
        (
            "Bilateral trade reached $1.14 billion last year.",
            "trade in 2030 (USD)",
            "$1.14 billion",
        ),
        (
            "Trade between the two countries grew 12% to $1.1bn in 2030.",
            "trade in 2030 (USD)",
            "$1.1bn",
        ),
        ("Two-way trade stood at US$2.3bn this year.", "trade in 2031 (USD)", "US$2.3bn"),
        ("Bilateral trade hit a record $1.14bn last year.", "trade in 2030 (USD)", "$1.14bn"),
        (
            "Last year's bilateral trade of $1.1 billion was a record.",
            "trade in 2030 (USD)",
            "$1.1 billion",
        ),
        ("Norland agreed to invest $2bn in the port.", "investment (USD)", "$2bn"),
        ("They signed deals worth a combined $5bn.", "deals (USD)", "$5bn"),
        (
            "Trade worth 2 billion euros a year passes the port.",
            "trade a year (EUR)",
            "2 billion euros",
        ),
        (
            "Trade reached $600 million in the first half.",
            "trade in the first half (USD)",
            "$600 million",
        ),
        ("The two leaders signed $5bn in deals.", "deals (USD)", "$5bn"),
        ("Agreements worth US$3 billion were signed.", "deals (USD)", "US$3 billion"),
        ("Velmia opened a €200 million credit line.", "credit line (EUR)", "€200 million"),
        (
            "Norland pledged investments of about 300 million dollars.",
            "investment (USD)",
            "about 300 million dollars",
        ),
        ("Norland announced $50 million in aid.", "aid (USD)", "$50 million"),
        ("The deals are worth 1.5 trillion won.", "deals (KRW)", "1.5 trillion won"),
    ],
)
def test_a_sum_is_the_pairs_by_what_it_measures(sentence: str, label: str, words: str) -> None:
    """A sum belongs to the pair who met and names what it measures, when, in which currency."""
    assert _amounts(MEETING, sentence) == [((*PAIR, label), words, False)]


def test_a_single_item_is_named_by_its_words() -> None:
    """'A $400 million arms deal' is that deal, apart from '$5bn in deals' of the meeting."""
    found = _amounts(
        MEETING,
        "Velmia signed a $400 million arms deal.",
        "An arms deal worth $450 million was signed.",
        "The two sides signed $5bn in deals.",
        "A loan of $1bn was agreed in 2029.",
    )
    assert [(subject[-1], words) for subject, words, _ in found] == [
        ("arms deal (USD)", "$400 million"),
        ("arms deal (USD)", "$450 million"),
        ("deals (USD)", "$5bn"),
        ("loan in 2029 (USD)", "$1bn"),  # a year not the article's: an earlier loan
    ]


def test_another_countrys_trade_is_not_the_pairs() -> None:
    """A clause naming a nation whose people are not of the pair tells another trade."""
    found = _amounts(
        "President Adaeze Okafor of Norland held talks with Velmian President Lars Brekke.",
        "Kestrian President Ivo Marn was not invited.",
        "Velmia's trade with Kestria reached $3bn last year.",
        "Norland's trade with Velmia reached $1.2bn last year.",
    )
    assert [subject for subject, *_ in found] == [
        ("Kestria", "Velmia", "trade in 2030 (USD)"),
        (*PAIR, "trade in 2030 (USD)"),
    ]


def test_kinds_of_aid_and_trade_deals_are_named_by_their_words() -> None:
    """Military and humanitarian aid are two sums; 'a $5bn trade deal' is a deal, not trade."""
    found = _amounts(
        MEETING,
        "Norland announced $50 million in new humanitarian aid.",
        "Norland pledged $100 million in military aid.",
        "Norland will provide $20 million in aid.",
        "They signed a $5bn trade deal.",
        "A trade deal worth $5bn was signed.",
    )
    assert [subject[-1] for subject, *_ in found] == [
        "humanitarian aid (USD)",
        "military aid (USD)",
        "aid (USD)",
        "trade deal (USD)",
        "trade deal (USD)",
    ]


def test_a_sum_in_another_currency_measures_what_the_first_does() -> None:
    """'1.5 trillion won ($1.1 billion)': the deals in won and in dollars."""
    found = _amounts(
        MEETING,
        "The deals are worth 1.5 trillion won ($1.1 billion).",
        "Trade was 300 billion roubles, or about $3.3 billion, last year.",
    )
    assert [(subject[-1], words) for subject, words, _ in found] == [
        ("deals (KRW)", "1.5 trillion won"),
        ("deals (USD)", "$1.1 billion"),
        ("trade in 2030 (RUB)", "300 billion roubles"),
        ("trade in 2030 (USD)", "about $3.3 billion"),
    ]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("$1-1.5 billion", 1e9, 1.5e9),
        ("$1bn-$1.5bn", 1e9, 1.5e9),
        ("$1 billion to $1.5 billion", 1e9, 1.5e9),
    ],
)
def test_a_range_of_sums_is_one_sum(text: str, lo: float, hi: float) -> None:
    """A range is read whole, not as '$1' and another sum: its ends as written."""
    assert [found.text for found in sums(f"Deals worth {text} were signed.")] == [text]
    money = parse_money(text)
    assert money is not None and (money.bound.min, money.bound.max) == (lo, hi)


def test_a_goal_is_another_figure_than_the_trade() -> None:
    """'Aim to raise trade to $5bn by 2035' is a hedged goal, apart from the trade reached."""
    assert _amounts(MEETING, "They aim to raise bilateral trade to $5bn by 2035.") == [
        ((*PAIR, "trade target by 2035 (USD)"), "$5bn", True)
    ]


def test_trade_told_with_no_time_is_last_years() -> None:
    """'Trade is worth $1.1bn' is read as the last whole year's trade, as a reader takes it."""
    found = _amounts(MEETING, "Trade between the two countries is worth about $1.1bn.")
    assert found == [((*PAIR, "trade in 2030 (USD)"), "about $1.1bn", False)]


def test_the_time_nearest_the_sum_dates_it() -> None:
    """'$1.14 billion last year, up from $900 million in 2029': last year's trade only."""
    found = _amounts(
        MEETING, "Trade reached $1.14 billion last year, up from $900 million in 2029."
    )
    assert found == [((*PAIR, "trade in 2030 (USD)"), "$1.14 billion", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade grew by $200 million last year.",  # a change, not a level
        "The trade surplus rose to $50bn.",  # a surplus is no trade
        "Shares of Velm Port rose to $189.50.",  # a price
        "Norland has invested $4bn in Velmia since 2010.",  # a total over years
        "Tariffs on $300bn of goods remain.",  # goods, no measure told
        "Subscribe for $9.99 a month.",  # an advert
        "EUR/USD 1.08 at the close.",  # a ticker
        "The trade minister earns $200,000.",
    ],
)
def test_no_sum_of_a_measure(sentence: str) -> None:
    """Counter-examples: sums that measure nothing an editor compares across outlets."""
    assert _amounts(MEETING, sentence) == []


def test_a_sum_is_no_count_of_dollars() -> None:
    """'300 million dollars' is a sum, not a count of dollars."""
    doc = Document.from_body(f"{MEETING} Norland pledged 300 million dollars in aid.", PUBLISHED)
    assert list(count_claims(doc)) == []


def _statuses(tmp_path: Path, first: str, second: str) -> list[str]:
    """The statuses of two outlets' findings on sums (subjects that name a currency)."""
    return two_outlet_statuses(
        tmp_path, (first, second), 2031, "trade accord", lambda s: s.endswith(")")
    )


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        (
            "Bilateral trade reached $1.1 billion in 2030.",
            "Trade stood at $1.14 billion in 2030.",
            "compatible",
        ),
        (
            "Bilateral trade reached $1.1bn in 2030.",
            "Trade reached $1.6 billion in 2030.",
            "conflict",
        ),
        (
            "Trade worth US$2.3bn in 2030 was discussed.",
            "Bilateral trade of $2.3 billion in 2030.",
            "agree",
        ),
        ("They signed deals worth more than $5bn.", "They signed $5.4bn in deals.", "compatible"),
        ("They signed deals worth nearly $5bn.", "They signed $5.4bn in deals.", "conflict"),
    ],
)
def test_two_outlets_sums(tmp_path: Path, first: str, second: str, status: str) -> None:
    """Rounding is compatible, sums beyond it conflict, one sum in two wordings agrees."""
    assert _statuses(tmp_path, first, second) == [status]


def test_other_years_currencies_and_measures_are_never_compared(tmp_path: Path) -> None:
    """Trade in 2029 and in 2030, dollars and euros, trade and deals: separate findings."""
    assert _statuses(
        tmp_path / "years", "Trade reached $1.1bn in 2029.", "Trade reached $1.6bn in 2030."
    ) == ["single_source", "single_source"]
    assert _statuses(
        tmp_path / "money", "Trade reached $1.1bn in 2030.", "Trade reached €1.6bn in 2030."
    ) == ["single_source", "single_source"]
    assert _statuses(
        tmp_path / "measures", "Trade reached $1.1bn in 2030.", "They signed $1.6bn in deals."
    ) == ["single_source", "single_source"]
