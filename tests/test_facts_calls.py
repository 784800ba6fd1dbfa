"""Calls: phone and video calls in their many wordings, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.references import reference_mentions
from consistency.normalise.dates import DateValue, resolve_date
from consistency.normalise.values import normalise_value, value_from_json

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


@pytest.mark.parametrize(
    ("body", "months"),
    [
        (
            "Trade Minister Mara Quillon met Interior Minister Sten Rudvik in Velm on Monday. "
            "On two earlier occasions they met virtually, in November 2029 and May 2030.",
            ["2029-11", "2030-05"],
        ),
        (
            "Trade Minister Mara Quillon and Interior Minister Sten Rudvik talked remotely in "
            "January.",
            ["2031-01"],
        ),
        (
            "Trade Minister Mara Quillon held a virtual summit with Interior Minister Sten "
            "Rudvik in February.",
            ["2031-02"],
        ),
        (
            "Trade Minister Mara Quillon met Interior Minister Sten Rudvik by video link in "
            "February.",
            ["2031-02"],
        ),
    ],
)
def test_a_meeting_held_by_video_is_a_call(body: str, months: list[str]) -> None:
    """Meeting virtually, in a virtual summit or by video link is a call; listed months a list."""
    doc = Document.from_body(body, PUBLISHED)
    doc.references = reference_mentions(doc)
    (call,) = [c for c in call_claims(doc) if c.fact == "call.date"]
    assert call.subject == PEOPLE
    value = normalise_value(call.fact, call.value_text, PUBLISHED, call.tense).value
    assert value == (tuple(months) if len(months) > 1 else months[0])
    meetings = [c for c in meeting_claims(doc) if c.fact == "meeting.date"]
    assert all(
        c.value_text not in ("in November 2029", "in January", "in February") for c in meetings
    )


@pytest.mark.parametrize(
    "body",
    [
        "Trade Minister Mara Quillon met virtually every minister in Velm on Monday.",
        "Virtually all delegates met Interior Minister Sten Rudvik on Monday.",
    ],
)
def test_virtually_as_almost_is_no_call(body: str) -> None:
    """Virtually every minister is almost every minister, not a video call."""
    assert _calls(body) == []


def test_days_in_a_list_are_one_meetings_days() -> None:
    """Days in a list stay one claim; only months and years list occasions."""
    body = (
        "Trade Minister Mara Quillon met Interior Minister Sten Rudvik in Velm on Monday "
        "and Tuesday."
    )
    doc = Document.from_body(body, PUBLISHED)
    dates = [c for c in meeting_claims(doc) if c.fact == "meeting.date"]
    assert len(dates) == 1


def test_a_list_of_dates_is_compared_as_its_stretch() -> None:
    """A list value spans its first to its last date, from its phrase and from its JSON form."""
    read = normalise_value("call.date", "in November 2029 and May 2030", PUBLISHED, "past")
    assert read.value == ("2029-11", "2030-05")
    assert read.precision == "month"
    rebuilt = value_from_json("call.date", ["2029-11", "2030-05"])
    assert (rebuilt.lo, rebuilt.hi) == (read.lo, read.hi)
    assert dt.date.fromordinal(int(read.lo)) == dt.date(2029, 11, 1)
    assert dt.date.fromordinal(int(read.hi)) == dt.date(2030, 5, 31)
    # Not a list: "between May and June" names no occasions.
    assert normalise_value("call.date", "on Monday and Tuesday", PUBLISHED, "past").value != (
        "2031-03-09",
        "2031-03-10",
    )
