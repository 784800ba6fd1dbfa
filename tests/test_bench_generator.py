"""The benchmark's generator writes what its ground truth says, and the checker agrees with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.generate import TRUTH, generate
from benchmarks.measure import STAGES, measure
from benchmarks.run import fastest
from benchmarks.score import score, story_of_articles
from consistency.pipeline import run_check


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated corpus."""
    root = tmp_path_factory.mktemp("bench")
    generate(root, 60, outlets=6, seed=11, conflict_rate=0.5)
    return root


def _truth(corpus: Path) -> dict[str, object]:
    """The corpus's ground truth."""
    loaded: dict[str, object] = json.loads((corpus / TRUTH).read_text(encoding="utf-8"))
    return loaded


def test_truth_lists_every_file(corpus: Path) -> None:
    """Every article file is in the truth, with its story, and nothing else is."""
    files = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt")}
    truth = _truth(corpus)
    listed: dict[str, str] = truth["files"]  # type: ignore[assignment]
    assert files == set(listed)
    assert truth["articles"] == len(files) == 60


def test_articles_are_realistic_size(corpus: Path) -> None:
    """Pages are 3 to 6 KB, chrome included."""
    sizes = [p.stat().st_size for p in corpus.rglob("*.txt")]
    assert min(sizes) >= 3000 and max(sizes) <= 6000


def test_conflicts_name_a_covering_outlet_and_two_values(corpus: Path) -> None:
    """Each injected conflict is by an outlet that covers the story, with a changed value."""
    truth = _truth(corpus)
    files: dict[str, str] = truth["files"]  # type: ignore[assignment]
    conflicts: list[dict[str, str]] = truth["conflicts"]  # type: ignore[assignment]
    assert conflicts
    for conflict in conflicts:
        pages = [name for name, story in files.items() if story == conflict["story"]]
        assert len(pages) >= 3
        slug = "-".join(conflict["outlet"].lower().replace("the ", "").split())
        assert any(name.endswith(f"-{slug}.txt") for name in pages)
        assert conflict["true_value"] != conflict["reported_value"]


def test_checker_sees_the_injected_values(corpus: Path) -> None:
    """The conflicting outlet's claim carries the reported value; the others the true one."""
    result = run_check([corpus])
    truth = _truth(corpus)
    stories = story_of_articles(result.articles, corpus, truth)
    facts = result.facts.assign(story=[stories[a] for a in result.facts["article_id"]])
    conflicts: list[dict[str, object]] = truth["conflicts"]  # type: ignore[assignment]
    for conflict in conflicts:
        about = pd.Series([list(s) == conflict["subject"] for s in facts["subject"]], facts.index)
        rows = facts[
            (facts["story"] == conflict["story"])
            & (facts["fact"] == conflict["fact"])
            & about
            & facts["value"].notna()
        ]
        values = {
            str(v if not isinstance(v, float) else int(v))
            for v, o in zip(rows["value"], rows["outlet"], strict=True)
            if o == conflict["outlet"]
        }
        others = {
            str(v)
            for v, o in zip(rows["value"], rows["outlet"], strict=True)
            if o != conflict["outlet"] and not isinstance(v, dict)
        }
        assert values == {conflict["reported_value"]}
        assert others <= {conflict["true_value"]}  # the others may give a bound instead


def test_checker_finds_the_injected_conflicts(corpus: Path) -> None:
    """The pipeline reports the injected conflicts and no others on this corpus."""
    result = run_check([corpus])
    truth = _truth(corpus)
    stories = story_of_articles(result.articles, corpus, truth)
    found = score(result.findings, result.facts, stories, truth)
    assert found.injected > 0
    assert found.recall == 1.0 and found.precision == 1.0
    assert found.cross_story == 0


def test_relative_weekdays_are_anchored_to_publication(corpus: Path) -> None:
    """Weekday phrases are used, and every page carries its publication day."""
    pages = [p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")]
    assert any(re.search(r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", p) for p in pages)
    assert all(re.search(r"date \d{4}-\d{2}-\d{2}|\d{2} \w{3} \d{4} \d\d:\d\d", p) for p in pages)


def test_benchmark_measures_every_stage_and_the_naive_pass(corpus: Path, tmp_path: Path) -> None:
    """One benchmark measurement of the small corpus gives every figure the table prints."""
    figures = measure(corpus, tmp_path / "reports", naive_sample=2)
    assert figures["articles"] == 60 and figures["bytes"] > 0
    assert set(figures["seconds"]) == set(STAGES)
    assert all(seconds > 0 for seconds in figures["seconds"].values())
    assert figures["naive"]["sampled"] == 2 and figures["naive"]["seconds"] > 0
    assert figures["recall"] == figures["precision"] == 1.0
    assert (tmp_path / "reports" / "report.json").is_file()
    assert all(seconds > 0 for seconds in figures["reference_seconds"])


def test_repeated_runs_keep_the_fastest_with_every_total_and_the_highest_peak() -> None:
    """Of two runs of one size, the figures are the faster's; memory is the larger peak."""
    slow = {"articles": 10, "total_seconds": 9.0, "peak_rss_mb": 300.0, "recall": 1.0}
    quick = {"articles": 10, "total_seconds": 6.0, "peak_rss_mb": 280.0, "recall": 1.0}
    kept = fastest([slow, quick])
    assert kept["total_seconds"] == 6.0
    assert kept["repeats"] == [9.0, 6.0]
    assert kept["peak_rss_mb"] == 300.0
