"""Place the days a page prints without a year ("06/17 06:11", "VELM, June 16. /AGENCY/.").

A page read alone cannot tell the year; a story's pages are published within days of each
other, so the year is the one that puts the day nearest one of the corpus's other publication
days (with none, the last such day up to today), and a warning says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping, Sequence
from typing import Any

from consistency.ingest.printed_dates import DayOfYear, year_for

#: The row key under which an article row carries its day without a year, and the name
#: warnings give the article, until the day is placed.
YEARLESS = "_yearless"
NONE = "none"


def _reason(near: Sequence[str]) -> str:
    """Why the year was chosen, for the warning."""
    if near:
        return "the year that puts it nearest another article's day"
    return "the last such day up to today"


def place_years(rows: Sequence[MutableMapping[str, Any]], today: dt.date) -> list[str]:
    """Give each row whose day has no year the year its corpus suggests; one warning each."""
    near = [str(row["published"]) for row in rows if row.get("published")]
    warnings = []
    for row in rows:
        pending: tuple[DayOfYear, str] | None = row.pop(YEARLESS, None)
        if pending is None or row.get("published"):
            continue
        found, name = pending
        day = year_for(found, near, today)
        if day is None:
            row["published_from"] = NONE
            warnings.append(f"{name}: no publication date found; relative dates stay unanchored")
            continue
        row["published"] = day
        warnings.append(
            f"{name}: publication date {found.text!r} on the page has no year; read as {day}, "
            f"{_reason(near)}; check it"
        )
    return warnings
