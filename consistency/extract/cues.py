"""Cheap tests run before a claim family's patterns: whether any of its trigger words occurs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence


def any_word(words: Sequence[str], ignore_case: bool = False) -> Callable[[str], bool]:
    """A test that one of `words` occurs in a text, as written or (lower-case words) in any case.

    A pattern that can only match where one of the words occurs need not run on the others.
    """
    if not ignore_case:
        return lambda text: any(word in text for word in words)
    if any(not word.isascii() or word != word.lower() for word in words):
        raise ValueError("words tested in any case are lower-case ASCII")
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)

    def test(text: str) -> bool:
        """Substring tests on the lower-cased text; the pattern's own casing beyond ASCII."""
        # Outside ASCII, IGNORECASE pairs letters that lower() does not ("ı" and "i").
        if not text.isascii():
            return pattern.search(text) is not None
        lowered = text.lower()
        return any(word in lowered for word in words)

    return test
