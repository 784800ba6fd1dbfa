"""Compare each page's outlet and publication day with the `articles:` of an expected.yaml.

    python -m tests.shared_pages [REPORTS_DIR]

prints, for every corpus folder under ../shared/corpus, how many pages have the expected
outlet and day. With REPORTS_DIR, each corpus's `REPORTS_DIR/<corpus>/report.json` is read
(as `consistency check CORPUS --out REPORTS_DIR/<corpus>` writes it); without, the corpus is
ingested here. A corpus added later is read without new code.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from consistency.datafiles import parse_yaml

SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
#: What expected.yaml says of a page that names no outlet: the tool must say unknown too.
UNKNOWN = "unknown"
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class PageCheck:
    """One page's outlet and day as the tool gives them, beside what the editor expects."""

    corpus: str
    page: str
    outlet: str
    expected_outlet: str
    published: str | None
    expected_published: str
    carrier: str | None = None
    expected_carrier: str | None = None

    @property
    def outlet_right(self) -> bool:
        """Whether the outlet is one of the accepted names, or unknown when expected so."""
        return outlet_matches(self.outlet, self.expected_outlet)

    @property
    def day_right(self) -> bool:
        """Whether the publication day is the expected one."""
        return self.published == self.expected_published


def _key(name: str) -> str:
    """A name without case, spaces or punctuation."""
    return _NOT_ALNUM.sub("", name.casefold())


def is_unknown(outlet: str) -> bool:
    """Whether the tool's outlet says it found none ("unknown (file.txt)")."""
    return outlet == UNKNOWN or outlet.startswith(f"{UNKNOWN} (")


def outlet_matches(got: str, expected: str) -> bool:
    """Whether `got` is one of the " / "-separated names of `expected`, or both unknown."""
    if expected.strip().casefold() == UNKNOWN:
        return is_unknown(got)
    return not is_unknown(got) and _key(got) in {_key(n) for n in expected.split(" / ")}


def expected_articles(folder: Path) -> dict[str, dict[str, Any]]:
    """The `articles:` of a corpus folder's expected.yaml, by page file name."""
    data = parse_yaml((folder / "expected.yaml").read_text(encoding="utf-8")) or {}
    return {str(k): dict(v) for k, v in (data.get("articles") or {}).items()}


def corpora(root: Path = SHARED_CORPUS) -> list[Path]:
    """Every corpus folder under `root` whose expected.yaml lists its articles."""
    if not root.is_dir():
        return []
    return [d for d in sorted(root.iterdir()) if d.is_dir() and expected_articles_or_none(d)]


def expected_articles_or_none(folder: Path) -> dict[str, dict[str, Any]] | None:
    """The folder's expected articles, or None when it has no expected.yaml listing them."""
    if not (folder / "expected.yaml").is_file():
        return None
    return expected_articles(folder) or None


def _text(cell: Any) -> str | None:
    """A table cell as text, None when it is missing (None, NaN or NA)."""
    return None if cell is None or bool(pd.isna(cell)) else str(cell)


def compare(
    corpus: str, rows: Iterable[Mapping[Any, Any]], expected: Mapping[str, Any]
) -> list[PageCheck]:
    """A check per expected page, from the tool's article rows (a page it lost counts wrong)."""
    by_page = {Path(str(row["source"])).name: row for row in rows}
    checks = []
    for page, want in sorted(expected.items()):
        row = by_page.get(page, {})
        checks.append(
            PageCheck(
                corpus=corpus,
                page=page,
                outlet=str(row.get("outlet") or ""),
                expected_outlet=str(want.get("outlet") or UNKNOWN),
                published=_text(row.get("published")),
                expected_published=str(want.get("published")),
                carrier=_text(row.get("carrier")),
                expected_carrier=want.get("carrier"),
            )
        )
    return checks


def ingested_checks(folder: Path) -> list[PageCheck]:
    """The checks of a corpus folder, ingesting it here."""
    from consistency.ingest import ingest

    articles = ingest([folder]).articles
    return compare(folder.name, articles.to_dict("records"), expected_articles(folder))


def report_checks(folder: Path, report: Path) -> list[PageCheck]:
    """The checks of a corpus folder, from the report.json a check of it wrote."""
    rows = json.loads(report.read_text(encoding="utf-8"))["articles"]
    return compare(folder.name, rows, expected_articles(folder))


def summary(checks: list[PageCheck]) -> str:
    """One line: outlet and day right, out of the pages."""
    outlets = sum(c.outlet_right for c in checks)
    days = sum(c.day_right for c in checks)
    return f"outlet right {outlets}/{len(checks)}, day right {days}/{len(checks)}"


def main(argv: list[str]) -> int:
    """Print each corpus's wrong pages and counts, then the total."""
    reports = Path(argv[0]) if argv else None
    every: list[PageCheck] = []
    for folder in corpora():
        if reports is None:
            checks = ingested_checks(folder)
        else:
            checks = report_checks(folder, reports / folder.name / "report.json")
        for c in checks:
            if not (c.outlet_right and c.day_right):
                print(
                    f"  {c.page}: outlet {c.outlet!r} (want {c.expected_outlet!r}), "
                    f"carrier {c.carrier!r} (want {c.expected_carrier!r}), "
                    f"day {c.published} (want {c.expected_published})"
                )
        print(f"{folder.name}: {summary(checks)}")
        every.extend(checks)
    print(f"all corpora: {summary(every)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
