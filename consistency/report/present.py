"""What every report format shows the same way: status order, counts, values, highlights."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from consistency.engine.units import minutes_text, money_text, number_text
from consistency.report.contract import (
    ArticleJSON,
    ClaimJSON,
    FindingJSON,
    JSONValue,
    ReportJSON,
    ReviewJSON,
)
from consistency.report.lazyrows import LazyRows

#: The order statuses are counted and explained in: what needs an editor first.
STATUS_ORDER = ("conflict", "not_evaluated", "hedged", "single_source", "compatible", "agree")

#: Statuses an editor can pass over on a long page: the outlets' values agree.
SETTLED = ("agree", "compatible")

#: How many settled findings the HTML and Markdown pages show in full. report.json, the CSVs
#: and `--tables` always hold every finding: past this a page of a large run (180 MB at 10k
#: articles) is too long for a browser to open or an editor to read.
SETTLED_SHOWN = 1000

STATUS_LABELS = {
    "conflict": "Conflict",
    "not_evaluated": "Not evaluated",
    "hedged": "Hedged only",
    "single_source": "Single source",
    "compatible": "Compatible",
    "agree": "Agree",
}


class Highlight(NamedTuple):
    """A sentence cut around the claim text; `found` is False when the text is not in it."""

    before: str
    inside: str
    after: str
    found: bool


class Page(NamedTuple):
    """What a human-read page lists: every finding that needs an editor, some settled ones."""

    #: The report with only the findings shown, and only their claims.
    report: ReportJSON
    #: The settled findings left off the page, per status (empty when none were).
    omitted: dict[str, int]


def page_of(report: ReportJSON, settled_shown: int = SETTLED_SHOWN) -> Page:
    """The findings a page shows: all but the settled ones past the first `settled_shown`."""
    settled = [f for f in report["findings"] if f["status"] in SETTLED]
    if len(settled) <= settled_shown:
        return Page(report, {})
    kept = {f["finding_id"] for f in settled[:settled_shown]}
    shown = [f for f in report["findings"] if f["status"] not in SETTLED or f["finding_id"] in kept]
    wanted = {c for f in shown for c in f["claim_ids"]}
    claims: Sequence[ClaimJSON]
    if isinstance(report["claims"], LazyRows):  # picked from the table, shaping none
        claims = report["claims"].only("claim_id", wanted)
    else:
        claims = [c for c in report["claims"] if c["claim_id"] in wanted]
    left = Counter(f["status"] for f in settled[settled_shown:])
    omitted = {status: left[status] for status in SETTLED if left[status]}
    return Page(report | {"findings": shown, "claims": claims}, omitted)


def omitted_text(omitted: Mapping[str, int]) -> str:
    """Say which settled findings a page left off and where they are; empty when none were."""
    if not omitted:
        return ""
    counts = " and ".join(f"{n:,} {status_label(s).lower()}" for s, n in omitted.items())
    return (
        f"Not shown on this page: {counts} findings past the first {SETTLED_SHOWN:,} settled "
        "ones. report.json, findings.csv and claims.csv hold every finding."
    )


def status_counts(report: ReportJSON) -> dict[str, int]:
    """Count the findings per status, every status listed, in STATUS_ORDER."""
    counts = Counter(f["status"] for f in report["findings"])
    extra = sorted(set(counts) - set(STATUS_ORDER))
    return {status: counts.get(status, 0) for status in (*STATUS_ORDER, *extra)}


def plural(count: int, noun: str) -> str:
    """Write a count with its noun, adding an s unless the count is one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def status_label(status: str) -> str:
    """Return a status as editors read it."""
    return STATUS_LABELS.get(status, status)


def claims_of(report: ReportJSON) -> dict[str, list[ClaimJSON]]:
    """Map each finding id to its claims, in the report's claim order."""
    by_id = {c["claim_id"]: c for c in report["claims"]}
    position = {c["claim_id"]: i for i, c in enumerate(report["claims"])}
    known = {f["finding_id"]: [i for i in f["claim_ids"] if i in by_id] for f in report["findings"]}
    return {
        finding: [by_id[i] for i in sorted(ids, key=position.__getitem__)]
        for finding, ids in known.items()
    }


def outlet_count(report: ReportJSON) -> int:
    """Count the distinct outlets the accepted articles come from."""
    return len({a["outlet"] for a in report["articles"]})


def subject_text(item: FindingJSON | ClaimJSON) -> str:
    """Join the people a fact is about for reading."""
    return ", ".join(item["subject"]) or "(nobody named)"


def fold(text: str) -> str:
    """Put text on one line, runs of whitespace folded to one space."""
    return " ".join(text.split())


def highlight(claim: ClaimJSON) -> Highlight:
    """Cut the claim's sentence around the first occurrence of its text."""
    return _cut(claim["sentence"], claim["text"])


# The HTML page asks twice per claim (to mark it and to know whether it was found).
@lru_cache(maxsize=256)
def _cut(sentence: str, text: str) -> Highlight:
    """Cut `sentence` around `text`, or around it with whitespace folded in both."""
    found = _split(sentence, text)
    if found is None:
        found = _split(fold(sentence), fold(text))
    return found or Highlight(sentence, "", "", False)


def _split(haystack: str, needle: str) -> Highlight | None:
    """Cut `haystack` around the first occurrence of `needle`; None when it is not there."""
    at = haystack.find(needle) if needle else -1
    if at < 0:
        return None
    end = at + len(needle)
    return Highlight(haystack[:at], haystack[at:end], haystack[end:], True)


#: Facts (by the last part of their name) whose numbers count minutes: shown as "5 h 30 min".
MINUTE_FACTS = frozenset({"duration"})
#: Facts whose numbers are sums of money: shown with their scale word ("1.14 billion").
MONEY_FACTS = frozenset({"amount"})


def format_value(value: JSONValue, fact: str = "") -> str:
    """Format a normalised value for reading, in the fact's unit: "5 h 30 min", "at least 5 h"."""
    if value is None:
        return "no value"
    if isinstance(value, Mapping) and {"start", "end"} <= set(value):
        return _format_span(value)
    if isinstance(value, Mapping):
        return _format_bound(value, fact)
    if isinstance(value, list):
        return ", ".join(format_value(v, fact) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number(value, fact)
    return str(value)


def _number(value: float, fact: str) -> str:
    """A number in the fact's unit: minutes as hours and minutes; 450.0 as 450."""
    if fact.rpartition(".")[2] in MINUTE_FACTS and value >= 0:
        return minutes_text(value)  # as the engine's summaries say it
    if fact in MONEY_FACTS:
        return money_text(value)
    return number_text(value)


def _format_bound(bound: Mapping[str, JSONValue], fact: str) -> str:
    """Format a {"min", "max"} value as a range or a one-sided bound, in words."""
    low, high = bound.get("min"), bound.get("max")
    if low is not None and high is not None:
        return f"{format_value(low, fact)} to {format_value(high, fact)}"
    if low is not None:
        return f"at least {format_value(low, fact)}"
    if high is not None:
        return f"at most {format_value(high, fact)}"
    return "no value"


def _format_span(span: Mapping[str, JSONValue]) -> str:
    """Format a visit's {"start", "end"} days; an end nobody gave is left open."""
    start, end = span.get("start"), span.get("end")
    if start is not None and end is not None:
        return f"{format_value(start)} to {format_value(end)}"
    if start is not None:
        return f"from {format_value(start)}"
    if end is not None:
        return f"until {format_value(end)}"
    return "no value"


def claim_value(claim: ClaimJSON) -> str:
    """Format a claim's value, or say why it has none."""
    if claim["not_evaluated"]:
        return f"not evaluated: {claim['not_evaluated']}"
    return format_value(claim["value"], claim["fact"])


def review_time(review: ReviewJSON) -> str:
    """Show when a review was made as editors read it: `2024-03-14 09:30 UTC`."""
    return show_time(review["at"])


def show_time(at: str | None) -> str:
    """Show an ISO time in UTC as editors read it: `2024-03-14 09:30 UTC`."""
    if not at:
        return "at an unknown time"
    day, _, clock = at.partition("T")
    return f"{day} {clock[:5]} UTC" if clock.endswith("+00:00") else at


def outlet_via(article: ArticleJSON) -> str:
    """The outlet, with the site that carried its story: "Wire via Courier"."""
    carrier = article.get("carrier")
    return f"{article['outlet']} via {carrier}" if carrier else article["outlet"]
