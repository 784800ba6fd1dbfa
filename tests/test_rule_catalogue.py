"""The rule files: complete, valid, documented, and extensible by users."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.engine import RuleError, evaluate, load_rules
from consistency.engine.catalogue import render_markdown
from consistency.engine.rule_files import load_rule
from tests.test_rule_cases import facts_for

PROJECT = Path(__file__).resolve().parents[1]
CUSTOM = Path(__file__).parent / "fixtures" / "custom_rules"
RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule: object) -> None:
    """Every rule has a summary, a message naming what differs, a hint and both examples."""
    assert rule.summary.strip() and rule.hint.strip()  # type: ignore[attr-defined]
    assert "{details}" in rule.message  # type: ignore[attr-defined]
    examples = rule.examples  # type: ignore[attr-defined]
    assert examples["agree"].strip() and examples["conflict"].strip()


def test_codes_and_facts_are_unique() -> None:
    """No code is reused and one rule compares each fact."""
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.fact for r in RULES}) == len(RULES)


def test_docs_page_is_generated_from_the_rules() -> None:
    """docs/rules.md is what the rule files generate (regenerate it after editing a rule)."""
    committed = (PROJECT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render_markdown(RULES)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("code: DT99\n", "missing 'summary'"),
        ("[1, 2]\n", "must be a mapping"),
        ("code: [unclosed\n", "cannot read rule file"),
        (
            "code: dt1\nname: a.b\nsummary: s\nfact: meeting.date\ncompare: interval\n"
            "severity: urgent\nmessage: m\nhint: h\nexamples: {agree: a}\n",
            "severity 'urgent'",
        ),
    ],
)
def test_broken_rule_file_is_one_clear_line(tmp_path: Path, text: str, problem: str) -> None:
    """A broken rule file is reported with its path and the problem, on one line."""
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rule(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_user_rule_with_own_comparator_replaces_the_default() -> None:
    """A rule from the user's folder, with a comparator from their module, is applied."""
    rules = load_rules([CUSTOM])
    rule = next(r for r in rules if r.fact == "quantity")
    assert rule.code == "XQ01"
    close = facts_for(rule, [{"outlet": "A", "value": 12}, {"outlet": "B", "value": 13}])
    far = facts_for(rule, [{"outlet": "A", "value": 12}, {"outlet": "B", "value": 14}])
    assert list(evaluate(close, [rule])["status"]) == ["compatible"]
    assert list(evaluate(far, [rule])["status"]) == ["conflict"]


def test_unknown_comparator_is_reported(tmp_path: Path) -> None:
    """A rule naming a comparator nobody registered fails to load, with its file's path."""
    source = (CUSTOM / "XQ01.yaml").read_text(encoding="utf-8")
    path = tmp_path / "XQ02.yaml"
    path.write_text(source.replace("tests.fixtures.custom_comparators:within_one", "nearby"))
    with pytest.raises(RuleError, match=f"^{path}: unknown comparator 'nearby'"):
        load_rule(path)
