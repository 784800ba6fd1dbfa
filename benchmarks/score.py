"""Score a run's conflicts against a generated corpus's ground truth: recall and precision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

Key = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class Score:
    """How the reported conflicts match the injected ones."""

    injected: int
    reported: int
    matched: int
    #: Reported conflicts whose claims come from more than one story (never injected).
    cross_story: int

    @property
    def recall(self) -> float:
        """Share of injected conflicts that were reported."""
        return self.matched / self.injected if self.injected else 1.0

    @property
    def precision(self) -> float:
        """Share of reported conflicts that were injected."""
        return self.matched / self.reported if self.reported else 1.0


def injected_keys(truth: Mapping[str, Any]) -> set[Key]:
    """The (story, fact, subject) of every injected conflict."""
    return {(c["story"], c["fact"], tuple(c["subject"])) for c in truth["conflicts"]}


def story_of_articles(
    articles: pd.DataFrame, root: Path, truth: Mapping[str, Any]
) -> dict[str, str]:
    """Map article ids to the story their file was written for."""
    files: Mapping[str, str] = truth["files"]
    stories = {}
    for article_id, source in zip(articles["article_id"], articles["source"], strict=True):
        relative = Path(source).resolve().relative_to(root.resolve()).as_posix()
        stories[str(article_id)] = files[relative]
    return stories


def score(
    findings: pd.DataFrame,
    facts: pd.DataFrame,
    stories: Mapping[str, str],
    truth: Mapping[str, Any],
) -> Score:
    """Match each reported conflict to an injected one by story, fact and subject."""
    article_of = dict(zip(facts["claim_id"], facts["article_id"], strict=True))
    expected = injected_keys(truth)
    conflicts = findings[findings["status"] == "conflict"]
    found: set[Key] = set()
    cross = 0
    for fact, subject, claim_ids in zip(
        conflicts["fact"], conflicts["subject"], conflicts["claim_ids"], strict=True
    ):
        owners = {stories[article_of[c]] for c in claim_ids}
        if len(owners) != 1:
            cross += 1
            continue
        found.add((owners.pop(), str(fact), tuple(subject)))
    return Score(
        injected=len(expected),
        reported=len(conflicts),
        matched=len(found & expected),
        cross_story=cross,
    )


def misses(
    findings: pd.DataFrame,
    facts: pd.DataFrame,
    stories: Mapping[str, str],
    truth: Mapping[str, Any],
) -> tuple[list[Key], list[Key]]:
    """Injected conflicts not reported, and reported conflicts not injected (for debugging)."""
    article_of = dict(zip(facts["claim_id"], facts["article_id"], strict=True))
    expected = injected_keys(truth)
    conflicts = findings[findings["status"] == "conflict"]
    reported = {
        (",".join(sorted({stories[article_of[c]] for c in ids})), str(f), tuple(s))
        for f, s, ids in zip(
            conflicts["fact"], conflicts["subject"], conflicts["claim_ids"], strict=True
        )
    }
    return sorted(expected - reported), sorted(reported - expected)
