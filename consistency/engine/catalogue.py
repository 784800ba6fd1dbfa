"""The rule catalogue for people: one Markdown page generated from the rule files."""

from __future__ import annotations

from collections.abc import Sequence

from consistency.engine.rule import Rule


def render_markdown(rules: Sequence[Rule]) -> str:
    """A Markdown page with one section per rule, in code order, from the rule files alone."""
    lines = [
        "# Rule catalogue",
        "",
        "Generated from the YAML files in `rules/` by `consistency rules --markdown`;",
        "edit the rule files, not this page.",
        "",
        "| code | name | fact | compares | severity | summary |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.code} | `{r.name}` | `{r.fact}` | {r.compare} | {r.severity} | {r.summary} |"
        for r in rules
    ]
    for rule in rules:
        lines += ["", *_section(rule)]
    return "\n".join(lines) + "\n"


def _section(rule: Rule) -> list[str]:
    """One rule's section: what it does, why, how it compares, and its two examples."""
    options = ", ".join(f"{k}: {v}" for k, v in sorted(rule.options.items())) or "none"
    return [
        f"## {rule.code} `{rule.name}`",
        "",
        f"**What it does.** {rule.summary}",
        "",
        f"**Applies to** `{rule.fact}`"
        + (f" (findings listed as `{rule.listed_fact}`)" if rule.listed_fact != rule.fact else "")
        + f"; compares with `{rule.compare}`, tolerance "
        f"{rule.tolerance:g}, options: {options}; severity {rule.severity}.",
        "",
        f"**Message.** {rule.message}",
        "",
        f"**Hint.** {rule.hint}",
        "",
        f"**Agrees.** {rule.examples['agree']}",
        "",
        f"**Conflicts.** {rule.examples['conflict']}",
        *(
            ["", f"**Compatible.** {rule.examples['compatible']}"]
            if "compatible" in rule.examples
            else []
        ),
    ]
