"""The rule type: how one fact's claims compare; loaded from YAML by rules.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
