"""Rules: compare each fact's claims across outlets into the validated `findings` table."""

from consistency.engine.comparators import COMPARATORS, Observation, register
from consistency.engine.evaluate import evaluate, finding_id
from consistency.engine.rule import Rule, RuleError
from consistency.engine.rule_files import default_rules_dir, load_rules

__all__ = [
    "COMPARATORS",
    "Observation",
    "Rule",
    "RuleError",
    "default_rules_dir",
    "evaluate",
    "finding_id",
    "load_rules",
    "register",
]
