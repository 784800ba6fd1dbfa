"""Review state: whether a finding's review still holds for the evidence of this run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from consistency.review.evidence import evidence_hashes
from consistency.review.ledger import Review
from consistency.schemas import CheckResult

State = Literal["unreviewed", "reviewed", "reopened"]
REOPENED_TEXT = "re-opened: evidence changed since review"


def review_state(evidence_hash: str, review: Review | None) -> State:
    """A review holds while the evidence it was given on is the evidence of this run."""
    if review is None:
        return "unreviewed"
    return "reviewed" if review.evidence_hash == evidence_hash else "reopened"


def open_conflicts(result: CheckResult, reviews: Mapping[str, Review]) -> list[str]:
    """Ids of the conflicting findings with no current review: what --fail-on conflict fails on."""
    conflicts = result.findings[result.findings["status"] == "conflict"]
    hashes = evidence_hashes(conflicts, result.facts)
    return sorted(
        finding_id
        for finding_id, evidence in hashes.items()
        if review_state(evidence, reviews.get(finding_id)) != "reviewed"
    )
