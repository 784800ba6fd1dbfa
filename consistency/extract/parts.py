"""Parts of a meeting written into a claim's value text ("second part: an hour").

A length of one round of talks, or the venue of a meal on a visit's day, is compared with
the other outlets' values for that part only (engine/clusters.py splits claims by part).
"""

from __future__ import annotations

#: Between a part's name and the value's own words: "second part: about an hour".
PART_SEPARATOR = ": "
#: Parts of a meeting by their order (extract/durations.py reads their lengths).
PARTS = ("first", "second")
#: Parts of a visit's meeting told by what the people did, not by its order: a meal's venue
#: is compared with the other outlets' venues of that meal (extract/interactions.py).
OCCASIONS = ("meal",)


def with_part(part: str, text: str) -> str:
    """A value text marked as one part's ("second", "an hour" -> "second part: an hour")."""
    return f"{part} part{PART_SEPARATOR}{text}" if part else text


def split_part(text: str) -> tuple[str, str]:
    """A value text as (part, words): "second part: an hour" is ("second", "an hour")."""
    head, separator, words = text.partition(PART_SEPARATOR)
    part = head.removesuffix(" part")
    if separator and part in (*PARTS, *OCCASIONS) and head.endswith(" part"):
        return part, words
    return "", text
