"""One canonical name per person across a corpus, whatever the spelling."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consistency.extract import EXTRACTORS
from consistency.extract.document import Document
from consistency.extract.durations import duration_claims
from consistency.extract.interactions import meeting_claims
from consistency.knowledge import fold
from consistency.normalise.names import canonical_names


def test_known_spelling_variant_maps_to_the_data_file_name() -> None:
    """The spelling "Anthony Blinken" is the data file's "Antony Blinken"."""
    assert canonical_names(["Anthony Blinken"])["Anthony Blinken"] == "Antony Blinken"


def test_family_name_first_links_the_short_form() -> None:
    """For a family-name-first person, the family name alone is the person ("Xi")."""
    assert canonical_names(["Xi Jinping", "Xi"])["Xi"] == "Xi Jinping"


def test_unknown_people_link_across_articles_by_spelling() -> None:
    """People the data file does not know still merge across spellings and surnames."""
    canon = canonical_names(["Ina Sarnet", "Ina Sarnet", "Ina Sarnett", "Sarnet"])
    assert canon["Ina Sarnett"] == "Ina Sarnet"
    assert canon["Sarnet"] == "Ina Sarnet"


def test_accents_and_case_fold_together() -> None:
    """Accented "Éric Vannier" and plain "Eric Vannier" are one person."""
    canon = canonical_names(["Éric Vannier", "Eric Vannier", "Éric Vannier"])
    assert canon["Eric Vannier"] == "Éric Vannier"
    assert fold("Éric") == fold("eric")


def test_different_people_with_close_names_stay_apart() -> None:
    """A shared surname with different first names is two people."""
    canon = canonical_names(["Lena Ostrell", "Kasimir Ostrell"])
    assert canon["Lena Ostrell"] != canon["Kasimir Ostrell"]


PARAGRAPHS = [
    "Foreign Minister Ilse Varga met President Tomas Renn on Monday.",
    "Defence Minister Ari Lund held talks with Prime Minister Mara Holt on Tuesday.",
    "Foreign Minister Ilse Varga and Trade Minister Oskar Brand spoke by telephone on Friday.",
    "President Tomas Renn met Prime Minister Mara Holt for three hours on Wednesday.",
]


@given(st.permutations(PARAGRAPHS))
def test_shuffling_sentences_changes_no_claim(order: list[str]) -> None:
    """Claims that name their people do not depend on where in the article they stand."""
    original = Document.from_body("\n".join(PARAGRAPHS))
    shuffled = Document.from_body("\n".join(order))

    def claims(doc: Document) -> list[tuple[str, tuple[str, ...], str]]:
        found = (*meeting_claims(doc), *duration_claims(doc))
        return sorted((c.fact, c.subject, c.value_text) for c in found)

    assert claims(original) == claims(shuffled)
    assert len(claims(original)) == 4


# One self-contained claim of each family per paragraph: every person named in full.
EVERY_FAMILY = [
    "Foreign Minister Ilse Varga met President Tomas Renn in Velm on Monday.",
    "The talks between Foreign Minister Ilse Varga and President Tomas Renn lasted four hours.",
    "Trade Minister Oskar Brand held a phone call with Prime Minister Mara Holt on Friday.",
    "Trade Minister Oskar Brand arrived in Sarnhold on Sunday for a two-day visit.",
    "It was the first visit by a Norland trade minister to Kestria since 2017.",
    "Officials said 12 prisoners would be freed under the deal.",
    '"We have turned a page," Prime Minister Mara Holt said after the talks.',
]


@given(st.permutations(EVERY_FAMILY))
def test_shuffling_sentences_changes_no_claim_of_any_family(order: list[str]) -> None:
    """Every extractor's claims stand on their own sentence, wherever it stands in the article."""

    def claims(paragraphs: list[str]) -> list[tuple[str, tuple[str, ...], str, bool]]:
        doc = Document.from_body("\n\n".join(paragraphs))
        found = [c for extract in EXTRACTORS for c in extract(doc)]
        return sorted((c.fact, c.subject, c.value_text, c.hedged) for c in found)

    original = claims(EVERY_FAMILY)
    assert claims(order) == original
    assert {fact for fact, *_ in original} >= {
        "meeting.date",
        "meeting.duration",
        "call.date",
        "visit.dates",
        "precedent.since_year",
        "quantity",
        "quote.text",
        "role.title",
    }


def test_a_middle_name_is_the_same_person() -> None:
    """The name "Ilse Maren Varga" is "Ilse Varga" with a middle name, in and across articles."""
    canon = canonical_names(["Ilse Varga", "Ilse Varga", "Ilse Maren Varga", "Varga"])
    assert canon["Ilse Maren Varga"] == "Ilse Varga"
    assert canon["Varga"] == "Ilse Varga"
    doc = Document.from_body(
        "President Ilse Varga met Lars Brekke on Monday. "
        "Ilse Maren Varga, to give her full name, spoke first. Varga smiled."
    )
    assert {doc.canonical(m) for m in doc.mentions[2]} == {"Ilse Varga"}


def test_a_sentence_opener_is_no_first_name() -> None:
    """The runs "Afterwards Varga" and "Although Brekke" name Varga and Brekke, no new people."""
    doc = Document.from_body(
        "President Ilse Varga met Prime Minister Lars Brekke on Monday. "
        "Afterwards Varga flew home. Although Brekke smiled, the talks were tense."
    )
    assert "Afterwards Varga" not in doc.full_names
    assert [doc.canonical(m) for m in doc.mentions[1]] == ["Ilse Varga"]
    assert [doc.canonical(m) for m in doc.mentions[2]] == ["Lars Brekke"]


def test_a_federal_office_before_a_name_is_no_name() -> None:
    """'Velmish Federal president Ana Kerr': "Velmish Federal" names no one.

    Not even when "Velmish" recurs alone ("the Velmish president").
    """
    body = (
        "Velmish Federal president Ana Kerr, right, greets Norlandic president Tor Odo in "
        "Velm, Tuesday, May 6, 2031.\n"
        "The Velmish president Ana Kerr and Odo met for the first time on Tuesday.\n"
    )
    doc = Document.from_body(body)
    assert not [name for name in doc.full_names if "Federal" in name]
