"""Evidence hashes and review state: a review holds until what the outlets say changes."""

from __future__ import annotations

import pandas as pd

from consistency.report import to_json_dict, with_reviews
from consistency.review import Review, evidence_hashes, open_conflicts, review_state
from consistency.schemas import CheckResult, FactSchema, validate
from tests.test_report import sample_result

AT = "2024-03-14T09:30:00+00:00"


def _review(finding_id: str, evidence_hash: str, verdict: str = "false-alarm") -> Review:
    """A review of a finding given on `evidence_hash`."""
    return Review(finding_id, verdict, "checked with the desk", "Ana", evidence_hash, AT)


def _with_facts(result: CheckResult, facts: pd.DataFrame) -> CheckResult:
    """The same run with other facts."""
    return CheckResult(
        articles=result.articles,
        rejected=result.rejected,
        facts=validate(FactSchema, facts),
        findings=result.findings,
        warnings=result.warnings,
    )


def _hashes(result: CheckResult) -> dict[str, str]:
    """Evidence hashes of a run, by finding id."""
    return evidence_hashes(result.findings, result.facts)


def test_hashes_do_not_depend_on_row_order() -> None:
    """The same claims in another order give the same hash for every finding."""
    assert _hashes(sample_result()) == _hashes(sample_result(reverse=True))
    assert len(set(_hashes(sample_result()).values())) == 4


def test_hash_changes_with_the_sentence_the_text_or_the_value() -> None:
    """Editing what an outlet says about the fact changes its finding's hash, and only that."""
    result = sample_result()
    before = _hashes(result)
    for column, new in (("sentence", "The talks lasted six hours."), ("value", 360)):
        facts = result.facts.copy()
        facts.loc[facts["claim_id"] == "c3", column] = new
        after = _hashes(_with_facts(result, facts))
        assert after["f-duration"] != before["f-duration"], column
        assert {k: v for k, v in after.items() if k != "f-duration"} == {
            k: v for k, v in before.items() if k != "f-duration"
        }


def test_hash_ignores_claim_ids_and_offsets() -> None:
    """An edit elsewhere in the article (new ids, shifted spans) leaves the evidence alone."""
    result = sample_result()
    facts = result.facts.copy()
    facts["start"] = facts["start"] + 100
    facts["end"] = facts["end"] + 100
    assert _hashes(_with_facts(result, facts)) == _hashes(result)


def test_review_state() -> None:
    """Unreviewed without a review, reviewed on the same evidence, re-opened on other."""
    assert review_state("e1", None) == "unreviewed"
    assert review_state("e1", _review("f", "e1")) == "reviewed"
    assert review_state("e2", _review("f", "e1")) == "reopened"


def test_open_conflicts_counts_only_current_reviews() -> None:
    """A conflict with a current review of any verdict passes; a stale review does not."""
    result = sample_result()
    evidence = _hashes(result)["f-duration"]
    assert open_conflicts(result, {}) == ["f-duration"]
    for verdict in ("confirmed", "acceptable", "false-alarm"):
        reviews = {"f-duration": _review("f-duration", evidence, verdict)}
        assert open_conflicts(result, reviews) == []
    assert open_conflicts(result, {"f-duration": _review("f-duration", "old")}) == ["f-duration"]
    assert open_conflicts(result, {"f-date": _review("f-date", "x")}) == ["f-duration"]


def test_json_review_object() -> None:
    """Each finding carries its review: state, evidence hash, verdict, note, by, at."""
    result = sample_result()
    evidence = _hashes(result)
    reviews = {
        "f-duration": _review("f-duration", evidence["f-duration"]),
        "f-date": _review("f-date", "stale", "confirmed"),
    }
    findings = {f["finding_id"]: f for f in to_json_dict(result, reviews)["findings"]}
    assert findings["f-duration"]["review"] == {
        "state": "reviewed",
        "evidence_hash": evidence["f-duration"],
        "verdict": "false-alarm",
        "note": "checked with the desk",
        "by": "Ana",
        "at": AT,
    }
    assert findings["f-date"]["review"]["state"] == "reopened"
    assert findings["f-date"]["review"]["verdict"] == "confirmed"
    assert findings["f-place"]["review"] == {
        "state": "unreviewed",
        "evidence_hash": evidence["f-place"],
        "verdict": None,
        "note": None,
        "by": None,
        "at": None,
    }


def test_with_reviews_applies_the_ledger_to_a_saved_report() -> None:
    """The review page re-reads the ledger and judges it against the saved evidence hashes."""
    result = sample_result()
    report = to_json_dict(result)
    evidence = report["findings"][0]["review"]["evidence_hash"]
    fresh = with_reviews(report, {"f-duration": _review("f-duration", evidence)})
    assert fresh["findings"][0]["review"]["state"] == "reviewed"
    assert report["findings"][0]["review"]["state"] == "unreviewed"
    assert fresh == to_json_dict(result, {"f-duration": _review("f-duration", evidence)})
