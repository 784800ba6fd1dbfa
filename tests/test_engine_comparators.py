"""Comparators and verdict wording on articles an editor would see, and every rule's cases."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from consistency.engine import evaluate, load_rules
from consistency.pipeline import run_check
from tests.test_engine_events import _article
from tests.test_rule_cases import CASES_DIR, facts_for

RULES = {rule.code: rule for rule in load_rules()}
POST = ("The Riverside Post", "January 10, 2024")
DAILY = ("Ostravel Daily", "10 Jan 2024")


def _findings(folder: Path, code: str) -> pd.DataFrame:
    """The findings of one rule for the articles in `folder`."""
    findings = run_check([folder]).findings
    return findings[findings["rule"] == code]


def test_precedents_of_different_kinds_do_not_conflict(tmp_path: Path) -> None:
    """The first visit since one year and the first agreement since another are two records."""
    _article(
        tmp_path,
        "a",
        POST,
        "Dravonian Trade Minister Ilka Maresh arrived in Ostravel on Monday, the first visit "
        "by a trade minister since 2016.",
        "Hauliers said the winter fees were too high and asked for a review.",
    )
    _article(
        tmp_path,
        "b",
        DAILY,
        "Dravonian Trade Minister Ilka Maresh signed the first trade agreement between the two "
        "countries since 2020.",
        "The spring session of parliament opens next week with a debate on the budget.",
    )
    findings = _findings(tmp_path, "PR01")
    assert len(findings) == 2 and "conflict" not in set(findings["status"])
    assert findings["finding_id"].is_unique


def test_precedents_of_one_kind_still_conflict(tmp_path: Path) -> None:
    """Two outlets dating the last visit differently remain a conflict."""
    for name, outlet, year in (("a", POST, 2016), ("b", DAILY, 2017)):
        _article(
            tmp_path,
            name,
            outlet,
            "Dravonian Trade Minister Ilka Maresh arrived in Ostravel on Monday, the first "
            f"visit by a trade minister since {year}.",
            f"Reporting by the {outlet[0]} desk.",
        )
    assert list(_findings(tmp_path, "PR01")["status"]) == ["conflict"]


def test_a_quote_with_its_negation_dropped_conflicts(tmp_path: Path) -> None:
    """One outlet drops the speaker's "not": the quotes of one statement conflict."""
    _article(
        tmp_path,
        "a",
        POST,
        'Dravonian Trade Minister Ilka Maresh said: "We will not accept this deal as it stands."',
        "Hauliers said the winter fees were too high and asked for a review.",
    )
    _article(
        tmp_path,
        "b",
        DAILY,
        '"We will accept this deal as it stands," Dravonian Trade Minister Ilka Maresh said.',
        "The spring session of parliament opens next week with a debate on the budget.",
    )
    findings = _findings(tmp_path, "QT01")
    assert list(findings["status"]) == ["conflict"], list(findings["summary"])


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The harbour must stay a place of work, not a place of smuggling.",
            "The harbour must remain a place of work and not a place of smuggling.",
        ),
        (
            "We did not come with empty hands; we came to build a partnership.",
            "We have not come to Ostravel with empty hands; we have come to build a partnership.",
        ),
        ("This is not a setback, it is a step.", "It is a step, not a setback."),
    ],
    ids=["a word said both ways", "a partial negation", "the order turned"],
)
def test_a_word_said_both_ways_flips_nothing(tmp_path: Path, one: str, other: str) -> None:
    """A quote that says a word plainly and under "not" does not negate it: no conflict."""
    _article(
        tmp_path,
        "a",
        POST,
        f'Dravonian Trade Minister Ilka Maresh said: "{one}"',
        "Hauliers said the winter fees were too high and asked for a review.",
    )
    _article(
        tmp_path,
        "b",
        DAILY,
        f'"{other}" Dravonian Trade Minister Ilka Maresh said.',
        "The spring session of parliament opens next week with a debate on the budget.",
    )
    findings = _findings(tmp_path, "QT01")
    assert "conflict" not in set(findings["status"]), list(findings["summary"])


def test_compatible_findings_say_so_and_count_the_outlets_listed() -> None:
    """A compatible finding is not called agreement, and its count matches its list."""
    rule = RULES["DT01"]
    claims: list[dict[str, object]] = [
        {"outlet": "A", "value": "2023-06", "text": "in June"},
        {"outlet": "B", "value": "2023-06-12", "text": "on June 12"},
        {"outlet": "C", "value": "2023-06-12", "text": "may meet on June 12", "hedged": True},
    ]
    summary = str(evaluate(facts_for(rule, claims), [rule])["summary"].iloc[0])
    assert summary.startswith("3 outlets give compatible values: "), summary
    assert all(f"{outlet}: " in summary for outlet in "AB") and "C (only hedged): " in summary


def test_the_date_hint_does_not_assume_weekdays() -> None:
    """DT01's hint fits a month-against-year finding as well as a weekday one."""
    assert "weekday" not in RULES["DT01"].hint


def test_every_rule_has_an_agreeing_and_a_conflicting_case() -> None:
    """Each rule's YAML cases show it agreeing (or compatible) and conflicting."""
    for code in RULES:
        data = yaml.safe_load((CASES_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
        statuses = {case["status"] for case in data["cases"].values()}
        assert statuses & {"agree", "compatible"} and "conflict" in statuses, code
