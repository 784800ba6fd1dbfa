"""Pronouns: "he" or "she" is the latest fitting named subject (invented paragraphs)."""

from __future__ import annotations

import pytest

from consistency.extract.document import Document


def _antecedent(body: str, pronoun: str = "", strict: bool = True) -> str | None:
    """The person the last sentence's pronoun (the first `pronoun` in it) stands for."""
    doc = Document.from_body(body)
    index = len(doc.sentences) - 1
    at = None
    if pronoun:
        sentence = doc.sentences[index]
        at = sentence.start + f" {sentence.text}".index(f" {pronoun} ")
    return doc.antecedent(index, (), at=at, strict=strict)


CASES = {
    "subject_not_object": (
        "In remarks on television, Adaeze Okafor told Lars Brekke the ferries would run. "
        "She said the harbour would open in May.",
        "She",
        "Adaeze Okafor",
    ),
    "latest_subject_of_two_clauses": (
        "Ilse Varga landed in Velm on Monday, and Tomas Renn greeted her at the airport. "
        "He said the visit was overdue.",
        "He",
        "Tomas Renn",
    ),
    "subject_of_a_reported_clause": (
        "The ministry said that Minister Pia Lund would lead the talks with envoy Ivo Brask. "
        "She will fly out on Friday.",
        "She",
        "Pia Lund",
    ),
    "one_person_named_as_object": (
        "The talks with Senator Marek Dulka lasted four hours. He said little afterwards.",
        "He",
        "Marek Dulka",
    ),
    "gender_skips_the_subject": (
        "Mr Lars Brekke met Adaeze Okafor in Tallinn. She said the meeting was useful.",
        "She",
        "Adaeze Okafor",
    ),
    "gender_reaches_back_a_sentence": (
        "Ms Ines Var arrived in Kestria on Sunday. Mr Tomas Renn met the delegation at the "
        "port. She said the crossing had been calm.",
        "She",
        "Ines Var",
    ),
    "subject_after_a_description": (
        "On Tuesday, Norland's Ivo Brask thanked Pia Lund for the visit. He called it a start.",
        "He",
        "Ivo Brask",
    ),
    "same_sentence_before_the_pronoun": (
        "After the dinner ended, Marek Dulka told Ilse Varga that he was tired.",
        "he",
        "Marek Dulka",
    ),
    "apposition_to_a_title_is_no_subject": (
        "The call was set up between Senator Marek Dulka and Norland's foreign minister, "
        "Ilse Varga, on Monday. Earlier, Mr Dulka said he would travel.",
        "he",
        "Marek Dulka",
    ),
    "a_list_of_objects": (
        "Mayor Pia Lund met Senator Ivo Brask, Minister Ines Var and envoy Tomas Renn. "
        "She thanked them.",
        "She",
        "Pia Lund",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_pronoun_is_the_latest_fitting_named_subject(case: str) -> None:
    """Each paragraph's last pronoun stands for the person named."""
    body, pronoun, person = CASES[case]
    assert _antecedent(body, pronoun) == person


def test_two_people_named_together_leave_the_pronoun_ambiguous() -> None:
    """In "X and Y met. He said" either could be meant: nobody when strict."""
    body = "Tomas Renn and Ivo Brask met in Velm. He said the talks went well."
    assert _antecedent(body, "He") is None
    # Not strict: the first person, as extractors that need a guess have always had.
    assert _antecedent(body, "He", strict=False) == "Tomas Renn"


def test_a_pronoun_of_the_other_gender_finds_nobody() -> None:
    """A "she" after only a "Mr" stands for nobody named."""
    body = "Mr Lars Brekke arrived in Tallinn. She said the crossing was calm."
    assert _antecedent(body, "She") is None


def test_without_the_pronoun_offset_only_earlier_sentences_count() -> None:
    """Called with a sentence alone, the pronoun's own sentence is not searched."""
    body = "Ilse Varga met Tomas Renn in Velm. After the talks, Marek Dulka said he would go."
    assert _antecedent(body) == "Ilse Varga"


def test_an_object_in_the_pronouns_own_sentence_is_passed_over() -> None:
    """In "Asked whether he would call X a rogue, he said" he is not X but the one before."""
    body = (
        "Senator Marek Dulka closed the hearing early. Asked whether he would still call "
        "Minister Ilse Varga a rogue, he said the word was fair."
    )
    assert _antecedent(body, "he") == "Marek Dulka"


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Pia Lund met the envoy on Monday. The Norlandic president, for his part, said "
        "little. He left early.",
        "Mayor Pia Lund met Senator Ivo Brask. Afterwards the Kestrian envoy walked to the "
        "pier. He left early.",
        "Mayor Pia Lund opened the fair, and the foreign minister spoke after her. He left early.",
    ],
)
def test_a_subject_named_only_by_a_description_is_nobody_when_strict(body: str) -> None:
    """The latest subject is a description no name tells: a strict pronoun finds nobody."""
    assert _antecedent(body, "He") is None


def test_a_description_before_the_latest_named_subject_does_not_matter() -> None:
    """The Norlandic president spoke, then Brask did: "he" is Brask."""
    body = "The Norlandic president spoke first, and Senator Ivo Brask answered him. He left early."
    assert _antecedent(body, "He") == "Ivo Brask"


def test_a_pair_reference_is_no_he() -> None:
    """A reported clause's "the two of them" does not hide the speaker named before it."""
    body = "Senator Ivo Brask said it was vital that the two of them spoke plainly. He left early."
    assert _antecedent(body, "He") == "Ivo Brask"


def test_a_title_in_apposition_leaves_its_sentence_to_the_first_person() -> None:
    """Not strict, "between X and Norland's minister, Y" gives X, as extractors always had."""
    body = (
        "The call was set up between Senator Marek Dulka and Norland's foreign minister, "
        "Ilse Varga, on Monday. A trip planned for May was put off."
    )
    assert _antecedent(body, strict=False) == "Marek Dulka"


def test_a_list_of_subjects_is_ambiguous() -> None:
    """After "X, Y and Z met", a "He said" could be any of them."""
    body = "Mayor Pia Lund, Senator Ivo Brask and envoy Tomas Renn met. He said little."
    assert _antecedent(body, "He") is None
