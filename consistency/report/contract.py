"""The JSON contract of a report: `to_json_dict` is the one place that shapes it."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypedDict

import numpy as np
import pandas as pd

from consistency.report.sources import display_source
from consistency.review import Review, evidence_hashes, review_state
from consistency.schemas import CheckResult

SCHEMA_VERSION = 1

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


class ArticleJSON(TypedDict):
    """One accepted input, as the report shows it."""

    article_id: str
    source: str
    outlet: str
    published: str | None
    published_from: str
    title: str | None


class RejectedJSON(TypedDict):
    """One input that could not become an article."""

    source: str
    reason: str


class ClaimJSON(TypedDict):
    """One claim with its normalised value and the sentence it was read from."""

    claim_id: str
    article_id: str
    outlet: str
    fact: str
    subject: list[str]
    value: JSONValue
    precision: str
    hedged: bool
    text: str
    span: list[int]
    sentence: str
    attribution: str
    tense: str
    not_evaluated: str


class ReviewJSON(TypedDict):
    """An editor's verdict on a finding, and whether it still holds for this run's evidence."""

    state: str
    evidence_hash: str
    verdict: str | None
    note: str | None
    by: str | None
    at: str | None


class FindingJSON(TypedDict):
    """One verdict per fact and subject, pointing at the claims it rests on."""

    finding_id: str
    rule: str
    fact: str
    subject: list[str]
    status: str
    severity: str
    summary: str
    hint: str
    note: str
    value: JSONValue
    outlets: list[str]
    claim_ids: list[str]
    review: ReviewJSON


class ReportJSON(TypedDict):
    """The whole report: what report.json holds and what the other formats render."""

    schema_version: int
    articles: list[ArticleJSON]
    rejected: list[RejectedJSON]
    claims: list[ClaimJSON]
    findings: list[FindingJSON]
    warnings: list[str]


def to_json_dict(result: CheckResult, reviews: Mapping[str, Review] | None = None) -> ReportJSON:
    """Shape the run's tables as the report's JSON-ready data, in a stable row order."""
    sources = _sources(result.articles)
    evidence = evidence_hashes(result.findings, result.facts)
    known = reviews or {}
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": sorted(
            (_article(row) for row in _rows(result.articles)),
            key=lambda a: (a["source"], a["article_id"]),
        ),
        "rejected": sorted(
            (_rejected(row) for row in _rows(result.rejected)),
            key=lambda r: (r["source"], r["reason"]),
        ),
        "claims": sorted(
            (_claim(row) for row in _rows(result.facts)),
            key=lambda c: (sources.get(c["article_id"], ""), *c["span"], c["claim_id"]),
        ),
        "findings": sorted(
            (_finding(row, evidence, known) for row in _rows(result.findings)),
            key=lambda f: (f["status"] != "conflict", f["fact"], f["subject"], f["finding_id"]),
        ),
        "warnings": [_text(w) for w in result.warnings],
    }


def with_reviews(report: ReportJSON, reviews: Mapping[str, Review]) -> ReportJSON:
    """The report with every finding's review taken afresh from `reviews` (the ledger now)."""
    findings = [
        f | {"review": review_json(f["review"]["evidence_hash"], reviews.get(f["finding_id"]))}
        for f in report["findings"]
    ]
    return report | {"findings": findings}


def review_json(evidence_hash: str, review: Review | None) -> ReviewJSON:
    """Shape a finding's review; a re-opened one keeps the old verdict so editors see it."""
    return {
        "state": review_state(evidence_hash, review),
        "evidence_hash": evidence_hash,
        "verdict": review.verdict if review else None,
        "note": review.note if review else None,
        "by": review.by if review else None,
        "at": review.at if review else None,
    }


def _rows(frame: pd.DataFrame) -> Iterable[Mapping[str, Any]]:
    """Return the rows of a table as plain mappings."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _sources(articles: pd.DataFrame) -> dict[str, str]:
    """Map each article id to its source, to order claims by file."""
    pairs = zip(articles["article_id"], articles["source"], strict=True)
    return {_text(i): display_source(_text(s)) for i, s in pairs}


def _article(row: Mapping[str, Any]) -> ArticleJSON:
    """Return an article row without its text."""
    return {
        "article_id": _text(row["article_id"]),
        "source": display_source(_text(row["source"])),
        "outlet": _text(row["outlet"]),
        "published": _optional_text(row["published"]),
        "published_from": _text(row["published_from"]),
        "title": _optional_text(row["title"]),
    }


def _rejected(row: Mapping[str, Any]) -> RejectedJSON:
    """Return a rejected input and why."""
    return {"source": display_source(_text(row["source"])), "reason": _text(row["reason"])}


def _claim(row: Mapping[str, Any]) -> ClaimJSON:
    """Return a fact row: the claim, its value and where it was read."""
    return {
        "claim_id": _text(row["claim_id"]),
        "article_id": _text(row["article_id"]),
        "outlet": _text(row["outlet"]),
        "fact": _text(row["fact"]),
        "subject": _names(row["subject"]),
        "value": json_value(row["value"]),
        "precision": _text(row["precision"]),
        "hedged": bool(row["hedged"]),
        "text": _text(row["text"]),
        "span": [int(row["start"]), int(row["end"])],
        "sentence": _text(row["sentence"]),
        "attribution": _text(row["attribution"]),
        "tense": _text(row["tense"]),
        "not_evaluated": _text(row["not_evaluated"]),
    }


def _finding(
    row: Mapping[str, Any], evidence: Mapping[str, str], reviews: Mapping[str, Review]
) -> FindingJSON:
    """Return a finding row with its tuples as lists and its review."""
    finding_id = _text(row["finding_id"])
    return {
        "finding_id": finding_id,
        "rule": _text(row["rule"]),
        "fact": _text(row["fact"]),
        "subject": _names(row["subject"]),
        "status": _text(row["status"]),
        "severity": _text(row["severity"]),
        "summary": _text(row["summary"]),
        "hint": _text(row["hint"]),
        "note": _text(row["note"]),
        "value": json_value(row["value"]),
        "outlets": _names(row["outlets"]),
        "claim_ids": _names(row["claim_ids"]),
        "review": review_json(evidence.get(finding_id, ""), reviews.get(finding_id)),
    }


def json_value(value: Any) -> JSONValue:
    """Convert a cell to JSON: missing and non-finite numbers become null, tuples lists."""
    if _missing(value):
        return None
    if isinstance(value, np.generic | np.ndarray):
        value = value.tolist()
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Iterable):
        return [json_value(v) for v in value]
    return str(value)


def _missing(value: Any) -> bool:
    """Tell None, NaN, NA and NaT apart from values; containers are never missing."""
    if value is None:
        return True
    if isinstance(value, Mapping | list | tuple | str | np.ndarray):
        return False
    return value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _names(value: Any) -> list[str]:
    """Return a tuple of names as a list of str; a lone string is one name."""
    if _missing(value):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _text(value: Any) -> str:
    """Return a text cell, with a missing value as the empty string."""
    return "" if _missing(value) else str(value)


def _optional_text(value: Any) -> str | None:
    """Return a nullable text cell as str or None."""
    return None if _missing(value) else str(value)
