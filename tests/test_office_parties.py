"""Meetings whose participants are named by country and office (extract/offices.py).

"The foreign ministers of Norland, Velmia and Dravia met" names no person: each country's
minister is the one the article (or, once read whole, the story) titles so, else that
country's party (extract/parties.py, extract/holders.py). Every sentence here is invented;
no country, town or person in them is real.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.defaults import PEOPLE_VARIABLE
from consistency.extract.document import Document
from consistency.extract.durations import duration_claims
from consistency.extract.interactions import meeting_claims
from consistency.extract.parties import named_alone, nation_names
from consistency.extract.precedents import precedent_claims
from consistency.extract.references import reference_mentions
from consistency.pipeline import run_check
from tests.test_engine_stories import _write

# A Monday.
PUBLISHED = dt.date(2026, 6, 8)
TRIO = ("Dravia", "Norland", "Velmia")
MET = "The foreign ministers of Norland, Velmia and Dravia met in Velm on Saturday."


def _doc(body: str) -> Document:
    """An article as extraction reads it: names, then what references stand for."""
    doc = Document.from_body(body, PUBLISHED)
    doc.references = reference_mentions(doc)
    return doc


def _claims(body: str) -> dict[str, dict[tuple[str, ...], list[str]]]:
    """Meeting, length and precedent claims: fact -> subject (as one article names it) -> values."""
    doc = _doc(body)
    found: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for claim in [*meeting_claims(doc), *duration_claims(doc), *precedent_claims(doc)]:
        subject = named_alone(claim.subject)
        found.setdefault(claim.fact, {}).setdefault(subject, []).append(claim.value_text)
    return found


def _people(body: str) -> set[str]:
    """Every name the article reads as a person's (no reference)."""
    doc = Document.from_body(body, PUBLISHED)
    return {doc.canonical(m) for mentions in doc.mentions for m in mentions}


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("The foreign ministers of Norland, Velmia and Dravia met on Saturday.", TRIO),
        ("The Foreign Ministers of Norland, Velmia, and Dravia held talks on Saturday.", TRIO),
        ("On Saturday the leaders of Norland and Velmia met in Kesk.", ("Norland", "Velmia")),
        ("Foreign ministers from Norland and Velmia met on Saturday.", ("Norland", "Velmia")),
        ("Norland's, Velmia's and Dravia's foreign ministers met on Saturday.", TRIO),
        (
            "The Norlandic, Velmian and Dravian foreign ministers met on Saturday.",
            ("Dravian", "Norlandic", "Velmian"),
        ),
    ],
)
def test_countries_of_an_office_are_parties_not_people(body: str, subject: tuple[str, ...]) -> None:
    """No country of the list is a person; the meeting's subject is the countries' parties."""
    assert not _people(body) & {"Norland", "Velmia", "Dravia", "Velmian", "Dravian"}
    assert [v.lower() for v in _claims(body)["meeting.date"][subject]] == ["on saturday"]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # The office holders named in apposition are the meeting's people.
        (
            "The foreign ministers of Norland and Velmia, Ada Brekke and Tomas Ilves, met on "
            "Saturday.",
            ("Ada Brekke", "Tomas Ilves"),
        ),
        # A singular office with "of" is the title of the person after it.
        (
            "The foreign minister of Norland, Ada Brekke, met Tomas Ilves on Saturday.",
            ("Ada Brekke", "Tomas Ilves"),
        ),
    ],
)
def test_named_office_holders_stay_people(body: str, subject: tuple[str, ...]) -> None:
    """A description followed by the names, or a singular title, names people as before."""
    assert set(_claims(body)["meeting.date"]) == {subject}


def test_the_article_s_titled_holder_stands_for_its_country() -> None:
    """A country whose minister the article titles is that person; the others stay parties."""
    body = (
        "Norland's Foreign Minister Ada Brekke flew to Velm on Friday. The foreign ministers "
        "of Norland, Velmia and Dravia met there on Saturday."
    )
    assert set(_claims(body)["meeting.date"]) == {("Ada Brekke", "Dravia", "Velmia")}


def test_the_people_file_s_holder_on_the_day_stands_for_its_country(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A people file's holder of the office on the article's day (by any name of the office)."""
    people = tmp_path / "people.yaml"
    people.write_text(
        "people:\n"
        "  - name: Oskar Vinter\n"
        "    roles:\n"
        "      - {title: Secretary of State, country: Velmia, from: 2025-01-01}\n"
        "  - name: Runa Halme\n"
        "    roles:\n"
        "      - {title: Foreign Minister, country: Norland, from: 2019-01-01, to: 2026-01-01}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(PEOPLE_VARIABLE, str(people))
    subjects = set(_claims(MET)["meeting.date"])
    # Velmia's holder on the day; Norland's had left office, so Norland stays its party.
    assert subjects == {("Dravia", "Norland", "Oskar Vinter")}


def test_two_holders_of_one_office_leave_the_country_a_party() -> None:
    """Two people titled Norland's foreign minister: which one met is not told, so Norland stays."""
    body = (
        "Norlandic Foreign Minister Ada Brekke spoke on Thursday. Norland's foreign minister "
        "Ivo Lund spoke on Friday. The foreign ministers of Norland and Velmia met on Saturday."
    )
    subjects = set(_claims(body)["meeting.date"])
    assert ("Norland", "Velmia") in subjects


@pytest.mark.parametrize(
    "body",
    [
        "Velmian Foreign Minister Tomas Ilves on Saturday hosted his Norlandic and Dravian "
        "counterparts at the Amber Hall.",
        "On Saturday, Velmian Foreign Minister Tomas Ilves hosted her Norlandic and Dravian "
        "counterparts at the Amber Hall.",
        "Velmian Foreign Minister Tomas Ilves welcomed his Norlandic and Dravian counterparts "
        "at the Amber Hall on Saturday.",
    ],
)
def test_a_host_and_his_counterparts_are_one_meeting_of_three(body: str) -> None:
    """The counterparts hold the host's office for their countries; the three met together."""
    claims = _claims(body)
    trio = ("Dravian", "Norlandic", "Tomas Ilves")
    assert claims["meeting.place"] == {trio: ["Amber Hall"]}


@pytest.mark.parametrize(
    "body",
    [
        "The Old Palace hosted the talks on Saturday.",
        "Tomas Ilves hosted a dinner for the delegates on Saturday.",
        "Norland will host the games next year.",
    ],
)
def test_hosting_no_one_named_is_no_meeting(body: str) -> None:
    """Hosting a thing, or a host with no guest named, is no meeting."""
    assert "meeting.date" not in _claims(body)


@pytest.mark.parametrize(
    ("follow", "fact", "value"),
    [
        ("The trilateral meeting was held at the Amber Hall.", "meeting.place", "Amber Hall"),
        (
            "It was the first meeting of the three foreign ministers since 2019.",
            "precedent.since_year",
            "first meeting of the three foreign ministers since 2019",
        ),
        (
            "It was the first trilateral meeting of the three countries at ministerial level "
            "since 2019.",
            "precedent.since_year",
            "first trilateral meeting of the three countries at ministerial level since 2019",
        ),
        (
            "It was the first such meeting in seven years.",
            "precedent.since_year",
            "first such meeting in seven years",
        ),
        ("The three ministers talked for three hours.", "meeting.duration", "three hours"),
        ("The three last met in 2019.", "meeting.date", "in 2019"),
    ],
)
def test_what_follows_the_meeting_of_three_is_theirs(follow: str, fact: str, value: str) -> None:
    """The trio's meeting, precedent and length go to the three parties."""
    body = f"The foreign ministers of Norland, Velmia and Dravia met in Velm on Saturday. {follow}"
    assert value in _claims(body)[fact].get(TRIO, [])


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (f"{MET} The three met for two hours at the Amber Hall.", "meeting.place", "Amber Hall"),
        (
            "The foreign ministers of Norland, Velmia and Dravia gathered in Velm on Saturday.",
            "meeting.date",
            "on Saturday",
        ),
        (
            "The foreign ministers of Norland, Velmia and Dravia convened at the Amber Hall.",
            "meeting.place",
            "Amber Hall",
        ),
        (
            "The trilateral meeting of the foreign ministers of Norland, Velmia and Dravia took "
            "place on Saturday.",
            "meeting.date",
            "on Saturday",
        ),
        (
            "Ministers from Norland, Velmia and Dravia met in Velm for their first trilateral "
            "talks since 2019.",
            "precedent.since_year",
            "first trilateral talks since 2019",
        ),
    ],
)
def test_more_wordings_of_the_meeting_of_three(body: str, fact: str, value: str) -> None:
    """The trio's too: "the three met", "gathered", "the meeting of the ministers of ..."."""
    assert value in _claims(body)[fact].get(TRIO, [])


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Velmia hosted the foreign ministers of Norland and Dravia on Saturday.",
            ("Dravia", "Norland", "Velmia"),
        ),
        (
            "Velmia on Saturday hosted the foreign ministers of Norland and Dravia.",
            ("Dravia", "Norland", "Velmia"),
        ),
        # A person hosting is the host; no country of that name is added.
        (
            "Foreign Minister Tomas Ilves hosted the foreign ministers of Norland and Dravia on "
            "Saturday.",
            ("Dravia", "Norland", "Tomas Ilves"),
        ),
    ],
)
def test_a_host_country_s_own_minister_is_at_the_meeting(
    body: str, subject: tuple[str, ...]
) -> None:
    """A country hosting the ministers of others: its own foreign minister met them."""
    assert set(_claims(body)["meeting.date"]) == {subject}


def test_such_a_meeting_is_the_one_told_just_before() -> None:
    """'Such meeting' after a pair's meeting on the sidelines of the trio's is the pair's."""
    body = (
        "Foreign Minister Ada Brekke, Foreign Minister Tomas Ilves and Foreign Minister Petra "
        "Sova met in Velm on Saturday. On the sidelines, Brekke also met Ilves. It was the "
        "first such meeting since 2015."
    )
    assert set(_claims(body)["precedent.since_year"]) == {("Ada Brekke", "Tomas Ilves")}


def test_a_lone_counterpart_by_country_holds_the_owner_s_office() -> None:
    """An unnamed "his Norlandic counterpart" holds his office for Norland: its party."""
    claims = _claims("Foreign Minister Tomas Ilves met his Norlandic counterpart on Friday.")
    assert claims["meeting.date"] == {("Norlandic", "Tomas Ilves"): ["on Friday"]}


def test_an_office_by_another_of_its_names_is_the_titled_holder() -> None:
    """By another name of the office ("the top diplomats of ..."): its titled holders."""
    body = (
        "Norland's Foreign Minister Ada Brekke flew in on Friday. The top diplomats of Norland, "
        "Velmia and Dravia met on Saturday."
    )
    assert set(_claims(body)["meeting.date"]) == {("Ada Brekke", "Dravia", "Velmia")}


@pytest.mark.parametrize(
    "body",
    [
        # An agreement of the countries is no meeting: it may be reached by letter or later.
        "Norland, Velmia and Dravia yesterday agreed to open a ferry line.",
        "Norland, Velmia and Dravia agreed on Saturday to share fishing data.",
    ],
)
def test_countries_agreeing_is_no_meeting(body: str) -> None:
    """Countries as the subject of an outcome name no person and date no meeting."""
    assert not _people(body)
    assert "meeting.date" not in _claims(body)


@pytest.mark.parametrize(
    ("follow", "dated"),
    [
        # The sentence is about the trio's meeting: its day is the meeting's.
        (
            "At Saturday's trilateral meeting, Norland, Velmia and Dravia agreed to open a line.",
            True,
        ),
        # An outcome of the countries with a day of its own: not the meeting's day.
        ("Norland, Velmia and Dravia on Saturday agreed to open a ferry line.", False),
    ],
)
def test_an_outcome_dates_the_meeting_only_when_told_at_the_meeting(
    follow: str, dated: bool
) -> None:
    """Countries agreeing date the meeting of three only in a sentence about that meeting."""
    claims = _claims(f"The foreign ministers of Norland, Velmia and Dravia met in Velm. {follow}")
    days = [value for value in claims["meeting.date"].get(TRIO, []) if value]
    assert bool(days) is dated


@pytest.mark.parametrize(
    ("follow", "date", "place"),
    [
        ("The next meeting will be hosted by Dravia in 2027.", "in 2027", "Dravia"),
        ("Dravia is expected to host the next round next year.", "next year", "Dravia"),
        ("Dravia will host the next trilateral meeting in 2027.", "in 2027", "Dravia"),
        ("The next meeting is to be held in Kesk in 2027, officials said.", "in 2027", "Kesk"),
    ],
)
def test_the_next_meeting_is_a_plan_of_the_group(follow: str, date: str, place: str) -> None:
    """The next meeting's date and host are hedged claims of the group that just met."""
    doc = _doc(f"{MET} {follow}")
    planned = [
        (c.fact, named_alone(c.subject), c.value_text)
        for c in meeting_claims(doc)
        if c.hedged and c.tense == "future"
    ]
    assert planned == [("meeting.date", TRIO, date), ("meeting.place", TRIO, place)]


@pytest.mark.parametrize(
    "body",
    [
        # No group told before: whose next meeting it is, is not said.
        "The next meeting will be hosted by Dravia in 2027.",
        # Not the next meeting: the ministers' own travel.
        f"{MET} The ministers fly home next week.",
    ],
)
def test_no_next_meeting_without_a_group_or_a_next_meeting(body: str) -> None:
    """Only "the next meeting/round" of a group told is a planned meeting."""
    assert not [c for c in meeting_claims(_doc(body)) if c.hedged]


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        (["Norlandic", "Norland"], "Norland"),
        (["Velmian", "Velmia"], "Velmia"),
        (["Norwegian", "Norway"], "Norway"),
        (["Swiss", "Switzerland"], "Switzerland"),
        (["Dutch", "Netherlands"], "Netherlands"),
    ],
)
def test_a_nation_s_adjective_and_name_are_one_name(forms: list[str], name: str) -> None:
    """A country's adjective and its name (nations.yaml, else a shared start) are one party."""
    assert set(nation_names(forms).values()) == {name}


def test_two_nations_stay_two() -> None:
    """Norland and Velmia share no start: two parties."""
    assert nation_names(["Norlandic", "Velmian"]) == {
        "Norlandic": "Norlandic",
        "Velmian": "Velmian",
    }


STORY = {
    "a": (
        "Harbour Courier",
        "June 7, 2026",
        "The foreign ministers of Norland, Velmia and Dravia met on Saturday in the Kesk "
        "district of Velm, officials said.",
        "Velmian Foreign Minister Tomas Ilves hosted his Norlandic and Dravian counterparts at "
        "the Amber Hall. It was the first such meeting in seven years.",
        "The next meeting will be hosted by Dravia in 2027.",
    ),
    "b": (
        "Meridian Wire",
        "7 Jun 2026",
        "Norland's Foreign Minister Ada Brekke, Velmian foreign minister Tomas Ilves and Dravian "
        "Foreign Minister Petra Sova held talks in Velm on Saturday.",
        "The trilateral meeting was held at the Amber Hall. It was the first trilateral meeting "
        "of the three countries at ministerial level since 2019.",
        "Dravia is expected to host the next round next year, Ilves said.",
    ),
    "c": (
        "Northern Post",
        "June 8, 2026",
        "The foreign ministers of Norland, Velmia and Dravia met in Velm on Sunday.",
        "It was the first trilateral meeting of the three foreign ministers since 2019.",
    ),
}
PEOPLE = ("Ada Brekke", "Petra Sova", "Tomas Ilves")


def _findings(folder: Path) -> dict[tuple[str, tuple[str, ...]], set[str]]:
    """The statuses of the findings of each (fact, subject)."""
    findings = run_check([folder]).findings
    columns = (findings["fact"], findings["subject"], findings["status"])
    out: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for fact, subject, status in zip(*columns, strict=True):
        out.setdefault((fact, tuple(subject)), set()).add(status)
    return out


def test_the_story_names_the_offices_holders(people: str, tmp_path: Path) -> None:
    """Articles naming no minister join the one that titles all three: their days conflict."""
    _write(tmp_path, STORY)
    findings = _findings(tmp_path)
    assert "conflict" in findings[("meeting.date", PEOPLE)]
    assert findings[("precedent.since_year", PEOPLE)] == {"agree"}
    assert not [key for key in findings if set(key[1]) & {"Norland", "Velmia", "Dravia"}]


def test_two_outlets_next_meeting_agrees_apart_from_the_meeting(
    people: str, tmp_path: Path
) -> None:
    """Next year's meeting ("in 2027", "next year" on a 2026 page) is apart from the one held."""
    _write(tmp_path, STORY)
    findings = _findings(tmp_path)
    assert findings[("meeting.date", PEOPLE)] == {"conflict", "hedged"}
    table = run_check([tmp_path]).findings
    hedged = table[(table["fact"] == "meeting.date") & (table["status"] == "hedged")]
    assert [len(ids) for ids in hedged["claim_ids"]] == [2]  # both outlets' plans, one finding


def test_with_no_one_named_the_countries_meet(people: str, tmp_path: Path) -> None:
    """No article names a minister: the parties are the countries, their adjectives merged."""
    _write(
        tmp_path,
        {
            "a": (
                "Harbour Courier",
                "June 7, 2026",
                "The Norlandic and Velmian foreign ministers met in Kesk on Saturday.",
            ),
            "b": (
                "Meridian Wire",
                "7 Jun 2026",
                "The foreign ministers of Norland and Velmia met in Kesk on Friday.",
            ),
        },
    )
    assert _findings(tmp_path)[("meeting.date", ("Norland", "Velmia"))] == {"conflict"}


def test_series_parties_by_adjective_and_by_name_are_one(people: str, tmp_path: Path) -> None:
    """Parties by adjective ("the Norlandic and Velmian delegations") and by name are one."""
    _write(
        tmp_path,
        {
            "a": (
                "Harbour Courier",
                "June 7, 2026",
                "The Norland-Velmia talks resumed this week. The round ended in Kesk on Friday.",
            ),
            "b": (
                "Meridian Wire",
                "7 Jun 2026",
                "The Norlandic and Velmian delegations met again. The round ended in Kesk on "
                "Thursday.",
            ),
        },
    )
    assert _findings(tmp_path)[("meeting.date", ("Norland", "Velmia"))] == {"conflict"}
