"""Wire copies: near-identical bodies from different outlets count as one source."""

from __future__ import annotations

import pandas as pd

from consistency.normalise.syndication import origins, resemblance, sketch

STORY = (
    "Foreign Minister Ilse Varga met President Tomas Renn in the capital on Monday, and the "
    "two agreed to reopen the consulates closed after last year's row over fishing quotas. "
    "Varga arrived on Sunday for a three-day visit, the first by a minister since 2019. "
    "Officials said the talks lasted four hours and ended with a joint statement on trade."
)
OTHER = (
    "The harbour authority said on Tuesday that ferry crossings would resume next week after "
    "repairs to the northern pier, which was damaged in a winter storm. Operators expect "
    "the first sailings to be fully booked as seasonal workers return to the islands."
)


def _articles(bodies: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """An articles-like table of ids, outlets and bodies."""
    return pd.DataFrame([{"article_id": k, "outlet": o, "body": b} for k, (o, b) in bodies.items()])


def test_copies_under_other_chrome_are_one_source() -> None:
    """The same wire story printed by two outlets, each with its own chrome, is one origin."""
    table = _articles(
        {
            "a": ("Harbour Post", "Menu Home World\n" + STORY + "\nMore stories"),
            "b": (
                "Valley Daily",
                "Subscribe Log in\n" + STORY.replace("Monday", "Monday ") + "\n©",
            ),
            "c": ("Harbour Post", OTHER),
        }
    )
    found = origins(table)
    assert found["a"] == found["b"] == "Harbour Post = Valley Daily (one syndicated story)"
    assert found["c"] == "Harbour Post"


def test_different_stories_do_not_resemble() -> None:
    """Unrelated bodies share almost no shingles."""
    assert resemblance(sketch(STORY), sketch(OTHER)) < 0.1
    assert resemblance(sketch(STORY), sketch(STORY)) == 1.0
