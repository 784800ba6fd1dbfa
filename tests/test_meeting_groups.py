"""Meetings of three or more: one subject for the group, its pairs' meetings apart.

Sentences written for these tests; no person or place in them is real.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.durations import duration_claims
from consistency.extract.interactions import meeting_claims
from consistency.pipeline import run_check

# A Thursday.
PUBLISHED = dt.date(2031, 5, 8)
TRIO = ("Adaeze Okafor", "Lars Brekke", "Mira Tamm")


def _claims(body: str) -> dict[str, dict[tuple[str, ...], list[str]]]:
    """Meeting claims (date, place, length) of a body: fact -> subject -> value phrases."""
    doc = Document.from_body(body, PUBLISHED)
    found: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for claim in [*meeting_claims(doc), *duration_claims(doc)]:
        found.setdefault(claim.fact, {}).setdefault(claim.subject, []).append(claim.value_text)
    return found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Foreign Minister Adaeze Okafor, Foreign Minister Lars Brekke and Foreign Minister "
            "Mira Tamm held talks in Tartu on Saturday.",
            "Tartu",
        ),
        (
            "Foreign Minister Adaeze Okafor, President Lars Brekke and Prime Minister Mira Tamm "
            "met at the Kadri Palace on Saturday.",
            "Kadri Palace",
        ),
        (
            "On Saturday, Prime Minister Mira Tamm, President Lars Brekke and Foreign Minister "
            "Adaeze Okafor sat down at the Kadri Palace.",
            "Kadri Palace",
        ),
    ],
)
def test_a_list_of_three_before_the_verb_is_one_meeting_of_three(body: str, place: str) -> None:
    """A list "A, B and C met" is one subject of three, not the last two."""
    claims = _claims(body)
    assert {k: [v.lower() for v in vs] for k, vs in claims["meeting.date"].items()} == {
        TRIO: ["on saturday"]
    }
    assert claims["meeting.place"] == {TRIO: [place]}


@pytest.mark.parametrize(
    "body",
    [
        # A relative clause's commas are no list: Okafor met Brekke.
        "Foreign Minister Adaeze Okafor, who landed on Friday, met President Lars Brekke and "
        "Prime Minister Mira Tamm in Tartu on Saturday.",
        # A speaker before the pair is not one of them.
        "Foreign Minister Adaeze Okafor said President Lars Brekke and Prime Minister Mira "
        "Tamm met in Tartu on Saturday.",
    ],
)
def test_commas_that_list_no_one_make_no_group(body: str) -> None:
    """Only a comma between names (and titles), closed by "and", lists a group."""
    assert TRIO not in _claims(body)["meeting.date"]


def test_the_group_s_length_and_a_pair_s_meeting_on_the_sidelines_stay_apart() -> None:
    """A clock span measures the trio's meeting; a dinner of two of them is their own pair's."""
    claims = _claims(
        "Foreign Minister Adaeze Okafor, President Lars Brekke and Prime Minister Mira Tamm "
        "met at the Kadri Palace on Saturday from 10:05 to 13:20. On the sidelines, Okafor "
        "met Brekke over dinner on Friday."
    )
    assert claims["meeting.date"] == {
        TRIO: ["on Saturday"],
        ("Adaeze Okafor", "Lars Brekke"): ["on Friday"],
    }
    assert claims["meeting.duration"] == {TRIO: ["from 10:05 to 13:20"]}


@pytest.mark.parametrize(
    ("second", "fact", "value"),
    [
        (
            "The trilateral meeting at the Kadri Palace lasted three hours.",
            "meeting.place",
            "Kadri Palace",
        ),
        ("Their meeting at the Kadri Palace ran long.", "meeting.place", "Kadri Palace"),
        ("The three-way talks lasted four hours.", "meeting.duration", "four hours"),
    ],
)
def test_a_group_noun_stands_for_the_group_told_before(second: str, fact: str, value: str) -> None:
    """A group noun ("the trilateral meeting", "their meeting") after a trio is the trio's."""
    claims = _claims(
        "Foreign Minister Adaeze Okafor, President Lars Brekke and Prime Minister Mira Tamm "
        f"met in Tartu on Saturday. {second}"
    )
    assert claims[fact] == {TRIO: [value]}


def test_a_group_noun_with_no_group_told_names_no_one() -> None:
    """A trilateral meeting after a meeting of two is not that pair's."""
    claims = _claims(
        "Foreign Minister Adaeze Okafor met President Lars Brekke on Saturday. The trilateral "
        "meeting at the Kadri Palace was postponed."
    )
    assert "meeting.place" not in claims


ARTICLES = {
    "a1": (
        "The Harbour Courier",
        "May 11, 2025",
        "Foreign Minister Adaeze Okafor, President Lars Brekke and Prime Minister Mira Tamm "
        "met at the Kadri Palace in Tartu on Saturday.",
        "On the sidelines, Okafor met Brekke over dinner at the Old Mill on Friday.",
    ),
    "a2": (
        "Meridian Wire",
        "11 May 2025",
        "Foreign Minister Adaeze Okafor, President Lars Brekke and Prime Minister Mira Tamm "
        "met at the Raekoja Hall in Tartu on Saturday, officials said.",
        "Okafor and Brekke had dined together at the Old Mill on Friday.",
    ),
}


def _write(folder: Path, articles: Mapping[str, Sequence[str]]) -> None:
    """Article files: outlet, headline, date line, two paragraphs, footer."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, dateline, *paragraphs) in articles.items():
        lines = [outlet, "Three ministers meet", dateline, *paragraphs]
        (folder / f"{name}.txt").write_text("\n\n".join([*lines, outlet]) + "\n", "utf-8")


def test_a_meeting_of_three_is_one_finding_of_three(tmp_path: Path) -> None:
    """Two outlets' venues of the trio's meeting conflict; the pair's dinner is not in it."""
    _write(tmp_path, ARTICLES)
    findings = run_check([tmp_path]).findings
    places = findings[findings["fact"] == "meeting.place"]
    trio = places[[tuple(s) == TRIO for s in places["subject"]]]
    assert len(trio) == 1
    assert trio["status"].iloc[0] == "conflict"
    assert "Adaeze Okafor, Lars Brekke and Mira Tamm" in trio["summary"].iloc[0]
    assert all("Old Mill" not in text for text in trio["summary"])
