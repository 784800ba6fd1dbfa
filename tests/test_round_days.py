"""The days of a round of talks: its span, its last day, the next round (invented sentences).

"held March 2-6" and "from 2 to 6 March" give a round's span; "which closed on Thursday" and
"ended on Friday" its last day, compared with the span's last day (DT01's comparator
"meeting"); "last week's round" on a Monday page is the week before. The next round is a
plan: "would take place in Velm in June", "is pencilled in for Velm before the summer
recess" (a bound to the end of July) are hedged and agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.engine.comparators import Observation, compare_meetings
from consistency.engine.rule_files import load_rules
from consistency.extract.document import Document
from consistency.extract.series import series_claims
from consistency.normalise.values import normalise_value
from tests.two_outlets import outlets_findings

# A Monday.
MONDAY = dt.date(2026, 3, 9)
PARTIES = ("Norland", "Velmia")
OPENING = "Negotiations between Norland and Velmia made little headway. "


def _claims(body: str) -> list[tuple[str, str, bool, str]]:
    """The series' claims of a body as (fact, value text, hedged, tense)."""
    doc = Document.from_body(OPENING + body, MONDAY)
    return [(c.fact, c.value_text, c.hedged, c.tense) for c in series_claims(doc)]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "The sixth round, which closed on Thursday in Kesk, ended without a deal.",
            [
                ("meeting.date", "closed on Thursday", False, "past"),
                ("meeting.place", "Kesk", False, "past"),
            ],
        ),
        (
            "The talks wrapped up on Friday.",
            [("meeting.date", "wrapped up on Friday", False, "past")],
        ),
        (
            # A town or a venue between the verb and the day: still the last day.
            "The sixth round ended in Kesk on Friday.",
            [
                ("meeting.date", "ended in Kesk on Friday", False, "past"),
                ("meeting.place", "Kesk", False, "past"),
            ],
        ),
        (
            "The round, which closed at the Grand Meridian Hotel on Thursday, failed.",
            [
                ("meeting.date", "closed at the Grand Meridian Hotel on Thursday", False, "past"),
                ("meeting.place", "Grand Meridian Hotel", False, "past"),
            ],
        ),
        (
            # Opened: the first day, a day like any other.
            "The round opened on Monday in Kesk.",
            [
                ("meeting.date", "on Monday", False, "past"),
                ("meeting.place", "Kesk", False, "past"),
            ],
        ),
        (
            "The next round would take place in Velm in June, officials said.",
            [
                ("meeting.date", "in June", True, "future"),
                ("meeting.place", "Velm", True, "future"),
            ],
        ),
        (
            "The seventh round is pencilled in for Velm before the summer recess.",
            [
                ("meeting.date", "before the summer recess", True, "future"),
                ("meeting.place", "Velm", True, "future"),
            ],
        ),
    ],
)
def test_a_rounds_days_as_told(body: str, claims: list[tuple[str, str, bool, str]]) -> None:
    """A last day keeps its verb; the next round is told ahead; a summer bound is a date."""
    assert _claims(body) == claims


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("closed on Thursday", "past", {"start": None, "end": "2026-03-05"}),
        ("ended on Friday", "past", {"start": None, "end": "2026-03-06"}),
        ("ended in Kesk on Friday", "past", {"start": None, "end": "2026-03-06"}),
        ("ended Friday", "past", {"start": None, "end": "2026-03-06"}),
        # A month is no last day: as told.
        ("ended in February", "past", "2026-02"),
        ("before the summer recess", "future", {"min": None, "max": "2026-07"}),
        # Before which summer, told as past, is not said.
        ("before the summer recess", "past", None),
    ],
)
def test_a_last_day_and_a_summer_bound_normalise(text: str, tense: str, value: object) -> None:
    """{"end": day} for a round's last day; {"max": July} for "before the summer"."""
    assert normalise_value("meeting.date", text, MONDAY, tense).value == value


def _observation(text: str) -> Observation:
    """An outlet's meeting.date observation read from its words on the Monday page."""
    value = normalise_value("meeting.date", text, MONDAY, "past")
    return Observation("o", value.value, value.lo, value.hi, value.precision, text=text)


@pytest.mark.parametrize(
    ("one", "other", "relation"),
    [
        ("March 2-6", "closed on Thursday", "conflict"),
        ("from 2 to 6 March", "ended on Friday", "same"),
        ("closed on Thursday", "ended on Friday", "conflict"),
        # A week is no span the round was held in: its last day is any day of it.
        ("last week", "closed on Thursday", "compatible"),
        # A day of the round, not its last: inside the span.
        ("March 2-6", "on Thursday", "compatible"),
        ("on Thursday", "on Friday", "conflict"),
    ],
)
def test_a_last_day_against_a_span_is_its_last_day(one: str, other: str, relation: str) -> None:
    """The comparator "meeting": last days against a span's end, else intervals."""
    (rule,) = [r for r in load_rules() if r.fact == "meeting.date"]
    assert compare_meetings(_observation(one), _observation(other), rule) == relation
    assert compare_meetings(_observation(other), _observation(one), rule) == relation


def _statuses(tmp_path: Path, told: tuple[str, str]) -> list[str]:
    """The statuses of two outlets' meeting.date findings about the parties."""
    findings = outlets_findings(tmp_path, "March 9, 2026", OPENING, told)
    return sorted(
        str(status)
        for fact, status, subject in zip(
            findings["fact"], findings["status"], findings["subject"], strict=True
        )
        if fact == "meeting.date" and tuple(subject) == PARTIES
    )


@pytest.mark.parametrize(
    ("told", "statuses"),
    [
        (
            (
                "The round was held March 2-6 in Kesk.",
                "The round, which closed on Thursday, failed.",
            ),
            ["conflict"],
        ),
        (
            ("The round was held from 2 to 6 March.", "The round ended on Friday in Kesk."),
            ["agree"],
        ),
        (
            ("The round was held March 2-6 in Kesk.", "Last week's round achieved little."),
            ["compatible"],
        ),
        (
            (
                "The next round would take place in Velm in June, officials said.",
                "The seventh round is pencilled in for Velm before the summer recess.",
            ),
            ["hedged"],
        ),
    ],
)
def test_two_outlets_days_of_a_round(
    tmp_path: Path, told: tuple[str, str], statuses: list[str]
) -> None:
    """The end day conflicts or agrees; a week holds the span; two plans agree, hedged."""
    assert _statuses(tmp_path, told) == statuses
