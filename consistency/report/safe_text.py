"""Text fit for a terminal: no control characters from the pages reach it."""

from __future__ import annotations

import re
from typing import Any

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a line shows.
# An outlet name carrying ESC sequences could otherwise write to the clipboard or retitle
# the window (OSC 52, OSC 0) when the summary is printed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """Text with every control character removed (tabs and line breaks kept)."""
    return _CONTROL.sub("", text)


def terminal_safe(value: Any) -> Any:
    """A report's strings, in dicts, lists and tuples at any depth, made terminal_text."""
    if isinstance(value, str):
        return terminal_text(value)
    if isinstance(value, dict):
        return {key: terminal_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(terminal_safe(item) for item in value)
    return value
