"""Render report.html: one self-contained, printable page from the report dict."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import PurePosixPath
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from consistency.report.contract import ClaimJSON, ReportJSON
from consistency.report.details import RunDetails
from consistency.report.matrix import agreement_matrix
from consistency.report.outlets import copy_groups, outlet_summaries
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
