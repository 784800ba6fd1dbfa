"""Read the last run's report.json: what the review commands and the review page work from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from consistency.defaults import REPORT_NAME as REPORT_NAME  # the name readers import here
from consistency.report import ReportJSON
from consistency.report.contract import FindingJSON


class ReportFileError(Exception):
    """A report.json that is missing, unreadable or from before reviews existed."""


def load_report(path: Path) -> ReportJSON:
    """Load report.json, checked to carry the findings and evidence hashes a review needs."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ReportFileError(
            f"{path}: no report here; run `consistency check --out {path.parent}` first"
        ) from error
    except OSError as error:
        raise ReportFileError(f"{path}: cannot read it ({error.strerror})") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ReportFileError(f"{path}: not a JSON report ({error})") from error
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ReportFileError(f"{path}: not a consistency report (no list of findings)")
    for finding in data["findings"]:
        review = finding.get("review") if isinstance(finding, dict) else None
        if not isinstance(review, dict) or not isinstance(review.get("evidence_hash"), str):
            raise ReportFileError(
                f"{path}: written before reviews existed; run `consistency check` again"
            )
    return cast(ReportJSON, data)


def find_finding(report: ReportJSON, finding_id: str) -> FindingJSON | None:
    """The finding with this id, or None."""
    return next((f for f in report["findings"] if f["finding_id"] == finding_id), None)
