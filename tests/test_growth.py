"""Cost grows with the text, not faster: long sentences and many claims, on inputs written here.

Each test times a step on a small and an eight times larger input (CPU time, best of three)
and bounds the ratio well above linear (8) and far below quadratic (64), so a loaded machine
does not fail it and a step that goes back to comparing every part with every other does.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from consistency.engine.events import EventIndex
from consistency.extract.document import Document
from consistency.extract.interactions import MEETING, _readings, _text_triggers

PUBLISHED = dt.date(2031, 3, 12)
NAMES = ("Adaeze Okafor", "Lars Brekke", "Mira Solvang", "Tomas Varga")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
#: Eight times the input may cost at most this many times as much.
BOUND = 24.0


def _cpu(step: Callable[[int], object], size: int) -> float:
    """The least CPU time of three runs of a step on an input of a size."""
    best = float("inf")
    for attempt in range(3):
        began = time.process_time()
        step(size * 1000 + attempt)  # a new input each run, so no cache answers it
        best = min(best, time.process_time() - began)
    return max(best, 1e-4)


def _growth(step: Callable[[int], object], small: int) -> float:
    """How many times the cost of a step grows when its input grows eight times."""
    return _cpu(step, small * 8) / _cpu(step, small)


def long_sentence(clauses: int, tag: int = 0) -> str:
    """One sentence of many meetings joined by "and", each with its day and length."""
    parts = [
        f"Minister {NAMES[i % 4]} met President {NAMES[(i + 1) % 4]} on {DAYS[i % 5]} "
        f"for two hours and held talks with {NAMES[(i + 2) % 4]} in Tallinn"
        for i in range(clauses)
    ]
    return f"Report {tag}: " + ", and ".join(parts) + "."


def test_readings_of_one_long_sentence_grow_linearly() -> None:
    """Each value phrase finds its meeting word once, not once per meeting word (was cubic)."""

    def read(size: int) -> object:
        text = long_sentence(size // 1000, size % 1000)
        return _readings(text, MEETING, _text_triggers(text, MEETING))

    assert _growth(read, 40) < BOUND


def _dated_rows(count: int, tag: int) -> list[dict[str, Any]]:
    """Dated claims of one article and one subject, all in one long sentence."""
    return [
        {
            "article_id": f"a{tag}",
            "start": 40 * i,
            "sentence": "one long sentence",
            "lo": 1.0,
            "subject": ("Lars Brekke", "Mira Solvang"),
        }
        for i in range(count)
    ]


def test_event_of_many_claims_in_one_sentence_grows_linearly() -> None:
    """A claim finds its nearest date by a search, not by reading every date of its sentence."""

    def look_up(size: int) -> object:
        rows = _dated_rows(size // 1000, size % 1000)
        index = EventIndex()
        index.add(("Lars Brekke", "Mira Solvang"), [(f"day{i % 7}", rows[i::7]) for i in range(7)])
        return [index.event_of(row) for row in rows]

    assert _growth(look_up, 500) < BOUND


def test_event_of_takes_the_nearest_date_of_its_sentence() -> None:
    """The nearest date in the sentence wins; on a tie the earlier one, as before the index."""
    rows = [
        {"article_id": "a", "start": s, "sentence": "s", "lo": 1.0, "subject": ("A", "B")}
        for s in (10, 30, 30, 70)
    ]
    index = EventIndex()
    index.add(("A", "B"), [("x", rows[:1]), ("z", rows[1:2]), ("y", rows[2:3]), ("w", rows[3:])])
    probe = {"article_id": "a", "sentence": "s", "subject": ("A", "B")}
    # Main event is the earliest key of the largest part ("w"): it reads as None.
    nearest = [index._nearest({**probe, "start": s}, ("A", "B")) for s in (0, 20, 29, 50, 69)]
    assert nearest == ["x", "x", "y", "y", "w"]


def test_document_of_a_long_sentence_keeps_its_meetings() -> None:
    """A long sentence still yields its meetings' people (the speed-up keeps what it finds)."""
    doc = Document.from_body(long_sentence(6), PUBLISHED)
    text = doc.sentences[0].text
    readings = _readings(text, MEETING, _text_triggers(text, MEETING))
    assert len(readings) == 12
    dates = [dict(r.phrases)["meeting.date"] for r in readings if not r.is_noun]
    assert [d[2] for d in dates if d is not None] == [f"on {DAYS[i % 5]}" for i in range(6)]
