"""Count the words written inline in the package's regular expressions, file by file."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "consistency"
# A word (or a phrase of words) standing as one alternative of a regex alternation inside a
# string literal: "said|says|told", r"\b(?:met|held\s+talks)\b". Escapes (\s, \b) and
# group syntax are no words.
_ALTERNATIVE = re.compile(
    r"(?<![\\\w])[A-Za-z][a-z'’-]+(?:\\s\+[a-z'’-]+|\s[a-z'’-]+)*(?=\|)|(?<=\|)[A-Za-z][a-z'’-]+"
)


def inline_wordings(path: Path) -> int:
    """How many word alternatives a module's string literals hold."""
    source = io.StringIO(path.read_text(encoding="utf-8"))
    return sum(
        len(_ALTERNATIVE.findall(token.string))
        for token in tokenize.generate_tokens(source.readline)
        if token.type == tokenize.STRING and "|" in token.string
    )


def package_wordings() -> dict[str, int]:
    """The modules holding inline word alternatives, by path from the package's parent."""
    counts = {
        path.relative_to(PACKAGE.parent).as_posix(): inline_wordings(path)
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    return {name: count for name, count in counts.items() if count}
