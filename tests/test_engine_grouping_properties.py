"""Properties of how claims are grouped into findings, over generated runs of several stories.

Whatever the articles say: the order they are read in and the names of their outlets change
no finding's claims or status, and an article repeating a claim already made adds no finding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pandera.typing.pandas import DataFrame

from consistency.engine import evaluate, load_rules
from consistency.normalise.values import value_from_json
from consistency.schemas import FactSchema, validate

RULES = [r for r in load_rules() if r.code in ("DT01", "DU01", "PL01", "RT01")]
BY_FACT = {rule.fact: rule for rule in RULES}
OUTLETS = ["Alpha Post", "Beta Wire", "Gamma Times", "Delta News", "Echo Daily"]
PAIRS = [("Adaeze Okafor", "Lars Brekke"), ("Adaeze Okafor", "Mira Solvang")]
# Two stories of the same people six months apart, each with its own place and words.
STORIES = [(dt.date(2024, 3, 4), "Tallinn ferry"), (dt.date(2024, 9, 16), "Vardo quotas")]


@st.composite
def articles(draw: Any) -> list[dict[str, Any]]:
    """Articles of two stories: each an outlet, a day (or none) and a few claims."""
    made = []
    for number in range(draw(st.integers(min_value=1, max_value=7))):
        day, words = STORIES[draw(st.integers(0, 1))]
        published = day + dt.timedelta(days=draw(st.integers(0, 3)))
        claims = draw(st.lists(claim(day, words), min_size=1, max_size=4))
        made.append(
            {
                "article_id": f"art{number}",
                "outlet": draw(st.sampled_from(OUTLETS)),
                "published": None if draw(st.booleans()) and number else published.isoformat(),
                "claims": claims,
            }
        )
    return made


@st.composite
def claim(draw: Any, day: dt.date, words: str) -> dict[str, Any]:
    """One claim of a story: a meeting's day, length or place, or a title."""
    pair = draw(st.sampled_from(PAIRS))
    fact = draw(st.sampled_from(sorted(BY_FACT)))
    if fact == "meeting.date":
        offset = draw(st.sampled_from([0, 0, -1, -300]))
        value: Any = (day + dt.timedelta(days=offset)).isoformat()
    elif fact == "meeting.duration":
        value = draw(st.sampled_from([120, 180, {"min": 120, "max": None}]))
    elif fact == "meeting.place":
        value = draw(st.sampled_from([words.split()[0], "Harbour House"]))
    else:
        value, pair = draw(st.sampled_from(["foreign minister", "trade minister"])), pair[:1]
    again = draw(st.sampled_from(["", "", " and met again"]))
    return {"fact": fact, "subject": pair, "value": value, "sentence": f"{words} talks{again}"}


def facts_of(made: list[dict[str, Any]]) -> DataFrame[FactSchema]:
    """The facts table of generated articles, rows in article order."""
    rows = []
    for article in made:
        for index, found in enumerate(article["claims"]):
            value = value_from_json(found["fact"], found["value"])
            rows.append(
                {
                    "claim_id": f"{article['article_id']}-{index}",
                    "article_id": article["article_id"],
                    "outlet": article["outlet"],
                    "fact": found["fact"],
                    "subject": tuple(found["subject"]),
                    "text": found["sentence"],
                    "start": 100 * index,
                    "end": 100 * index + 20,
                    "sentence": found["sentence"],
                    "value_text": "words",
                    "hedged": False,
                    "tense": "past",
                    "attribution": "",
                    "published": article["published"],
                    "origin": article["outlet"],
                    "value": value.value,
                    "precision": value.precision,
                    "lo": value.lo,
                    "hi": value.hi,
                    "not_evaluated": value.not_evaluated,
                }
            )
    return validate(FactSchema, pd.DataFrame(rows))


def findings_of(made: list[dict[str, Any]]) -> set[tuple[frozenset[str], str]]:
    """Each finding as its claims and its status."""
    findings = evaluate(facts_of(made), RULES)
    return {
        (frozenset(ids), str(status))
        for ids, status in zip(findings["claim_ids"], findings["status"], strict=True)
    }


@settings(max_examples=40, deadline=None)
@given(articles(), st.randoms())
def test_reading_articles_in_another_order_changes_no_finding(made: Any, rng: Any) -> None:
    """Shuffled articles give the same findings, each with the same claims and status."""
    shuffled = list(made)
    rng.shuffle(shuffled)
    assert findings_of(shuffled) == findings_of(made)


@settings(max_examples=40, deadline=None)
@given(articles(), st.permutations(OUTLETS))
def test_renaming_outlets_changes_no_finding(made: Any, names: list[str]) -> None:
    """Outlets are interchangeable: renamed, every finding keeps its claims and status."""
    rename = dict(zip(OUTLETS, names, strict=True))
    renamed = [a | {"outlet": rename[a["outlet"]]} for a in made]
    assert findings_of(renamed) == findings_of(made)


@settings(max_examples=40, deadline=None)
@given(articles(), st.data())
def test_an_article_repeating_a_claim_adds_no_finding(made: Any, data: Any) -> None:
    """Another outlet's article repeating a claim, on its article's day, joins its finding.

    It repeats the days that date the claim in its own article too: a meeting's length
    without them belongs to the story's main meeting, which may not have a finding yet. An
    undated article finds its story by its words, so a repeat of one repeats all its claims.
    """
    source = data.draw(st.sampled_from(made))
    repeated = data.draw(st.sampled_from(source["claims"]))
    # A length is repeated with the days that date it in its article. A day is repeated alone:
    # two days of one article each given by a second outlet are two meetings by design
    # (engine/clusters.py), which is new evidence, not a repeat.
    dating = [
        c
        for c in source["claims"]
        if c["fact"] == "meeting.date" and c is not repeated and repeated["fact"] != "meeting.date"
    ]
    # An undated article is repeated whole, but for its other days (as above).
    days = sorted(str(c["value"]) for c in source["claims"] if c["fact"] == "meeting.date")
    # An undated article of two days cannot be repeated: whole, its second day is new evidence
    # (a second meeting, as above); without that day, its lengths and places may belong to
    # the other meeting. Neither is a repeat.
    assume(source["published"] or len(set(days)) < 2)
    day = repeated["value"] if repeated["fact"] == "meeting.date" else next(iter(days), None)
    whole = [c for c in source["claims"] if c["fact"] != "meeting.date" or c["value"] == day]
    claims = [repeated, *dating] if source["published"] else whole
    # An outlet with no other article: one that has one may change its account by repeating
    # another's claim (its later article on a day counts), which is a change, not a repeat.
    echo = source | {"article_id": "echo", "outlet": "Foxtrot Press", "claims": claims}
    before = findings_of(made)
    after = findings_of([*made, echo])
    assert len(after) == len(before)
    echoed = {f"echo-{i}" for i in range(len(echo["claims"]))}
    assert {ids - echoed for ids, _ in after} == {ids for ids, _ in before}
