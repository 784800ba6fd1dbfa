"""Dated events of a person other than the story's meeting (extract/dated_events.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import incidents
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.extract.sentences import split_sentences
from consistency.normalise.values import normalise_value

PUBLISHED = dt.date(2026, 3, 24)


def _claims(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    """(subject, value text, claim text) of each event.date claim of a body."""
    doc = Document.from_body(text, PUBLISHED)
    return [(f.subject, f.value_text, text[f.start : f.end]) for f in dated_event_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ilse Varga arrived in Velm on Monday. The journey is Varga's first trip"
            " abroad since she secured an unprecedented third term last month.",
            (("Ilse Varga", "term began"), "last month"),
        ),
        (
            "President Ilse Varga arrived in Velm on Monday. Her trip -- her first abroad since"
            " her re-election earlier this month -- was welcomed.",
            (("Ilse Varga", "term began"), "earlier this month"),
        ),
        (
            "The talks resumed with Ambassador Tomas Renn, who was recalled to Kestria in March,"
            " among those present.",
            (("Tomas Renn", "departure"), "in March"),
        ),
        (
            "Lars Brekke, the Norlandic ambassador, flew out of Kestria in April after officials"
            " suggested he leave.",
            (("Lars Brekke", "departure"), "in April"),
        ),
        (
            "Contacts were cut after former Speaker Adaeze Okafor visited Norland in August 2022.",
            (("Adaeze Okafor", "earlier visit"), "in August 2022"),
        ),
        (
            "President Tomas Renn was shown a photo of President Ilse Varga taken during her"
            " visit to Tallinn in 1988.",
            (("Ilse Varga", "earlier visit"), "in 1988"),
        ),
        (
            "President Tomas Renn arrived on Monday. The trip was announced on Friday just hours"
            " after Renn was indicted by the tribunal.",
            (("Tomas Renn", "arrest warrant"), "on Friday"),
        ),
    ],
)
def test_an_event_is_dated_and_given_to_whom_it_happened(
    text: str, expected: tuple[tuple[str, ...], str]
) -> None:
    assert [(s, v) for s, v, _ in _claims(text)] == [expected]


def test_a_visit_of_the_story_itself_is_no_earlier_visit() -> None:
    # The story's own visit, dated this year, is visits.py's visit.dates, not an event.
    text = "President Ilse Varga visited Velm in March 2026 for talks with President Tomas Renn."
    assert _claims(text) == []


def test_a_date_of_another_clause_does_not_date_the_event() -> None:
    text = "President Ilse Varga, re-elected for a new term, met President Tomas Renn on Monday."
    assert _claims(text) == []
    text = "Ambassador Tomas Renn was recalled, and the embassy closed in May."
    assert _claims(text) == []


def test_left_needs_a_place_after_it() -> None:
    text = "President Ilse Varga left open the question of sanctions in March."
    assert _claims(text) == []


def test_a_line_starting_in_lower_case_goes_on_the_sentence_before() -> None:
    body = "Ambassador Tomas Renn left Velm\nin March after a row.\nThe embassy closed."
    texts = [" ".join(s.text.split()) for s in split_sentences(body)]
    assert texts == ["Ambassador Tomas Renn left Velm in March after a row.", "The embassy closed."]
    assert [v for _, v, _ in _claims(body)] == ["in March"]


def test_the_nearer_incident_owns_the_date() -> None:
    # "a May incident ... and an incident in February": February is the second incident's.
    body = (
        "Ties soured after a May incident in which a trawler was seized, and an incident in"
        " February when a drone crossed the strait."
    )
    doc = Document.from_body(body, PUBLISHED)
    found = [(body[f.start : f.end], f.value_text) for f in incidents.event_claims(doc)]
    assert found == [
        ("incident in February when a drone crossed the strait", "in February"),
    ]


def test_a_downed_craft_is_an_incident() -> None:
    body = "Relations froze once the coastguard downed a survey drone in October last year."
    doc = Document.from_body(body, PUBLISHED)
    assert [f.value_text for f in incidents.event_claims(doc)] == ["in October last year"]


def _dated(body: str, published: dt.date = PUBLISHED) -> list[tuple[tuple[str, ...], str, object]]:
    """(subject, date phrase, normalised value) of each event.date claim of a body."""
    doc = Document.from_body(body, published)
    return [
        (f.subject, f.value_text, normalise_value(f.fact, f.value_text, published, f.tense).value)
        for f in dated_event_claims(doc)
    ]


# A Monday.
MONDAY = dt.date(2031, 3, 17)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norland's ambassador, Envoy Rasmus Tell, who was recalled to Norland in March, "
            "joined the second round.",
            [(("Rasmus Tell", "departure"), "in March", "2031-03")],
        ),
        (
            "Ambassador Pia Lund, the Kestrian envoy to Norland, flew out of Velm in February "
            "after a row over visas.",
            [(("Pia Lund", "departure"), "in February", "2031-02")],
        ),
        (
            # A pronoun's possessive names the person the sentence named before.
            "The tour is Premier Ida Moen's first since her re-election earlier this month.",
            [(("Ida Moen", "term began"), "earlier this month", "2031-03")],
        ),
        (
            "Premier Ida Moen arrived on Sunday. It is her first trip since she secured an "
            "unprecedented third term last month.",
            [(("Ida Moen", "term began"), "last month", "2031-02")],
        ),
        (
            "Governor Lena Sauer, who took office in January 2029, signed the order.",
            [(("Lena Sauer", "term began"), "in January 2029", "2029-01")],
        ),
        (
            "The journalist Mira Holt was arrested in Velm on 3 March, her paper said.",
            [(("Mira Holt", "arrest"), "on 3 March", "2031-03-03")],
        ),
        (
            "Judge Arno Kell issued a warrant for her arrest on Friday.",
            [(("Arno Kell", "arrest warrant"), "on Friday", "2031-03-14")],
        ),
        (
            "Ines Baro was appointed foreign minister in February, replacing a veteran.",
            [(("Ines Baro", "appointment"), "in February", "2031-02")],
        ),
        (
            "Defence Minister Oskar Lind was dismissed on Thursday after the inquiry.",
            [(("Oskar Lind", "dismissal"), "on Thursday", "2031-03-13")],
        ),
        (
            "Former minister Oskar Lind has kept quiet since his ouster last year.",
            [(("Oskar Lind", "dismissal"), "last year", "2030")],
        ),
    ],
)
def test_a_persons_dated_actions_are_events_of_their_kind(
    body: str, expected: list[object]
) -> None:
    """Recalls, terms, arrests, appointments, dismissals dated in their own clause."""
    assert _dated(body, MONDAY) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The date is another clause's.
        "Ambassador Pia Lund left Velm, and that was in February, aides said.",
        # "Since 2019" bounds a span; it dates no departure.
        "Ambassador Pia Lund has not visited Velm since 2019.",
        # Nobody named does it.
        "The delegation left Velm in February.",
        # Things, not people, are removed and dismissed.
        "Minister Oskar Lind said the clause was removed from the draft in May.",
        "Judge Arno Kell dismissed the case in May.",
        "Minister Ines Baro has an appointment with the envoy in May.",
    ],
)
def test_no_dated_action(body: str) -> None:
    """A date of another clause, a span's bound, or an action of nobody named: no claim."""
    assert _dated(body, MONDAY) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ines Baro was named foreign minister in February.",
            [(("Ines Baro", "appointment"), "in February", "2031-02")],
        ),
        (
            "Foreign Minister Ines Baro resigned on Friday after the vote.",
            [(("Ines Baro", "resignation"), "on Friday", "2031-03-14")],
        ),
        (
            "Former President Anton Hale died on Sunday, his family said.",
            [(("Anton Hale", "death"), "on Sunday", "2031-03-16")],
        ),
        (
            # Two words of one event ("sworn in", "second term") make one claim.
            "Premier Tomas Renn was sworn in for a second term on Monday.",
            [(("Tomas Renn", "term began"), "on Monday", "2031-03-17")],
        ),
    ],
)
def test_more_kinds_of_a_persons_events(body: str, expected: list[object]) -> None:
    assert _dated(body, MONDAY) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Minister Ines Baro seemed resigned to a long fight in March.",
        "A street in Velm was named after President Anton Hale in 1990.",
    ],
)
def test_no_event_of_these_kinds(body: str) -> None:
    assert _dated(body, MONDAY) == []


def _incidents(body: str) -> list[tuple[str, object]]:
    """(claim text, normalised value) of each incident claim of a body (its own keys)."""
    doc = Document.from_body(body, MONDAY)
    doc.incident_keys = incidents.body_incident_keys(body)
    return [
        (body[f.start : f.end], normalise_value(f.fact, f.value_text, MONDAY, f.tense).value)
        for f in incidents.event_claims(doc)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Relations soured after last month's border shooting near Velm.",
            [("last month's border shooting", "2031-02")],
        ),
        (
            "The March 3 ferry collision killed two sailors.",
            [("The March 3 ferry collision", "2031-03-03")],
        ),
        (
            "Friday's explosion at the depot killed three workers.",
            [("Friday's explosion", "2031-03-14")],
        ),
    ],
)
def test_a_date_leading_an_incident_dates_it(body: str, expected: list[object]) -> None:
    assert _incidents(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The date is another clause's, or the meeting's.
        "Okafor arrived on Monday and the ferry collision was discussed.",
        "The talks on Monday covered the border shooting.",
    ],
)
def test_a_date_of_another_clause_does_not_lead_an_incident(body: str) -> None:
    assert _incidents(body) == []
