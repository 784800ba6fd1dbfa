"""New wordings arrive as data: no module may hold more inline regex words than it did.

The package's word lists belong in consistency/data/vocabulary/*.yaml, each group with the
example sentences tests/test_vocabulary.py runs. tests/inline_wordings.yaml records how many
word alternatives each module still writes inline in its patterns; the count may only fall.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.wordings import inline_wordings, package_wordings

ALLOWED = Path(__file__).with_name("inline_wordings.yaml")


def test_no_module_writes_more_words_inline_than_it_did() -> None:
    """A module's inline wordings never grow; a new module has none."""
    allowed: dict[str, int] = yaml.safe_load(ALLOWED.read_text(encoding="utf-8"))["modules"]
    grown = {
        name: (count, allowed.get(name, 0))
        for name, count in package_wordings().items()
        if count > allowed.get(name, 0)
    }
    assert not grown, "; ".join(
        f"{name}: {count} words inline in its patterns, {limit} allowed: put the new wording "
        "in a group of consistency/data/vocabulary/*.yaml with an example sentence"
        for name, (count, limit) in grown.items()
    )


def test_the_count_sees_a_new_inline_wording(tmp_path: Path) -> None:
    """Words added to an alternation count; escapes, classes and group syntax do not."""
    module = tmp_path / "module.py"
    module.write_text('import re\nA = re.compile(r"\\b(?:met|held\\s+talks)\\s+\\w+|x")\n')
    assert inline_wordings(module) == 2
    module.write_text('import re\nA = re.compile(r"\\b(?:met|held\\s+talks|sat\\s+down)\\b")\n')
    assert inline_wordings(module) == 3
    module.write_text('import re\nA = re.compile(r"(?:\\s|\\b)[a-z]+|\\d")\nB = "a|b"\n')
    assert inline_wordings(module) == 0
