"""Broken rule files fail at load time with one line naming the file and the problem."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.engine import RuleError, evaluate, load_rules
from consistency.engine import comparators as comparator_module
from consistency.engine.rule import OPTIONS
from consistency.engine.rule_files import load_rule
from tests.test_rule_cases import facts_for

CUSTOM = Path(__file__).parent / "fixtures" / "custom_rules"
VALID = (CUSTOM / "XQ01.yaml").read_text(encoding="utf-8")
COMPARE = "compare: tests.fixtures.custom_comparators:within_one"


def _write(folder: Path, text: str) -> Path:
    """A rule file in `folder` holding `text`."""
    path = folder / "XQ01.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ((COMPARE, COMPARE + "\ntolerance: abc"), "tolerance 'abc' must be a number"),
        ((COMPARE, COMPARE + "\ntolerance: -1"), "tolerance -1 must be zero or more"),
        ((COMPARE, COMPARE + '\noptions: "notamap"'), "options must be a mapping"),
        ((COMPARE, COMPARE + "\noptions: {same: -5}"), "option same -5 must be zero or more"),
        ((COMPARE, COMPARE + "\noptions: {cluster: days}"), "option cluster 'days'"),
        (("{subject} that", "{nosuch} that"), "placeholder '{nosuch}' is not one of"),
        (("{details}", "{details"), "message template is malformed"),
        (
            ("summary: Counts of the same thing that differ by more than one.", "summary: [a, b]"),
            "'summary' must be text",
        ),
        ((COMPARE, "compare: os.path:join"), "comparator 'os.path:join' must be a function"),
        ((COMPARE, "compare: os.path:nosuch"), "cannot load comparator 'os.path:nosuch'"),
        ((COMPARE, "compare: nosuch.module:f"), "cannot load comparator 'nosuch.module:f'"),
        ((COMPARE, "compare: nearby"), "unknown comparator 'nearby'"),
        ((COMPARE, COMPARE + "\noptions: {sme: 10}"), "unknown option 'sme' (known: "),
        ((COMPARE, COMPARE + "\noptions: {negation_scope: 2.5}"), "must be a whole number"),
        ((COMPARE, COMPARE + "\noptions: {ranks: deputy}"), "option ranks must be a list"),
        ((COMPARE, COMPARE + "\noptions: {kinds: {visit: trip}}"), "option kinds must map"),
        ((COMPARE, COMPARE + "\noptions: {dated_by: Date}"), "option dated_by 'Date' must be"),
        ((COMPARE, COMPARE + "\nseverty: high"), "unknown key 'severty' (known: code, "),
        (("  conflict:", "  disagree: x\n  conflict:"), "unknown key 'disagree' in examples"),
    ],
)
def test_broken_rule_file_fails_at_load(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    """Each mistake is a RuleError on one line that names the file, never a traceback."""
    old, new = change
    assert old in VALID
    path = _write(tmp_path, VALID.replace(old, new, 1))
    with pytest.raises(RuleError) as caught:
        load_rule(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert problem in message and "\n" not in message, message


def test_cli_reports_a_broken_rule_folder_as_an_error(tmp_path: Path) -> None:
    """The CLI prints `error: <file>: <problem>` and exits 2, without a traceback."""
    path = _write(tmp_path, VALID.replace(COMPARE, COMPARE + "\ntolerance: abc"))
    result = CliRunner().invoke(app, ["rules", "--rules", str(tmp_path)])
    assert result.exit_code == 2
    assert f"error: {path}" in result.output and "Traceback" not in result.output


class _BrokenEntryPoint(importlib.metadata.EntryPoint):
    """An installed comparator whose package fails when imported."""

    def load(self) -> Any:
        """Fail as a plug-in with a missing dependency would."""
        raise ImportError("No module named 'missing_dependency'")


def _entry_points(*entries: importlib.metadata.EntryPoint) -> Any:
    """A stand-in for `importlib.metadata.entry_points` that knows only `entries`."""

    def select(group: str = "") -> list[importlib.metadata.EntryPoint]:
        return [e for e in entries if e.group == group]

    return select


def test_entry_point_that_fails_to_load_is_a_rule_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registered comparator whose package is broken fails the rule file, in one line."""
    group = comparator_module.ENTRY_POINT_GROUP
    broken = _BrokenEntryPoint("nearby", "broken_plugin:nearby", group)
    monkeypatch.setattr(importlib.metadata, "entry_points", _entry_points(broken))
    path = _write(tmp_path, VALID.replace(COMPARE, "compare: nearby"))
    with pytest.raises(RuleError, match="cannot load comparator 'nearby': No module named"):
        load_rule(path)


def test_comparator_from_an_entry_point_judges_a_user_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A comparator an installed package registers by entry point is used by name."""
    entry = importlib.metadata.EntryPoint(
        "within_one",
        "tests.fixtures.custom_comparators:within_one",
        comparator_module.ENTRY_POINT_GROUP,
    )
    monkeypatch.setattr(importlib.metadata, "entry_points", _entry_points(entry))
    _write(tmp_path, VALID.replace(COMPARE, "compare: within_one"))
    rule = next(r for r in load_rules([tmp_path]) if r.fact == "quantity")
    assert (rule.code, rule.compare) == ("XQ01", "within_one")
    close = facts_for(rule, [{"outlet": "A", "value": 12}, {"outlet": "B", "value": 13}])
    far = facts_for(rule, [{"outlet": "A", "value": 12}, {"outlet": "B", "value": 14}])
    assert list(evaluate(close, [rule])["status"]) == ["compatible"]
    assert list(evaluate(far, [rule])["status"]) == ["conflict"]


def test_a_typo_in_the_options_names_the_file_and_line(tmp_path: Path) -> None:
    """`sme: 10` for `same: 10` is a load error at the line it is on, not a silent default."""
    text = VALID.replace(COMPARE, COMPARE + "\noptions:\n  same: 80\n  sme: 10")
    path = _write(tmp_path, text)
    line = text.splitlines().index("  sme: 10") + 1
    with pytest.raises(RuleError) as caught:
        load_rule(path)
    assert str(caught.value).startswith(f"{path}:{line}: unknown option 'sme'")


def test_every_problem_is_reported_at_its_own_line(tmp_path: Path) -> None:
    """Two mistakes, two places: each problem names its own line, all on one line of output."""
    text = VALID.replace(COMPARE, COMPARE + "\ntolerance: abc\noptions: {cluster: days}")
    path = _write(tmp_path, text)
    lines = text.splitlines()
    tolerance = lines.index("tolerance: abc") + 1
    options = lines.index("options: {cluster: days}") + 1
    with pytest.raises(RuleError) as caught:
        load_rule(path)
    message = str(caught.value)
    assert f"{path}:{tolerance}: tolerance 'abc' must be a number" in message
    assert f"{path}:{options}: option cluster 'days' must be one of" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("articles", "problem"),
    [
        ("{agree: []}", "must map 'agree' and 'conflict' to lists of articles"),
        ("{agree: [], conflict: []}", "examples articles agree must list two articles or more"),
        (
            "{agree: [a, b], conflict: [c, d]}",
            "an example article is a mapping of outlet, published and text",
        ),
    ],
)
def test_example_articles_have_a_shape(tmp_path: Path, articles: str, problem: str) -> None:
    """Example articles that could not be run are a load error too."""
    path = _write(tmp_path, VALID.rstrip() + f"\n  articles: {articles}\n")
    with pytest.raises(RuleError, match=problem):
        load_rule(path)


def test_an_unquoted_example_day_is_refused(tmp_path: Path) -> None:
    """YAML reads 2024-03-11 unquoted as a date, not text: the file must quote it."""
    article = "{outlet: A, published: %s, text: Okafor met Brekke.}"
    listed = f"[{article % '2024-03-11'}, {article % '2024-03-11'}]"
    path = _write(
        tmp_path, VALID.rstrip() + f"\n  articles: {{agree: {listed}, conflict: {listed}}}\n"
    )
    with pytest.raises(RuleError, match="published must be a quoted 'YYYY-MM-DD'"):
        load_rule(path)
    quoted = listed.replace("2024-03-11", "'2024-03-11'")
    _write(tmp_path, VALID.rstrip() + f"\n  articles: {{agree: {quoted}, conflict: {quoted}}}\n")
    assert load_rule(path).examples["articles"]["agree"][0]["published"] == "2024-03-11"


def test_an_unset_option_has_its_one_default() -> None:
    """A rule that does not set an option reads the default the schema writes once."""
    rule = next(r for r in load_rules() if r.code == "DT01")
    assert "same" not in rule.options
    assert rule.option("same") == OPTIONS["same"].default == 90
    assert rule.option("window_days") == rule.options["window_days"]
