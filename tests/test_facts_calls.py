"""Calls: phone and video calls in their many wordings, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.normalise.dates import DateValue, resolve_date
from consistency.normalise.values import normalise_value

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)
PEOPLE = ("Mara Quillon", "Sten Rudvik")


def _calls(body: str) -> list[Found]:
    """The call.date claims of a body."""
    doc = Document.from_body(body, PUBLISHED)
    return [c for c in call_claims(doc) if c.fact == "call.date"]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Trade Minister Mara Quillon held a video call with Interior Minister Sten Rudvik "
            "on Tuesday, officials said.",
            "2031-03-11",
        ),
        (
            "Trade Minister Mara Quillon held a phone call with Interior Minister Sten Rudvik "
            "last Thursday.",
            "2031-03-06",
        ),
        (
            "Interior Minister Sten Rudvik prepared the ground in a video call with "
            "Trade Minister Mara Quillon last Thursday.",
            "2031-03-06",
        ),
        (
            "The deal followed a video call on March 3 between Trade Minister Mara Quillon "
            "and Interior Minister Sten Rudvik.",
            "2031-03-03",
        ),
        (
            "Talks gathered pace after the March 3 video call between Trade Minister "
            "Mara Quillon and Interior Minister Sten Rudvik.",
            "2031-03-03",
        ),
        (
            "Trade Minister Mara Quillon spoke with Interior Minister Sten Rudvik by video "
            "link on Monday.",
            "2031-03-10",
        ),
        (
            "Trade Minister Mara Quillon spoke to Interior Minister Sten Rudvik by phone on "
            "Monday.",
            "2031-03-10",
        ),
        (
            "Trade Minister Mara Quillon phoned Interior Minister Sten Rudvik on Monday.",
            "2031-03-10",
        ),
        (
            "Trade Minister Mara Quillon and Interior Minister Sten Rudvik talked by "
            "videoconference on Monday.",
            "2031-03-10",
        ),
        (
            "A call between Trade Minister Mara Quillon and Interior Minister Sten Rudvik on "
            "Wednesday, March 5, settled the agenda.",
            "2031-03-05",
        ),
    ],
)
def test_call_wordings_give_the_people_and_the_day(body: str, day: str) -> None:
    """Each wording of a call names both people and the day the call took place."""
    (claim,) = _calls(body)
    assert claim.subject == PEOPLE
    value = normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense)
    assert value.value == day


def test_a_call_sentence_is_no_meeting() -> None:
    """Talking by phone is a call: the same sentence gives no meeting claim."""
    body = "Trade Minister Mara Quillon spoke to Interior Minister Sten Rudvik by phone on Monday."
    assert not list(meeting_claims(Document.from_body(body, PUBLISHED)))


def test_speaking_without_a_medium_is_no_call() -> None:
    """Speaking to someone, with a phone mentioned later in another sense, is not a call."""
    body = (
        "Trade Minister Mara Quillon spoke to Interior Minister Sten Rudvik on Monday about "
        "the phone records."
    )
    assert not _calls(body)


def test_a_weekday_that_disagrees_with_its_date_is_noted() -> None:
    """A date keeps its day when its weekday disagrees ("Thursday, March 5"), with a note."""
    resolved = resolve_date("on Thursday, March 5", PUBLISHED, "past")
    assert isinstance(resolved, DateValue)
    assert resolved.iso == "2031-03-05"
    assert resolved.note == "2031-03-05 is a Wednesday, not a Thursday"
    agreeing = resolve_date("on Wednesday, March 5", PUBLISHED, "past")
    assert isinstance(agreeing, DateValue) and agreeing.note == ""
