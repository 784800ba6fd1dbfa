"""Tell a folder's own documentation (README.md, NOTES.md, AUTHORS.txt) from an article file.

A corpus folder may explain itself beside its pages. Two conventions name such files:

- README, LICENSE (LICENCE), CHANGELOG and CONTRIBUTING, in any case and with any extension:
  no news page is saved under these names;
- a name all in capitals (NOTES, TODO, CODE_OF_CONDUCT), which is how projects mark their
  documentation: such a name with a markup extension (.md, .rst, .markdown), or one of the
  usual documentation names (AUTHORS.txt, TODO.txt) with any extension.

A page saved as markdown under an ordinary name ("story.md", "Harbour-vote.md") is an
article: markdown articles are legitimate, and only the capitals mark the convention. A
name with digits ("AP-0304.md") is a scraper's identifier, not documentation, and is read.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Documentation whatever the case of the name and whatever the extension.
DOCUMENTATION_NAMES = frozenset({"readme", "license", "licence", "changelog", "contributing"})
#: Documentation when the name is in capitals, whatever the extension ("AUTHORS.txt").
CAPITALS_NAMES = frozenset(
    {
        "acknowledgements",
        "acknowledgments",
        "authors",
        "changes",
        "citation",
        "code_of_conduct",
        "contributors",
        "copying",
        "credits",
        "history",
        "install",
        "maintainers",
        "news",
        "notes",
        "notice",
        "security",
        "support",
        "thanks",
        "todo",
    }
)
#: Extensions of markup documentation: any name in capitals with one is documentation.
MARKUP_SUFFIXES = frozenset({".md", ".markdown", ".rst"})
# Letters in capitals, maybe joined by "_" or "-": no digit, no lower-case letter.
_CAPITALS = re.compile(r"[A-Z][A-Z_-]*[A-Z]")


def is_documentation(path: Path) -> bool:
    """Tell whether a file is a folder's documentation by its name, not an article."""
    # "README.de.md", "LICENSE.txt": the name is what comes before the first dot.
    name = path.name.split(".", 1)[0]
    if name.lower() in DOCUMENTATION_NAMES:
        return True
    if _CAPITALS.fullmatch(name) is None:
        return False
    return name.lower() in CAPITALS_NAMES or path.suffix.lower() in MARKUP_SUFFIXES
