"""Meetings in more wordings, each dated by its own clause (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims

# A Thursday.
PUBLISHED = dt.date(2031, 5, 8)


def _dates(body: str) -> dict[tuple[str, ...], list[str]]:
    """The meeting.date claims of a body: each pair's date phrases ("" for none)."""
    found: dict[tuple[str, ...], list[str]] = {}
    for claim in meeting_claims(Document.from_body(body, PUBLISHED)):
        if claim.fact == "meeting.date":
            found.setdefault(claim.subject, []).append(claim.value_text)
    return found


PAIR = ("Adaeze Okafor", "Lars Brekke")


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        (
            "Foreign Minister Adaeze Okafor sat down with Defence Minister Lars Brekke in Tallinn "
            "on Tuesday.",
            ["on Tuesday"],
        ),
        (
            "Foreign Minister Adaeze Okafor and Defence Minister Lars Brekke wrapped up their "
            "first summit, in the Estonian capital, on Wednesday.",
            ["on Wednesday"],
        ),
        (
            # "Their" with one of the pair named stands for the pair met before.
            "Foreign Minister Adaeze Okafor met Defence Minister Lars Brekke in Tallinn. "
            "At the start of their meeting on Monday, Brekke thanked his guest.",
            ["", "on Monday"],
        ),
        (
            "Foreign Minister Adaeze Okafor held discussions with Defence Minister Lars Brekke "
            "on Tuesday.",
            ["on Tuesday"],
        ),
    ],
)
def test_meeting_wordings_claim_the_pair_and_the_day(body: str, dates: list[str]) -> None:
    """Sitting down with, "their summit" and "their meeting" are meetings of the pair."""
    assert _dates(body) == {PAIR: dates}


def test_a_date_of_another_clause_does_not_date_the_meeting() -> None:
    """An arrival's day before "ahead of their summit" is not the summit's day."""
    body = (
        "Foreign Minister Adaeze Okafor arrived in Tallinn on Tuesday ahead of her summit "
        "with Defence Minister Lars Brekke."
    )
    # The summit lies ahead: at most an undated, hedged claim, never Tuesday's date.
    assert all(dates in ([], [""]) for dates in _dates(body).values())


def test_a_relative_clause_and_a_span_bound_date_no_meeting() -> None:
    """'Whom she has known since 2011' tells when they first met, not when they met now."""
    body = (
        "Foreign Minister Adaeze Okafor said her talks with Defence Minister Lars Brekke, "
        "whom she has known since 2011, had been frank."
    )
    assert _dates(body) == {PAIR: [""]}


def test_a_date_before_a_when_clause_dates_its_meeting() -> None:
    """'On 3 and 4 May 1990, when X and Y met': the date belongs to the when clause's verb."""
    body = (
        "The villa last hosted a meeting between the leaders of the two countries on "
        "4 May 1990, when Foreign Minister Adaeze Okafor and Defence Minister Lars Brekke met."
    )
    assert _dates(body) == {PAIR: ["on 4 May 1990"]}


@pytest.mark.parametrize(
    "body",
    [
        # A gathering of many named by its own name is not a meeting of two.
        "Adaeze Okafor and Lars Brekke will both attend the G20 summit on Friday.",
        # A meeting noun with no value of its own claims nothing.
        "Adaeze Okafor said Lars Brekke had not yet confirmed the meeting.",
    ],
)
def test_meeting_nouns_that_claim_nothing(body: str) -> None:
    """The nouns alone make no claim without a value, and named gatherings none at all."""
    assert _dates(body) == {}


def test_a_noun_gives_no_tense_of_its_own() -> None:
    """'As the first day of talks got under way on May 5': "talks" is no present verb here."""
    body = (
        "Foreign Minister Adaeze Okafor and Defence Minister Lars Brekke smiled as the first "
        "day of talks got under way on May 5."
    )
    claims = [
        c
        for c in meeting_claims(Document.from_body(body, PUBLISHED))
        if c.fact == "meeting.date" and c.value_text
    ]
    assert [(c.value_text, c.tense) for c in claims] == [("on May 5", "unknown")]


def test_a_noun_with_people_after_it_gives_no_present_tense() -> None:
    """'Closed their talks with a walk' in a Thursday article: Wednesday is the day before."""
    body = (
        "Foreign Minister Adaeze Okafor said she had made progress with Defence Minister Lars "
        "Brekke on Wednesday, as the two closed their talks with a walk in the gardens."
    )
    claims = [
        c
        for c in meeting_claims(Document.from_body(body, PUBLISHED))
        if c.fact == "meeting.date" and c.value_text
    ]
    assert [(c.value_text, c.tense) for c in claims] == [("on Wednesday", "unknown")]


def test_one_person_meeting_two_is_a_meeting_per_pair() -> None:
    """'A met B and C' says A met each: a claim per pair, so each meets the pair's other claims."""
    body = (
        "On Tuesday 15 June 2026, Velmish president Ana Kerr met Norlandic president Tor Odo "
        "and Lena Lund, Norland's foreign minister, at the Grand hotel in Velm.\n"
    )
    doc = Document.from_body(body, dt.date(2026, 6, 16))
    subjects = {c.subject for c in meeting_claims(doc)}
    assert subjects == {("Ana Kerr", "Tor Odo"), ("Ana Kerr", "Lena Lund")}


def test_two_meeting_one_stay_one_group() -> None:
    """'A and B met C' names no pair apart: the three are one group."""
    body = "Ana Kerr and Tor Odo met Lena Lund in Velm on Tuesday.\n"
    doc = Document.from_body(body, dt.date(2026, 6, 17))
    subjects = {c.subject for c in meeting_claims(doc)}
    assert subjects == {("Ana Kerr", "Lena Lund", "Tor Odo")}


def _claims(body: str) -> dict[str, dict[tuple[str, ...], list[tuple[str, bool]]]]:
    """Every meeting claim of a body: fact -> pair -> (value text, hedged)."""
    found: dict[str, dict[tuple[str, ...], list[tuple[str, bool]]]] = {}
    for claim in meeting_claims(Document.from_body(body, PUBLISHED)):
        found.setdefault(claim.fact, {}).setdefault(claim.subject, []).append(
            (claim.value_text, claim.hedged)
        )
    return found


@pytest.mark.parametrize(
    ("body", "pair", "date", "place"),
    [
        (
            "Foreign Minister Adaeze Okafor was received by President Lars Brekke in Tallinn "
            "on Tuesday.",
            ("Adaeze Okafor", "Lars Brekke"),
            ("on Tuesday", False),
            None,
        ),
        (
            "President Mira Tamm received Prime Minister Jonas Eller at the Kadri Palace on "
            "Friday.",
            ("Jonas Eller", "Mira Tamm"),
            ("on Friday", False),
            ("Kadri Palace", False),
        ),
        (
            "King Harald Vesk receives his visiting counterpart Adaeze Okafor in Velm on Monday.",
            ("Adaeze Okafor", "Harald Vesk"),
            ("on Monday", False),
            None,
        ),
        (
            # Hedged, with the venue and no day: the place is claimed, hedged.
            "Foreign Minister Adaeze Okafor is expected to be received by President Lars "
            "Brekke at the Kadri Palace in the afternoon.",
            ("Adaeze Okafor", "Lars Brekke"),
            None,
            ("Kadri Palace", True),
        ),
        (
            "Foreign Minister Jonas Eller was granted an audience with King Harald Vesk on "
            "Wednesday.",
            ("Harald Vesk", "Jonas Eller"),
            ("on Wednesday", False),
            None,
        ),
    ],
)
def test_a_reception_is_a_meeting_of_host_and_guest(
    body: str,
    pair: tuple[str, ...],
    date: tuple[str, bool] | None,
    place: tuple[str, bool] | None,
) -> None:
    """A reception ("B received A", "A was received by B", "an audience with B") is a meeting."""
    claims = _claims(body)
    assert claims.get("meeting.date", {}).get(pair) == ([date] if date else None)
    assert claims.get("meeting.place", {}).get(pair) == ([place] if place else None)


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Adaeze Okafor received a letter from President Lars Brekke on Tuesday.",
        "Foreign Minister Adaeze Okafor received Chinese backing from President Lars Brekke.",
        "The audience cheered as Foreign Minister Adaeze Okafor and President Lars Brekke "
        "spoke on Tuesday.",
    ],
)
def test_receiving_a_thing_or_an_audience_in_a_hall_is_no_meeting(body: str) -> None:
    """What was received is not a person named later; "the audience" alone is no meeting."""
    assert _claims(body) == {}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Foreign Minister Adaeze Okafor arrived in Tallinn on Tuesday. She later met "
            "President Lars Brekke.",
            "on Tuesday",
        ),
        (
            "Foreign Minister Adaeze Okafor toured the port of Velm on 3 March. Afterwards, he "
            "held talks with President Lars Brekke at the Kadri Palace.",
            "on 3 March",
        ),
        (
            "Foreign Minister Adaeze Okafor landed in Velm on Friday and laid a wreath. Okafor "
            "was subsequently received by President Lars Brekke.",
            "on Friday",
        ),
    ],
)
def test_a_later_meeting_takes_the_day_told_before(body: str, date: str) -> None:
    """A meeting told "later" with no day of its own was on the day the article just told."""
    assert _dates(body) == {PAIR: [date]}


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        # A year is no day: the later meeting stays undated.
        (
            "Foreign Minister Adaeze Okafor first visited Velm in 2019. He later met President "
            "Lars Brekke.",
            [""],
        ),
        # "Then" is not read ("then-president"), nor a day further back than three sentences.
        (
            "Foreign Minister Adaeze Okafor arrived on Tuesday. He then met President Lars Brekke.",
            [""],
        ),
        (
            "Foreign Minister Adaeze Okafor arrived on Tuesday. Crowds lined the road. Flags "
            "flew. Bands played. Okafor later met President Lars Brekke.",
            [""],
        ),
    ],
)
def test_later_without_a_day_told_just_before_stays_undated(body: str, dates: list[str]) -> None:
    """Only a one-day date of the sentences just before dates a "later" meeting."""
    assert _dates(body) == {PAIR: dates}
