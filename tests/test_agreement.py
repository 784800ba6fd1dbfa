"""The outlet agreement matrix and per-outlet profiles, on the demo corpus."""

from __future__ import annotations

from consistency.engine.agreement import agreement_matrix, outlet_profiles
from tests.conftest import corpus_result


def test_matrix_is_symmetric_and_counts_the_demo_conflicts() -> None:
    """Both directions of a pair agree, and the demo's two conflicts are between its outlets."""
    findings = corpus_result("demo").findings
    matrix = agreement_matrix(findings)
    for (a, b), tally in matrix.items():
        assert matrix[(b, a)] == tally
        assert tally.agreeing + tally.conflicting <= tally.shared
    courier_meridian = matrix[("Meridian Wire", "The Harbour Courier")]
    assert courier_meridian.conflicting == 1  # the length of the foreign ministers' talks
    assert courier_meridian.agreeing >= 2


def test_profiles_list_single_source_and_conflicts_per_outlet() -> None:
    """An outlet's profile names the findings only it reports and the conflicts it is in."""
    findings = corpus_result("demo").findings
    profiles = {p.outlet: p for p in outlet_profiles(findings)}
    conflicts = set(findings.loc[findings["status"] == "conflict", "finding_id"])
    assert set(profiles["The Harbour Courier"].conflicting) == conflicts
    singles = findings[findings["status"] == "single_source"]
    for finding_id, outlets in zip(singles["finding_id"], singles["outlets"], strict=True):
        (outlet,) = outlets
        assert finding_id in profiles[outlet].single_source
