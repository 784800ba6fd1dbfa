"""The real-text benchmark corpus: marked copies of pages, and one small measurement."""

from __future__ import annotations

from pathlib import Path

from benchmarks import realtext
from benchmarks.targets import check_targets

PAGE = (
    " date 2026-02-10\nThe Quay Courier\n\nMinister Ines Var met envoy Tor Lund on Monday. "
    "The talks lasted 2.5 hours.\nThey will meet again in May.\n"
)


def test_each_copy_marks_every_sentence_with_its_own_token() -> None:
    """A token unique to the copy, page and sentence sits before each full stop; decimals stay."""
    first, second = realtext.marked(PAGE, 0), realtext.marked(PAGE, 1, page=4)
    assert "on Monday zq0p0x0." in first and "2.5 hours zq0p0x1." in first
    assert "May zq1p4x2." in second
    assert first.count("zq0p0x") == 3 and "2.5" in second


def test_build_writes_every_page_copies_times_and_reuses_them(tmp_path: Path) -> None:
    """Pages of every story folder, each copied; a second build reads what is there."""
    for story in ("one", "two"):
        (tmp_path / "src" / story).mkdir(parents=True)
        (tmp_path / "src" / story / "000_a.txt").write_text(PAGE, encoding="utf-8")
    written = realtext.build(tmp_path / "src", tmp_path / "out", copies=3)
    assert len(written) == 6 and len({p.read_text() for p in written}) == 6
    assert realtext.build(tmp_path / "src", tmp_path / "out", copies=3) == sorted(written)


def test_a_small_measurement_gives_both_passes_and_their_targets(tmp_path: Path) -> None:
    """The tool and the naive pass are both timed in CPU seconds and checked against targets."""
    (tmp_path / "src" / "story").mkdir(parents=True)
    (tmp_path / "src" / "story" / "000_a.txt").write_text(PAGE, encoding="utf-8")
    run = realtext.measure(tmp_path / "src", tmp_path / "work", copies=2, sample=1)
    assert run.files == 2 and run.check_cpu_s > 0 and run.naive_cpu_s > 0
    assert run.megabytes > 0 and run.naive_files == 1
    names = [v["target"] for v in check_targets([], run.figures())]
    assert names == ["real text: MB per CPU s >= 0.5", "real text: x naive >= 20.0"]
