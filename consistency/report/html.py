"""Render report.html: one self-contained, printable page from the report dict."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import PurePosixPath
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from consistency.report.by_outlet import copy_groups, outlet_summaries
from consistency.report.contract import ClaimJSON, FindingJSON, ReportJSON
from consistency.report.details import RunDetails
from consistency.report.matrix import agreement_matrix
from consistency.report.present import (
    STATUS_ORDER,
    claim_value,
    claims_of,
    format_value,
    highlight,
    omitted_text,
    outlet_count,
    page_of,
    plural,
    review_time,
    status_counts,
    status_label,
    subject_text,
)
from consistency.report.sources import web_href
from consistency.report.timeline import timeline
from consistency.review import VERDICTS

TEMPLATE = "report.html.j2"
SCRIPT = "filters.js"
REVIEW_STATES = ("unreviewed", "reviewed", "reopened")
REVIEW_LABELS = {"unreviewed": "not reviewed", "reviewed": "reviewed", "reopened": "re-opened"}
#: Statuses an editor must look at: the page lists them open, before everything else.
NEEDS_EDITOR = ("conflict", "not_evaluated", "hedged")
VERDICT_LABELS = {
    "confirmed": "Confirmed",
    "acceptable": "Acceptable",
    "false-alarm": "False alarm",
}
#: How many claims an open finding shows before "more claims": the two sides of a conflict.
CLAIMS_SHOWN = 2


@dataclass(frozen=True)
class Badge:
    """What a finding's badge says and the CSS class that colours it."""

    label: str
    css: str


@dataclass(frozen=True)
class Groups:
    """The page's findings: those an editor must look at first, then the settled ones."""

    needs_editor: list[FindingJSON]
    settled: list[FindingJSON]


@dataclass(frozen=True)
class ReviewForm:
    """What the review page adds to each finding: a form posting a verdict back to the server."""

    token: str
    action: str = "/review"
    by: str = ""


@dataclass(frozen=True)
class ReviewCounts:
    """How far the review of this report has got."""

    reviewed: int
    reopened: int
    open_conflicts: int


def marked_sentence(claim: ClaimJSON) -> Markup:
    """Mark the claim text in its sentence; every piece is escaped before joining."""
    cut = highlight(claim)
    if not cut.found:
        return escape(cut.before)
    before, inside, after = escape(cut.before), escape(cut.inside), escape(cut.after)
    return Markup(f"{before}<mark>{inside}</mark>{after}")


def in_sentence(claim: ClaimJSON) -> bool:
    """Tell whether the claim text was found in its sentence (and so is marked there)."""
    return highlight(claim).found


def needs_editor(finding: FindingJSON) -> bool:
    """A conflict, a finding not evaluated or hedged only, without a current review; re-opened."""
    state = finding["review"]["state"]
    return state == "reopened" or (finding["status"] in NEEDS_EDITOR and state != "reviewed")


def grouped(findings: Sequence[FindingJSON]) -> Groups:
    """Split the findings, each group in report order (conflicts first)."""
    first = [f for f in findings if needs_editor(f)]
    return Groups(first, [f for f in findings if not needs_editor(f)])


def badge(finding: FindingJSON) -> Badge:
    """A reviewed finding shows its verdict (not a red "Conflict"); any other its status."""
    review = finding["review"]
    if review["state"] == "reviewed" and review["verdict"] in VERDICT_LABELS:
        return Badge(VERDICT_LABELS[review["verdict"]], verdict_class(review["verdict"]))
    return Badge(status_label(finding["status"]), status_class(finding["status"]))


def claims_split(
    claims: Sequence[ClaimJSON], finding: FindingJSON
) -> tuple[list[ClaimJSON], list[ClaimJSON]]:
    """The claims a finding shows at once, and the rest (behind "more claims").

    A conflict shows a claim of each of the first two outlets whose values clash; otherwise
    the claims that give values no claim before them gave, each from an outlet not yet shown,
    then one per outlet, up to CLAIMS_SHOWN.
    """
    first = _clashing(claims, finding)
    for wanted in (_new_value, _new_outlet):
        for claim in claims:
            if len(first) < CLAIMS_SHOWN and claim not in first and wanted(claim, first):
                first.append(claim)
    return first, [c for c in claims if c not in first]


def _clashing(claims: Sequence[ClaimJSON], finding: FindingJSON) -> list[ClaimJSON]:
    """A claim of each of the first two outlets the finding's pairs say conflict; or none."""
    pair = next((p[:2] for p in finding.get("pairs") or () if p[2] == "conflict"), None)
    if pair is None:
        return []
    found = [next((c for c in claims if c["outlet"] == o and _valued(c)), None) for o in pair]
    # A pair can name a syndicated group rather than an outlet: then no claim matches.
    return [c for c in found if c is not None] if all(found) else []


def _valued(claim: ClaimJSON) -> bool:
    """A claim that gives a value (the outlets' values are what a conflict is about)."""
    return not claim["not_evaluated"] and claim["value"] is not None


def _new_value(claim: ClaimJSON, shown: Sequence[ClaimJSON]) -> bool:
    """An evaluated claim whose outlet and value none of the shown claims has."""
    if not _valued(claim):
        return False
    return all(c["outlet"] != claim["outlet"] and c["value"] != claim["value"] for c in shown)


def _new_outlet(claim: ClaimJSON, shown: Sequence[ClaimJSON]) -> bool:
    """A claim from an outlet none of the shown claims is from."""
    return all(c["outlet"] != claim["outlet"] for c in shown)


def shows_tense(claim: ClaimJSON) -> bool:
    """Whether a claim's tense is worth a row: only a future claim (a plan) says something."""
    return claim["tense"] == "future"


def review_label(state: str) -> str:
    """A review state as the filter and the one-line findings word it."""
    return REVIEW_LABELS.get(state, state)


def status_class(status: str) -> str:
    """Name the CSS class of a status; unknown statuses share one, so no text reaches it."""
    return f"status-{status}" if status in STATUS_ORDER else "status-other"


def verdict_class(verdict: str | None) -> str:
    """Name the CSS class of a verdict, from the known verdicts only."""
    return f"verdict-{verdict}" if verdict in VERDICTS else "verdict-other"


def review_class(state: str) -> str:
    """Name the CSS class of a review state, from the known states only."""
    return state if state in REVIEW_STATES else "other"


def number(value: float) -> str:
    """Write an SVG coordinate with at most one decimal."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


# Asked once per claim, of the few sources the claims share.
@lru_cache(maxsize=1024)
def basename(source: str) -> str:
    """The file name of a source path."""
    return PurePosixPath(source.replace("\\", "/")).name or source


@cache
def script() -> str:
    """The page's only script: the filter bar, shipped beside the template."""
    return (resources.files("consistency.report") / "templates" / SCRIPT).read_text("utf-8")


def content_security_policy() -> str:
    """Allow inline styles and exactly our own script (by hash); nothing is fetched."""
    digest = base64.b64encode(hashlib.sha256(script().encode("utf-8")).digest()).decode()
    return (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; form-action 'self'; base-uri 'none'"
    )


@cache
def environment() -> Environment:
    """Build the Jinja environment: package templates, autoescape on, strict undefined."""
    env = Environment(
        loader=PackageLoader("consistency.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        marked=marked_sentence,
        in_sentence=in_sentence,
        value=format_value,
        claim_value=claim_value,
        badge=badge,
        claims_split=claims_split,
        shows_tense=shows_tense,
        review_label=review_label,
        label=status_label,
        plural=plural,
        status_class=status_class,
        verdict_class=verdict_class,
        review_class=review_class,
        subject=subject_text,
        review_time=review_time,
        n=number,
        basename=basename,
        web_href=web_href,
    )
    return env


def render_html(
    report: ReportJSON,
    *,
    links: Mapping[str, str] | None = None,
    form: ReviewForm | None = None,
    details: RunDetails | None = None,
) -> str:
    """Render the whole report as one HTML page; `links` maps article ids to source URLs.

    `details` (from `run_details`) adds what report.json does not hold: the syndicated
    copies and feed rows' urls.
    """
    return "".join(html_chunks(report, links=links, form=form, details=details))


def write_html(
    report: ReportJSON,
    file: TextIO,
    *,
    links: Mapping[str, str] | None = None,
    form: ReviewForm | None = None,
    details: RunDetails | None = None,
) -> None:
    """Write the page as it is rendered, so the whole of it is never held at once."""
    file.writelines(html_chunks(report, links=links, form=form, details=details))


def html_chunks(
    report: ReportJSON,
    *,
    links: Mapping[str, str] | None = None,
    form: ReviewForm | None = None,
    details: RunDetails | None = None,
) -> Iterator[str]:
    """The page's text in the pieces the template yields them."""
    # The findings and timeline list only what the page shows; counts are of the whole run.
    page = page_of(report)
    claims = claims_of(page.report)
    details = details or RunDetails()
    syndicated = details.syndicated
    return (
        environment()
        .get_template(TEMPLATE)
        .generate(
            report=report,
            shown=page.report["findings"],
            groups=grouped(page.report["findings"]),
            review_states=review_states(report),
            omitted=omitted_text(page.omitted),
            counts=status_counts(report),
            claims_of=claims,
            outlet_count=outlet_count(report),
            reviews=review_counts(report),
            finding_outlets=finding_outlets(page.report, claims),
            filter_outlets=sorted({a["outlet"] for a in report["articles"]}),
            filter_facts=sorted({f["fact"] for f in report["findings"]}),
            timeline=timeline(page.report),
            matrix=agreement_matrix(report),
            outlets=outlet_summaries(report),
            syndicated=None if syndicated is None else copy_groups(report, syndicated),
            urls=dict(details.urls),
            sources={a["article_id"]: a["source"] for a in report["articles"]},
            links=dict(links or {}),
            form=form,
            verdicts=VERDICTS,
            script=Markup(script()),
            csp=content_security_policy(),
        )
    )


def finding_outlets(
    report: ReportJSON, claims: Mapping[str, list[ClaimJSON]]
) -> dict[str, list[str]]:
    """The outlets each finding can be filtered by: its sources and its claims' outlets."""
    return {
        f["finding_id"]: sorted({*f["outlets"], *(c["outlet"] for c in claims[f["finding_id"]])})
        for f in report["findings"]
    }


def review_states(report: ReportJSON) -> dict[str, int]:
    """Count the findings per review state, for the filter (states with none left out)."""
    counts = Counter(f["review"]["state"] for f in report["findings"])
    return {state: counts[state] for state in REVIEW_STATES if counts[state]}


def review_counts(report: ReportJSON) -> ReviewCounts:
    """Count reviewed and re-opened findings, and conflicts with no current review."""
    states = [f["review"]["state"] for f in report["findings"]]
    return ReviewCounts(
        reviewed=states.count("reviewed"),
        reopened=states.count("reopened"),
        open_conflicts=sum(
            f["status"] == "conflict" and f["review"]["state"] != "reviewed"
            for f in report["findings"]
        ),
    )
