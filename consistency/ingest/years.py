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
#: The row key under which a row read day first carries its month-first day and its name.
OTHER_ORDER = "_other_order"
NONE = "none"
MONTH_FIRST_SOURCE = "byline (month first)"


def _reason(near: Sequence[str]) -> str:
    """Why the year was chosen, for the warning."""
    if near:
        return "the year that puts it nearest another article's day"
    return "the last such day up to today"


def _gap(day: str, near: Sequence[dt.date]) -> int:
    """Days between `day` (ISO) and the nearest of `near`."""
    value = dt.date.fromisoformat(day)
    return min(abs((value - other).days) for other in near)


def settle_orders(rows: Sequence[MutableMapping[str, Any]]) -> list[str]:
    """Read a numeric day month first when that puts it nearer the corpus's other days.

    "03/04/2031" is read day first (3 April), the way most of the world writes it; among
    pages of 4 to 7 March it is a US page's 4 March. Only days read without doubt count as
    the others'; with none, the day-first reading stands. One warning per day changed.
    """
    near = sorted(
        {
            dt.date.fromisoformat(str(row["published"]))
            for row in rows
            if row.get("published") and not row.get(OTHER_ORDER)
        }
    )
    warnings = []
    for row in rows:
        pending: tuple[str, str] | None = row.pop(OTHER_ORDER, None)
        if pending is None or not near or not row.get("published"):
            continue
        other, name = pending
        day = str(row["published"])
        if _gap(other, near) < _gap(day, near):
            row["published"] = other
            row["published_from"] = MONTH_FIRST_SOURCE
            warnings.append(
                f"{name}: publication date {day} read day first is far from the other "
                f"articles' days; read month first as {other}; check it"
            )
    return warnings


def place_years(rows: Sequence[MutableMapping[str, Any]], today: dt.date) -> list[str]:
    """Give each row whose day has no year the year its corpus suggests; one warning each.

    A numeric day read day first is settled first (`settle_orders`).
    """
    warnings = settle_orders(rows)
    # Each distinct day once: year_for reads them all for every page without a year.
    near = sorted({str(row["published"]) for row in rows if row.get("published")})
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
