"""The timeline, the agreement matrix, the CSVs and how sources are named and linked."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from consistency.report import render_claims_csv, render_findings_csv, to_json_dict
from consistency.report.contract import JSONValue, ReportJSON
from consistency.report.matrix import agreement_matrix
from consistency.report.sources import PACKAGE, display_source, locate_source, source_href
from consistency.report.timeline import Span, date_span, timeline
from tests.test_report import COURIER, EVIL, FACTS, IMG, WIRE, sample_result


def _report() -> ReportJSON:
    """The sample run as report data."""
    return to_json_dict(sample_result())


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2024-03-11", Span(date(2024, 3, 11), date(2024, 3, 11))),
        ("2023-02", Span(date(2023, 2, 1), date(2023, 2, 28))),
        ("2024-02", Span(date(2024, 2, 1), date(2024, 2, 29))),
        ("2019", Span(date(2019, 1, 1), date(2019, 12, 31))),
        ({"start": "2024-03-10", "end": "2024-03-14"}, Span(date(2024, 3, 10), date(2024, 3, 14))),
        (
            {"start": "2024-03-10", "end": None},
            Span(date(2024, 3, 10), date(2024, 3, 10), open_end=True),
        ),
        (
            {"start": None, "end": "2024-03"},
            Span(date(2024, 3, 31), date(2024, 3, 31), open_start=True),
        ),
    ],
)
def test_date_spans(value: JSONValue, span: Span) -> None:
    """Days, months, years and visits become the days they cover."""
    assert date_span(value) == span


@pytest.mark.parametrize(
    "value",
    [2019, 450, "Vellmar Palace", "2024-02-30", "2024-13", {"min": 300, "max": None}, None,
     {"start": "2024-03-14", "end": "2024-03-10"}, {"start": None, "end": None}, ["2024-03-11"]],
)  # fmt: skip
def test_values_that_are_not_dates(value: JSONValue) -> None:
    """Numbers, names, impossible days and bounds are left off the timeline."""
    assert date_span(value) is None


def test_timeline_has_a_lane_per_outlet_with_dated_claims() -> None:
    """The two dated claims sit in their outlets' lanes on the same day, coloured by status."""
    drawn = timeline(_report())
    assert drawn is not None
    assert [lane.outlet for lane in drawn.lanes] == [WIRE, COURIER]
    assert [m.status for m in drawn.marks] == ["agree", "agree"]
    assert {m.finding_id for m in drawn.marks} == {"f-date"}
    assert drawn.marks[0].x1 == drawn.marks[1].x1 and all(m.dot for m in drawn.marks)
    assert [t.label for t in drawn.ticks] == ["11 Mar 2024"]
    assert "met Brelloch on March 11" in drawn.marks[0].title


def test_timeline_orders_days_and_stacks_overlaps() -> None:
    """Later days lie further right; marks that would overlap go to a new row."""
    report = _report()
    claims = [c for c in report["claims"] if c["outlet"] == WIRE]
    extra = [
        claims[0] | {"claim_id": "x1", "value": "2023-11"},
        claims[0] | {"claim_id": "x2", "value": {"start": "2024-03-10", "end": None}},
        claims[0] | {"claim_id": "x3", "value": "2024-03-11"},
    ]
    drawn = timeline(report | {"claims": [*report["claims"], *extra]})
    assert drawn is not None
    wire = sorted((m for m in drawn.marks if m.title.startswith(WIRE)), key=lambda m: m.x1)
    assert [m.dot for m in wire] == [False, False, True, True]
    month, visit, day, same_day = wire
    assert month.x1 < month.x2 < visit.x1 < day.x1 == same_day.x1
    assert visit.open_end and not visit.dot
    assert month.y == visit.y == day.y < same_day.y  # two claims of one day are stacked


def test_no_dated_claims_no_timeline() -> None:
    """Without dates there is nothing to draw."""
    report = _report()
    undated = [c | {"value": 5} for c in report["claims"]]
    assert timeline(report | {"claims": undated}) is None


def test_agreement_matrix_counts_pairs_from_findings() -> None:
    """Two outlets share a finding when both are in its outlets; agree and conflict counted."""
    matrix = agreement_matrix(_report())
    assert matrix is not None
    outlets = [label.outlet for label in matrix.rows]
    assert outlets == sorted([EVIL, WIRE, COURIER])
    cells = {frozenset((cell.first, cell.second)): cell for cell in matrix.cells}
    # One triangle: each pair once, below the diagonal (its row's outlet sorts after its
    # column's), and every outlet on the diagonal.
    assert len(matrix.cells) == len(cells) == 6
    assert all(outlets.index(c.first) >= outlets.index(c.second) for c in matrix.cells)
    wire_courier = cells[frozenset((WIRE, COURIER))]
    assert (wire_courier.shared, wire_courier.agreeing, wire_courier.conflicting) == (1, 1, 0)
    assert wire_courier.tone == "agree"
    evil_wire = cells[frozenset((EVIL, WIRE))]
    assert (evil_wire.shared, evil_wire.agreeing, evil_wire.conflicting) == (1, 0, 1)
    assert evil_wire.tone == "conflict"
    assert cells[frozenset((EVIL, COURIER))].tone == "none"
    evil = cells[frozenset((EVIL,))]
    assert evil.diagonal and evil.shared == 2


def test_agreement_matrix_needs_two_outlets() -> None:
    """One outlet has nobody to agree with."""
    report = _report()
    alone = [f | {"outlets": [WIRE]} for f in report["findings"]]
    assert agreement_matrix(report | {"findings": alone}) is None


def test_findings_csv_has_a_row_per_finding_with_its_review() -> None:
    """findings.csv: report order, lists joined, values as editors read them."""
    rows = list(csv.DictReader(io.StringIO(render_findings_csv(_report()))))
    assert [r["finding_id"] for r in rows] == ["f-duration", "f-date", "f-place", "f-precedent"]
    assert rows[0]["outlets"] == f"{EVIL}; {WIRE}" and rows[0]["claim_ids"] == "c3; c4"
    assert rows[1]["value"] == "2024-03-11" and rows[0]["value"] == ""
    assert {r["review_state"] for r in rows} == {"unreviewed"}


def test_claims_csv_has_a_row_per_claim_with_its_finding() -> None:
    """claims.csv: every claim, its finding and status, its source file and offsets."""
    rows = list(csv.DictReader(io.StringIO(render_claims_csv(_report()))))
    assert len(rows) == len(FACTS)
    duration = next(r for r in rows if r["claim_id"] == "c4")
    assert (duration["finding_id"], duration["status"]) == ("f-duration", "conflict")
    assert duration["value"] == "at least 420" and duration["attribution"] == "officials said"
    assert duration["source"] == f"corpus/c_{IMG}.txt"
    assert int(duration["end"]) - int(duration["start"]) == len(duration["text"])


def test_csv_cells_never_run_as_formulas() -> None:
    """Article text that starts like a formula is prefixed so spreadsheets show it as text."""
    report = _report()
    report["claims"][0] |= {"text": '=HYPERLINK("http://x")', "sentence": "+1 -2 @3"}
    text = render_claims_csv(report)
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["text"] == '\'=HYPERLINK("http://x")' and row["sentence"] == "'+1 -2 @3"


def test_sources_are_as_given_but_the_package_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo corpus is named from the package; every other source as given."""
    demo = PACKAGE / "demo_corpus" / "000_5d2e81c4a9f03b76.txt"
    monkeypatch.chdir(tmp_path)
    assert display_source(str(demo)) == "consistency/demo_corpus/000_5d2e81c4a9f03b76.txt"
    here = tmp_path / "corpus" / "a.txt"
    assert display_source(str(here)) == str(here)
    assert display_source("corpus/a.txt") == "corpus/a.txt"
    elsewhere = "/somewhere/else/a.txt"
    assert display_source(elsewhere) == elsewhere


def test_source_links_point_at_the_file_from_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Links are relative to the report folder and URL-quoted; missing files get none."""
    monkeypatch.chdir(tmp_path)
    odd = tmp_path / "corpus" / "a b<c>.txt"
    odd.parent.mkdir()
    odd.write_text("x", "utf-8")
    assert locate_source("corpus/a b<c>.txt") == tmp_path / "corpus" / "a b<c>.txt"
    assert source_href("corpus/a b<c>.txt", tmp_path / "reports") == "../corpus/a%20b%3Cc%3E.txt"
    assert source_href("corpus/missing.txt", tmp_path / "reports") is None
    demo = "consistency/demo_corpus/000_5d2e81c4a9f03b76.txt"
    href = source_href(demo, tmp_path / "reports")
    assert (
        href is not None
        and (tmp_path / "reports" / href).resolve() == (PACKAGE.parent / demo).resolve()
    )
