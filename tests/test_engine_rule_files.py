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
from consistency.engine.rules import load_rule
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
