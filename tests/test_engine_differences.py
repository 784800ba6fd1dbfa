"""Every conflict explains itself: the two values that cannot both be true, and why."""

from __future__ import annotations

import re
from typing import Any

from consistency.engine import evaluate, load_rules
from tests.test_rule_cases import facts_for

RULES = {rule.code: rule for rule in load_rules()}


def _summary(code: str, claims: list[dict[str, Any]]) -> str:
    """The summary of the one finding the claims make under a rule, which must be a conflict."""
    rule = RULES[code]
    findings = evaluate(facts_for(rule, claims), [rule])
    assert list(findings["status"]) == ["conflict"], list(findings["summary"])
    return str(findings["summary"].iloc[0])


def test_two_days_are_quoted_with_the_gap_between_them() -> None:
    """Sunday against Monday: both phrases, both days, and how far apart they are."""
    summary = _summary(
        "DT01",
        [
            {"outlet": "A", "value": "2023-06-18", "text": "on Sunday"},
            {"outlet": "B", "value": "2023-06-19", "text": "on Monday"},
        ],
    )
    assert summary.endswith(
        "“on Sunday” (2023-06-18) and “on Monday” (2023-06-19) cannot both be true: "
        "they are different days, 1 day apart."
    ), summary


def test_a_day_outside_a_month_says_so() -> None:
    """A day of January against "last February": the day is not in that month."""
    summary = _summary(
        "EV01",
        [
            {"outlet": "A", "value": "2023-01-28", "text": "the ferry collision on January 28"},
            {"outlet": "B", "value": "2023-02", "text": "the ferry collision last February"},
        ],
    )
    assert summary.endswith("cannot both be true: 2023-01-28 is not in the month 2023-02."), summary


def test_a_visit_names_the_end_it_puts_on_another_day() -> None:
    """Two arrivals a day apart: the visit's first days differ."""
    summary = _summary(
        "VD01",
        [
            {"outlet": "A", "value": {"start": "2023-06-18"}, "text": "arrived on Sunday"},
            {"outlet": "B", "value": {"start": "2023-06-19"}, "text": "arrived on Monday"},
        ],
    )
    assert "“arrived on Sunday” (from 2023-06-18)" in summary, summary
    assert summary.endswith("they give the visit different first days."), summary


def test_two_venues_are_quoted() -> None:
    """Two venues that are not one: both quoted, and said to differ."""
    summary = _summary(
        "PL01",
        [
            {"outlet": "A", "value": "Harbour Guesthouse", "text": "at the Harbour Guesthouse"},
            {"outlet": "B", "value": "Amber Palace", "text": "in the Amber Palace"},
        ],
    )
    assert "cannot both be true: they differ." in summary, summary
    assert "“at the Harbour Guesthouse”" in summary and "“in the Amber Palace”" in summary


def test_a_contradicted_hedge_is_explained_against_the_report() -> None:
    """Only a plan disagrees: the report and the plan are quoted, the plan marked as such."""
    summary = _summary(
        "DT01",
        [
            {"outlet": "A", "value": "2023-06-20", "text": "will meet on Tuesday", "hedged": True},
            {"outlet": "B", "value": "2023-06-19", "text": "met on Monday"},
        ],
    )
    assert summary.endswith(
        "“met on Monday” (2023-06-19) and “will meet on Tuesday” (2023-06-20), only as planned "
        "or possible, cannot both be true: they are different days, 1 day apart."
    ), summary


def test_amounts_keep_their_ranges_in_the_rules_unit() -> None:
    """Minutes are explained as ranges (explain.py), not as days or names."""
    summary = _summary(
        "DU01",
        [
            {"outlet": "A", "value": 150, "text": "two and a half hours"},
            {"outlet": "B", "value": {"min": 180, "max": None}, "text": "more than three hours"},
        ],
    )
    assert "(at least 3 h) cannot both be true" in summary, summary


def test_durations_read_in_hours_and_minutes_as_in_the_reports() -> None:
    """The summary said "Meridian Wire: 330" and "at least 300": minutes with no unit."""
    summary = _summary(
        "DU01",
        [
            {"outlet": "A", "value": 330, "text": "five and a half hours"},
            {"outlet": "B", "value": 45, "text": "45 minutes"},
            {"outlet": "C", "value": {"min": 300, "max": None}, "text": "more than five hours"},
            {"outlet": "D", "value": {"min": None, "max": 90}, "text": "under an hour and a half"},
        ],
    )
    for said in (
        "A: 5 h 30 min (“five and a half hours”)",
        "B: 45 min (“45 minutes”)",
        "C: at least 5 h (“more than five hours”)",
        "D: at most 1 h 30 min (“under an hour and a half”)",
    ):
        assert said in summary, summary
    assert not re.search(r": (?:at (?:least|most) )?\d+(?:\.\d+)? \(“", summary), summary


def test_two_amounts_that_round_alike_keep_their_fraction() -> None:
    """Ranges that do not meet by less than a minute still read as two different numbers."""
    summary = _summary(
        "DU01",
        [
            {"outlet": "A", "value": {"min": 60, "max": 68.25}, "text": "just over an hour"},
            {"outlet": "B", "value": {"min": 68.4, "max": 75}, "text": "about 70 minutes"},
        ],
    )
    assert summary.endswith("the first is at most 1 h 8.25 min, the second at least 1 h 8.4 min.")


def test_other_units_keep_their_numbers() -> None:
    """Years and counts are not minutes: 2017 stays 2017."""
    summary = _summary(
        "PR01",
        [
            {"outlet": "A", "value": 2017, "text": "first visit since 2017"},
            {"outlet": "B", "value": 2015, "text": "first since 2015"},
        ],
    )
    assert "A: 2017 (“first visit since 2017”)" in summary, summary
