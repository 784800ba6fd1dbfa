"""The Dask engine gives the pandas engine's findings, on a cluster of two worker processes."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from benchmarks.generate import generate  # noqa: E402
from consistency.pipeline import run_check  # noqa: E402
from consistency.scale.dask_engine import run_check_dask  # noqa: E402
from tests.conftest import missing_corpus  # noqa: E402
from tests.test_engine_stories import (  # noqa: E402
    AUTUMN,
    FERRY_STORY,
    QUOTA_STORY,
    SPRING,
    UNDATED,
    _write,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "blinken-beijing-2023"
DEMO = ROOT / "consistency" / "demo_corpus"
COMPARED = ["finding_id", "status", "value", "outlets", "claim_ids"]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local cluster of two single-threaded worker processes."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _assert_same(corpus: Path, scheduler: str) -> None:
    """Both engines find the same findings (and the same articles and claims)."""
    expected = run_check([corpus])
    found = run_check_dask([corpus], scheduler=scheduler, partitions=3)
    pd.testing.assert_frame_equal(
        found.findings[COMPARED].reset_index(drop=True),
        expected.findings[COMPARED].reset_index(drop=True),
    )
    assert list(found.facts["claim_id"]) == list(expected.facts["claim_id"])
    # Values are worked out in the partitions, sources on a worker: every fact is the same.
    pd.testing.assert_frame_equal(
        found.facts.reset_index(drop=True), expected.facts.reset_index(drop=True)
    )
    assert found.sources is not None and expected.sources is not None
    pd.testing.assert_frame_equal(
        found.sources.reset_index(drop=True), expected.sources.reset_index(drop=True)
    )
    kept = ["article_id", "source", "url"]
    pd.testing.assert_frame_equal(
        found.articles[kept].reset_index(drop=True), expected.articles[kept].reset_index(drop=True)
    )
    assert found.warnings == expected.warnings
    pd.testing.assert_frame_equal(
        found.rejected.reset_index(drop=True), expected.rejected.reset_index(drop=True)
    )


@pytest.mark.corpus
def test_shared_corpus(scheduler: str) -> None:
    """The scraped pages of the shared corpus."""
    if not SHARED.is_dir():
        missing_corpus(SHARED)
    _assert_same(SHARED, scheduler)


def test_demo_corpus(scheduler: str) -> None:
    """The bundled demo corpus, whose non-article file is rejected the same way."""
    _assert_same(DEMO, scheduler)


def test_feed_rows(scheduler: str) -> None:
    """Feed rows built in partitions keep their urls, as the pandas engine's do."""
    feeds = ROOT / "tests" / "fixtures" / "feeds"
    _assert_same(feeds, scheduler)
    urls = run_check_dask([feeds], scheduler=scheduler, partitions=2).articles["url"]
    assert sorted(urls.dropna()) == [
        "https://harbour-evening.example/wire/fees",
        "https://www.calder-gazette.example/world/border-fees",
        "https://www.northlinewire.example/world/fees",
    ]


def test_synthetic_corpus(scheduler: str, tmp_path: Path) -> None:
    """A small generated corpus with conflicts, a repeated file and a sidecar with a stray row."""
    generate(tmp_path, 40, outlets=6, seed=3)
    first = sorted(tmp_path.rglob("*.txt"))[0]
    (tmp_path / "repeat.txt").write_bytes(first.read_bytes())
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,published\n{first.name},Sidecar Wire,\nmissing.txt,Nobody,\n",
        encoding="utf-8",
    )
    _assert_same(tmp_path, scheduler)


def test_standard_input_and_repeats_across_partitions(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input is read by the client, files where they are built.

    A repeat in another partition, and standard input named twice, are rejected as ingest
    rejects them.
    """
    generate(tmp_path, 12, outlets=4, seed=5)
    files = sorted(tmp_path.rglob("*.txt"))
    (tmp_path / "zz-repeat.txt").write_bytes(files[0].read_bytes())
    piped = files[1].read_bytes().replace(b"\n\n", b"\n\nPiped in.\n\n", 1)

    def stdin() -> io.TextIOWrapper:
        """A fresh standard input holding one article."""
        return io.TextIOWrapper(io.BytesIO(piped), encoding="utf-8")

    monkeypatch.setattr(sys, "stdin", stdin())
    expected = run_check([tmp_path, Path("-"), Path("-")])
    monkeypatch.setattr(sys, "stdin", stdin())
    found = run_check_dask([tmp_path, Path("-"), Path("-")], scheduler=scheduler, partitions=3)
    pd.testing.assert_frame_equal(
        found.findings[COMPARED].reset_index(drop=True),
        expected.findings[COMPARED].reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(
        found.rejected.reset_index(drop=True), expected.rejected.reset_index(drop=True)
    )
    assert found.warnings == expected.warnings
    assert "<stdin>" in set(found.articles["source"])
    reasons = dict(zip(found.rejected["source"], found.rejected["reason"], strict=True))
    assert reasons[str(tmp_path / "zz-repeat.txt")] == f"duplicate of {files[0]}"
    assert reasons["<stdin>"] == "standard input named twice; read once"


def test_two_meetings_of_the_same_people(scheduler: str, tmp_path: Path) -> None:
    """Durations are judged per meeting on Dask too: the event index spans every partition."""
    bodies = (
        "Dravonian Trade Minister Ilka Maresh held talks with Foreign Minister Aurel Demski on "
        "Monday. The talks between Maresh and Demski lasted two hours, officials said.\n\n"
        "Maresh and Demski met again on Tuesday. Their second meeting lasted six hours.",
        "Dravonia's Trade Minister Ilka Maresh held talks with Foreign Minister Aurel Demski on "
        "Monday. The talks between Maresh and Demski lasted two hours, a Tolvarian official "
        "said.\n\nMaresh and Demski met again on Tuesday, and that meeting lasted six hours.",
    )
    outlets = (("The Riverside Post", "September 18, 2024"), ("Ostravel Daily", "18 Sep 2024"))
    for name, (outlet, day), body in zip("ab", outlets, bodies, strict=True):
        text = f"{outlet}\n\nTalks in the capital\n\n{day}\n\n{body}\n\n{outlet}\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    _assert_same(tmp_path, scheduler)
    durations = run_check([tmp_path]).findings.query("rule == 'DU01'")
    by_value = dict(zip(durations["value"], durations["status"], strict=True))
    assert by_value == {120: "agree", 360: "agree"}, list(durations["summary"])


class _Row:
    """A claim row that notes every attribute anything asks it for."""

    asked: ClassVar[list[str]] = []

    def __getattr__(self, name: str) -> object:
        """Note the question; the row has no such attribute."""
        _Row.asked.append(name)
        raise AttributeError(name)


def test_rows_reach_a_task_without_dask_looking_through_them() -> None:
    """A task's bulky arguments are passed whole: Dask neither searches nor hashes each row.

    Searching and hashing every claim row cost ten times the rules' own work at 10k articles.
    """
    import dask

    from consistency.scale.dask_engine import _delayed, _literal

    _Row.asked.clear()
    task = _delayed(len, pure=True)(_literal([_Row(), _Row()], "rows"))
    with dask.config.set(scheduler="synchronous"):
        assert task.compute() == 2
    assert _Row.asked == []


def test_incident_words_learnt_per_story(scheduler: str, tmp_path: Path) -> None:
    """Two stories in one folder: each learns its incident nouns on Dask as in pandas."""
    _write(tmp_path, FERRY_STORY | QUOTA_STORY)
    _assert_same(tmp_path, scheduler)


def test_an_undated_article_placed_by_the_words_of_every_partition(
    scheduler: str, tmp_path: Path
) -> None:
    """Two stories and an undated article: its story is found from words read in parts."""
    _write(tmp_path, SPRING | AUTUMN | UNDATED)
    _assert_same(tmp_path, scheduler)


def test_long_sentences_said_in_the_articles_order(scheduler: str, tmp_path: Path) -> None:
    """Pages with sentences too long to read whole are said as by the pandas engine."""
    from benchmarks.growth import SHAPES, page

    for name, shape, size in (("c-long", 0, 10), ("a-short", 1, 4), ("b-long", 0, 8)):
        (tmp_path / f"{name}.txt").write_text(page(SHAPES[shape], size * 1024), encoding="utf-8")
    _assert_same(tmp_path, scheduler)
    found = run_check_dask([tmp_path], scheduler=scheduler, partitions=2).warnings
    assert [w.split(":")[0] for w in found if "read in pieces" in w] == ["b-long.txt", "c-long.txt"]


def test_partitions_hold_equal_text_not_equal_counts() -> None:
    """Ranges close at equal shares of the text, so a run of long pages is not one worker's."""
    from consistency.scale.dask_engine import _balanced

    assert _balanced([1] * 10, 3) == [(0, 3), (3, 7), (7, 10)]
    # Ten short pages after one long one: the long page is a partition of its own.
    assert _balanced([10, *[1] * 10], 2) == [(0, 1), (1, 11)]
    assert _balanced([1, 1, 1, 100], 3) == [(0, 1), (1, 2), (2, 4)]  # one item at least each
    assert _balanced([5], 3) == [(0, 1)]
    assert _balanced([], 2) == [(0, 0)]


def test_partitions_are_as_many_for_every_worker(scheduler: str) -> None:
    """3 partitions on 2 workers leave one with twice the reading: the count is a multiple."""
    from consistency.scale.dask_engine import FILES_PER_PARTITION, _partition_count

    with distributed.Client(scheduler):
        assert _partition_count(10) == 2
        assert _partition_count(2 * FILES_PER_PARTITION + 1) % 2 == 0
