"""One office in other words is one title; two offices may conflict (invented people, RT01).

"Deputy Trade Minister", "Undersecretary for Foreign Trade" and "Vice Minister of Trade" are
one office; "Foreign Minister", "Minister of Foreign Affairs", "top diplomat" another. The
words are data (data/vocabulary/titles.yaml); engine/offices.py reads them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.engine import offices
from consistency.extract.document import Document
from consistency.extract.titles import title_claims
from tests.outlet_findings import fact_findings


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ilse Varga, the Undersecretary for Foreign Trade, arrived in Velm.",
            "Undersecretary for Foreign Trade",
        ),
        (
            "Norland's vice-minister of trade, Ilse Varga, arrived in Velm.",
            "Norland's vice-minister of trade",
        ),
        (
            "Norland's head of diplomacy, Ilse Varga, arrived in Velm.",
            "Norland's head of diplomacy",
        ),
        ("Chief negotiator Ilse Varga arrived in Velm.", "Chief negotiator"),
        ("Ilse Varga, the head of the delegation, arrived in Velm.", "head of the delegation"),
        ("Commerce Minister Ilse Varga arrived in Velm.", "Commerce Minister"),
        ("Home Secretary Ilse Varga arrived in Velm.", "Home Secretary"),
    ],
)
def test_titles_in_other_words_are_read(sentence: str, title: str) -> None:
    """Each wording of an office or a role is read as the person's title, whole."""
    claims = list(title_claims(Document.from_body(sentence + "\n")))
    assert [(c.subject[0], c.value_text) for c in claims] == [("Ilse Varga", title)]


@pytest.mark.parametrize(
    ("title", "rank", "portfolios"),
    [
        ("deputy trade minister", "deputy", {"trade"}),
        ("undersecretary for foreign trade", "deputy", {"trade"}),
        ("vice minister of commerce", "deputy", {"trade"}),
        ("state secretary for trade", "deputy", {"trade"}),
        ("minister of foreign affairs", "", {"foreign affairs"}),
        ("secretary of state for foreign affairs", "", {"foreign affairs"}),
        ("foreign secretary", "", {"foreign affairs"}),
        ("minister for foreign affairs and trade", "", {"foreign affairs", "trade"}),
    ],
)
def test_an_office_is_a_rank_and_portfolios(title: str, rank: str, portfolios: set[str]) -> None:
    """A title of known words is read as its rank and portfolios."""
    assert offices.read(title) == offices.Office("office", rank, frozenset(portfolios))


@pytest.mark.parametrize(
    "title",
    [
        "trade policy minister",  # a word no set knows: compared by words
        "first deputy foreign minister",
        "deputy prime minister",  # "prime" is no portfolio
        "secretary of state",  # an office word alone: no portfolio
        "state secretary",  # outlets' "US State Secretary": no deputy's post without a portfolio
        "press secretary",
    ],
)
def test_titles_not_read_as_offices(title: str) -> None:
    """A title with a word the vocabulary does not know, or without a portfolio, is not read."""
    assert offices.read(title) is None


def _title_findings(tmp_path: Path, *told: str) -> list[tuple[str, str, int]]:
    """Each title finding: person, status and outlets; one outlet's article per text."""
    return fact_findings(tmp_path, "role.title", *told)


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (  # one deputy's office four ways
            (
                "Deputy Trade Minister Ilse Varga arrived in Velm on Wednesday for the talks.",
                "Ilse Varga, the Undersecretary for Foreign Trade, arrived in Velm on Wednesday.",
                "Vice Minister of Trade Ilse Varga said on Wednesday that the quotas were fair.",
                "Norland's state secretary for commerce, Ilse Varga, reached Velm on Wednesday.",
            ),
            ("Ilse Varga", "agree", 4),
        ),
        (  # the office, its long name, who leads diplomacy, and the office beside another
            (
                "Foreign Minister Adaeze Okafor held talks with Lars Brekke in Tallinn on Monday.",
                "Adaeze Okafor, Norland's Minister of Foreign Affairs, met Lars Brekke on Monday.",
                "Norland's top diplomat, Adaeze Okafor, met Lars Brekke in Tallinn on Wednesday.",
                "Deputy Prime Minister and Foreign Minister Adaeze Okafor met Brekke on Wednesday.",
            ),
            ("Adaeze Okafor", "agree", 4),
        ),
    ],
)
def test_one_office_in_four_wordings_is_one_agreeing_finding(
    tmp_path: Path, told: tuple[str, ...], expected: tuple[str, str, int]
) -> None:
    """Four outlets name one office four ways: one finding of the person, agreeing, not split."""
    assert _title_findings(tmp_path, *told) == [expected]


@pytest.mark.usefixtures("people")
def test_a_role_in_the_talks_beside_an_office_is_compatible(tmp_path: Path) -> None:
    """A chief negotiator may be the deputy minister: one finding, compatible, no conflict."""
    found = _title_findings(
        tmp_path,
        "Deputy Trade Minister Ilse Varga arrived in Velm on Wednesday for the talks.",
        "Chief negotiator Ilse Varga said on Wednesday that a deal on quotas was close.",
    )
    assert found == [("Ilse Varga", "compatible", 2)]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("Deputy Trade Minister", "Trade Minister", "conflict"),
        ("Vice Minister of Trade", "Commerce Minister", "conflict"),
        ("Trade Minister", "Foreign Minister", "conflict"),
        ("Former Foreign Minister", "Minister of Foreign Affairs", "conflict"),
        ("Former Trade Minister", "Foreign Minister", "agree"),  # a career, no contradiction
        ("Deputy Trade Minister", "Deputy Commerce Minister", "agree"),
    ],
)
def test_offices_that_cannot_both_be_held(
    tmp_path: Path, first: str, second: str, status: str
) -> None:
    """Two ranks of one office, two portfolios, or former against current conflict."""
    found = _title_findings(
        tmp_path,
        f"{first} Ilse Varga arrived in Velm on Wednesday for talks on fishing quotas.",
        f"{second} Ilse Varga said on Wednesday that the quotas were fair.",
    )
    assert found == [("Ilse Varga", status, 2)]
