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

from consistency.datafiles import key_lines, parse_yaml
from consistency.engine.comparators import comparator_for
from consistency.engine.rule import OPTIONS, Option, Rule, RuleError
from consistency.schemas import SEVERITIES

_CODE = re.compile(r"^[A-Z]{2,4}\d{2,3}$")
_NAME = re.compile(r"^[a-z]+(?:[._][a-z]+)+$")
_FACT = re.compile(r"^[a-z]+(?:\.[a-z_]+)*$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUIRED = ("code", "name", "summary", "fact", "compare", "severity", "message", "hint", "examples")
OPTIONAL = ("tolerance", "options", "listed_as")
#: The names a message template may use.
PLACEHOLDERS = frozenset({"subject", "details"})
#: The examples every rule gives, as text for people and, optionally, as articles to run.
EXAMPLES = ("agree", "conflict")
#: An optional third example: values that differ only in precision, compatible.
OPTIONAL_EXAMPLES = ("compatible",)
EXAMPLE_KEYS = (*EXAMPLES, *OPTIONAL_EXAMPLES, "articles")
ARTICLE_KEYS = frozenset({"outlet", "published", "text"})

#: Where in the file a problem is (the keys leading to it) and what it is.
Problem = tuple[tuple[str | int, ...], str]


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
    """Read and check one rule file against the rule schema; a problem names its line."""
    try:
        text = path.read_text(encoding="utf-8")
        data = parse_yaml(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read rule file: {_first_line(error)}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of keys to values")
    problems = list(_problems(data))
    if problems:
        lines = key_lines(text)
        raise RuleError("; ".join(f"{path}:{_line(lines, at)}: {what}" for at, what in problems))
    known = {k: data[k] for k in REQUIRED}
    rule = Rule(
        **known,
        tolerance=float(data.get("tolerance", 0)),
        options=dict(data.get("options") or {}),
        path=str(path),
        listed_as=str(data.get("listed_as") or data["fact"]),
    )
    # A rule is only usable when its comparator loads: a broken one is reported with the
    # file, before any article is read.
    comparator_for(rule)
    return rule


def _line(lines: dict[tuple[str | int, ...], int], at: tuple[str | int, ...]) -> int:
    """The line of the innermost key of `at` the file has (line 1 for a missing key)."""
    while at and at not in lines:
        at = at[:-1]
    return lines.get(at, 1)


def _problems(data: dict[str, Any]) -> Iterable[Problem]:
    """What is wrong with a rule mapping, one phrase per problem, with where it is."""
    for key in REQUIRED:
        if key not in data or data[key] in (None, ""):
            yield (), f"missing '{key}'"
    for key in sorted(set(data) - set(REQUIRED) - set(OPTIONAL), key=str):
        yield (key,), f"unknown key '{key}' (known: {', '.join((*REQUIRED, *OPTIONAL))})"
    if "code" in data and not _CODE.match(str(data["code"])):
        yield ("code",), f"code '{data['code']}' must be letters then digits, like DT01"
    if "name" in data and not _NAME.match(str(data["name"])):
        yield (
            ("name",),
            f"name '{data['name']}' must be dotted lower case, like meeting.date.mismatch",
        )
    for key in ("fact", "listed_as"):
        if key in data and not _FACT.match(str(data[key])):
            yield (key,), f"{key} '{data[key]}' must be a dotted fact name, like meeting.date"
    if "severity" in data and data["severity"] not in SEVERITIES:
        yield ("severity",), f"severity '{data['severity']}' must be one of {', '.join(SEVERITIES)}"
    for key in REQUIRED:
        if key != "examples" and data.get(key) not in (None, "") and not _is_text(data[key]):
            yield (key,), f"'{key}' must be text"
    if _is_text(data.get("message")):
        yield from _at(("message",), _template_problems(str(data["message"])))
    yield from _example_problems(data.get("examples"))
    yield from (
        (("tolerance",), p) for p in _number_problems("tolerance", data.get("tolerance", 0))
    )
    options = data.get("options")
    if options is not None and not isinstance(options, dict):
        yield ("options",), "options must be a mapping of names to values"
    elif options:
        yield from _option_problems(options)


def _at(where: tuple[str | int, ...], problems: Iterable[str]) -> Iterable[Problem]:
    """The problems, each placed at `where`."""
    return ((where, problem) for problem in problems)


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


def _example_problems(examples: object) -> Iterable[Problem]:
    """An examples mapping without one agreeing and one conflicting text, or with bad articles."""
    if examples is None:
        return
    if not (isinstance(examples, dict) and set(EXAMPLES) <= set(examples)):
        yield ("examples",), "examples must give one 'agree' and one 'conflict' example"
        return
    if not all(_is_text(examples[k]) for k in EXAMPLES):
        yield ("examples",), "examples 'agree' and 'conflict' must be text"
    for key in sorted(set(examples) - set(EXAMPLE_KEYS), key=str):
        yield (
            ("examples", key),
            f"unknown key '{key}' in examples (known: agree, conflict, compatible, articles)",
        )
    articles = examples.get("articles")
    if articles is not None:
        yield from _articles_problems(articles)


def _articles_problems(articles: object) -> Iterable[Problem]:
    """The examples as articles: for agree and conflict, outlets' articles to run end to end."""
    at: tuple[str | int, ...] = ("examples", "articles")
    allowed = set(EXAMPLES) | set(OPTIONAL_EXAMPLES)
    if not (isinstance(articles, dict) and set(EXAMPLES) <= set(articles) <= allowed):
        yield at, "examples articles must map 'agree' and 'conflict' to lists of articles"
        return
    for example in sorted(articles, key=str):
        listed = articles[example]
        if not (isinstance(listed, list) and len(listed) >= 2):
            yield (*at, example), f"examples articles {example} must list two articles or more"
            continue
        for number, article in enumerate(listed):
            yield from _article_problems(article, (*at, example, number))


def _article_problems(article: object, at: tuple[str | int, ...]) -> Iterable[Problem]:
    """One example article: an outlet, a publication day and the text, all text."""
    if not (isinstance(article, dict) and set(article) == ARTICLE_KEYS):
        yield at, "an example article is a mapping of outlet, published and text"
        return
    for key in ("outlet", "text"):
        if not (_is_text(article[key]) and article[key].strip()):
            yield (*at, key), f"example article {key} must be text"
    # Quoted, so that YAML keeps it text: an unquoted 2024-03-11 would be read as a date.
    if not (_is_text(article["published"]) and _DAY.match(article["published"])):
        yield (*at, "published"), "example article published must be a quoted 'YYYY-MM-DD'"


def _number_problems(key: str, value: object, whole: bool = False) -> Iterable[str]:
    """A value that must be a number (`whole`: a whole number) of zero or more but is not."""
    # bool is an int in Python, but `tolerance: yes` is a mistake, not a 1.
    kinds = int if whole else int | float
    if isinstance(value, bool) or not isinstance(value, kinds):
        yield f"{key} '{value}' must be a {'whole ' if whole else ''}number"
    elif math.isnan(value) or value < 0:
        yield f"{key} {value} must be zero or more"


def _option_problems(options: dict[str, Any]) -> Iterable[Problem]:
    """Options that are not in the rule schema (OPTIONS), or whose values it does not allow."""
    for key, value in options.items():
        option = OPTIONS.get(key)
        if option is None:
            known = ", ".join(sorted(OPTIONS))
            yield ("options", key), f"unknown option '{key}' (known: {known})"
        else:
            yield from _at(("options", key), _value_problems(key, option, value))
    if options.get("cluster") == "dated" and "dated_by" not in options:
        yield (
            ("options", "cluster"),
            "option cluster 'dated' needs dated_by, the date fact that tells events apart",
        )


def _value_problems(key: str, option: Option, value: object) -> Iterable[str]:
    """What is wrong with one option's value, given the kind of value the schema says it holds."""
    name = f"option {key}"
    if option.kind in ("number", "count"):
        yield from _number_problems(name, value, whole=option.kind == "count")
    elif option.kind == "choice" and value not in option.choices:
        yield f"{name} '{value}' must be one of {', '.join(sorted(option.choices))}"
    elif option.kind == "fact" and not (isinstance(value, str) and _FACT.match(value)):
        yield f"{name} '{value}' must be a dotted fact name, like meeting.date"
    elif option.kind == "words" and not _words(value):
        yield f"{name} must be a list of words"
    elif option.kind == "word_lists" and not (
        isinstance(value, dict) and all(_words(v) for v in value.values())
    ):
        yield f"{name} must map each name to a list of the words that name it"


def _words(value: object) -> bool:
    """Tell whether a YAML value is a list of strings."""
    return isinstance(value, list) and all(_is_text(v) for v in value)


def _first_line(error: Exception) -> str:
    """The first line of an error's message."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
