"""Cost grows with the text, not faster: long sentences and many claims, on inputs written here.

Each test times a step on a small and an eight times larger input (CPU time, best of three)
and bounds the ratio well above linear (8) and far below quadratic (64), so a loaded machine
does not fail it and a step that goes back to comparing every part with every other does.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.growth import SHAPES, page
from consistency.engine.events import EventIndex
from consistency.extract.counts import count_claims
from consistency.extract.document import Document
from consistency.extract.interactions import MEETING, _readings, _text_triggers
from consistency.extract.quotes import quoted_speakers
from consistency.extract.sentences import MAX_SENTENCE, split_sentences
from consistency.pipeline import run_check

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


def test_a_run_of_number_words_is_read_once() -> None:
    """A run like 'a a a' was read in each of its exponentially many splits into numbers."""

    def count(size: int) -> object:
        words = " ".join(["a"] * (size // 1000))
        return list(count_claims(Document.from_body(f"Item {size}: {words} here.", PUBLISHED)))

    assert _growth(count, 60) < BOUND


def test_count_after_a_long_run_of_number_words() -> None:
    """A number of words is still read whole, and a dozen words more do not make a count."""
    doc = Document.from_body("Officials said two hundred and fifty reporters came.", PUBLISHED)
    assert [c.value_text for c in count_claims(doc)] == ["two hundred and fifty"]
    doc = Document.from_body("Half an hour later, twelve ferries left the harbour.", PUBLISHED)
    assert [c.value_text for c in count_claims(doc)] == ["twelve"]


def _quoted_paragraph(quotes: int, tag: int) -> str:
    """One paragraph of many attributed quotations."""
    return " ".join(
        f'"We agreed on {i + tag} points of the plan today," said Minister {NAMES[i % 4]}.'
        for i in range(quotes)
    )


def test_quotations_of_one_long_paragraph_grow_linearly() -> None:
    """Each quotation finds its paragraph, speaker and mentions by search, not by scanning."""

    def speakers(size: int) -> object:
        doc = Document.from_body(_quoted_paragraph(size // 1000, size % 1000), PUBLISHED)
        return quoted_speakers(doc)

    assert _growth(speakers, 30) < BOUND
    doc = Document.from_body(_quoted_paragraph(8, 0), PUBLISHED)
    assert [speaker for _, _, speaker in quoted_speakers(doc)] == [NAMES[i % 4] for i in range(8)]


def test_a_long_sentence_is_read_in_pieces() -> None:
    """A sentence over the cap is cut after a comma into pieces under it, losing no word."""
    text = long_sentence(120)
    assert len(text) > 4 * MAX_SENTENCE
    pieces = split_sentences(text)
    assert len(pieces) > 4
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])
    assert " ".join(p.text for p in pieces).split() == text.split()
    assert all(text[p.start : p.end] == p.text for p in pieces)


def test_a_run_says_when_it_read_a_sentence_in_pieces(tmp_path: Path) -> None:
    """The cap on a sentence is a warning naming the page, and its meetings are still found."""
    (tmp_path / "long.txt").write_text(page(SHAPES[0], 8 * 1024), encoding="utf-8")
    (tmp_path / "short.txt").write_text(page(SHAPES[1], 4 * 1024), encoding="utf-8")
    result = run_check([tmp_path])
    pieces = [w for w in result.warnings if "read in pieces" in w]
    assert len(pieces) == 1 and pieces[0].startswith("long.txt: 1 sentence(s) longer than")
    assert (result.facts["fact"] == "meeting.date").sum() >= 5


def test_whole_run_grows_linearly(tmp_path: Path) -> None:
    """A page of one long sentence and one of many sentences, 8 times larger: at most 24x."""
    for shape in SHAPES:

        def check(size: int, shape: str = shape) -> object:
            folder = tmp_path / f"{shape}-{size}"
            folder.mkdir()
            (folder / "page.txt").write_text(page(shape, size // 1000), encoding="utf-8")
            return run_check([folder])

        run_check([tmp_path / "none"])  # imports and data files, before any timing
        assert _growth(check, 8 * 1024) < BOUND, shape
