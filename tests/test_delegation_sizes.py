"""A visitor's delegation counted by kind, and a document's parts, on invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.extract.counts import count_claims, hyphen_count_claims, strength_claims
from consistency.extract.delegations import delegation_claims
from consistency.extract.document import Document
from consistency.extract.documents import document_part_claims
from tests.two_outlets import two_outlet_statuses

PUBLISHED = dt.date(2031, 3, 7)
VISIT = (
    "President Adaeze Okafor of Norland arrived in Velm on Tuesday for talks with President"
    " Lars Brekke."
)
BUSINESS = "business people in the delegation"


def _sizes(*sentences: str) -> list[tuple[tuple[str, ...], str]]:
    """Each delegation size an article tells, as (subject, number)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text) for c in delegation_claims(doc)]


@pytest.mark.parametrize(
    ("sentence", "kind", "number"),
    [
        ("Okafor came with a delegation of 32 business leaders.", BUSINESS, "32"),
        ("She was accompanied by 40 executives.", BUSINESS, "40"),
        ("A 60-member business delegation travelled with her.", BUSINESS, "60"),
        ("A business delegation of some 45 accompanied the president.", BUSINESS, "some 45"),
        ("Okafor brought 25 company heads with her.", BUSINESS, "25"),
        ("Her 60-strong delegation stayed at the Grand Hotel.", "delegation members", "60"),
        ("The delegation numbered 10 people.", "delegation members", "10"),
        ("A trade mission of 100 firms joined the visit.", "companies in the delegation", "100"),
        ("She was accompanied by twelve ministers.", "ministers in the delegation", "twelve"),
        ("Some 50 business leaders accompanied her.", BUSINESS, "Some 50"),
        ("Forty executives are travelling with Okafor.", BUSINESS, "Forty"),
    ],
)
def test_a_delegations_size_is_the_visitors_by_kind(sentence: str, kind: str, number: str) -> None:
    """Each wording counts one kind of the visitor's delegation."""
    assert _sizes(VISIT, sentence) == [(("Adaeze Okafor", kind), number)]


def test_a_part_of_a_delegation_is_another_count() -> None:
    """'A 200-strong delegation including 40 executives' tells the whole and the business part."""
    found = _sizes(VISIT, "A 200-strong delegation including 40 executives came too.")
    assert found == [
        (("Adaeze Okafor", "delegation members"), "200"),
        (("Adaeze Okafor", BUSINESS), "40"),
    ]


def test_a_nations_delegation_is_the_person_whose_title_names_it() -> None:
    """'The Velmian delegation' is the Velmian president's, not the visitor's."""
    found = _sizes(
        "Norland's President Adaeze Okafor arrived in Velm on Tuesday.",
        "She was received by Velmian President Lars Brekke.",
        "The Velmian delegation numbered 12 officials.",
    )
    assert found == [(("Lars Brekke", "delegation members"), "12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okafor was accompanied by three aides.",  # a few people, no part of a delegation named
        "The delegates of the party met on Tuesday.",
        "Okafor met 40 executives at a lunch.",  # whom she met, not who came with her
        "Three aides accompanied her.",  # a few people, no part of a delegation named
        "Okafor arrived on Tuesday with a delegation.",  # no count
        "The delegation arrived in 2031 with ministers.",
    ],
)
def test_no_delegation_size(sentence: str) -> None:
    """Counter-examples: no size of a delegation."""
    assert _sizes(VISIT, sentence) == []


def test_the_count_readers_leave_a_delegation_to_its_reader() -> None:
    """A delegation's size is one claim, not also a plain count, a hyphened count or a strength."""
    doc = Document.from_body(
        f"{VISIT} A 60-strong delegation of 32 business leaders came. A 12-member delegation"
        " followed.",
        PUBLISHED,
    )
    readers = (count_claims, hyphen_count_claims, strength_claims)
    assert [claim for reader in readers for claim in reader(doc)] == []


def test_two_outlets_delegations(tmp_path: Path) -> None:
    """Two outlets' business delegations of 32 and 40 conflict; 32 and 'some 30' hold together."""

    def statuses(first: str, second: str, folder: str) -> list[str]:
        return two_outlet_statuses(
            tmp_path / folder, (first, second), 2031, "fisheries accord", lambda s: s == BUSINESS
        )

    assert statuses(
        "Okafor arrived with a delegation of 32 business leaders.",
        "She was accompanied by 40 executives.",
        "conflict",
    ) == ["conflict"]
    assert statuses(
        "Okafor arrived with a delegation of 32 business leaders.",
        "A business delegation of some 30 travelled with Okafor.",
        "compatible",
    ) == ["compatible"]


def _parts(*sentences: str) -> list[tuple[tuple[str, ...], str]]:
    """Each count of a document's parts an article tells, as (subject, number)."""
    doc = Document.from_body(" ".join(sentences), PUBLISHED)
    return [(c.subject, c.value_text) for c in document_part_claims(doc)]


PAIR = ("Adaeze Okafor", "Lars Brekke")
STATEMENT = "points of the joint statement"


@pytest.mark.parametrize(
    ("sentence", "what", "number"),
    [
        ("They adopted a joint statement consisting of 10 points.", STATEMENT, "10"),
        ("The two sides issued a 10-point joint declaration.", STATEMENT, "10"),
        ("The joint communique, which has 14 points, was read out.", STATEMENT, "14"),
        ("Okafor presented a ten-point plan for the region.", "points of the plan", "ten"),
        ("They signed the 12-article agreement on fisheries.", "articles of the agreement", "12"),
        ("A treaty of 25 articles was initialled.", "articles of the agreement", "25"),
        ("The joint statement lists 10 points of agreement.", STATEMENT, "10"),
        ("The joint declaration's 12 points cover trade.", STATEMENT, "12"),
        ("The 21-page document was published.", "pages of the document", "21"),
    ],
)
def test_a_documents_parts_are_the_pairs(sentence: str, what: str, number: str) -> None:
    """A count of a document's parts belongs to the pair who met, by part and kind of document."""
    assert _parts(VISIT, "The two presidents met in the palace.", sentence) == [
        ((*PAIR, what), number)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "They adopted a joint statement on fisheries.",  # no count: no claim
        "The statement was read out by a spokesman.",
        "The index fell 10 points after the statement.",
        "The plan of 2029 failed.",
    ],
)
def test_no_count_of_parts(sentence: str) -> None:
    """Counter-examples: a document named without a count of its parts."""
    assert _parts(VISIT, sentence) == []


def test_two_outlets_document_parts(tmp_path: Path) -> None:
    """Two outlets giving 10 points agree; 10 against 12 conflict; pages are another count."""

    def statuses(first: str, second: str, folder: str) -> list[str]:
        return two_outlet_statuses(
            tmp_path / folder,
            (first, second),
            2031,
            "fisheries accord",
            lambda s: s.startswith("points of"),
        )

    ten = "The ministers adopted a 10-point joint statement."
    assert statuses(ten, "Their joint declaration consists of 10 points.", "agree") == ["agree"]
    assert statuses(ten, "They issued a 12-point joint statement.", "conflict") == ["conflict"]
    assert statuses(ten, "They issued a 15-page joint statement.", "pages") == ["single_source"]
