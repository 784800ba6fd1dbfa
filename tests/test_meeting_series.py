"""Talks of two countries or delegations that name no person (extract/series.py).

Sentences written for these tests; no country, town or person in them is real.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import meeting_claims
from consistency.extract.parties import named_alone

# A Thursday.
PUBLISHED = dt.date(2031, 5, 8)
PARTIES = ("Norland", "Velmia")


def _claims(body: str) -> list[tuple[str, tuple[str, ...], str, bool]]:
    """Every meeting claim of a body as (fact, subject, value text, hedged)."""
    doc = Document.from_body(body, PUBLISHED)
    return [(c.fact, named_alone(c.subject), c.value_text, c.hedged) for c in meeting_claims(doc)]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            # Ended: the round's last day keeps its verb (tests/test_round_days.py).
            "A sixth round of the Norland-Velmia talks ended in Kesk on Friday.",
            [
                ("meeting.date", PARTIES, "ended in Kesk on Friday", False),
                ("meeting.place", PARTIES, "Kesk", False),
            ],
        ),
        (
            "Negotiations between Norland and Velmia resumed this week. The round, held in "
            "Kesk from 2 to 6 March, ended without a deal.",
            [
                ("meeting.date", PARTIES, "this week", False),
                ("meeting.date", PARTIES, "from 2 to 6 March", False),
                ("meeting.place", PARTIES, "Kesk", False),
            ],
        ),
        (
            "Officials said the Norland-Velmia consultations were going well. Talks are being "
            "held at the Grand Meridian Hotel in Kesk district.",
            [("meeting.place", PARTIES, "Grand Meridian Hotel", False)],
        ),
        (
            # Told ahead: hedged, as a planned meeting is.
            "The Norland-Velmia talks made progress, officials said. The next round would take "
            "place in Velm in June.",
            [
                ("meeting.date", PARTIES, "in June", True),
                ("meeting.place", PARTIES, "Velm", True),
            ],
        ),
    ],
)
def test_a_round_of_two_parties_talks_is_the_parties_meeting(
    body: str, claims: list[tuple[str, tuple[str, ...], str, bool]]
) -> None:
    """The series' parties are the subject of its rounds' date (a span too) and place."""
    assert [c for c in _claims(body) if c[1] == PARTIES] == claims


@pytest.mark.parametrize(
    "body",
    [
        # Two people's talks are theirs: no series.
        "Foreign Minister Adaeze Okafor met President Lars Brekke on Tuesday. The talks ended "
        "in Kesk on Friday.",
        # Talks called for are not held.
        "The Norland-Velmia talks stalled. Velm last month called for a ceasefire and peace "
        "talks in Kesk.",
        # A round told long after the parties were named is not theirs.
        "The Norland-Velmia talks stalled. Prices rose. Ferries stopped. Crowds gathered. "
        "The round ended in Kesk on Friday.",
    ],
)
def test_talks_of_no_series_give_the_parties_nothing(body: str) -> None:
    """No parties named near, or the talks only wanted: no claim of the parties."""
    assert [c for c in _claims(body) if c[1] == PARTIES] == []
