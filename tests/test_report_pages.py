"""Long runs: the pages list every finding that needs an editor and the first settled ones."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from consistency.report import to_json_dict, write_reports
from consistency.report.present import SETTLED_SHOWN, page_of
from consistency.schemas import (
    ArticleSchema,
    CheckResult,
    FactSchema,
    FindingSchema,
    RejectedSchema,
    empty,
    validate,
)
from tests.test_report import ARTICLES, COURIER, FACTS, WIRE, _fact, _finding, sample_result

EXTRA = 7  # settled findings past the page's limit


def _long_result() -> CheckResult:
    """A run with one conflict and more agreeing findings than a page shows."""
    facts = [f for f in FACTS if f["claim_id"] in ("c3", "c4")]
    findings = [_finding("f-duration", "meeting.duration", "conflict", ("c3", "c4"), rule="DU01")]
    for n in range(SETTLED_SHOWN + EXTRA):
        a, b = f"a{n:05d}", f"b{n:05d}"
        facts += [
            _fact(a, 1, WIRE, "role.title", "the minister", f"Sentence {n} of the wire."),
            _fact(b, 2, COURIER, "role.title", "the minister", f"Sentence {n} of the courier."),
        ]
        status = "compatible" if n % 2 else "agree"
        findings.append(_finding(f"f-{n:05d}", "role.title", status, (a, b)))
    return CheckResult(
        articles=validate(ArticleSchema, pd.DataFrame(ARTICLES)),
        rejected=validate(RejectedSchema, empty(RejectedSchema)),
        facts=validate(FactSchema, pd.DataFrame(facts)),
        findings=validate(FindingSchema, pd.DataFrame(findings)),
    )


def test_pages_show_the_conflict_and_only_the_first_settled_findings(tmp_path: Path) -> None:
    """Markdown and HTML list 1 conflict + SETTLED_SHOWN settled findings and say what is left."""
    write_reports(_long_result(), tmp_path)
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert markdown.count("\n### ") == SETTLED_SHOWN + 1
    assert html.count('<details class="finding') == SETTLED_SHOWN + 1
    left_out = "Not shown on this page: 4 agree and 3 compatible findings"
    assert left_out in markdown
    assert left_out in html
    # The conflict is first; the last settled findings and their sentences are not on the page.
    assert "Conflict: meeting.duration" in markdown
    last = SETTLED_SHOWN + EXTRA - 1
    assert f"Sentence {last} of the wire." not in markdown
    assert f"Sentence {last} of the wire." not in html
    assert f"Sentence {SETTLED_SHOWN - 1} of the courier." in html


def test_report_json_and_csv_keep_every_finding(tmp_path: Path) -> None:
    """The machine-read files are never cut."""
    write_reports(_long_result(), tmp_path)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert len(report["findings"]) == SETTLED_SHOWN + EXTRA + 1
    rows = (tmp_path / "findings.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == SETTLED_SHOWN + EXTRA + 2  # a header and every finding


def test_a_short_run_shows_everything() -> None:
    """Under the limit the page is the report itself."""
    report = to_json_dict(sample_result())
    page = page_of(report)
    assert page.report is report
    assert page.omitted == {}
