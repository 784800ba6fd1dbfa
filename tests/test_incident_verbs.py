"""Incidents told by their verb, long noun phrases before a date, and "early May"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.engine.comparators import interval_relation
from consistency.extract import incidents
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.document import Document
from consistency.normalise.values import normalise_value
from tests.two_outlets import two_outlet_statuses

PUBLISHED = dt.date(2026, 3, 24)


def _incidents(body: str) -> list[tuple[str, object]]:
    """(claim text, normalised value) of each incident claim of a body (its own keys)."""
    doc = Document.from_body(body, PUBLISHED)
    doc.incident_keys = incidents.body_incident_keys(body)
    return [
        (body[f.start : f.end], normalise_value(f.fact, f.value_text, PUBLISHED, f.tense).value)
        for f in incidents.event_claims(doc)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gunmen attacked a cargo boat on 3 March near the coast.",
            [("Gunmen attacked a cargo boat on 3 March", "2026-03-03")],
        ),
        (
            "The ferry, a small wooden vessel owned by a family from Osk, was hijacked last month.",
            [
                (
                    "The ferry, a small wooden vessel owned by a family from Osk, was hijacked"
                    " last month",
                    "2026-02",
                )
            ],
        ),
        (
            "Truckers blockaded the main crossing into Velm for 11 days in July.",
            [("Truckers blockaded the main crossing into Velm for 11 days in July", "2025-07")],
        ),
        (
            "Rebels ambushed a convoy carrying grain from the port of Osk to the hills on 2 March.",
            [
                (
                    "Rebels ambushed a convoy carrying grain from the port of Osk to the hills"
                    " on 2 March",
                    "2026-03-02",
                )
            ],
        ),
    ],
)
def test_an_incident_told_by_its_verb_is_dated(body: str, expected: list[object]) -> None:
    assert _incidents(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Criticism by a person, not an incident.
        "Foreign Minister Adaeze Okafor attacked the fishing plan on Monday.",
        "She attacked the budget on Tuesday.",
        # The verb's date is another clause's.
        "Gunmen attacked the boat; talks were held on Monday.",
        "The attackers fled on Monday.",
        # Its object is a plan or words: criticism by an institution or a country.
        "The ministry attacked the plan on Monday.",
        "Velm attacked Kestria's new fishing policy last week.",
        "The opposition seized on the remarks on Monday.",
    ],
)
def test_no_incident_told_by_a_verb(body: str) -> None:
    assert _incidents(body) == []


def test_the_noun_of_a_sentence_keeps_the_incident() -> None:
    """'The attack, in which gunmen raided a boat on 3 May': one claim, the noun's."""
    body = "The attack, in which gunmen raided a boat on 3 March, shocked Velm."
    assert [text for text, _ in _incidents(body)] == [
        "attack, in which gunmen raided a boat on 3 March"
    ]


def test_a_verb_is_named_by_its_noun() -> None:
    labels = incidents.incident_labels(
        [
            "attacked a cargo boat on 3 May",
            "the attack on the cargo boat on 5 May",
            "kidnapped two sailors",
        ]
    )
    assert labels == ["the attack", "the attack", "the kidnapping"]


def _attack_findings(tmp_path: Path, told: tuple[str, str]) -> list[str]:
    """The statuses of the incident findings of two outlets' articles."""
    return two_outlet_statuses(tmp_path, told, 2026, "coast", lambda name: "attack" in name)


def test_an_attack_told_by_verb_and_noun_on_two_days_conflicts(tmp_path: Path) -> None:
    assert _attack_findings(
        tmp_path,
        (
            "Gunmen attacked a cargo boat on 3 March near the coast.",
            "The attack on the cargo boat on 5 March frightened fishermen.",
        ),
    ) == ["conflict"]


def test_an_attack_early_in_the_month_is_compatible_with_its_day(tmp_path: Path) -> None:
    assert _attack_findings(
        tmp_path,
        (
            "Gunmen attacked a cargo boat on 3 March near the coast.",
            "Fishermen stayed home after the attack on the cargo boat in early March.",
        ),
    ) == ["compatible"]


def test_early_in_a_month_is_the_whole_month() -> None:
    """Reporters stretch 'early', 'mid' and 'late': only another month conflicts."""
    early = normalise_value("event.date", "in early May", PUBLISHED, "past")
    span = (early.lo, early.hi)
    for day, relation in (
        ("on 3 May", "compatible"),
        ("on 20 May", "compatible"),
        ("in June", "conflict"),
    ):
        other = normalise_value("event.date", day, PUBLISHED, "past")
        assert interval_relation(span, (other.lo, other.hi), 0) == relation


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "The International Tribunal ruled on the long-running dispute over fishing rights in"
            " the northern delta in December 2022.",
            "2022-12",
        ),
        (
            "The two countries launched talks on a comprehensive free trade agreement covering"
            " farm goods in May 2022.",
            "2022-05",
        ),
    ],
)
def test_a_date_after_a_long_noun_phrase_dates_the_event(body: str, value: str) -> None:
    doc = Document.from_body(body, PUBLISHED)
    claims = list(dated_event_claims(doc))
    assert [normalise_value(f.fact, f.value_text, PUBLISHED, f.tense).value for f in claims] == [
        value
    ]


def test_a_participle_before_the_date_dates_another_thing() -> None:
    doc = Document.from_body(
        "The two countries launched talks on the treaty signed in 1990.", PUBLISHED
    )
    assert list(dated_event_claims(doc)) == []


def test_a_seizure_is_an_incident() -> None:
    assert _incidents("Coast guards seized a tanker on 3 March.") == [
        ("Coast guards seized a tanker on 3 March", "2026-03-03")
    ]
    assert incidents.incident_labels(["seized a tanker on 3 March"]) == ["the seizure"]


def test_a_relative_clause_keeps_what_it_is_about() -> None:
    """'The crossing, which truckers blockaded ...': the claim holds the crossing."""
    body = "The border crossing, which truckers blockaded for 11 days in July, reopened."
    assert _incidents(body) == [
        ("The border crossing, which truckers blockaded for 11 days in July", "2025-07")
    ]
    labels = incidents.incident_labels(
        [body[: body.index(", reopened")], "the July blockade of the border crossing"]
    )
    assert labels == ["the blockade", "the blockade"]


def _blockade_findings(tmp_path: Path, other: str) -> list[str]:
    """The statuses of the blockade findings of a verb's and a noun's telling."""
    told = ("The border crossing, which truckers blockaded for 11 days in July, reopened.", other)
    return two_outlet_statuses(tmp_path, told, 2026, "trade", lambda name: "blockade" in name)


def test_a_blockade_told_by_verb_and_noun_agrees(tmp_path: Path) -> None:
    other = "Exporters lost millions during the July blockade of the border crossing."
    assert _blockade_findings(tmp_path, other) == ["agree"]


def test_a_blockade_told_in_another_month_conflicts(tmp_path: Path) -> None:
    other = "Exporters lost millions during the June blockade of the border crossing."
    assert _blockade_findings(tmp_path, other) == ["conflict"]
