"""An earlier call told at a month's or a day's precision (sentences written for these tests).

"held phone talks in February", "first spoke in a phone call on 10 February", "had spoken
on telephone in February" are one call: its day lies inside the month. A month alone is
anchored to the page's year and tense: February in a May article is this year's, in a
January article last year's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.references import reference_mentions
from consistency.normalise.dates import DateValue, resolve_date
from tests.two_outlets import outlets_findings

# A Wednesday in May.
MAY = dt.date(2026, 5, 13)
PAIR = ("Ilse Varga", "Tomas Renn")
OPENING = "President Ilse Varga of Norland met President Tomas Renn of Kestria in Velm on Tuesday. "


def _calls(body: str, published: dt.date = MAY) -> list[tuple[tuple[str, ...], str]]:
    """The call.date claims of a body as (subject, value text)."""
    doc = Document.from_body(OPENING + body, published)
    doc.references = reference_mentions(doc)
    return [(c.subject, c.value_text) for c in call_claims(doc) if c.fact == "call.date"]


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Varga and Renn held phone talks in February.", "in February"),
        ("Varga held telephone talks with Renn on 10 February.", "on 10 February"),
        ("The two first spoke in a phone call on Feb. 10, officials said.", "on Feb. 10"),
        ("Varga spoke with Renn in a lengthy telephone call in February.", "in February"),
        ("The two presidents had spoken on telephone in February.", "in February"),
    ],
)
def test_a_call_told_as_phone_talks_or_in_a_call_is_read(body: str, phrase: str) -> None:
    """Phone talks, a call someone spoke in, a perfect "had spoken": the pair's call.date."""
    assert _calls(body) == [(PAIR, phrase)]


@pytest.mark.parametrize(
    "body",
    [
        # Talks about phones, a debate about phones: no call.
        "Varga held talks with Renn about phone tariffs on Monday.",
        "Varga spoke in a debate on phone tariffs in February.",
    ],
)
def test_phone_words_that_tell_no_call_are_no_call(body: str) -> None:
    """Without "phone talks" or "in a phone call" the verbs make no call."""
    assert _calls(body) == []


def test_phone_talks_are_no_meeting() -> None:
    """A call told as talks is not a meeting in person."""
    doc = Document.from_body("Varga and Renn held phone talks in February.", MAY)
    assert [c for c in meeting_claims(doc) if c.fact == "meeting.date"] == []


@pytest.mark.parametrize(
    ("published", "year"),
    [(MAY, 2026), (dt.date(2026, 1, 14), 2025)],
)
def test_a_month_alone_is_of_the_page_year_told_past(published: dt.date, year: int) -> None:
    """February told as past: this year's in May, last year's in January."""
    value = resolve_date("in February", published, "past")
    assert isinstance(value, DateValue)
    assert (value.start, value.precision) == (dt.date(year, 2, 1), "month")


def test_a_day_and_its_month_are_one_call(tmp_path: Path) -> None:
    """Three outlets give the month, one the day: one call, compatible."""
    told = (
        "Varga and Renn held phone talks in February.",
        "The two first spoke in a phone call on Feb. 10, officials said.",
        "The two presidents had spoken on telephone in February.",
    )
    findings = outlets_findings(tmp_path, "May 13, 2026", OPENING, told)
    calls = findings[findings["fact"] == "call.date"]
    assert calls["status"].tolist() == ["compatible"]
    assert calls["value"].tolist() == ["2026-02-10"]


def test_another_month_is_a_conflict(tmp_path: Path) -> None:
    """February in one outlet, March 10 in another: the call's day conflicts."""
    told = (
        "Varga and Renn held phone talks in February.",
        "The two first spoke in a phone call on March 10, officials said.",
    )
    findings = outlets_findings(tmp_path, "May 13, 2026", OPENING, told)
    assert findings[findings["fact"] == "call.date"]["status"].tolist() == ["conflict"]
