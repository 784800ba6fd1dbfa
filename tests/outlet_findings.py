"""Up to four outlets' articles on one invented day, one text each: the findings of one fact."""

from __future__ import annotations

from pathlib import Path

from consistency.pipeline import run_check
from tests.test_engine_stories import _write

OUTLETS = ("Harbour Courier", "Meridian Wire", "Northgate Observer", "Baltic Post")


def fact_findings(
    tmp_path: Path, fact: str, *told: str, intro: str = ""
) -> list[tuple[str, str, int]]:
    """Each finding of `fact`, sorted: its first subject, its status and its outlets' count.

    Outlet n writes `told[n]`, after `intro` when one is given.
    """
    _write(
        tmp_path,
        {
            f"o{n}": (OUTLETS[n], "March 20, 2031", *([intro] if intro else []), text)
            for n, text in enumerate(told)
        },
    )
    findings = run_check([tmp_path]).findings
    chosen = findings[findings["fact"] == fact]
    return sorted(
        (str(subject[0]), str(status), len(set(outlets)))
        for subject, status, outlets in zip(
            chosen["subject"], chosen["status"], chosen["outlets"], strict=True
        )
    )
