"""Reported speech that tells a statement another outlet quotes joins that quote (invented).

"Okafor said Norland would never give up its claim" tells the statement another outlet
quotes as "Norland will never give up its claim": one statement, after the person and the
tense that reported speech moves to are read as the speaker's. A paraphrase that tells no
quoted statement is no claim at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.quote_words import quote_words, tells
from consistency.extract.reported import reported_claims
from consistency.pipeline import run_check
from tests.outlet_findings import fact_findings
from tests.test_engine_stories import _write

OKAFOR = "Adaeze Okafor"
INTRO = (
    "Foreign Minister Adaeze Okafor of Norland held talks with her counterpart Lars Brekke"
    " in Tallinn on Wednesday."
)
QUOTE = "“Norland will never give up its claim to the northern banks,” Okafor said."


def _candidates(text: str) -> list[tuple[str, str]]:
    """Speaker and words of each reported-speech candidate of an article opening with INTRO."""
    doc = Document.from_body(f"{INTRO}\n{text}\n")
    return [(c.subject[0], c.value_text) for c in reported_claims(doc)]


@pytest.mark.parametrize(
    ("text", "longest"),
    [
        (
            "Okafor said Norland would never give up its claim to the northern banks.",
            "Norland would never give up its claim to the northern banks",
        ),
        (
            "Okafor told reporters in Tallinn that Norland would never give up its claim.",
            "Norland would never give up its claim",
        ),
        (  # an audience, then the clause without "that"
            "Okafor told reporters the fees remained a problem for the fleet.",
            "the fees remained a problem for the fleet",
        ),
        (
            "She insisted the northern banks would stay Norlandic for ever.",
            "the northern banks would stay Norlandic for ever",
        ),
        (
            "Norland would never give up its claim to the northern banks, Okafor said.",
            "Norland would never give up its claim to the northern banks",
        ),
        (
            "Norland would never give up its claim to the banks, said Okafor on Wednesday.",
            "Norland would never give up its claim to the banks",
        ),
    ],
)
def test_reported_clauses_are_candidates(text: str, longest: str) -> None:
    """Each wording gives the speaker's clause as a candidate (its longest run of parts)."""
    found = _candidates(text)
    assert found and all(speaker == "Adaeze Okafor" for speaker, _ in found)
    assert max((words for _, words in found), key=len) == longest


def test_a_clause_is_a_candidate_for_each_run_of_its_parts() -> None:
    """A writer may add a clause of their own: each run of parts from the first is tried."""
    found = _candidates(
        "Okafor said the fees remained a problem for the fleet and voiced hope for a deal."
    )
    assert [words for _, words in found] == [
        "the fees remained a problem for the fleet",
        "the fees remained a problem for the fleet and voiced hope for a deal",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said goodbye to Brekke at the harbour in Tallinn.",  # no clause after the verb
        "Did Okafor say Norland would never give up its claim to the banks?",  # a question
        'Okafor said the banks were "Norlandic for ever and ever".',  # quoted: read as a quote
        "The ministry said Norland would never give up its claim to the banks.",  # no person
        "Okafor told Brekke about the plan for the northern banks.",  # no clause: an object
        "Okafor told Brekke the plan for the northern banks was ready.",  # a listener, no "that"
        "Okafor said it would rain.",  # too short to tell a statement
    ],
)
def test_no_candidate(text: str) -> None:
    """Counter-examples: nothing is a person's reported words here."""
    assert _candidates(text) == []


@pytest.mark.parametrize(
    ("reported", "quoted", "same"),
    [
        (
            "Norland would never give up its claim to the northern banks",
            "We will never give up our claim to the northern banks",
            True,
        ),
        ("the fees remained a problem", "the harbour fees remain a problem for our fleet", True),
        ("the world was big enough for both", "The world is big enough for both of us", True),
        (  # the same topic, another statement
            "the talks on the northern banks had ended",
            "Norland will never give up its claim to the northern banks",
            False,
        ),
        (  # too few telling words in common
            "it was a good day",
            "It is a good day for the fishermen of Dunmere and for the whole coast",
            False,
        ),
    ],
)
def test_a_telling_and_a_quote(reported: str, quoted: str, same: bool) -> None:
    """Most of the telling's words, a few of them telling, stand in the quote."""
    assert tells(quote_words(reported), quote_words(quoted)) is same


def _quote_findings(tmp_path: Path, *told: str) -> list[tuple[str, str, int]]:
    """Each quote finding of Okafor's articles (one outlet per text, after INTRO)."""
    return fact_findings(tmp_path, "quote.text", *told, intro=INTRO)


@pytest.mark.usefixtures("people")
def test_reported_speech_joins_the_quote_it_tells(tmp_path: Path) -> None:
    """Two outlets tell the quote in reported speech: one statement of three outlets."""
    found = _quote_findings(
        tmp_path,
        QUOTE,
        "Okafor said Norland would never give up its claim to the northern banks and"
        " voiced hope for a deal on fishing quotas.",
        "Norland would never give up its claim to the northern banks, she told reporters.",
    )
    assert found == [(OKAFOR, "agree", 3)]


def test_reported_speech_alone_is_no_finding(tmp_path: Path) -> None:
    """Paraphrases that tell no quoted statement give no quote finding."""
    found = _quote_findings(
        tmp_path,
        "Okafor said the fishing quotas would be settled by the spring.",
        "Okafor said Norland would never give up its claim to the northern banks.",
    )
    assert found == []


def test_a_telling_of_another_sentence_stays_apart(tmp_path: Path) -> None:
    """A paraphrase of another sentence of the speech does not join the quoted one."""
    found = _quote_findings(
        tmp_path,
        QUOTE,
        "Okafor said the talks about fishing quotas had gone well despite the rain.",
    )
    assert found == [(OKAFOR, "single_source", 1)]


def test_a_reversed_telling_conflicts(tmp_path: Path) -> None:
    """Reported speech that drops the quote's "never" tells the statement the other way."""
    found = _quote_findings(
        tmp_path,
        QUOTE,
        "Okafor said Norland would give up its claim to the northern banks.",
    )
    assert found == [(OKAFOR, "conflict", 2)]


def test_a_telling_beside_its_own_quote_adds_nothing(tmp_path: Path) -> None:
    """An article that quotes the words and tells them too is one source, one claim."""
    result_dir = tmp_path / "one"
    _write(
        result_dir,
        {
            "o0": (
                "Harbour Courier",
                "March 20, 2031",
                INTRO,
                "Okafor said Norland would never give up its claim to the northern banks. " + QUOTE,
            )
        },
    )
    claims = run_check([result_dir]).facts
    quotes = claims[claims["fact"] == "quote.text"]
    assert quotes["value_text"].tolist() == [
        "Norland will never give up its claim to the northern banks"
    ]


def test_according_to_a_person_is_reported_speech() -> None:
    """'CLAUSE, according to X', 'According to X, CLAUSE': X's words; the ministry is no person."""
    found = _candidates(
        "Norland would never give up its claim to the northern banks, according to Okafor.\n"
        "The fees remained a problem for the fleet, according to the ministry.\n"
        "According to Okafor, the ferry line would open in May.\n"
        "According to the ministry, the ferry line would open in June."
    )
    assert found == [
        ("Adaeze Okafor", "Norland would never give up its claim to the northern banks"),
        ("Adaeze Okafor", "the ferry line would open in May"),
    ]
