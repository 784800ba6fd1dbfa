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
    """An articles-like table of ids, outlets and bodies (texts without chrome)."""
    rows = [
        {"article_id": key, "outlet": outlet, "raw_text": text, "chrome": "[]"}
        for key, (outlet, text) in bodies.items()
    ]
    return pd.DataFrame(rows)


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


# A long standing paragraph many articles carry (a newsletter blurb, a house disclaimer).
BOILERPLATE = " ".join(
    f"Readers of section {n} can write to the desk about the coverage they found unclear, "
    f"and every letter about part {n} is answered within the week by an editor."
    for n in range(12)
)


def _own_text(seed: int) -> str:
    """A passage as long as the blurb that no other article shares."""
    return " ".join(f"token{seed}x{n}" for n in range(300)) + "."


def test_copies_are_found_among_articles_sharing_boilerplate() -> None:
    """Sixty articles sharing a blurb stay apart; the two that also share their text merge.

    The blurb's shingles are in more sketches than the boilerplate limit, so the copies can
    only be paired by the shingles of their own text.
    """
    bodies = {f"n{i:02d}": (f"Outlet {i % 7}", BOILERPLATE + " " + _own_text(i)) for i in range(60)}
    bodies["copy"] = ("Outlet 99", BOILERPLATE + " " + _own_text(3))
    found = origins(_articles(bodies))
    assert found["copy"] == found["n03"] == "Outlet 3 = Outlet 99 (one syndicated story)"
    assert {found[f"n{i:02d}"] for i in range(60) if i != 3} == {f"Outlet {i}" for i in range(7)}
