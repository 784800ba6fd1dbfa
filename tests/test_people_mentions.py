"""Who the people are when no data file knows them: names, appositions, plural titles, quotes."""

from __future__ import annotations

from consistency.extract.document import Document
from consistency.extract.quotes import quote_claims
from consistency.extract.titles import title_claims, title_parts


def _people(body: str) -> list[list[str]]:
    """The canonical names each sentence of a body mentions."""
    doc = Document.from_body(body)
    return [[doc.canonical(m) for m in ms] for ms in doc.mentions]


def _titles(body: str) -> dict[str, list[str]]:
    """Each person's normalised titles, as the claims of a body give them."""
    found: dict[str, list[str]] = {}
    for claim in title_claims(Document.from_body(body)):
        parts = title_parts(claim.value_text)
        words = [f"former {base}" if former else base for base, former in parts]
        found.setdefault(claim.subject[0], []).append(" and ".join(words))
    return found


def test_names_that_meet_are_people_without_title_or_speech() -> None:
    """Text like "X met Y" shows both names are people's, and later surnames link to them."""
    body = "Anja Korvel met Ravi Undset on Tuesday in Tarsk.\nKorvel met Undset again on Friday."
    assert _people(body) == [["Anja Korvel", "Ravi Undset"], ["Anja Korvel", "Ravi Undset"]]


def test_a_recurring_surname_shows_the_full_name() -> None:
    """A full name whose surname recurs alone is a person's; a place after "in" is not."""
    body = (
        "Marta Oslund arrived on Monday for talks on fishing rights.\n"
        "Officials in Port Dessa said the visit had been planned for months.\n"
        "Oslund left for home on Wednesday."
    )
    assert _people(body) == [["Marta Oslund"], [], ["Marta Oslund"]]


def test_surnames_paired_with_a_person_are_people() -> None:
    """Text like "the call between X and Y": one known person makes the other one too."""
    body = "Foreign Minister Lev Tamsin flew home.\nThe call between Tamsin and Orrel was brief."
    assert _people(body)[1] == ["Lev Tamsin", "Orrel"]


def test_apposition_after_a_name_gives_the_title_and_the_subject() -> None:
    """Text like "X, Y's foreign minister, met Z" titles X, who is the one meeting Z."""
    body = "Lina Varo, Ostmark's foreign minister, met Prime Minister Per Gaddis on Sunday."
    assert _people(body) == [["Lina Varo", "Per Gaddis"]]
    assert _titles(body) == {"Lina Varo": ["foreign minister"], "Per Gaddis": ["prime minister"]}


def test_apposition_with_article_and_title_before_a_name() -> None:
    """Text like "X, the foreign minister," and "Y's foreign minister, X," both title X."""
    first = "He was met by Sanne Lind, the foreign minister, at the airport."
    second = "The deal was signed by Ostmark's foreign minister, Sanne Lind, on Monday."
    assert _titles(first) == {"Sanne Lind": ["foreign minister"]}
    assert _titles(second) == {"Sanne Lind": ["foreign minister"]}


def test_counterpart_shows_a_person_but_is_no_title() -> None:
    """Text like "his Ostmark counterpart, X" names X as a person without giving X a title."""
    body = "Lev Tamsin phoned his Ostmark counterpart, Sanne Lind, on Monday."
    assert _people(body) == [["Lev Tamsin", "Sanne Lind"]]
    assert _titles(body) == {}


def test_deputy_is_a_title_of_its_own() -> None:
    """Text like "Deputy Foreign Minister X" is not the title "foreign minister"."""
    body = "Deputy Foreign Minister Lev Tamsin met Sanne Lind.\nForeign Minister Lev Tamsin left."
    assert _titles(body)["Lev Tamsin"] == ["deputy foreign minister", "foreign minister"]


def test_a_plural_title_is_each_persons_title() -> None:
    """Text like "Presidents A and B" gives "president" to each, never "presidents"."""
    body = "Presidents Ada Morrow and Teo Brask met in Vesk on Monday."
    assert _titles(body) == {"Ada Morrow": ["president"], "Teo Brask": ["president"]}


def test_former_is_kept() -> None:
    """Text like "former Trade Minister X" keeps "former"."""
    body = "Former Trade Minister Ada Morrow said the rules had changed."
    assert _titles(body) == {"Ada Morrow": ["former trade minister"]}


def test_place_before_said_is_no_speaker() -> None:
    """Text like "officials in Tarsk said" names no person Tarsk."""
    assert _people("A spokesperson in Tarsk said the border would reopen.") == [[]]


def _quotes(body: str) -> list[tuple[tuple[str, ...], str]]:
    """The speaker and words of each quote claim of a body."""
    return [(c.subject, c.value_text) for c in quote_claims(Document.from_body(body))]


def test_speaker_after_and_before_the_quotation() -> None:
    """Text like "...," X said, and "...," said X, both attribute the words to X."""
    body = (
        "Foreign Minister Lev Tamsin met Sanne Lind on Monday.\n"
        '"We will reopen the consulate this spring," Tamsin said.\n'
        '"The border crossings will stay open at night," said Lind.'
    )
    assert _quotes(body) == [
        (("Lev Tamsin",), "We will reopen the consulate this spring"),
        (("Sanne Lind",), "The border crossings will stay open at night"),
    ]


def test_he_said_after_two_people_as_one_subject_is_left_unattributed() -> None:
    """A pronoun after two people named together as a subject (not last speakers): no guess."""
    body = (
        "Foreign Minister Lev Tamsin and Prime Minister Per Gaddis met on Monday.\n"
        '"This is a new chapter for both our countries," he said.'
    )
    assert _quotes(body) == []


def test_he_said_after_two_people_is_the_subject() -> None:
    """A pronoun after a sentence naming a subject and an object is the subject."""
    body = (
        "Foreign Minister Lev Tamsin met Prime Minister Per Gaddis on Monday.\n"
        '"This is a new chapter for both our countries," he said.'
    )
    assert _quotes(body) == [(("Lev Tamsin",), "This is a new chapter for both our countries")]


def test_he_said_with_one_person_named_is_that_person() -> None:
    """A pronoun after a sentence naming one person is that person."""
    body = (
        "Foreign Minister Lev Tamsin arrived on Monday.\n"
        '"This is a new chapter for both our countries," he said.'
    )
    assert _quotes(body) == [(("Lev Tamsin",), "This is a new chapter for both our countries")]


def test_two_statements_of_one_speaker_are_two_claims() -> None:
    """An editor's bracket at a sentence's end is no part of the words quoted."""
    body = (
        '"We agreed to honour the accord signed in Tarsk [in 2021]. '
        'The talks also made progress on fishing rights," said Foreign Minister Lev Tamsin.'
    )
    assert _quotes(body) == [
        (("Lev Tamsin",), "We agreed to honour the accord signed in Tarsk"),
        (("Lev Tamsin",), "The talks also made progress on fishing rights"),
    ]


def test_a_label_of_a_nationality_before_a_title_is_no_person() -> None:
    """A related item's label ('Retired Norlish officer: ...') names nobody, nor speaks."""
    body = (
        "Foreign Minister Lev Tamsin spoke with Sanne Lind by phone on Monday.\n"
        "During the call, the Norlish foreign minister warned that ties had met "
        '"new troubles and old grudges" this year.\n'
        "Retired Norlish officer: Kestria should move on from the ferry row\n"
        "Tamsin later met her Norlish counterpart in Velm."
    )
    doc = Document.from_body(body)
    assert "Retired Norlish" not in doc.full_names
    assert all("Norlish" not in m.name for ms in doc.mentions for m in ms)
    assert all(subject != ("Retired Norlish",) for subject, _ in _quotes(body))


def test_a_name_before_a_comma_and_a_title_is_still_a_name() -> None:
    """'Sanne Lind, foreign minister of Kestria, ...' names Sanne Lind."""
    body = "Sanne Lind, foreign minister of Kestria, arrived on Monday. Lind met Tamsin."
    assert "Sanne Lind" in Document.from_body(body).full_names


def test_a_title_before_one_name_gives_no_evidence_for_the_next_nation() -> None:
    """In "Minister X and Velmia's minister, Y" the title is X's: Velmia is no person.

    A plural title ("Foreign Ministers X and Y") is both names'.
    """
    bodies = [
        "Norland's Trade Minister Ilse Brekke and Velmia's foreign minister, Tomas Renn, "
        "met on Friday in Tarvo.",
        "Interior Secretary Amal Odhiambo and Ostrava's acting interior minister Ravi "
        "Undset met yesterday evening.",
        "Foreign Ministers Ilse Brekke and Tomas Renn of Velmia met on Friday.",
    ]
    assert [_people(body) for body in bodies] == [
        [["Ilse Brekke", "Tomas Renn"]],
        [["Amal Odhiambo", "Ravi Undset"]],
        [["Ilse Brekke", "Tomas Renn"]],
    ]


def test_honorifics_neither_end_a_sentence_nor_name_anyone() -> None:
    """Official releases write "Hon." and "H.E." before names: titles, not sentence ends."""
    body = (
        "The Cabinet Secretary for Defence, Hon. Jane Odhiambo, held talks with the Minister "
        "of Defence of Velmia, H.E. Abdi Dirane, on Friday."
    )
    assert _people(body) == [["Jane Odhiambo", "Abdi Dirane"]]


def test_a_nation_after_of_the_is_no_person() -> None:
    """A nation after "of the" ("a head of the Norlandic government") is no person."""
    body = "It was the first visit by a head of the Norlandic government in seven years."
    assert _people(body) == [[]]
