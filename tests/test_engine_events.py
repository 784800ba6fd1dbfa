"""Events: meetings told apart by date, keyed by date (never by wording), facts per meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from consistency.engine import evaluate, load_rules
from consistency.pipeline import run_check
from tests.test_rule_cases import facts_for

RULES = {rule.code: rule for rule in load_rules()}
POST = ("The Riverside Post", "January 10, 2024")
DAILY = ("Ostravel Daily", "20 Mar 2024")


def _article(folder: Path, name: str, outlet: tuple[str, str], *paragraphs: str) -> None:
    """A small article file: outlet, headline, date line, body paragraphs and a footer."""
    body = "\n\n".join(paragraphs)
    text = f"{outlet[0]}\n\nTalks in the capital\n\n{outlet[1]}\n\n{body}\n\n{outlet[0]}\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _findings(folder: Path, code: str) -> pd.DataFrame:
    """The findings of one rule for the articles in `folder`."""
    findings = run_check([folder]).findings
    return findings[findings["rule"] == code].sort_values("finding_id")


def _ids(claims: list[dict[str, Any]], code: str = "DT01") -> list[tuple[str, str]]:
    """(finding id, status) of each finding for the claims under one rule."""
    rule = RULES[code]
    findings = evaluate(facts_for(rule, claims), [rule])
    return sorted(zip(findings["finding_id"], findings["status"], strict=True))


MET = "Dravonian Trade Minister Ilka Maresh met Tolvary's President Bertran Sollis on Monday."


def test_two_meetings_in_the_same_words_are_two_findings(tmp_path: Path) -> None:
    """Meetings months apart, told in one sentence by two outlets, get two distinct ids."""
    _article(tmp_path, "a", POST, MET, "Hauliers said the winter fees were too high.")
    _article(tmp_path, "b", DAILY, MET, "Parliament opens next week with a budget debate.")
    findings = _findings(tmp_path, "DT01")
    assert sorted(findings["value"]) == ["2024-01-08", "2024-03-18"]
    assert findings["finding_id"].is_unique


def test_id_survives_rewording_a_new_outlet_and_input_order() -> None:
    """An edited sentence, an added outlet or another order keeps the event's id."""
    sunday = {"outlet": "A", "value": "2023-06-18", "text": "met on Sunday"}
    monday = {"outlet": "B", "value": "2023-06-19", "text": "met on Monday"}
    reworded = monday | {"text": "held long talks with her counterpart on Monday"}
    newcomer = {"outlet": "C", "value": "2023-06-18", "text": "Ana and Ben met on Sunday"}
    base = _ids([sunday, monday])
    assert len(base) == 1 and base[0][1] == "conflict"
    assert _ids([sunday, reworded]) == base
    assert _ids([sunday, monday, newcomer]) == base
    assert _ids([newcomer, monday, sunday]) == base


def test_a_second_meeting_keeps_the_first_meetings_id() -> None:
    """Reporting a second meeting later in the month adds a finding, the first keeps its id."""
    first = [
        {"outlet": "A", "value": "2023-06-12", "text": "met on Monday"},
        {"outlet": "B", "value": "2023-06-12", "text": "met on Monday"},
    ]
    again = {"outlet": "B", "value": "2023-06-13", "text": "met again on Tuesday"}
    before = _ids(first)
    after = _ids([*first, again])
    assert len(after) == 2 and set(before) <= set(after)


def test_quote_id_survives_an_edited_quote() -> None:
    """A quote's finding is keyed by its speaker and day, so fixing a typo keeps the id."""
    said = {"outlet": "A", "value": "We will not accept this deal"}
    echoed = {"outlet": "B", "value": "We will not accept this deal at all"}
    edited = echoed | {"value": "We shall not accept this deal at all"}
    assert [i for i, _ in _ids([said, echoed], "QT01")] == [
        i for i, _ in _ids([said, edited], "QT01")
    ]


def test_durations_are_compared_per_meeting(tmp_path: Path) -> None:
    """Two meetings of two and six hours, told by two outlets, are no duration conflict."""
    # "that meeting lasted six hours" is the second meeting's length: each agrees with its own.
    post, daily = ("The Riverside Post", "September 18, 2024"), ("Ostravel Daily", "18 Sep 2024")
    _article(
        tmp_path,
        "a",
        post,
        "Dravonian Trade Minister Ilka Maresh held talks with Foreign Minister Aurel Demski on "
        "Monday. The talks between Maresh and Demski lasted two hours, officials said.",
        "Maresh and Demski met again on Tuesday. Their second meeting lasted six hours.",
    )
    _article(
        tmp_path,
        "b",
        daily,
        "Dravonia's Trade Minister Ilka Maresh held talks with Foreign Minister Aurel Demski on "
        "Monday. The talks between Maresh and Demski lasted two hours, a Tolvarian official said.",
        "Maresh and Demski met again on Tuesday, and that meeting lasted six hours.",
    )
    findings = _findings(tmp_path, "DU01")
    by_value = dict(zip(findings["value"], findings["status"], strict=True))
    assert by_value == {120: "agree", 360: "agree"}, list(findings["summary"])


def test_durations_of_one_meeting_still_conflict(tmp_path: Path) -> None:
    """Per-meeting comparison keeps real disagreements about one meeting."""
    met = "Dravonian Trade Minister Ilka Maresh held talks with Foreign Minister Aurel Demski"
    _article(
        tmp_path,
        "a",
        POST,
        f"{met} on Monday. The talks between Maresh and Demski lasted two hours.",
        "Hauliers said the winter fees were too high and asked for a review.",
    )
    _article(
        tmp_path,
        "b",
        ("Ostravel Daily", "10 Jan 2024"),
        f"{met} on Monday. The talks between Maresh and Demski lasted six hours.",
        "The spring session of parliament opens next week with a debate on the budget.",
    )
    findings = _findings(tmp_path, "DU01")
    assert list(findings["status"]) == ["conflict"], list(findings["summary"])


def test_again_about_something_else_is_one_meeting() -> None:
    """Again about something else ("met on Monday and again urged calm") is one meeting."""
    claims = [
        {"outlet": "A", "value": "2023-06-18", "text": "Ana met Ben on Sunday"},
        {
            "outlet": "B",
            "value": "2023-06-19",
            "text": "Ana met Ben on Monday and again urged calm",
        },
    ]
    assert [status for _, status in _ids(claims)] == ["conflict"]


def test_phrasings_of_a_second_meeting_split_the_event() -> None:
    """Each way of saying the people met a second time makes two meetings, not a conflict."""
    for phrase in (
        "met again on Monday",
        "met for a second time on Monday",
        "held a second meeting on Monday",
        "began a second round of talks on Monday",
        "again met on Monday",
    ):
        claims = [
            {"outlet": "A", "value": "2023-06-18", "text": "Ana met Ben on Sunday"},
            {"outlet": "B", "value": "2023-06-19", "text": f"Ana and Ben {phrase}"},
        ]
        assert [s for _, s in _ids(claims)] == ["single_source"] * 2, phrase


def test_a_meals_venue_is_compared_with_the_meals_only(tmp_path: Path) -> None:
    """Talks at one palace and a dinner at a castle: two parts of the day, no conflict.

    The third outlet's caption dates nothing and names a hall inside the castle: it joins
    the one dinner the others date (Tuesday's, not the first meeting's, Monday), and the hall
    is the castle told more precisely.
    """
    day = ("The Riverside Post", "September 18, 2024")
    _article(
        tmp_path,
        "a",
        day,
        "President Ilka Maresh welcomed Prime Minister Aurel Demski at the Amber Palace in "
        "Velm on Tuesday. The programme will close with a state dinner at the Brenholm Castle.",
        "On Monday, Maresh and Demski held informal talks at the Amber Palace.",
    )
    _article(
        tmp_path,
        "b",
        ("Ostravel Daily", "18 Sep 2024"),
        "Prime Minister Aurel Demski met President Ilka Maresh for three hours of talks at the "
        "Amber Palace on Tuesday. They closed the evening with a state dinner at the Brenholm "
        "Castle.",
        "On Monday, Maresh and Demski held informal talks at the Amber Palace.",
    )
    _article(
        tmp_path,
        "c",
        ("Velm Evening Star", "19 Sep 2024"),
        "President Ilka Maresh and Prime Minister Aurel Demski toast during their dinner at the "
        "Hall of Mirrors, a building in the Brenholm Castle (Picture: Ana Kerr)",
        "Demski's visit to Velm was his first since 2019, officials said.",
    )
    findings = _findings(tmp_path, "PL01")
    assert sorted(findings["status"]) == ["agree", "agree", "compatible"], list(findings["summary"])
