"""The legs of a visit as an editor lists them: the arrival (visit.dates) and the departure.

A visitor's leaving ("flew back to Velm on Wednesday", "left the city's airport on Friday")
with no length beside it is its own fact, visit.departure, so that two outlets that disagree
on the arrival and agree on the departure get two verdicts, not one. Invented people and
places only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.legs import leg_claims
from consistency.normalise.values import normalise_value
from consistency.pipeline import run_check
from tests.test_engine_stories import _write

# A Tuesday.
PUBLISHED = dt.date(2031, 3, 11)
OPENING = (
    "Foreign Minister Adaeze Okafor held talks with Premier Lars Brekke in Tallinn on Monday. "
)


def _claims(body: str, fact: str) -> list[Found]:
    """The claims of one fact in a body published on PUBLISHED."""
    return [c for c in leg_claims(Document.from_body(body, PUBLISHED)) if c.fact == fact]


def _value(claim: Found) -> object:
    """A claim's normalised value, anchored to PUBLISHED and its tense."""
    return normalise_value(claim.fact, claim.value_text, PUBLISHED, claim.tense).value


@pytest.mark.parametrize(
    ("sentence", "day", "hedged"),
    [
        ("Okafor flew back to Abuja on Monday night.", "2031-03-10", False),
        ("Okafor flew home on March 9.", "2031-03-09", False),
        ("Okafor's plane left Tallinn's airport on Monday evening.", "2031-03-10", False),
        ("She departed on Monday night at the end of her visit.", "2031-03-10", False),
        # Told before it happened: a timetable in the present, "due to", "scheduled to".
        ("Okafor flies back to Abuja on Wednesday morning.", "2031-03-12", True),
        ("Okafor was due to return home on Wednesday.", "2031-03-12", True),
        ("Okafor is scheduled to fly back to Abuja on Thursday.", "2031-03-13", True),
        ("Okafor heads home today, her office said.", "2031-03-11", True),
    ],
)
def test_leaving_is_the_departure(sentence: str, day: str, hedged: bool) -> None:
    """The day the visitor left, hedged as its tense tells, is a departure, not an arrival."""
    body = OPENING + sentence
    (claim,) = _claims(body, "visit.departure")
    assert claim.subject == ("Adaeze Okafor",)
    assert claim.hedged is hedged
    assert _value(claim) == day
    assert all(c.subject != ("Adaeze Okafor",) for c in _claims(body, "visit.dates"))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A length or a numbered day gives the whole visit: it stays with the arrival.
        (
            "Okafor wrapped up a three-day visit to Tallinn on Monday.",
            {"start": "2031-03-08", "end": "2031-03-10"},
        ),
        (
            "Okafor left Tallinn on Monday, ending a two-day trip.",
            {"start": "2031-03-09", "end": "2031-03-10"},
        ),
    ],
)
def test_a_length_keeps_the_end_with_the_visit(sentence: str, value: dict[str, str]) -> None:
    """An end told with the visit's length is the visit's first and last days, as before."""
    (claim,) = [c for c in _claims(OPENING + sentence, "visit.dates")]
    assert _value(claim) == value
    assert not _claims(OPENING + sentence, "visit.departure")


@pytest.mark.parametrize(
    "sentence",
    [
        # Another trip, dated by its own event: the sentence's year is not the day she left.
        "In 2027 Okafor flew back the same day from a summit in Riga.",
        "Okafor flew home after her 2019 visit to Tallinn.",
        # Not travel at all.
        "The negotiators will return to the negotiating table on Wednesday.",
        "Okafor met Brekke on Monday and then flew on to Riga.",
    ],
)
def test_no_departure_of_this_visit(sentence: str) -> None:
    """Another trip's return, a day told by another event, or no travel: no departure."""
    assert not _claims(OPENING + sentence, "visit.departure")


def test_someone_elses_way_home_is_theirs() -> None:
    """A second visitor's flight home is that person's departure, not the main visitor's."""
    body = (
        "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday. Her deputy, Trade "
        "Minister Ines Morrow, flew home on Sunday."
    )
    (claim,) = _claims(body, "visit.departure")
    assert claim.subject == ("Ines Morrow",)


def test_a_name_in_an_aside_is_not_the_one_leaving() -> None:
    """A name inside an aside ("who met Brekke on Monday") is not the one who left."""
    body = (
        "Foreign Minister Adaeze Okafor, who met Premier Lars Brekke on Monday, left Tallinn's "
        "airport on Tuesday morning."
    )
    (claim,) = _claims(body, "visit.departure")
    assert claim.subject == ("Adaeze Okafor",)


def test_arrival_and_departure_get_their_own_verdicts(tmp_path: Path) -> None:
    """Outlets that disagree on the arrival and agree on the departure: two verdicts."""
    _write(
        tmp_path,
        {
            "o1": (
                "Harbour Courier",
                "March 14, 2025",
                "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday for talks with "
                "Premier Lars Brekke on the fisheries treaty.",
                "Okafor flew back to Abuja on Thursday.",
            ),
            "o2": (
                "Meridian Wire",
                "14 Mar 2025",
                "Okafor, Nigeria's foreign minister, landed in the Estonian capital on Tuesday "
                "for a round of fisheries negotiations with Brekke.",
                "The minister left Tallinn's airport on Thursday morning, her office said.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    okafor = findings[[tuple(s) == ("Adaeze Okafor",) for s in findings["subject"]]]
    statuses = dict(zip(okafor["fact"], okafor["status"], strict=True))
    assert statuses["visit.dates"] == "conflict"
    assert statuses["visit.departure"] == "agree"


@pytest.mark.parametrize(
    ("sentence", "start", "hedged"),
    [
        (
            "Okafor left Abuja by air on 5 March to attend the talks.",
            "2031-03-05/2031-03-06",
            False,
        ),
        (
            "Okafor flew out on Thursday for the final days of the negotiations.",
            "2031-03-06/2031-03-07",
            False,
        ),
        ("Okafor set off for Tallinn on Sunday.", "2031-03-09/2031-03-10", False),
        ("Okafor left for Tallinn on Sunday to attend the summit.", "2031-03-09/2031-03-10", False),
        ("Okafor flies out on Thursday for the talks.", "2031-03-13/2031-03-14", True),
        # Arriving is the start itself.
        ("Okafor is due to fly in on Wednesday for the talks.", "2031-03-12", True),
        (
            "Okafor arrived at Tallinn's international airport on Sunday afternoon.",
            "2031-03-09",
            False,
        ),
        ("Okafor landed late on Sunday.", "2031-03-09", False),
    ],
)
def test_setting_out_from_home_is_the_arrival(sentence: str, start: str, hedged: bool) -> None:
    """Leaving home for the visit dates its start: that day or the next, a flight's landing."""
    body = (
        "Foreign Minister Adaeze Okafor is in Tallinn for talks with Premier Lars Brekke. "
        + sentence
    )
    (claim,) = _claims(body, "visit.dates")
    assert claim.subject == ("Adaeze Okafor",)
    assert claim.hedged is hedged
    assert _value(claim) == {"start": start, "end": None}
    assert not _claims(body, "visit.departure")


@pytest.mark.parametrize(
    "sentence",
    [
        "Okafor flew out of Tallinn on Sunday.",  # leaving the place visited
        "Okafor left Tallinn on Sunday, ending her visit.",
    ],
)
def test_leaving_the_place_visited_is_no_setting_out(sentence: str) -> None:
    """Leaving with no trip ahead ("to attend", "for the talks") is the departure."""
    body = "Foreign Minister Adaeze Okafor held talks with Premier Lars Brekke. " + sentence
    assert [_value(c) for c in _claims(body, "visit.departure")] == ["2031-03-09"]


@pytest.mark.parametrize(
    ("arrival", "status"),
    [
        ("landed in Tallinn late on Wednesday", "agree"),
        ("landed in Tallinn on Thursday morning", "agree"),
        ("arrived in Tallinn on Friday", "conflict"),
    ],
)
def test_setting_out_against_a_landing(tmp_path: Path, arrival: str, status: str) -> None:
    """Leaving home on Wednesday fits a landing that day or the next, and no later one."""
    _write(
        tmp_path,
        {
            "o1": (
                "Harbour Courier",
                "March 15, 2025",
                "Foreign Minister Adaeze Okafor left Abuja by air on Wednesday to attend the "
                "fisheries talks with Premier Lars Brekke.",
            ),
            "o2": (
                "Meridian Wire",
                "15 Mar 2025",
                f"Okafor, Nigeria's foreign minister, {arrival} for a round of fisheries "
                "negotiations with Brekke, her office said.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    okafor = [tuple(s) == ("Adaeze Okafor",) for s in findings["subject"]]
    visits = findings[(findings["fact"] == "visit.dates").to_numpy() & okafor]
    assert set(visits["status"]) <= {status, "compatible"} and len(visits) == 1
    if status == "conflict":
        assert set(visits["status"]) == {"conflict"}


def test_leaving_for_the_next_stop_is_the_departure() -> None:
    """Leaving for another city with nothing the trip is for: the way onward, a departure."""
    body = OPENING + "She left for Riga on Monday evening."
    assert [_value(c) for c in _claims(body, "visit.departure")] == ["2031-03-10"]
    assert not _claims(body, "visit.dates")


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday. She will fly to Riga on "
        "Saturday.",
        "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday. She is expected to arrive "
        "in Riga on Saturday.",
        "Foreign Minister Adaeze Okafor held talks in Tallinn on Monday and will then fly to "
        "Vilnius on Saturday.",
    ],
)
def test_a_trip_to_come_after_an_arrival_is_the_next_leg(told: str) -> None:
    """After an arrival told as done, a trip still to come is a planned visit, not this start."""
    (plan,) = _claims(told, "visit.planned")
    assert plan.subject == ("Adaeze Okafor",) and plan.hedged
    assert _value(plan) == "2031-03-15"
    assert all(
        _value(c) != {"start": "2031-03-15", "end": None} for c in _claims(told, "visit.dates")
    )


@pytest.mark.parametrize(
    "told",
    [
        "Foreign Minister Adaeze Okafor is due to travel on to Riga on Saturday.",
        "Foreign Minister Adaeze Okafor held talks in Tallinn on Monday, and will meet Latvian "
        "leaders when she leaves for Riga on Saturday.",
    ],
)
def test_the_way_onward_is_a_departure_and_a_plan(told: str) -> None:
    """The way onward still to come ends this visit and plans the next: a departure and a plan."""
    (departure,) = _claims(told, "visit.departure")
    (plan,) = _claims(told, "visit.planned")
    assert departure.hedged and plan.hedged
    assert _value(departure) == _value(plan) == "2031-03-15"


def test_a_preview_is_still_the_visits_start() -> None:
    """With no arrival told, a trip to come is this visit's first day, hedged (a preview)."""
    (claim,) = _claims(
        "Foreign Minister Adaeze Okafor will fly to Tallinn on Sunday.", "visit.dates"
    )
    assert claim.hedged and _value(claim) == {"start": "2031-03-16", "end": None}
    assert not _claims(
        "Foreign Minister Adaeze Okafor will fly to Tallinn on Sunday.", "visit.planned"
    )


def test_past_onward_travel_ends_the_visit() -> None:
    """Onward travel told as done ("flew on to Riga on Monday") is this visit's departure."""
    body = (
        "Foreign Minister Adaeze Okafor arrived in Tallinn on Sunday. She flew on to Riga on "
        "Monday."
    )
    (departure,) = _claims(body, "visit.departure")
    assert not departure.hedged and _value(departure) == "2031-03-10"
    assert not _claims(body, "visit.planned")


def test_the_next_leg_does_not_contradict_the_arrival(tmp_path: Path) -> None:
    """Two outlets agree on the arrival; one adds the next leg and a 'Related' headline."""
    _write(
        tmp_path,
        {
            "o1": (
                "Harbour Courier",
                "March 12, 2025",
                "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday for talks with "
                "Premier Lars Brekke on the fisheries treaty.",
                "She will fly to Riga on Saturday for a meeting of Baltic ministers.",
                "Related stories",
                "Okafor to fly home to Abuja on Thursday",
            ),
            "o2": (
                "Meridian Wire",
                "12 Mar 2025",
                "Okafor, Nigeria's foreign minister, landed in the Estonian capital on Monday "
                "for a round of fisheries negotiations with Brekke.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    okafor = [tuple(s) == ("Adaeze Okafor",) for s in findings["subject"]]
    statuses = dict(zip(findings["fact"][okafor], findings["status"][okafor], strict=True))
    assert statuses["visit.dates"] == "agree"
    assert statuses["visit.planned"] == "hedged"
    assert "visit.departure" not in statuses  # the related headline is not the article's


ARRIVED = "Foreign Minister Adaeze Okafor arrived in Tallinn on Monday. "


@pytest.mark.parametrize(
    ("sentence", "day", "hedged"),
    [
        ("She was due to return to Abuja on Wednesday.", "2031-03-12", True),
        ("She will return to Abuja on Wednesday.", "2031-03-12", True),  # plans.py's plan
        ("She returns to Abuja today.", "2031-03-11", True),  # today: the page's day
        ("She returned to Abuja on Tuesday morning.", "2031-03-11", False),
    ],
)
def test_returning_elsewhere_is_the_way_home(sentence: str, day: str, hedged: bool) -> None:
    """Returning to a place other than the one visited is the departure, hedged by its tense."""
    (claim,) = _claims(ARRIVED + sentence, "visit.departure")
    assert claim.subject == ("Adaeze Okafor",)
    assert claim.hedged is hedged and _value(claim) == day


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        # Back to the place visited: a new visit, planned.
        (ARRIVED + "She will return to Tallinn on Friday for a second round.", "visit.planned"),
        # No place visited named: home or not is unknown, nothing is dated.
        ("Foreign Minister Adaeze Okafor arrived on Monday. She returns to Abuja on Friday.", ""),
        ("Foreign Minister Adaeze Okafor returned to Abuja on Sunday.", ""),
        # Not travel.
        (ARRIVED + "The negotiators will return to the negotiating table on Wednesday.", ""),
    ],
)
def test_returning_is_read_by_the_place_visited(body: str, fact: str) -> None:
    """A return to the place visited is another visit; with no place visited it is not dated."""
    assert not _claims(body, "visit.departure")
    later = [c for c in _claims(body, "visit.planned") if _value(c) == "2031-03-14"]
    assert bool(later) is (fact == "visit.planned")


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("She headed back to Abuja on Tuesday morning.", "visit.departure", "2031-03-11"),
        ("She will head back to Abuja on Friday.", "visit.departure", "2031-03-14"),
        ("Her plane took off from Tallinn's airport on Tuesday.", "visit.departure", "2031-03-11"),
    ],
)
def test_more_ways_home(sentence: str, fact: str, value: str) -> None:
    """Heading back elsewhere and taking off from the airport are the departure."""
    claims = [c for c in _claims(ARRIVED + sentence, fact) if c.subject == ("Adaeze Okafor",)]
    assert [_value(c) for c in claims] == [value]


def test_flying_into_a_city_is_an_arrival() -> None:
    """Flying into a city on a day is the visit's first day."""
    (claim,) = _claims("Foreign Minister Adaeze Okafor flew into Tallinn on Monday.", "visit.dates")
    assert _value(claim) == {"start": "2031-03-10", "end": None}


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        ("Her deputy flew into Tallinn on Tuesday.", False),
        ("The Nigerian delegation left on Tuesday.", False),
        ("Okafor and her delegation touched down in Riga late on Tuesday.", True),
    ],
)
def test_a_companion_travels_with_the_visitor_an_aide_alone_does_not(
    sentence: str, theirs: bool
) -> None:
    """Someone named by their tie travels alone; joined to the visitor, the trip is hers."""
    claims = [
        c
        for fact in ("visit.dates", "visit.departure")
        for c in _claims(ARRIVED + sentence, fact)
        if c.subject == ("Adaeze Okafor",) and c.sentence.text == sentence
    ]
    assert bool(claims) is theirs


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (ARRIVED + "She left Tallinn on Tuesday morning.", "2031-03-11"),
        (ARRIVED + "She departed Tallinn on Tuesday.", "2031-03-11"),
        # Home is left at the start, not the end; an unknown place with no visit: nothing.
        (ARRIVED + "She left Abuja on Sunday.", None),
        ("Foreign Minister Adaeze Okafor left Tallinn on Friday.", None),
        # A day after the verb is no place: the visit word near decides, as before.
        (ARRIVED + "She left Tuesday at the end of her visit.", "2031-03-11"),
    ],
)
def test_leaving_a_named_place_is_read_by_the_place_visited(body: str, day: str | None) -> None:
    """Leaving the place the visit names is the departure; leaving another place is not."""
    assert [_value(c) for c in _claims(body, "visit.departure")] == ([day] if day else [])


def test_a_preview_and_a_report_of_both_legs(tmp_path: Path) -> None:
    """A preview's hedged legs and a report's legs: the arrival fits, the departure agrees.

    The preview names the place visited only later in its sentence ("... in Tallinn"), and
    its "was due to return to Abuja" is the way home because Abuja is not that place.
    """
    _write(
        tmp_path,
        {
            "o1": (
                "Harbour Courier",
                "March 11, 2025",
                "Foreign Minister Adaeze Okafor flies out on Wednesday for the final days of the "
                "fisheries negotiations with Premier Lars Brekke in Tallinn.",
                "Okafor was due to return to Abuja on Friday, her office said.",
            ),
            "o2": (
                "Meridian Wire",
                "15 Mar 2025",
                "Okafor, Nigeria's foreign minister, landed in Tallinn late on Wednesday for the "
                "last round of fisheries negotiations with Brekke.",
                "She flew home on Friday after the talks ended.",
            ),
        },
    )
    findings = run_check([tmp_path]).findings
    okafor = [tuple(s) == ("Adaeze Okafor",) for s in findings["subject"]]
    statuses = dict(zip(findings["fact"][okafor], findings["status"][okafor], strict=True))
    assert statuses["visit.dates"] in {"agree", "compatible"}
    assert statuses["visit.departure"] == "agree"
