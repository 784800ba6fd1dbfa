"""The warnings and rejected inputs a check prints on stderr: the first few, then counts by kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: How many diagnostic lines stderr shows before it counts the rest (all stay in report.json).
SHOWN = 20


def kind_of(line: str) -> str:
    """What a diagnostic says, without whose it is: 'a.txt: no outlet found; ...' -> 'no outlet'."""
    # Lines are "<source>: <what>; <consequence>"; a source may hold ": " itself (a URL's port
    # does not, "C:\" does not), so the kind is taken after the last ": " before the first ";".
    head = line.split(";", 1)[0]
    what = head.rsplit(": ", 1)[-1].strip()
    return what.removesuffix(" found") or head.strip()


def capped(lines: Iterable[str], shown: int = SHOWN) -> list[str]:
    """The first `shown` lines, then one line counting the others by kind, most common first."""
    lines = list(lines)
    if len(lines) <= shown:
        return lines
    rest = Counter(kind_of(line) for line in lines[shown:])
    kinds = ", ".join(f"{count:,} {kind}" for kind, count in rest.most_common())
    return [*lines[:shown], f"and {len(lines) - shown:,} more: {kinds}; see report.json"]
