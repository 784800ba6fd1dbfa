"""A person's dated actions as event.date claims (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.actions import action_claims
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.normalise.values import normalise_value

# A Monday.
PUBLISHED = dt.date(2031, 3, 17)


def _events(body: str) -> list[tuple[tuple[str, ...], str, object]]:
    """Each event.date claim of a body as (subject, date phrase, normalised value)."""
    doc = Document.from_body(body, PUBLISHED)
    # dated_events gives the kinds of event it knows (subject: person and kind), actions the rest.
    return [
        (
            c.subject[:1],
            c.value_text,
            normalise_value(c.fact, c.value_text, PUBLISHED, c.tense).value,
        )
        for c in [*dated_event_claims(doc), *action_claims(doc)]
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norland's ambassador, Envoy Rasmus Tell, who was recalled to Norland in March, "
            "joined the second round.",
            [(("Rasmus Tell",), "in March", "2031-03")],
        ),
        (
            "Ambassador Pia Lund, the Kestrian envoy to Norland, flew out of Velm in February "
            "after a row over visas.",
            [(("Pia Lund",), "in February", "2031-02")],
        ),
        (
            # A pronoun's possessive names the doer the sentence named before.
            "The tour is Premier Ida Moen's first since her re-election earlier this month.",
            [(("Ida Moen",), "earlier this month", "2031-03")],
        ),
        (
            "Premier Ida Moen arrived on Sunday. It is her first trip since she secured an "
            "unprecedented third term last month.",
            [(("Ida Moen",), "last month", "2031-02")],
        ),
    ],
)
def test_dated_actions_of_named_people(body: str, expected: list[object]) -> None:
    """Recalls, departures, elections and terms, dated in their own clause, are events."""
    assert _events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # The date is another clause's.
        "Ambassador Pia Lund left Velm, and that was in February, aides said.",
        # "Since 2019" bounds a span; it dates no departure.
        "Ambassador Pia Lund has not visited Velm since 2019.",
        # Nobody named does it.
        "The delegation left Velm in February.",
    ],
)
def test_no_dated_action(body: str) -> None:
    """A date of another clause, a span's bound, or an action of nobody named: no claim."""
    assert _events(body) == []
