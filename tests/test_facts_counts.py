"""Counts, incidents and precedents on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import corpus_incident_keys
from consistency.extract.counts import count_claims
from consistency.extract.document import Document, Found
from consistency.extract.incidents import event_claims, incident_labels
from consistency.extract.precedents import precedent_claims
from consistency.normalise.values import normalise_value

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)


def _doc(body: str) -> Document:
    """A document published on PUBLISHED, with its own incident keys."""
    doc = Document.from_body(body, PUBLISHED)
    doc.incident_keys = corpus_incident_keys([body])
    return doc


def _counts(body: str) -> list[Found]:
    """The quantity claims of a body."""
    return list(count_claims(_doc(body)))


@pytest.mark.parametrize(
    ("body", "thing", "number"),
    [
        ("The ministries said 9 prisoners would be exchanged at the border.", "prisoners", 9),
        ("Both sides agreed to exchange 9 prisoners by the end of the month.", "prisoners", 9),
        ("The talks ended with an agreement to swap 11 prisoners.", "prisoners", 11),
        ("Nine detainees prepare to be exchanged under the accord.", "prisoners", 9),
        ("Nine citizens will be released under the accord.", "prisoners", 9),
        ("Five US citizens were held at the airport.", "americans", 5),
        ("Five Americans were held at the airport.", "americans", 5),
        ("The court handed down a 12-year sentence to the smuggler.", "sentence (years)", 12),
    ],
)
def test_counts_name_one_thing_whatever_the_noun(body: str, thing: str, number: int) -> None:
    """Nouns that count the same thing in a story give the same subject, and the count."""
    (claim,) = _counts(body)
    assert claim.subject == (thing,)
    assert normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense).value == number


@pytest.mark.parametrize(
    ("body", "number"),
    [
        (
            "Prime Minister Ilse Varga met President Tomas Oduya in Kisumu on Monday. "
            "The two signed 14 agreements, officials said.",
            14,
        ),
        (
            "President Tomas Oduya held talks with Prime Minister Ilse Varga in Kisumu. "
            "The meeting produced fourteen deals on trade and water.",
            14,
        ),
        (
            "Ilse Varga and Tomas Oduya met in Kisumu on Monday. "
            "The two sides signed 14 documents at the end of the talks.",
            14,
        ),
    ],
    ids=["signed agreements", "a meeting's deals", "signed documents"],
)
def test_what_a_meeting_yields_belongs_to_the_pair(body: str, number: int) -> None:
    """A count of agreements, deals or signed documents is the meeting pair's agreements."""
    claims = [c for c in _counts(body) if c.subject[-1] == "agreements"]
    values = [normalise_value(c.fact, c.value_text, PUBLISHED, c.tense).value for c in claims]
    assert [c.subject for c in claims] == [("Ilse Varga", "Tomas Oduya", "agreements")]
    assert values == [number]


@pytest.mark.parametrize(
    "body",
    [
        "Ilse Varga met Tomas Oduya in Kisumu on Monday. "
        "The two countries have signed more than 40 agreements since 2010.",
        "Ilse Varga met Tomas Oduya in Kisumu on Monday. "
        "Some 30 deals have been concluded so far, the ministry said.",
    ],
    ids=["since a year", "so far"],
)
def test_a_count_over_years_is_no_meetings(body: str) -> None:
    """Agreements counted over a longer time than the meeting belong to no pair."""
    (claim,) = [c for c in _counts(body) if c.subject[-1] == "agreements"]
    assert claim.subject == ("agreements",)


def test_documents_count_agreements_only_when_signed() -> None:
    """Documents count agreements next to a verb of signing, and documents otherwise."""
    (leaked,) = _counts("Reporters obtained 300 documents from the archive.")
    assert leaked.subject == ("documents",)


def test_a_hedged_count() -> None:
    """A count that is only expected is hedged; one reported as done is not."""
    (expected,) = _counts("Twenty delegations are expected to attend the forum.")
    (done,) = _counts("Twenty delegations attended the forum.")
    assert expected.hedged and not done.hedged


def test_a_length_names_no_trip() -> None:
    """Lengths of a trip or a meeting ("a three-day visit") are not counts."""
    assert not _counts("She began a three-day visit after a two-hour meeting.")


def test_every_incident_of_a_sentence_is_dated() -> None:
    """Two incidents in one sentence give two claims, each with its own date."""
    body = "A shooting at the Orvell crossing on August 14 and a fire at the depot on August 20."
    claims = list(event_claims(_doc(body)))
    assert [c.value_text for c in claims] == ["on August 14", "on August 20"]


def test_an_expected_incident_is_hedged_and_in_the_future() -> None:
    """An incident only expected to take place on a weekday lies ahead, hedged."""
    (claim,) = event_claims(_doc("The handover is expected to take place on Saturday at dawn."))
    assert claim.hedged
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense)
    assert value.value == "2031-03-15"


def test_an_incident_between_the_two_titled_people_is_theirs() -> None:
    """The phrase "the two ministers" stands for the two ministers named, if only two are."""
    body = (
        "Trade Minister Mara Quillon met Interior Minister Sten Rudvik on Tuesday.\n"
        "It began with a brief encounter between the two ministers in January."
    )
    (claim,) = event_claims(_doc(body))
    assert claim.subject == ("Mara Quillon", "Sten Rudvik")
    three = "Finance Minister Ada Lorn spoke too. " + body
    (claim,) = event_claims(_doc(three))
    assert claim.subject == ()


def test_incidents_told_in_other_words_share_one_label() -> None:
    """Linked wordings of one incident take one label; an unrelated incident keeps its own."""
    labels = incident_labels(
        [
            "border incident last August, when a guard was shot at the Orvell crossing",
            "shooting at the Orvell crossing on August 14",
            "shooting at the Orvell crossing on August 14",
            "the warehouse fire in May",
        ]
    )
    assert labels == ["the shooting", "the shooting", "the shooting", "the warehouse fire"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Trade Minister Mara Quillon arrived on Monday, the first visit by a Corvathi "
            "minister since 2019.",
            ("Mara Quillon",),
        ),
        (
            "Trade Minister Mara Quillon met the mayor. Her visit is the first by a Corvathi "
            "minister in seven years.",
            ("Mara Quillon",),
        ),
        (
            "Trade Minister Mara Quillon opened the first Dunmore trade fair since 2017.",
            (),
        ),
    ],
)
def test_a_precedent_is_a_persons_only_when_about_their_visit(
    body: str, subject: tuple[str, ...]
) -> None:
    """The first visit by someone is theirs; the first fair since a year is nobody's."""
    (claim,) = precedent_claims(_doc(body))
    assert claim.subject == subject
