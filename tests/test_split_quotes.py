"""A quoted sentence split by its attribution is one statement (invented people and places).

'"We made progress," Okafor said, "but the fees remain."' is one sentence of Okafor's: one
claim of both pieces, so that an outlet quoting it whole, or only one piece, quotes the same
statement. Two sentences of one speech stay two statements.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.extract.document import Document
from consistency.extract.quotes import quote_claims
from tests.outlet_findings import fact_findings

OKAFOR = "Adaeze Okafor"
INTRO = (
    "Foreign Minister Adaeze Okafor of Norland held talks with her counterpart Lars Brekke"
    " in Tallinn on Wednesday."
)


def _said(text: str) -> list[tuple[str, str]]:
    """Speaker and words of each quote claim of an article that opens with INTRO."""
    doc = Document.from_body(f"{INTRO}\n{text}\n")
    return [(c.subject[0], c.value_text) for c in quote_claims(doc)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "“We have settled the fishing quotas,” Okafor said, “but the harbour fees will"
            " take months.”",
            "We have settled the fishing quotas, but the harbour fees will take months",
        ),
        (  # the comma outside the marks, the speaker after the verb
            '"We have settled the fishing quotas", said Foreign Minister Adaeze Okafor,'
            ' "and the harbour fees come next."',
            "We have settled the fishing quotas and the harbour fees come next",
        ),
        (  # an apposition and another speech verb
            "“Our fleet has waited long enough,” Okafor, the foreign minister, told"
            " reporters, “and it will not wait another winter.”",
            "Our fleet has waited long enough, and it will not wait another winter",
        ),
        (  # a first piece too short to count alone
            "“Never,” she said, “will Norland give up its claim to the northern banks.”",
            "Never, will Norland give up its claim to the northern banks",
        ),
        (  # a last piece too short to count alone
            "“We will not sign this draft,” Okafor said, “ever.”",
            "We will not sign this draft, ever",
        ),
    ],
)
def test_a_split_sentence_is_one_claim(text: str, words: str) -> None:
    """The pieces of a sentence its attribution interrupts are one claim, in order."""
    assert _said(text) == [("Adaeze Okafor", words)]


def test_the_sentence_after_a_split_one_stays_apart() -> None:
    """Only the split sentence joins: the quotation's next sentence is a claim of its own."""
    text = (
        "“We have settled the fishing quotas,” Okafor said, “but the harbour fees will take"
        " months. The ferry line opens in May.”"
    )
    assert _said(text) == [
        (
            "Adaeze Okafor",
            "We have settled the fishing quotas, but the harbour fees will take months",
        ),
        ("Adaeze Okafor", "The ferry line opens in May"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two sentences of one speech, the attribution closing the first
        "“We will reopen the Dunmere crossing next month,” Okafor said. “Our fishermen have"
        " waited long enough.”",
        # a question is a whole sentence, not a piece
        "“Why should our fleet wait any longer?” Okafor asked, “Nobody here can say.”",
        # the writer's own clause between: not an attribution that splits a sentence
        "“We will reopen the Dunmere crossing next month,” Okafor said, after Brekke had"
        " called the plan “a lost cause for every fleet in the north”.",
        # a colon opens a new statement
        "“We will reopen the Dunmere crossing next month,” Okafor said: “Our fishermen have"
        " waited long enough.”",
    ],
)
def test_two_sentences_stay_two_claims(text: str) -> None:
    """Quotations that are not one sentence split by its attribution are not joined."""
    assert len(_said(text)) == 2


def test_two_speakers_are_never_one_sentence() -> None:
    """'"A," X said, "B," Y replied' gives each piece to its own speaker."""
    text = (
        "“We will reopen the Dunmere crossing next month,” Okafor said, “if the weather"
        " holds,” Brekke replied."
    )
    assert _said(text) == [
        ("Adaeze Okafor", "We will reopen the Dunmere crossing next month"),
        ("Lars Brekke", "if the weather holds"),
    ]


def _quote_findings(tmp_path: Path, *told: str) -> list[tuple[str, str, int]]:
    """Each quote finding of Okafor's articles (one outlet per text, after INTRO)."""
    return fact_findings(tmp_path, "quote.text", *told, intro=INTRO)


def test_split_whole_and_a_piece_are_one_statement(tmp_path: Path) -> None:
    """One outlet splits the sentence, one quotes it whole, one quotes its first piece only."""
    found = _quote_findings(
        tmp_path,
        "“We have settled the fishing quotas,” Okafor said, “but the harbour fees will"
        " take many more months of work.”",
        "“We have settled the fishing quotas, but the harbour fees will take many more"
        " months of work,” Okafor told reporters.",
        "“We have settled the fishing quotas,” Okafor said after the talks.",
    )
    assert found == [(OKAFOR, "agree", 3)]


def test_a_split_negation_is_no_conflict(tmp_path: Path) -> None:
    """'"Never," she said, "will we ..."' keeps its "never": it agrees with the plain wording."""
    found = _quote_findings(
        tmp_path,
        "“Never,” Okafor said, “will Norland give up its claim to the northern banks.”",
        "“Norland will never give up its claim to the northern banks,” Okafor said.",
    )
    assert found == [(OKAFOR, "agree", 2)]


def test_two_sentences_of_one_speech_stay_two_statements(tmp_path: Path) -> None:
    """Each outlet quotes another sentence of the same remarks: two single-source quotes."""
    found = _quote_findings(
        tmp_path,
        "“We will reopen the Dunmere crossing next month,” Okafor said on Wednesday.",
        "“Our fishermen have waited long enough for a decent harbour,” Okafor said.",
    )
    assert found == [(OKAFOR, "single_source", 1), (OKAFOR, "single_source", 1)]
