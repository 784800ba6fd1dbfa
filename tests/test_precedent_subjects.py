"""Whom a visit's precedent is about: the visitor, however the outlet words it.

Every sentence here is invented. Each is read with the bundled people file and with an empty
one (none of these people is known to either).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.precedents import precedent_claims
from consistency.pipeline import run_check

PUBLISHED = dt.date(2025, 5, 13)


def _subjects(body: str) -> list[tuple[str, ...]]:
    """The subject of each precedent claim of an article."""
    doc = Document.from_body(body, PUBLISHED)
    return [claim.subject for claim in precedent_claims(doc)]


@pytest.mark.parametrize(
    ("body", "visitor"),
    [
        # The nation and office the precedent names, though the host is named last.
        (
            "Kestrian Foreign Minister Lars Brekke welcomed Adaeze Okafor, Norland's foreign "
            "minister, to Tarvo on Monday. Brekke said the talks were open. It was the first "
            "visit to Tarvo by a Norlandic foreign minister since 2011.",
            "Adaeze Okafor",
        ),
        # "The first <nationality> <office> to visit", both ministers titled alike.
        (
            "Foreign Minister Adaeze Okafor of Norland met Foreign Minister Lars Brekke of "
            "Kestria in Tarvo on Monday. It was Brekke who greeted the first Norlandic foreign "
            "minister to visit Kestria in 14 years.",
            "Adaeze Okafor",
        ),
        # A nation's state visit: the one person the article titles as of that nation.
        (
            "Norlandic President Tomas Renn landed in Velm on Sunday evening. On the first "
            "Norlandic state visit to Kestria since 2009, Prime Minister Ivo Kask spoke of a "
            "new start.",
            "Tomas Renn",
        ),
        # A host's passive: the guest, not the host named next to the precedent.
        (
            "Adaeze Okafor, Norland's foreign minister, was received by Foreign Minister Lars "
            "Brekke in Tarvo on Monday. Brekke said the talks had been useful. It was the "
            "first visit in 14 years.",
            "Adaeze Okafor",
        ),
        # The visitor's arrival told after their apposition; the host speaks of the visit.
        (
            "Adaeze Okafor, the Norlandic foreign minister, arrived in Tarvo. Lars Brekke, "
            "the Kestrian foreign minister, said the visit, the first of its kind since 2011, "
            "was welcome.",
            "Adaeze Okafor",
        ),
        # "A foreign minister from Norland": the nation after the office.
        (
            "Foreign Minister Adaeze Okafor of Norland arrived in Tarvo on Monday and was "
            "greeted by Foreign Minister Lars Brekke of Kestria. Brekke called it the first "
            "visit by a foreign minister from Norland since 2011.",
            "Adaeze Okafor",
        ),
        # A visit to come, told in the future tense: its visitor, not the host named last.
        (
            "Foreign Minister Adaeze Okafor will travel to Tarvo next week. Officials in "
            "Tarvo, where Prime Minister Ivo Kask will receive guests, said it will be the "
            "first visit in 14 years.",
            "Adaeze Okafor",
        ),
        (
            "Foreign Minister Adaeze Okafor is to visit Tarvo on Friday. Prime Minister Ivo "
            "Kask said it would be the first such trip since 2009.",
            "Adaeze Okafor",
        ),
        # A host's active verb before the guest's title.
        (
            "Prime Minister Ivo Kask hosted his Kestrian counterpart Mara Holt in Velm on "
            "Thursday, the first trip of its kind in nine years.",
            "Mara Holt",
        ),
        # The name whose precedent it says it is.
        (
            "President Tomas Renn arrived in Velm on Sunday. Prime Minister Mara Holt's aides "
            "said the visit, Holt's first since the flood, would be short.",
            "Mara Holt",
        ),
        # "When X landed ..., he became the first": the pronoun's person, though the only
        # titled foreign minister in the article is the host and a later visit is hers.
        (
            "Adaeze Okafor spoke to reporters. When Okafor stepped off the plane in Tarvo "
            "last Monday, she became the first envoy of her country to visit Kestria in nine "
            "years. Her talks with Foreign Minister Lars Brekke ran long. A return visit by "
            "Brekke is planned.",
            "Adaeze Okafor",
        ),
        (
            "Ivo Kask told reporters in Velm on Friday that he was the first Kestrian envoy "
            "to visit since 2012. Prime Minister Mara Holt hosted him.",
            "Ivo Kask",
        ),
        # The nation of the visit's agent, named without an office title: the one person
        # the article titles as of that nation, though the host is named last.
        (
            "Norlandic Foreign Minister Adaeze Okafor and Kestrian Chancellor Lars Brekke "
            "signed five accords on Monday, on the first visit to Tarvo by a head of "
            "Norlandic diplomacy since 2011.",
            "Adaeze Okafor",
        ),
        (
            "Kestrian Prime Minister Ivo Kask greeted Norland's Trade Minister Mara Holt in "
            "Tarvo, on what aides called the first trip here by a senior Norlandic official "
            "in a decade.",
            "Mara Holt",
        ),
        # "A head of the Norlandic government": the nation after "of the".
        (
            "Prime Minister Ilse Brekke of Norland held talks with President Tomas Renn in "
            "Velm. It was the first visit by a head of the Norlandic government to Velm in "
            "seven years.",
            "Ilse Brekke",
        ),
        # "His visit, the first ...": the possessive's person, not the host named after.
        (
            "Prime Minister Ivo Kask arrived in Velm on Monday. His visit, the first by a "
            "leader of his country since 2019, ended after President Tomas Renn spoke.",
            "Ivo Kask",
        ),
        # The office's one holder when no title names the nation, though the host's
        # return visit is told too.
        (
            "Prime Minister Ilse Brekke held talks with President Tomas Renn in Velm on "
            "Monday. It is the first visit to Velmia by a Norlandic prime minister in six "
            "years. Renn is expected to visit Tarvo next year.",
            "Ilse Brekke",
        ),
        # Another tense: a visit to come, its visitor named where the article says so.
        (
            "Foreign Minister Adaeze Okafor is due to visit Tarvo next week. Officials in "
            "Tarvo, where Prime Minister Ivo Kask will receive guests, said it will be the "
            "first visit in 14 years.",
            "Adaeze Okafor",
        ),
    ],
)
def test_a_visits_precedent_is_the_visitors(people: str, body: str, visitor: str) -> None:
    """Whoever else the sentence names, the precedent of a visit is its visitor's."""
    assert _subjects(body) == [(visitor,)]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # A call from someone is no visit of theirs: the sentence's own visitor stays.
        (
            "Kestrian Foreign Minister Lars Brekke received a call from Foreign Minister "
            "Adaeze Okafor on Monday. Brekke visited Velm in May, his first trip abroad "
            "since 2019.",
            "Lars Brekke",
        ),
        # The person the sentence makes the precedent, though the article's visitor is another.
        (
            "Foreign Minister Adaeze Okafor arrived in Tarvo on Monday. Last week, deputy "
            "envoy Ivo Kask became the highest-ranking Norlandic official to visit Kestria "
            "since the border dispute.",
            "Ivo Kask",
        ),
        # A nation's office no one holds: the sentence's own visitor, not the article's.
        (
            "Foreign Minister Adaeze Okafor arrived in Tarvo on Monday. Trade Minister Lars "
            "Brekke visited Velm in May, the first trip by a Kestrian minister since 2019.",
            "Lars Brekke",
        ),
        # An office no one in the article holds, in an article with no visitor: last named.
        (
            "Prime Minister Ivo Kask praised Foreign Minister Adaeze Okafor on Monday, "
            "calling her trip the first by a Velmish envoy in six years.",
            "Adaeze Okafor",
        ),
    ],
)
def test_no_guest_or_nation_is_read_where_there_is_none(
    people: str, body: str, subject: str
) -> None:
    """Guests need a host's verb with only a title between; nations need a person's title."""
    assert _subjects(body) == [(subject,)]


def _write(folder: Path, articles: Mapping[str, Sequence[str]]) -> None:
    """Article files: outlet, headline, date line, paragraphs, footer."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, dateline, *paragraphs) in articles.items():
        lines = [outlet, "Minister in Tarvo", dateline, *paragraphs, outlet]
        (folder / f"{name}.txt").write_text("\n\n".join(lines) + "\n", "utf-8")


NAMED: dict[str, tuple[str, ...]] = {
    "a1": (
        "The Harbour Courier",
        "May 13, 2025",
        "Norland's Foreign Minister Adaeze Okafor arrived in Tarvo on Monday for talks with "
        "Kestrian Foreign Minister Lars Brekke.",
        "It was the first visit to Tarvo by a Norlandic foreign minister since 2011.",
    ),
    "a2": (
        "Meridian Wire",
        "13 May 2025",
        "Kestrian Foreign Minister Lars Brekke welcomed his Norlandic counterpart Adaeze "
        "Okafor to the capital on Monday, the first such visit in 14 years, aides said.",
    ),
}
# An outlet whose article names no one the tool can tell is a person.
UNNAMED: dict[str, tuple[str, ...]] = {
    "a3": (
        "Northgate Observer",
        "13 May 2025",
        "The visit is the first to Kestria by a Norlandic foreign minister since 2009, "
        "officials in Tarvo said on Monday.",
    ),
}


def _precedents(folder: Path) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """Each precedent finding as (subject, status, outlets)."""
    findings = run_check([folder]).findings
    rows = findings[findings["fact"] == "precedent.since_year"]
    return [
        (tuple(s), str(status), tuple(o))
        for s, status, o in zip(rows["subject"], rows["status"], rows["outlets"], strict=True)
    ]


def test_outlets_that_name_the_visitor_differently_make_one_finding(
    people: str, tmp_path: Path
) -> None:
    """The visitor named first, or after the host, is one subject: one finding, agreeing."""
    _write(tmp_path, NAMED)
    assert _precedents(tmp_path) == [
        (("Adaeze Okafor",), "agree", ("Meridian Wire", "The Harbour Courier"))
    ]


def test_a_precedent_naming_no_one_joins_its_storys_visitor(people: str, tmp_path: Path) -> None:
    """An article naming no person still gives its year to the visitor's finding: a conflict."""
    _write(tmp_path, NAMED | UNNAMED)
    assert _precedents(tmp_path) == [
        (
            ("Adaeze Okafor",),
            "conflict",
            ("Meridian Wire", "Northgate Observer", "The Harbour Courier"),
        )
    ]


def test_a_precedent_naming_no_one_stays_alone_without_a_visitor(
    people: str, tmp_path: Path
) -> None:
    """With no outlet naming anyone, there is no one to join: the finding names no one."""
    _write(tmp_path, UNNAMED)
    assert _precedents(tmp_path) == [((), "single_source", ("Northgate Observer",))]
