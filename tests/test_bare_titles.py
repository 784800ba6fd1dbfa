"""A bare title ("The minister held talks ...") stands for the person last named with it.

Every sentence here is invented; none of these people is in the bundled people file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.references import reference_mentions


def _meetings(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """The meeting claims of an article as (fact, subject), references read."""
    doc = Document.from_body(body, dt.date(2026, 3, 20))
    doc.references = reference_mentions(doc)
    return [(claim.fact, claim.subject) for claim in meeting_claims(doc)]


def _referred(body: str) -> list[str]:
    """The people the references of an article's last sentence stand for."""
    doc = Document.from_body(body, dt.date(2026, 3, 20))
    return [m.name for m in reference_mentions(doc).get(len(doc.sentences) - 1, [])]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Defence Minister Abdi Dirane won a pledge from Norland on Friday. The minister "
            "held talks with Norland's defence minister Jane Odhiambo at a hotel in Velm.",
            "Abdi Dirane",
        ),
        (
            "Prime Minister Ilse Brekke met Tomas Renn, the Velmian president, on Monday. "
            "Afterwards the president said the talks had been useful.",
            "Tomas Renn",
        ),
        (
            "Ambassador Kofi Mensah presented his credentials on Tuesday. Officials said "
            "the ambassador would travel to the north next week.",
            "Kofi Mensah",
        ),
    ],
)
def test_a_bare_title_is_the_person_last_named_with_it(body: str, person: str) -> None:
    """The nearest earlier sentence naming one holder of the title decides."""
    assert _referred(body) == [person]


@pytest.mark.parametrize(
    "body",
    [
        # Two holders in the nearest sentence: ambiguous.
        "Foreign Minister Ilse Brekke greeted Foreign Minister Tomas Renn. The minister spoke.",
        # An office with its scope is no reference to a person named before.
        "Foreign Minister Ilse Brekke arrived. The minister of finance was absent.",
        # A name in apposition names the person itself.
        "Foreign Minister Ilse Brekke arrived. The minister, Tomas Renn, was absent.",
        # No one named with that title.
        "Foreign Minister Ilse Brekke arrived on Monday. The president was absent.",
    ],
)
def test_no_bare_reference_where_none_or_two_fit(body: str) -> None:
    """A bare title resolves only to exactly one earlier holder, and never past a name."""
    assert _referred(body) == []


def test_a_meeting_told_of_by_a_bare_title_is_the_pair_s() -> None:
    """A meeting told of by "The minister held talks with X" is the minister's and X's."""
    body = (
        "Defence Minister Abdi Dirane won a pledge from Norland on Friday. The minister held "
        "talks lasting nearly two hours with Norland's defence minister Jane Odhiambo on Friday."
    )
    assert ("meeting.date", ("Abdi Dirane", "Jane Odhiambo")) in _meetings(body)
