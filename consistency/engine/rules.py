"""Load rule definitions, one YAML file per rule, and check each against the rule schema."""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from consistency.datafiles import parse_yaml
from consistency.engine.comparators import comparator_for
from consistency.engine.rule import Rule, RuleError
from consistency.schemas import SEVERITIES

_CODE = re.compile(r"^[A-Z]{2,4}\d{2,3}$")
_NAME = re.compile(r"^[a-z]+(?:[._][a-z]+)+$")
_FACT = re.compile(r"^[a-z]+(?:\.[a-z_]+)*$")
REQUIRED = ("code", "name", "summary", "fact", "compare", "severity", "message", "hint", "examples")
#: The names a message template may use.
PLACEHOLDERS = frozenset({"subject", "details"})
#: How a rule may split one fact's claims (see clusters.py).
CLUSTERS = frozenset({"events", "dated", "kinds", "words", "wording"})
#: Options that are numbers (thresholds, days) and can never be negative.
NUMERIC_OPTIONS = ("window_days", "cluster_threshold", "same", "variant")


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
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read rule file: {_first_line(error)}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of keys to values")
    problems = list(_problems(data))
    if problems:
        raise RuleError(f"{path}: {'; '.join(problems)}")
    known = {k: data[k] for k in REQUIRED}
    rule = Rule(
        **known,
        tolerance=float(data.get("tolerance", 0)),
        options=dict(data.get("options") or {}),
        path=str(path),
    )
    # A rule is only usable when its comparator loads: a broken one is reported with the
    # file, before any article is read.
    comparator_for(rule)
    return rule


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
    for key in REQUIRED:
        if key != "examples" and data.get(key) not in (None, "") and not _is_text(data[key]):
            yield f"'{key}' must be text"
    if _is_text(data.get("message")):
        yield from _template_problems(str(data["message"]))
    yield from _example_problems(data.get("examples"))
    yield from _number_problems("tolerance", data.get("tolerance", 0))
    options = data.get("options")
    if options is not None and not isinstance(options, dict):
        yield "options must be a mapping of names to values"
    elif options:
        yield from _option_problems(options)
    unknown = set(data) - set(REQUIRED) - {"tolerance", "options"}
    if unknown:
        yield f"unknown keys: {', '.join(sorted(unknown))}"


def _is_text(value: object) -> bool:
    """Tell whether a YAML value is a string (not a list, mapping or number)."""
    return isinstance(value, str)


def _template_problems(message: str) -> Iterable[str]:
    """Placeholders in a message template that are malformed or not known."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError as error:
        yield f"message template is malformed: {error}"
        return
    for name in fields:
        if name not in PLACEHOLDERS:
            allowed = ", ".join(f"{{{p}}}" for p in sorted(PLACEHOLDERS))
            yield f"message placeholder '{{{name}}}' is not one of {allowed}"


def _example_problems(examples: object) -> Iterable[str]:
    """An examples mapping without one agreeing and one conflicting text."""
    if examples is None:
        return
    if not (isinstance(examples, dict) and {"agree", "conflict"} <= set(examples)):
        yield "examples must give one 'agree' and one 'conflict' example"
    elif not all(_is_text(examples[k]) for k in ("agree", "conflict")):
        yield "examples 'agree' and 'conflict' must be text"


def _number_problems(key: str, value: object) -> Iterable[str]:
    """A value that must be a number of zero or more but is not."""
    # bool is an int in Python, but `tolerance: yes` is a mistake, not a 1.
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield f"{key} '{value}' must be a number"
    elif math.isnan(value) or value < 0:
        yield f"{key} {value} must be zero or more"


def _option_problems(options: dict[str, Any]) -> Iterable[str]:
    """Options a rule's comparator or clustering could not use."""
    cluster = options.get("cluster")
    if cluster is not None and cluster not in CLUSTERS:
        yield f"option cluster '{cluster}' must be one of {', '.join(sorted(CLUSTERS))}"
    for key in NUMERIC_OPTIONS:
        if key in options:
            yield from _number_problems(f"option {key}", options[key])
    kinds = options.get("kinds")
    if kinds is not None and not (
        isinstance(kinds, dict) and all(isinstance(v, list) for v in kinds.values())
    ):
        yield "option kinds must map each kind to a list of the words that name it"
    if cluster == "dated" and not (
        isinstance(options.get("dated_by"), str) and _FACT.match(options["dated_by"])
    ):
        yield "option cluster 'dated' needs dated_by, the date fact that tells events apart"


def _first_line(error: Exception) -> str:
    """The first line of an error's message."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
