"""Render report.md from the report dict: counts, then each finding with its sentences."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import TextIO

from consistency.report.by_outlet import (
    Conflict,
    CopyGroup,
    FindingRef,
    OutletSummary,
    copy_groups,
    outlet_summaries,
)
from consistency.report.contract import ClaimJSON, FindingJSON, ReportJSON
from consistency.report.details import RunDetails
from consistency.report.present import (
    claim_value,
    claims_of,
    fold,
    highlight,
    omitted_text,
    outlet_count,
    outlet_via,
    page_of,
    plural,
    review_time,
    status_counts,
    status_label,
    subject_text,
)
from consistency.review import REOPENED_TEXT

# Article text is untrusted: escape what Markdown (or HTML inside it) would act on.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


# What a heading's anchor keeps (as GitHub and GitLab make them): word characters, - and space.
_NOT_IN_ANCHOR = re.compile(r"[^\w\- ]")

# Runs of whitespace fold to one space; a lone space is left alone (matching it at every
# word would cost a replacement per word).
_SPACE = re.compile(r"\s\s+|[^\S ]")


def md(text: str) -> str:
    """Escape text as literal Markdown on one line; edge spaces stay so pieces join."""
    # Every whitespace but the ASCII space is unprintable: most text needs no folding pass.
    if not text.isprintable() or "  " in text:
        text = _SPACE.sub(" ", text)
    return _SPECIAL.sub(_backslashed, text)


def _backslashed(match: re.Match[str]) -> str:
    """The matched character with a backslash before it."""
    return "\\" + match.group(1)


def render_markdown(report: ReportJSON, details: RunDetails | None = None) -> str:
    """Render the whole report as Markdown; `details` as for `render_html`."""
    out = io.StringIO()
    write_markdown(report, out, details)
    return out.getvalue()


def write_markdown(report: ReportJSON, file: TextIO, details: RunDetails | None = None) -> None:
    """Write the whole report as Markdown, a section or a finding at a time."""
    details = details or RunDetails()
    head = ["# Consistency report", "", _overview(report), "", *_counts(report), ""]
    sections = (
        head,
        *_findings(report),
        _by_outlet(outlet_summaries(report)),
        _syndicated(report, details),
        _articles(report),
        _rejected(report),
    )
    for lines in sections:
        file.write("\n".join(lines) + "\n")
    # The page ends in one newline; the last section always has its heading to strip back to.
    file.write("\n".join(_warnings(report)).rstrip() + "\n")


def _overview(report: ReportJSON) -> str:
    """Say in one line how much was read."""
    counts = (
        plural(len(report["articles"]), "article"),
        f"from {plural(outlet_count(report), 'outlet')},",
        f"{plural(len(report['claims']), 'claim')},",
        f"{plural(len(report['findings']), 'finding')},",
        f"{plural(len(report['rejected']), 'rejected input')}.",
    )
    return " ".join(counts)


def _counts(report: ReportJSON) -> list[str]:
    """Tabulate the findings per status."""
    rows = [f"| {status_label(s)} | {n} |" for s, n in status_counts(report).items()]
    return ["| Status | Findings |", "| --- | ---: |", *rows]


def _findings(report: ReportJSON) -> Iterator[list[str]]:
    """The heading, then one section per finding, in report order (conflicts first)."""
    if not report["findings"]:
        yield ["## Findings", "", "No findings.", ""]
        return
    yield ["## Findings", ""]
    page = page_of(report)
    if page.omitted:
        yield [md(omitted_text(page.omitted)), ""]
    claims = claims_of(page.report)
    for number, finding in enumerate(page.report["findings"], start=1):
        yield _finding(number, finding, claims[finding["finding_id"]])


def _heading(number: int, finding: FindingJSON) -> str:
    """A finding's heading text, unescaped: `1. Conflict: meeting.date (A, B)`."""
    label, fact = status_label(finding["status"]), finding["fact"]
    return f"{number}. {label}: {fact} ({subject_text(finding)})"


def anchor(heading: str) -> str:
    """The anchor Markdown renderers give a heading: lower case, words joined by hyphens."""
    # Only word characters and hyphens are left, so untrusted text cannot end the link.
    return _NOT_IN_ANCHOR.sub("", fold(heading).lower()).replace(" ", "-")


def _finding(number: int, finding: FindingJSON, claims: list[ClaimJSON]) -> list[str]:
    """Write the heading, verdict, summary and sentences of one finding."""
    lines = [
        f"### {number}. {status_label(finding['status'])}: {md(finding['fact'])} "
        f"({md(subject_text(finding))})",
        "",
        f"**Status:** {finding['status']} · **Severity:** {finding['severity']} · "
        f"**Rule:** {md(finding['rule']) or 'none'}",
        "",
        md(finding["summary"]),
        "",
        *(_claim(c) for c in claims),
    ]
    if claims:
        lines.append("")
    if finding["hint"]:
        lines += [f"*Hint:* {md(finding['hint'])}", ""]
    if finding["note"]:
        lines += [f"*Note:* {md(finding['note'])}", ""]
    return [*lines, _review(finding), ""]


def _review(finding: FindingJSON) -> str:
    """Say who reviewed the finding and how, that it was re-opened, or that nobody has yet."""
    review, finding_id = finding["review"], md(finding["finding_id"])
    said = f"**{md(review['verdict'] or '')}** by {md(review['by'] or '')}, {review_time(review)}"
    note = f" — {md(review['note'])}" if review["note"] else ""
    if review["state"] == "reviewed":
        return f"*Review* ({finding_id}): {said}{note}"
    if review["state"] == "reopened":
        return f"*Review* ({finding_id}): {REOPENED_TEXT} (was {said}{note})"
    return f"*Review* ({finding_id}): not reviewed yet"


def _claim(claim: ClaimJSON) -> str:
    """Write `outlet — "sentence" (value)`, the claim text in bold inside the sentence."""
    cut = highlight(claim)
    marked = f"**{md(cut.inside)}**" if cut.found else ""
    quoted = f'"{md(cut.before)}{marked}{md(cut.after)}"'
    extras = [] if cut.found else [f"claim: **{md(fold(claim['text']))}**"]
    if claim["hedged"]:
        extras.append("hedged")
    if claim["attribution"]:
        extras.append(f"attributed: {md(claim['attribution'])}")
    tail = f" — {'; '.join(extras)}" if extras else ""
    return f"- {md(fold(claim['outlet']))} — {quoted} ({md(claim_value(claim))}){tail}"


def _by_outlet(summaries: list[OutletSummary]) -> list[str]:
    """Per outlet: the findings only it reports and those where its value conflicts."""
    lines = ["## By outlet", ""]
    if not summaries:
        return [*lines, "No findings.", ""]
    for summary in summaries:
        lines += [
            f"- **{md(fold(summary.outlet))}**",
            f"  - Only this outlet reports: {_refs(summary.single_source)}",
            f"  - Its value conflicts with others': {_conflicts(summary.conflicts)}",
        ]
    return [*lines, ""]


def _refs(refs: tuple[FindingRef, ...]) -> str:
    """Links to findings by number, fact and subject; "none" when there are none."""
    return "; ".join(_ref(r) for r in refs) or "none"


def _ref(ref: FindingRef) -> str:
    """A link to one finding's section."""
    finding = ref.finding
    text = f"{ref.number}. {md(finding['fact'])} ({md(subject_text(finding))})"
    return f"[{text}](#{anchor(_heading(ref.number, finding))})"


def _conflicts(conflicts: tuple[Conflict, ...]) -> str:
    """Links to conflict findings, each with the outlets it clashes with."""
    parts = [
        f"{_ref(c.ref)} with {md(', '.join(c.against))}" if c.against else _unpaired(c)
        for c in conflicts
    ]
    return "; ".join(parts) or "none"


def _unpaired(conflict: Conflict) -> str:
    """A conflict whose outlets were not compared pair by pair (whom it clashes with is open)."""
    return f"{_ref(conflict.ref)} (pairs not compared)"


def _syndicated(report: ReportJSON, details: RunDetails) -> list[str]:
    """List the copies of one wire story that were merged and counted as one source."""
    lines = ["## Syndicated copies", ""]
    if details.syndicated is None:
        return [*lines, "Not worked out for this report.", ""]
    groups = copy_groups(report, details.syndicated)
    if not groups:
        return [*lines, "None.", ""]
    return [*lines, *(_copies(g) for g in groups), ""]


def _copies(group: CopyGroup) -> str:
    """One merged story: the source it counts as, then each copy's outlet and file."""
    copies = "; ".join(f"{md(c.outlet)}: {md(c.source)}" for c in group.copies)
    return f"- {md(group.origin)}, counted as one source: {copies}"


def _articles(report: ReportJSON) -> list[str]:
    """List the articles read: outlet, day and where the day came from, title, source."""
    lines = ["## Articles", ""]
    for article in report["articles"]:
        day = article["published"] or "no date"
        title = f" “{md(article['title'])}”" if article["title"] else ""
        lines.append(
            f"- {md(outlet_via(article))}, {day} ({md(article['published_from'])}){title}: "
            f"{md(article['source'])}"
        )
    return [*lines, ""] if report["articles"] else [*lines, "None.", ""]


def _rejected(report: ReportJSON) -> list[str]:
    """List the inputs that were not read, with the reason."""
    lines = ["## Rejected inputs", ""]
    if not report["rejected"]:
        return [*lines, "None.", ""]
    return [*lines, *(f"- {md(r['source'])}: {md(r['reason'])}" for r in report["rejected"]), ""]


def _warnings(report: ReportJSON) -> list[str]:
    """List everything the run warned about."""
    lines = ["## Warnings", ""]
    if not report["warnings"]:
        return [*lines, "None.", ""]
    return [*lines, *(f"- {md(w)}" for w in report["warnings"]), ""]
