"""Load rule definitions, one YAML file per rule, and check each against the rule schema."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from consistency.schemas import SEVERITIES

_CODE = re.compile(r"^[A-Z]{2,4}\d{2,3}$")
_NAME = re.compile(r"^[a-z]+(?:[._][a-z]+)+$")
_FACT = re.compile(r"^[a-z]+(?:\.[a-z_]+)*$")
REQUIRED = ("code", "name", "summary", "fact", "compare", "severity", "message", "hint", "examples")


class RuleError(ValueError):
    """A rule file that cannot be used, with the file and the problem in one line."""


@dataclass(frozen=True)
class Rule:
    """How one fact's claims compare, and what editors are told about them."""

    code: str
    name: str
    summary: str
    fact: str
    compare: str
    severity: str
    message: str
    hint: str
    examples: dict[str, Any]
    tolerance: float = 0.0
    options: dict[str, Any] = field(default_factory=dict)
    path: str = ""


def default_rules_dir() -> Path:
    """The rule pack shipped with the package (the repository's rules/ in a checkout)."""
    packaged = Path(str(resources.files("consistency"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def load_rules(extra_dirs: Sequence[Path] = ()) -> list[Rule]:
    """The default rules plus those in `extra_dirs`.

    One rule judges each fact: a rule from a later folder replaces an earlier rule with the
    same code or for the same fact, so a newsroom can tighten or loosen any default.
    """
    by_fact: dict[str, Rule] = {}
    for directory in (default_rules_dir(), *extra_dirs):
        if not directory.is_dir():
            raise RuleError(f"{directory}: not a folder of rule files")
        for rule in _load_dir(directory):
            by_fact = {f: r for f, r in by_fact.items() if r.code != rule.code}
            by_fact[rule.fact] = rule
    return sorted(by_fact.values(), key=lambda r: r.code)


def _load_dir(directory: Path) -> Iterable[Rule]:
    """Every rule file in one folder, in name order."""
    for path in sorted(directory.glob("*.y*ml")):
        yield load_rule(path)


def load_rule(path: Path) -> Rule:
    """Read and check one rule file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read rule file: {_first_line(error)}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of keys to values")
    problems = list(_problems(data))
    if problems:
        raise RuleError(f"{path}: {'; '.join(problems)}")
    known = {k: data[k] for k in REQUIRED}
    return Rule(
        **known,
        tolerance=float(data.get("tolerance", 0)),
        options=dict(data.get("options") or {}),
        path=str(path),
    )


def _problems(data: dict[str, Any]) -> Iterable[str]:
    """What is wrong with a rule mapping, one phrase per problem."""
    for key in REQUIRED:
        if key not in data or data[key] in (None, ""):
            yield f"missing '{key}'"
    if "code" in data and not _CODE.match(str(data["code"])):
        yield f"code '{data['code']}' must be letters then digits, like DT01"
    if "name" in data and not _NAME.match(str(data["name"])):
        yield f"name '{data['name']}' must be dotted lower case, like meeting.date.mismatch"
    if "fact" in data and not _FACT.match(str(data["fact"])):
        yield f"fact '{data['fact']}' must be a dotted fact name, like meeting.date"
    if "severity" in data and data["severity"] not in SEVERITIES:
        yield f"severity '{data['severity']}' must be one of {', '.join(SEVERITIES)}"
    examples = data.get("examples")
    if examples is not None and not (
        isinstance(examples, dict) and {"agree", "conflict"} <= set(examples)
    ):
        yield "examples must give one 'agree' and one 'conflict' example"
    unknown = set(data) - set(REQUIRED) - {"tolerance", "options"}
    if unknown:
        yield f"unknown keys: {', '.join(sorted(unknown))}"


def _first_line(error: Exception) -> str:
    """The first line of an error's message."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
