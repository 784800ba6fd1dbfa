"""Two outlets' articles on one invented meeting, each with one sentence more: their findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from consistency.pipeline import run_check
from tests.test_engine_stories import _write

#: Invented outlets, in the order outlets_findings gives them their sentences.
OUTLETS = ("Harbour Courier", "Meridian Wire", "Lakeside Post", "Evening Star")


def two_outlet_statuses(
    tmp_path: Path, told: tuple[str, str], year: int, topic: str, keep: Callable[[str], bool]
) -> list[str]:
    """The sorted statuses of the findings whose subject has a name `keep` accepts.

    Both articles tell the same meeting on a Wednesday of March `year` about `topic` (their
    own words differ, as two outlets' do), then one sentence each of `told`.
    """
    articles = {
        "o1": (
            "Harbour Courier",
            f"March 20, {year}",
            "Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in"
            f" Tallinn on Wednesday about the {topic}.",
            told[0],
        ),
        "o2": (
            "Meridian Wire",
            f"20 Mar {year}",
            "Okafor, the foreign minister, met Lars Brekke in the Estonian capital on Wednesday"
            f" for a second round of {topic.split()[-1]} talks.",
            told[1],
        ),
    }
    _write(tmp_path, articles)
    findings = run_check([tmp_path]).findings
    return sorted(
        status
        for status, subject in zip(findings["status"], findings["subject"], strict=True)
        if any(keep(str(name)) for name in subject)
    )


def outlets_findings(
    tmp_path: Path, dateline: str, opening: str | Sequence[str], told: Sequence[str]
) -> pd.DataFrame:
    """The findings of one article per told sentence, each by another outlet (OUTLETS).

    Every article is dated `dateline` and opens with `opening` (or its own of a sequence),
    then tells its sentence.
    """
    openings = [opening] * len(told) if isinstance(opening, str) else list(opening)
    _write(
        tmp_path,
        {
            f"o{n}": (outlet, dateline, first, sentence)
            for n, (outlet, first, sentence) in enumerate(
                zip(OUTLETS, openings, told, strict=False)
            )
        },
    )
    return run_check([tmp_path]).findings
