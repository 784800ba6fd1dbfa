"""Visits dated by another person's: "arrived on the same day as X", "left a day after X"."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
import pytest

from consistency.extract.document import Document
from consistency.extract.visits import visit_claims
from consistency.normalise.relative import resolve_relative_visits
from consistency.normalise.values import normalise_value

PUBLISHED = "2031-03-12"


def _row(
    article: str,
    person: str,
    text: str,
    published: str = PUBLISHED,
    fact: str = "visit.dates",
) -> dict[str, Any]:
    """A visit fact row as normalise makes it, its value read from `text`."""
    value = normalise_value(fact, text, dt.date.fromisoformat(published), "past")
    return {
        "claim_id": f"{article}-{person}",
        "article_id": article,
        "fact": fact,
        "subject": (person,),
        "value_text": text,
        "published": published,
        "value": value.value,
        "precision": value.precision,
        "lo": value.lo,
        "hi": value.hi,
        "not_evaluated": value.not_evaluated,
    }


def _resolved(*rows: dict[str, Any]) -> list[Any]:
    """Each row's value after relative visits are dated."""
    return resolve_relative_visits(pd.DataFrame(list(rows)))["value"].tolist()


@pytest.mark.parametrize(
    "body",
    [
        "Trade Minister Ines Morrow arrived on the same day as Brekke.",
        "Trade Minister Ines Morrow arrived in Tallinn on the same day as Lars Brekke.",
        "Trade Minister Ines Morrow landed a day after Brekke.",
    ],
)
def test_an_arrival_told_by_another_persons_is_a_visit_claim(body: str) -> None:
    """The claim is the visitor's, its value phrase the verb and the other person."""
    (claim,) = list(visit_claims(Document.from_body(body, dt.date(2031, 3, 12))))
    assert claim.subject == ("Ines Morrow",)
    assert "Brekke" in claim.value_text


def test_the_same_day_as_another_arrival_in_the_article() -> None:
    """The other person's first day in the same article dates the claim."""
    values = _resolved(
        _row("a", "Lars Brekke", "arrived in Tallinn on Monday"),
        _row("a", "Ines Morrow", "arrived on the same day as Brekke"),
    )
    assert values[1] == {"start": "2031-03-10", "end": None}


def test_a_day_after_another_arrival_in_another_article_of_the_story() -> None:
    """Without it in the article, the story's other articles (a week apart at most) date it."""
    values = _resolved(
        _row("a", "Lars Brekke", "arrived in Tallinn on Monday"),
        _row("b", "Lars Brekke", "landed in Tallinn on March 10"),
        _row("c", "Ines Morrow", "arrived a day after Brekke", "2031-03-13"),
        _row("d", "Oriel Banet", "arrived two days before Brekke", "2031-05-20"),
    )
    assert values[2] == {"start": "2031-03-11", "end": None}
    assert values[3] is None  # two months later: another story


def test_no_date_for_the_other_person_leaves_it_unevaluated() -> None:
    """A person the corpus never dates gives no day: the claim stays without a value."""
    frame = resolve_relative_visits(
        pd.DataFrame([_row("a", "Ines Morrow", "arrived on the same day as Brekke")])
    )
    assert frame["value"].tolist() == [None]
    assert math.isnan(frame["lo"].tolist()[0])
    assert frame["not_evaluated"].tolist()[0] != ""


def test_a_departure_told_by_another_persons_is_a_departure() -> None:
    """Flying home a day after another person is a departure, dated by that one's departure."""
    body = "Trade Minister Ines Morrow flew home a day after Brekke."
    (claim,) = list(visit_claims(Document.from_body(body, dt.date(2031, 3, 12))))
    assert claim.fact == "visit.departure"
    values = _resolved(
        _row("a", "Lars Brekke", "arrived in Tallinn on Monday"),
        _row("a", "Lars Brekke", "on Tuesday", fact="visit.departure"),
        _row("a", "Ines Morrow", claim.value_text, fact="visit.departure"),
    )
    assert values[2] == "2031-03-12"
