"""The JSON contract of a report: `to_json_dict` is the one place that shapes it."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import chain, islice
from typing import Any, TypedDict

import numpy as np
import pandas as pd

from consistency.engine.rows import shared_cells
from consistency.report.lazyrows import CHUNK, LazyRows
from consistency.report.sources import display_source, display_text
from consistency.review import Review, evidence_hashes, review_state
from consistency.schemas import CheckResult

SCHEMA_VERSION = 2

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


class ArticleJSON(TypedDict):
    """One accepted input, as the report shows it."""

    article_id: str
    source: str
    outlet: str
    carrier: str | None
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
    subject: Sequence[str]
    status: str
    severity: str
    summary: str
    hint: str
    note: str
    value: JSONValue
    # Tuples taken as they are from the findings table (report_of), lists in to_json_dict's
    # plain data and in a report read back from JSON.
    outlets: Sequence[str]
    claim_ids: Sequence[str]
    #: How each two of its sources' values compare: [source, source, relation], sorted.
    pairs: Sequence[Sequence[str]]
    review: ReviewJSON


class ReportJSON(TypedDict):
    """The whole report: what report.json holds and what the other formats render."""

    schema_version: int
    articles: list[ArticleJSON]
    rejected: list[RejectedJSON]
    #: Shaped from the facts table as it is read (LazyRows), or a list read back from JSON.
    claims: Sequence[ClaimJSON]
    findings: list[FindingJSON]
    warnings: list[str]


def to_json_dict(result: CheckResult, reviews: Mapping[str, Review] | None = None) -> ReportJSON:
    """Shape the run's tables as the report's JSON-ready data, in a stable row order.

    Every row is a plain dict or list, ready for `json.dumps`.
    """
    report = report_of(result, reviews)
    return report | {
        "claims": list(report["claims"]),
        "findings": [_plain_finding(f) for f in report["findings"]],
    }


def _plain_finding(finding: FindingJSON) -> FindingJSON:
    """A finding with its tuples as lists, as json.loads would give it back."""
    return finding | {
        "subject": list(finding["subject"]),
        "outlets": list(finding["outlets"]),
        "claim_ids": list(finding["claim_ids"]),
        "pairs": [list(pair) for pair in finding["pairs"]],
    }


def report_of(result: CheckResult, reviews: Mapping[str, Review] | None = None) -> ReportJSON:
    """The report `to_json_dict` makes, its claims shaped only as they are read (LazyRows).

    The report writers read the claims through once or twice: a million claims held as dicts
    at once would double what the run's tables take.
    """
    shown = _shown_sources(result.articles)
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": sorted(
            _articles(result.articles, shown), key=lambda a: (a["source"], a["article_id"])
        ),
        "rejected": sorted(_rejected(result.rejected), key=lambda r: (r["source"], r["reason"])),
        "claims": _claims(result.facts, shown),
        "findings": _findings(result, reviews or {}),
        "warnings": [display_text(_text(w)) for w in result.warnings],
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


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """One column as a list of Python cells (one pass in C, not a dict per row).

    Equal texts share one str: a claim's sentence, outlet and fact repeat across claims.
    """
    return shared_cells(frame[name])


def _texts(frame: pd.DataFrame, name: str) -> list[str]:
    """A text column with missing cells as the empty string."""
    return _text_cells(_column(frame, name))


def _shown_sources(articles: pd.DataFrame) -> dict[str, str]:
    """Map each article id to its source as the reports name it (resolved once per file)."""
    pairs = zip(_texts(articles, "article_id"), _texts(articles, "source"), strict=True)
    return {article_id: display_source(source) for article_id, source in pairs}


def _articles(articles: pd.DataFrame, shown: Mapping[str, str]) -> Iterator[ArticleJSON]:
    """Each article row without its text."""
    for article_id, outlet, carrier, published, published_from, title in zip(
        *(_texts(articles, c) for c in ("article_id", "outlet")),
        _column(articles, "carrier"),
        _column(articles, "published"),
        _texts(articles, "published_from"),
        _column(articles, "title"),
        strict=True,
    ):
        yield {
            "article_id": article_id,
            "source": shown[article_id],
            "outlet": outlet,
            "carrier": _optional_text(carrier),
            "published": _optional_text(published),
            "published_from": published_from,
            "title": _optional_text(title),
        }


def _rejected(rejected: pd.DataFrame) -> Iterator[RejectedJSON]:
    """Each rejected input and why."""
    for source, reason in zip(_texts(rejected, "source"), _texts(rejected, "reason"), strict=True):
        yield {"source": display_source(source), "reason": display_text(reason)}


#: The facts table's columns a claim is shaped from, in `_claim`'s order.
_CLAIM_COLUMNS = (
    "claim_id", "article_id", "outlet", "fact", "subject", "value", "precision", "hedged",
    "text", "start", "end", "sentence", "attribution", "tense", "not_evaluated",
)  # fmt: skip


def _claims(facts: pd.DataFrame, shown: Mapping[str, str]) -> LazyRows[ClaimJSON]:
    """Every fact row as a claim, ordered by file, span and id, shaped only when read."""
    # Sorted on integer codes in C: a key tuple per claim was 150 MB at 50k articles.
    sources = facts["article_id"].map(shown)
    keys = (
        _rank(facts["claim_id"]),
        facts["end"].to_numpy(dtype=np.int64),
        facts["start"].to_numpy(dtype=np.int64),
        _rank(sources.fillna("")),
    )
    return LazyRows(facts, _CLAIM_COLUMNS, np.lexsort(keys), _claim)


#: A chunk of claims a column at a time: each of `_CLAIM_COLUMNS` (ClaimJSON's keys, its span
#: as "start" and "end") to the chunk's cells, as the claims hold them (subjects as tuples).
ClaimColumns = dict[str, list[Any]]

#: The claim's cells that are text, copied as `_text` reads them.
_CLAIM_TEXTS = tuple(
    c for c in _CLAIM_COLUMNS if c not in ("subject", "value", "hedged", "start", "end")
)


def claim_columns(claims: Sequence[ClaimJSON]) -> Iterator[ClaimColumns]:
    """The claims a chunk at a time, each chunk a column at a time, cells as `_claim` has them.

    Read from the facts table (`report_of`'s LazyRows) no claim becomes a dict: claims.csv
    spent most of its time making a dict per claim and reading it back.
    """
    if isinstance(claims, LazyRows) and claims.columns == _CLAIM_COLUMNS:
        yield from map(_claim_cells, claims.column_chunks())
        return
    rows = iter(claims)
    while chunk := list(islice(rows, CHUNK)):
        yield _dict_cells(chunk)


def _claim_cells(cells: Mapping[str, list[Any]]) -> ClaimColumns:
    """A chunk of fact rows' cells shaped as `_claim` shapes each one, a column at a time."""
    shaped = {name: _text_cells(cells[name]) for name in _CLAIM_TEXTS}
    return shaped | {
        "subject": _per_object(_name_tuple, cells["subject"]),
        "value": [json_value(v) for v in cells["value"]],
        "hedged": list(map(bool, cells["hedged"])),
        "start": list(map(int, cells["start"])),
        "end": list(map(int, cells["end"])),
    }


def _dict_cells(claims: Sequence[ClaimJSON]) -> ClaimColumns:
    """Claims as dicts (read back from report.json), a column at a time."""
    cells: ClaimColumns = {name: [c[name] for c in claims] for name in _CLAIM_TEXTS}  # type: ignore[literal-required]
    return cells | {
        "subject": [c["subject"] for c in claims],
        "value": [c["value"] for c in claims],
        "hedged": [c["hedged"] for c in claims],
        "start": [c["span"][0] for c in claims],
        "end": [c["span"][1] for c in claims],
    }


def _text_cells(cells: list[Any]) -> list[str]:
    """A text column's cells as `_text` reads each one (most are str already)."""
    if set(map(type, cells)) <= _ONLY_STR:  # in C: most columns have no missing cell
        return cells
    return [v if type(v) is str else _text(v) for v in cells]


def _rank(texts: pd.Series) -> np.ndarray:
    """Each text's place in the sorted distinct texts (code point order, as Python sorts)."""
    codes, _ = pd.factorize(texts, sort=True)
    return np.asarray(codes)


def _claim(
    claim_id: Any, article_id: Any, outlet: Any, fact: Any, subject: Any, value: Any,
    precision: Any, hedged: Any, text: Any, start: Any, end: Any, sentence: Any,
    attribution: Any, tense: Any, not_evaluated: Any,
) -> ClaimJSON:  # fmt: skip
    """One fact row's cells, in `_CLAIM_COLUMNS` order, as the report's claim."""
    return {
        "claim_id": _text(claim_id),
        "article_id": _text(article_id),
        "outlet": _text(outlet),
        "fact": _text(fact),
        "subject": _names(subject),
        "value": json_value(value),
        "precision": _text(precision),
        "hedged": bool(hedged),
        "text": _text(text),
        "span": [int(start), int(end)],
        "sentence": _text(sentence),
        "attribution": _text(attribution),
        "tense": _text(tense),
        "not_evaluated": _text(not_evaluated),
    }


#: The text columns a finding copies as they are.
_FINDING_TEXTS = ("finding_id", "rule", "fact", "status", "severity", "summary", "hint", "note")


def _findings(result: CheckResult, reviews: Mapping[str, Review]) -> list[FindingJSON]:
    """Every finding with its tuples as lists and its review: conflicts first, then by fact."""
    findings = result.findings
    evidence = evidence_hashes(findings, result.facts)
    texts = {name: _texts(findings, name) for name in _FINDING_TEXTS}
    subjects, values, outlets, claim_ids, pairs = (
        _column(findings, c) for c in ("subject", "value", "outlets", "claim_ids", "pairs")
    )
    shaped: list[FindingJSON] = []
    for i, finding_id in enumerate(texts["finding_id"]):
        shaped.append(
            {
                "finding_id": finding_id,
                "rule": texts["rule"][i],
                "fact": texts["fact"][i],
                "subject": _name_tuple(subjects[i]),
                "status": texts["status"][i],
                "severity": texts["severity"][i],
                "summary": texts["summary"][i],
                "hint": texts["hint"][i],
                "note": texts["note"][i],
                "value": json_value(values[i]),
                # The table's own tuples, not copies: a list per pair of outlets was most
                # of a finding's memory (a kilobyte or more; 163k findings at 50k articles).
                "outlets": _name_tuple(outlets[i]),
                "claim_ids": _name_tuple(claim_ids[i]),
                "pairs": _name_pairs(pairs[i]),
                "review": review_json(evidence.get(finding_id, ""), reviews.get(finding_id)),
            }
        )
    shaped.sort(key=lambda f: (f["status"] != "conflict", f["fact"], f["subject"], f["finding_id"]))
    return shaped


#: Cell types that are JSON as they are.
_PLAIN = frozenset((str, int, bool))


def json_value(value: Any) -> JSONValue:
    """Convert a cell to JSON: missing and non-finite numbers become null, tuples lists."""
    if type(value) in _PLAIN:  # most cells: skip the checks below
        return value  # type: ignore[no-any-return]
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
    if type(value) is tuple:
        return list(map(str, value))
    if _missing(value):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


#: The types a tuple of names and a finding's pairs hold when there is nothing to convert.
_ONLY_STR = frozenset((str,))
_ONLY_TUPLE = frozenset((tuple,))


def _name_tuple(value: Any) -> tuple[str, ...]:
    """A tuple of names as it is when it holds only str, else as `_names` reads it."""
    # The types as a set: a generator over the names costs more than the check it makes.
    if type(value) is tuple and set(map(type, value)) <= _ONLY_STR:
        return value
    return tuple(_names(value))


def _name_pairs(pairs: Any) -> tuple[tuple[str, ...], ...]:
    """A finding's pairs as tuples of names: the table's own when they hold only str."""
    if (
        type(pairs) is tuple
        and set(map(type, pairs)) <= _ONLY_TUPLE
        and set(map(type, chain.from_iterable(pairs))) <= _ONLY_STR
    ):
        return pairs
    return tuple(_name_tuple(pair) for pair in pairs)


def _per_object(shape: Callable[[Any], Any], cells: list[Any]) -> list[Any]:
    """`shape` of each cell, worked out once per distinct object: equal cells share one."""
    distinct = dict(zip(map(id, cells), cells, strict=True))
    shaped = {key: shape(cell) for key, cell in distinct.items()}
    return list(map(shaped.__getitem__, map(id, cells)))


def _text(value: Any) -> str:
    """Return a text cell, with a missing value as the empty string."""
    if type(value) is str:  # most cells: skip the checks
        return value
    return "" if _missing(value) else str(value)


def _optional_text(value: Any) -> str | None:
    """Return a nullable text cell as str or None."""
    return None if _missing(value) else str(value)
