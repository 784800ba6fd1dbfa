"""Render report.html: one self-contained, printable page from the report dict."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from consistency.report.contract import ClaimJSON, ReportJSON
from consistency.report.present import (
    STATUS_ORDER,
    claim_value,
    claims_of,
    format_value,
    highlight,
    outlet_count,
    plural,
    status_counts,
    status_label,
    subject_text,
)

TEMPLATE = "report.html.j2"


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
        subject=subject_text,
    )
    return env


def render_html(report: ReportJSON) -> str:
    """Render the whole report as one HTML page."""
    return (
        environment()
        .get_template(TEMPLATE)
        .render(
            report=report,
            counts=status_counts(report),
            claims_of=claims_of(report),
            outlet_count=outlet_count(report),
        )
    )
