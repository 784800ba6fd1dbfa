"""Each rule's YAML cases (claims per outlet in, status out); `pytest -k DT01` runs one rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from pandera.typing.pandas import DataFrame

from consistency.engine import Rule, evaluate, load_rules
from consistency.normalise.values import value_from_json
from consistency.schemas import FactSchema, validate

CASES_DIR = Path(__file__).parent / "rule_cases"
RULES = {rule.code: rule for rule in load_rules()}


def _cases() -> list[Any]:
    """Every case of every rule file, with ids like DT01_different_days."""
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            params.append(pytest.param(data["rule"], case, id=f"{data['rule']}_{name}"))
    return params


def facts_for(rule: Rule, claims: list[dict[str, Any]]) -> DataFrame[FactSchema]:
    """A valid facts table holding the given claims about one pair of people."""
    rows = []
    for number, claim in enumerate(claims):
        value = value_from_json(rule.fact, claim["value"])
        words = str(claim.get("text") or claim["value"])
        rows.append(
            {
                "claim_id": f"c{number}",
                "article_id": f"article-{number}",
                "outlet": claim["outlet"],
                "fact": rule.fact,
                "subject": ("Ana Example", "Ben Example"),
                "text": words,
                "start": 0,
                "end": 4,
                "sentence": words,
                "value_text": "" if claim["value"] is None else words,
                "hedged": bool(claim.get("hedged", False)),
                "tense": "past",
                "attribution": "",
                "published": "2023-06-20",
                "origin": claim["outlet"],
                "value": value.value,
                "precision": value.precision,
                "lo": value.lo,
                "hi": value.hi,
                "not_evaluated": value.not_evaluated,
            }
        )
    return validate(FactSchema, pd.DataFrame(rows))


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    """The rule gives the case's claims the case's status."""
    rule = RULES[code]
    findings = evaluate(facts_for(rule, case["claims"]), [rule])
    assert set(findings["status"]) == {case["status"]}, list(findings["summary"])


def test_every_rule_has_cases() -> None:
    """No rule ships without YAML cases."""
    covered = {path.stem for path in CASES_DIR.glob("*.yaml")}
    assert set(RULES) <= covered
