"""Stories: one run over a folder of several stories keeps each story's claims to itself."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from consistency.engine.stories import STORY_GAP_DAYS, stories
from consistency.pipeline import run_check
from consistency.schemas import CheckResult

# Two visits of the same two ministers, six months apart, each told by two outlets in their
# own words; a third outlet gives no date line, so it must find its story by what it tells.
SPRING = {
    "a1": (
        "The Harbour Courier",
        "March 12, 2024",
        "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn "
        "on Tuesday. The talks between Okafor and Brekke lasted three hours, officials said.",
        "Brekke said the two countries would reopen the ferry line across the strait.",
    ),
    "a2": (
        "Meridian Wire",
        "13 Mar 2024",
        "Okafor, the foreign minister, held talks with Lars Brekke in Tallinn on Tuesday. "
        "The talks between Okafor and Brekke lasted three hours, a spokesman told reporters.",
        "Shipping firms have waited two years for the ferry service to resume its crossings.",
    ),
}
AUTUMN = {
    "b1": (
        "The Harbour Courier",
        "September 18, 2024",
        "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Vardo "
        "on Monday. The talks between Okafor and Brekke lasted five hours, officials said.",
        "The fisheries accord sets cod and herring quotas for the northern sea.",
    ),
    "b2": (
        "Meridian Wire",
        "19 Sep 2024",
        "Okafor, the foreign minister, held talks with Lars Brekke in Vardo on Monday. The "
        "talks between Okafor and Brekke lasted two hours, according to a harbour official.",
        "Trawler crews in Vardo said the new cod quotas came too late for this season.",
    ),
}
UNDATED = {
    "b3": (
        "Northgate Observer",
        "",
        "Adaeze Okafor held talks with Lars Brekke in Vardo on Monday, and the talks between "
        "Okafor and Brekke lasted five hours, a Vardo harbour official said.",
        "Fishermen in Vardo welcomed the cod and herring quotas of the accord.",
    ),
}


def _write(folder: Path, articles: Mapping[str, Sequence[str]]) -> None:
    """Article files: outlet, headline, date line (when given), two paragraphs, footer."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, dateline, *paragraphs) in articles.items():
        lines = [outlet, "Ministers meet again", *([dateline] if dateline else []), *paragraphs]
        (folder / f"{name}.txt").write_text("\n\n".join([*lines, outlet]) + "\n", "utf-8")


def _story_of(result: CheckResult) -> dict[str, str]:
    """Each claim's story, named by its article file's first letter ("a" spring, "b" autumn)."""
    source = dict(zip(result.articles["article_id"], result.articles["source"], strict=True))
    return {
        str(claim): Path(str(source[article])).name[0]
        for claim, article in zip(result.facts["claim_id"], result.facts["article_id"], strict=True)
    }


def _verdicts(result: CheckResult, claims: set[str] | None = None) -> set[tuple[Any, ...]]:
    """Each finding as (fact, status, its claims), keeping only findings among `claims`."""
    return {
        (fact, status, tuple(sorted(ids)))
        for fact, status, ids in _columns(result.findings, "fact", "status", "claim_ids")
        if claims is None or set(ids) <= claims
    }


def _columns(frame: pd.DataFrame, *names: str) -> list[tuple[Any, ...]]:
    """The rows of some columns of a table, as tuples."""
    return list(zip(*(frame[name].tolist() for name in names), strict=True))


def test_claims_of_two_stories_never_meet_in_a_finding(tmp_path: Path) -> None:
    """The same ministers' visits months apart: every finding holds one visit's claims."""
    _write(tmp_path, SPRING | AUTUMN | UNDATED)
    result = run_check([tmp_path])
    story = _story_of(result)
    for ids, summary in _columns(result.findings, "claim_ids", "summary"):
        assert len({story[c] for c in ids}) == 1, summary
    titles = result.findings[result.findings["fact"] == "role.title"]
    assert len(titles) == 2 and titles["finding_id"].is_unique


def test_each_story_alone_gives_the_findings_it_gives_among_others(tmp_path: Path) -> None:
    """Checking a story alone or in a folder with another gives the same findings."""
    _write(tmp_path / "all", SPRING | AUTUMN | UNDATED)
    _write(tmp_path / "spring", SPRING)
    _write(tmp_path / "autumn", AUTUMN | UNDATED)
    together = run_check([tmp_path / "all"])
    for part in ("spring", "autumn"):
        alone = run_check([tmp_path / part])
        assert _verdicts(alone) == _verdicts(together, set(alone.facts["claim_id"]))


def test_an_undated_article_joins_the_story_it_shares_words_with(tmp_path: Path) -> None:
    """The undated article's five hours join the autumn visit, in conflict with two hours."""
    _write(tmp_path, SPRING | AUTUMN | UNDATED)
    findings = run_check([tmp_path]).findings
    durations = findings[findings["fact"] == "meeting.duration"]
    by_outlets = {len(o): s for o, s in zip(durations["outlets"], durations["status"], strict=True)}
    assert by_outlets == {2: "agree", 3: "conflict"}, list(durations["summary"])


def _facts(articles: dict[str, tuple[str | None, str]]) -> pd.DataFrame:
    """The columns stories() reads, one claim per article: its day and its sentence."""
    rows = [
        {
            "article_id": article,
            "published": day,
            "sentence": sentence,
            "subject": ("Adaeze Okafor", "Lars Brekke"),
        }
        for article, (day, sentence) in articles.items()
    ]
    return pd.DataFrame(rows)


def test_publication_days_close_together_are_one_story() -> None:
    """Days in a run without a long gap are one story, and one story keeps every key empty."""
    told = stories(_facts({"a": ("2024-03-01", "x"), "b": ("2024-03-08", "y"), "c": (None, "z")}))
    assert told.of_article == {}


def test_a_gap_of_more_than_the_window_starts_a_new_story() -> None:
    """The first day after a long gap starts a story; the key is its first day."""
    later = f"2024-03-{2 + STORY_GAP_DAYS + 1:02d}"
    told = stories(_facts({"a": ("2024-03-01", "x"), "b": ("2024-03-02", "y"), "c": (later, "z")}))
    assert told.of_article == {"a": "2024-03-01", "b": "2024-03-01", "c": later}


def test_an_undated_article_that_shares_no_distinctive_word_stands_alone() -> None:
    """Words both stories use weigh nothing: the undated article is a story of its own."""
    told = stories(
        _facts(
            {
                "a": ("2024-03-01", "Talks about the ferry line in Tallinn"),
                "b": ("2024-09-01", "Talks about the cod quotas in Vardo"),
                "c": (None, "Talks were held"),
                "d": (None, "The quotas for cod were agreed in Vardo"),
            }
        )
    )
    assert told.of_article["c"] == "undated:c"
    assert told.of_article["d"] == "2024-09-01"


# Two stories each telling of an incident in words the other uses too ("ferry"): a word one
# story names an incident with must not make the other story's sentences incidents.
FERRY_STORY = {
    "c1": (
        "The Harbour Courier",
        "May 6, 2025",
        "Minister Ilse Varga met Minister Tomas Renn in Velm on Monday.",
        "They spoke about the ferry collision last February, officials said.",
    ),
    "c2": (
        "Meridian Wire",
        "7 May 2025",
        "Ilse Varga held talks with Tomas Renn in Velm on Monday.",
        "Renn raised the ferry collision in February, a spokesman said.",
    ),
}
QUOTA_STORY = {
    "d1": (
        "The Harbour Courier",
        "October 14, 2025",
        "Minister Ilse Varga met Minister Tomas Renn in Kestra on Monday.",
        "The ferry service to Kestra resumed in June, harbour officials said.",
    ),
    "d2": (
        "Meridian Wire",
        "15 Oct 2025",
        "Ilse Varga held talks with Tomas Renn in Kestra on Monday.",
        "The ferry service to the island restarted in July, a harbour official said.",
    ),
}


def _claims(result: CheckResult) -> set[tuple[str, tuple[str, ...], str]]:
    """Each claim as (fact, subject, text)."""
    return set(_columns(result.facts, "fact", "subject", "text"))


def test_incident_words_are_learnt_per_story(tmp_path: Path) -> None:
    """A folder of two stories gives each the claims and findings of its run alone."""
    _write(tmp_path / "all", FERRY_STORY | QUOTA_STORY)
    _write(tmp_path / "ferry", FERRY_STORY)
    _write(tmp_path / "quota", QUOTA_STORY)
    together = run_check([tmp_path / "all"])
    story = _story_of(together)
    for part, letter in (("ferry", "c"), ("quota", "d")):
        alone = run_check([tmp_path / part])
        ours = {c for c, s in story.items() if s == letter}
        assert ours == set(alone.facts["claim_id"])
        assert _verdicts(alone) == _verdicts(together, ours)
    # The ferry service's dates are no incident's, alone or among the other story's articles.
    incidents = together.facts[together.facts["fact"] == "event.date"]
    assert sorted(incidents["value_text"]) == ["in February", "last February"]
