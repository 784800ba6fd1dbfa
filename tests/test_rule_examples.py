"""Every rule's `examples:` run end to end: its articles read, and the verdict the example names."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from consistency.engine import Rule, load_rules
from consistency.pipeline import run_check

RULES = load_rules()
#: The verdicts each example stands for: the agree example may also be only compatible.
EXPECTED = {"agree": {"agree", "compatible"}, "conflict": {"conflict"}}
#: A rule may also give values that differ only in precision: they must be compatible.
OPTIONAL = {"compatible": {"compatible"}}


def _examples() -> list[Any]:
    """Each rule's agree and conflict example, with ids like DT01_conflict."""
    return [
        pytest.param(rule, example, id=f"{rule.code}_{example}")
        for rule in RULES
        for example in (*EXPECTED, *(e for e in OPTIONAL if e in rule.examples))
    ]


def write_articles(folder: Path, articles: list[dict[str, str]]) -> Path:
    """The example's articles as text files, their outlets and days in a sources.csv beside."""
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as sources:
        table = csv.writer(sources)
        table.writerow(["file", "outlet", "published"])
        for number, article in enumerate(articles):
            name = f"{number:03d}.txt"
            (folder / name).write_text(article["text"] + "\n", encoding="utf-8")
            table.writerow([name, article["outlet"], article["published"]])
    return folder


@pytest.mark.parametrize(("rule", "example"), _examples())
def test_example_gives_its_verdict(tmp_path: Path, rule: Rule, example: str) -> None:
    """The example's articles, checked, give the rule's fact the example's verdict."""
    articles = rule.examples["articles"][example]
    result = run_check([write_articles(tmp_path, articles)])
    findings = result.findings[result.findings["rule"] == rule.code]
    statuses = set(findings["status"])
    summaries = list(findings["summary"])
    assert statuses, f"{rule.code} {example}: no finding for {rule.fact}"
    # Listed under the fact an editor lists them under (a sum of money under quantity).
    assert set(findings["fact"]) == {rule.listed_fact}
    if example in ("agree", "compatible"):
        assert statuses <= {**EXPECTED, **OPTIONAL}[example], summaries
    else:
        assert "conflict" in statuses, summaries


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_gives_its_examples_as_articles(rule: Rule) -> None:
    """A shipped rule's examples are runnable: both have articles from two outlets or more."""
    articles = rule.examples.get("articles") or {}
    assert set(EXPECTED) <= set(articles) <= set(EXPECTED) | set(OPTIONAL)
    for listed in articles.values():
        assert len({a["outlet"] for a in listed}) >= 2
