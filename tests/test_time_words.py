"""Relative time words anchored to the publication day (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract.timex import date_phrases
from consistency.normalise.dates import DateValue, resolve_date

# A Wednesday.
PUBLISHED = dt.date(2031, 6, 18)


@pytest.mark.parametrize(
    ("sentence", "phrase", "iso"),
    [
        (
            "Opening the talks earlier in the day, Okafor spoke of hope.",
            "earlier in the day",
            "2031-06-18",
        ),
        ("Brekke, who landed later today, will join.", "later today", "2031-06-18"),
        ("The villa hosted another summit some 36 years earlier.", "36 years earlier", "1995"),
        ("They first met two decades ago.", "two decades ago", "2011"),
    ],
)
def test_relative_time_words(sentence: str, phrase: str, iso: str) -> None:
    """Same-day words name the publication day; counts before 'earlier' count back from it."""
    (found,) = date_phrases(sentence)
    assert found[2] == phrase
    value = resolve_date(phrase, PUBLISHED, "past")
    assert isinstance(value, DateValue)
    assert value.iso == iso


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, the day was quiet in the capital.",
        # Counted from another event, not from publication: no date.
        "Two days before the vote, the envoy resigned.",
    ],
)
def test_words_that_name_no_day(sentence: str) -> None:
    """'Earlier' alone and a count before another event are no date phrases."""
    assert date_phrases(sentence) == []
