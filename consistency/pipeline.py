"""Run the whole pipeline: ingest -> extract -> normalise -> rules, returning every table."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from consistency.engine import evaluate, load_rules
from consistency.extract import extract_claims
from consistency.ingest import ingest
from consistency.normalise import normalise
from consistency.schemas import CheckResult


def run_check(
    paths: Sequence[Path],
    *,
    rules_dirs: Sequence[Path] = (),
    sidecar: Path | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> CheckResult:
    """Check the articles under `paths` against the default rules plus any in `rules_dirs`."""
    ingested = ingest(paths, sidecar=sidecar, published=published, outlet=outlet)
    claims = extract_claims(ingested.articles)
    facts = normalise(claims, ingested.articles)
    rules = load_rules(rules_dirs)
    findings = evaluate(facts, rules)
    return CheckResult(
        articles=ingested.articles,
        rejected=ingested.rejected,
        facts=facts,
        findings=findings,
        warnings=ingested.warnings,
    )
