"""Match the facts of an editor's expected.yaml against a run's findings and claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from rapidfuzz import fuzz

from consistency.engine.rule_files import load_rules
from consistency.knowledge import fold
from consistency.schemas import CheckResult

# "(schedule, future tense)" style remarks in expected texts are the editor's, not the page's.
_REMARK = re.compile(r"\s*\([^)]*\)\s*$")
# A quoted sentence matches the editor's text when rapidfuzz finds it this closely inside.
QUOTE_MATCH = 90
_STRAIGHT = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"'}


@dataclass(frozen=True)
class ExpectedFact:
    """One fact an editor lists, with its observations and verdict."""

    index: int
    data: dict[str, Any]

    @property
    def fact(self) -> str:
        """The dotted fact name."""
        return str(self.data["fact"])

    @property
    def test_id(self) -> str:
        """A readable pytest id: fact and people."""
        who = "+".join(self.data.get("who", [])) or str(self.data.get("what", ""))[:30]
        return f"{self.index:02d}-{self.fact}-{who}".replace(" ", "_")


def expected_path(folder: Path) -> Path:
    """A corpus's expected.yaml: in the folder, or beside the fixtures for the packaged demo."""
    if folder.name == "demo_corpus":
        return Path(__file__).parent / "fixtures" / "corpora" / "demo-expected.yaml"
    return folder / "expected.yaml"


def load_expected(folder: Path) -> dict[str, Any]:
    """The parsed expected.yaml of a corpus folder."""
    return dict(yaml.safe_load(expected_path(folder).read_text(encoding="utf-8")))


def expected_facts(folder: Path) -> list[ExpectedFact]:
    """Every fact of a corpus's expected.yaml, numbered in file order."""
    if not expected_path(folder).is_file():
        return []
    return [ExpectedFact(i, f) for i, f in enumerate(load_expected(folder)["facts"])]


# The editor quotes each trap's exact page text in double quotes inside the trap's prose.
_QUOTED = re.compile(r'"([^"]+)"')


def trap_phrases(folder: Path) -> list[str]:
    """The page texts a corpus's `traps` quote, without a trailing ellipsis."""
    if not expected_path(folder).is_file():
        return []
    traps = load_expected(folder).get("traps", [])
    return [
        phrase.removesuffix("...").removesuffix("…")
        for trap in traps
        for phrase in _QUOTED.findall(str(trap))
    ]


def article_ids_by_prefix(result: CheckResult) -> dict[str, str]:
    """Map a file-name prefix (e.g. "001") and the full file name to the article id."""
    ids: dict[str, str] = {}
    for source, article_id in zip(
        result.articles["source"], result.articles["article_id"], strict=True
    ):
        name = Path(source).name
        ids[name] = article_id
        ids[name.split("_")[0]] = article_id
    return ids


def article_key(observation: dict[str, Any]) -> str:
    """The observation's article as a file-name prefix; YAML reads 001 as the number 1."""
    article = observation["article"]
    return f"{article:03d}" if isinstance(article, int) else str(article)


def plain_quotes(text: str) -> str:
    """Text with curly quotes and apostrophes made straight, as editors type them."""
    return text.translate(_STRAIGHT)


def text_pieces(text: str) -> list[str]:
    """The verbatim pieces of an expected text ("A ... B (remark)" -> ["A", "B"])."""
    bare = plain_quotes(_REMARK.sub("", text))
    return [p.strip() for p in bare.split("...") if p.strip()]


def holds(sentence: str, pieces: list[str]) -> bool:
    """Tell whether a sentence contains every piece, quotes made straight."""
    plain = plain_quotes(sentence)
    return all(p in plain for p in pieces)


@cache
def _listed() -> dict[str, str]:
    """The fact each rule's claims are listed under (a departure under visit.dates)."""
    return {rule.fact: rule.listed_fact for rule in load_rules()}


def claims_for(result: CheckResult, expected: ExpectedFact) -> pd.DataFrame:
    """The claims of the expected fact's kind about the expected people."""
    facts = result.facts
    listed = _listed()
    rows = facts[_mask([listed.get(f, f) == expected.fact for f in facts["fact"]], facts)]
    who = expected.data.get("who")
    if who:
        rows = rows[_mask([set(s) == set(who) for s in rows["subject"]], rows)]
    return rows


def finding_for(result: CheckResult, expected: ExpectedFact) -> pd.Series | None:
    """The finding of the expected fact: same fact and people, holding the observed claims."""
    findings = result.findings[result.findings["fact"] == expected.fact]
    who = expected.data.get("who")
    if who:
        findings = findings[_mask([set(s) == set(who) for s in findings["subject"]], findings)]
    if len(findings) == 1:
        return findings.iloc[0]
    claim_ids = set(_observed_claims(result, expected)["claim_id"])
    matches = findings[
        _mask([bool(claim_ids & set(ids)) for ids in findings["claim_ids"]], findings)
    ]
    return matches.iloc[0] if len(matches) == 1 else None


def observed_claim_ids(result: CheckResult, expected: ExpectedFact) -> set[str]:
    """The ids of the claims whose sentences hold the expected fact's observation texts."""
    return set(_observed_claims(result, expected)["claim_id"])


def _observed_claims(result: CheckResult, expected: ExpectedFact) -> pd.DataFrame:
    """Claims of the fact's kind whose sentence holds one of the observation texts."""
    rows = claims_for(result, expected)
    ids = article_ids_by_prefix(result)
    keep: list[int] = []
    for obs in expected.data["observations"]:
        article = ids.get(article_key(obs))
        pieces = text_pieces(str(obs["text"]))
        for index, row in rows.iterrows():
            if row["article_id"] == article and _says(expected.fact, row, pieces):
                keep.append(int(str(index)))
    return rows.loc[sorted(set(keep))]


def matching_claim(
    result: CheckResult, expected: ExpectedFact, observation: dict[str, Any], claim_ids: set[str]
) -> pd.DataFrame:
    """Claims of the finding from the observation's article whose sentence holds its text."""
    facts = result.facts
    article = article_ids_by_prefix(result).get(article_key(observation))
    rows = facts[(facts["article_id"] == article) & facts["claim_id"].isin(claim_ids)]
    pieces = text_pieces(str(observation["text"]))
    return rows[_mask([_says(expected.fact, row, pieces) for _, row in rows.iterrows()], rows)]


def _mask(flags: list[bool], frame: pd.DataFrame) -> pd.Series:
    """A row mask; an empty list would otherwise select no columns rather than no rows."""
    return pd.Series(flags, index=frame.index, dtype=bool)


def _says(fact: str, row: pd.Series, pieces: list[str]) -> bool:
    """Tell whether a claim carries the observed text: in its sentence, or for a quote its words.

    An editor's "A / B" lists alternatives: either may be the one the claim carries.
    """
    if any(" / " in p for p in pieces):
        return any(_says(fact, row, text_pieces(a)) for p in pieces for a in p.split(" / "))
    if fact == "quote.text":
        quoted = fold(plain_quotes(str(row["text"])))
        return any(fuzz.partial_ratio(quoted, fold(p)) >= QUOTE_MATCH for p in pieces)
    return holds(str(row["sentence"]), pieces)


def expected_value(observation: dict[str, Any]) -> Any:
    """The normalised value an observation expects, as the facts table writes it."""
    if "value_minutes" in observation and "bound" not in observation:
        return observation["value_minutes"]
    if "value_start" in observation:
        return {"start": str(observation["value_start"])}
    if "value_end" in observation:
        return {"end": str(observation["value_end"])}
    if observation.get("bound") == "lower":
        return {"min": observation["value_minutes"]}
    value = observation.get("value")
    if value is None:
        return None
    if isinstance(value, list):
        return {"start": str(value[0]), "end": str(value[1])}
    return value if isinstance(value, int) and value > 1000 and value < 3000 else str(value)


def same_value(actual: Any, expected: Any) -> bool:
    """Compare a facts-table value with an expected one: numbers by value, the rest as text."""
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        return float(actual) == float(expected)
    if isinstance(actual, str) and isinstance(expected, str):
        return fold(actual) == fold(expected)
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            same_value(actual.get(k), v) for k, v in expected.items()
        )
    return str(actual) == str(expected)
