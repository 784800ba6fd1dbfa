"""The literals a pattern needs (extract/literals.py): sound on every text a pattern matches."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import vocabulary
from consistency.extract.literals import LiteralScan, folded, holds_any, required

# Characters beyond ASCII, in cases that case-insensitive matching pairs with ASCII letters.
_PAIRED = "\u0130\u0131\u017f\u212a"


def _need(source: str, flags: int = 0) -> set[str] | None:
    """The literals a pattern's source needs, as a set (None when none)."""
    found = required(re.compile(source, flags))
    return None if found is None else set(found)


def test_literals_of_a_word_with_optional_endings() -> None:
    """Each ending is its own string: a text with 'meets' holds 'meets'."""
    assert _need(r"\bmeet(?:s|ing)?\b", re.I) == {"meet", "meets", "meeting"}


def test_whitespace_in_a_phrase_is_one_space() -> None:
    r"""'met\s+with' needs 'met with', found across a line break or two spaces."""
    need = required(re.compile(r"(?<![\w-])met\s+with(?![\w-])", re.I))
    assert need == frozenset({"met with"})
    assert holds_any(folded("They MET \n  with them."), need)
    assert not holds_any(folded("They met them with flowers."), need)


def test_a_phrase_with_a_long_word_is_stood_for_by_it() -> None:
    """'held talks' needs 'talks': fewer strings to look for, and still part of the phrase."""
    assert _need(r"held\s+talks|was\s+removed\s+from\s+office") == {
        "talks",
        "removed",
    }


def test_a_sequence_keeps_its_most_selective_run() -> None:
    """Words between the parts (any word) split the literal: the longer part is kept."""
    need = _need(r"(?:new|second)\s+(?:\w+\s+){0,2}terms?", re.I)
    assert need == {"term", "terms"}


def test_an_optional_pattern_needs_nothing() -> None:
    """A pattern that can match the empty string, or any word, needs no literal."""
    assert _need(r"(?:talks)?") is None
    assert _need(r"\w+(?:ed)?\b") is None
    assert _need(r"\w+ed\b") == {"ed"}


def test_an_alternation_needs_one_of_each_branch() -> None:
    """Each branch contributes its strings; one branch that needs nothing makes it None."""
    assert _need(r"met\s+with|talks\s+\w+\s+held") == {"met with", "talks"}
    assert _need(r"met\s+with|\d+") is None


def test_letters_beyond_ascii_end_a_literal() -> None:
    """'communiqué' needs 'communiqu': an accented letter is never part of a literal."""
    assert _need("communiqu[eé]", re.I) == {"communiqu"}


def test_case_insensitive_pairs_beyond_ascii_are_folded() -> None:
    """A dotless i or long s matches 'i' or 's' case-insensitively: folded to them."""
    pattern = re.compile(r"\bvisits\b", re.I)
    text = "She \u0131s on VI\u017fITS abroad."
    assert pattern.search(text)
    assert holds_any(folded(text), required(pattern) or ())


def test_folding_keeps_every_ascii_letter_case_insensitive_matching_finds() -> None:
    """Every character that matches an ASCII character case-insensitively folds to it."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        char = chr(code)
        if not ascii_class.fullmatch(char):
            continue
        twins = [a for a in map(chr, range(0x80)) if re.fullmatch(re.escape(a), char, re.I)]
        assert twins, char
        assert all(a.lower() in folded(char) for a in twins), (hex(code), twins)
    assert {c for c in _PAIRED} == {
        chr(c) for c in range(0x80, 0x110000) if ascii_class.fullmatch(chr(c))
    }


def _vocabulary_patterns() -> list[re.Pattern[str]]:
    """The compiled pattern of every vocabulary group."""
    return [group.pattern for group in vocabulary.all_groups()]


@pytest.mark.parametrize("group", vocabulary.all_groups(), ids=lambda g: f"{g.topic}.{g.name}")
def test_each_example_of_each_group_holds_its_literals(group: vocabulary.Group) -> None:
    """The example sentences the vocabulary carries are read by their group's literals."""
    need = required(group.pattern)
    if need is None:
        return
    for example in group.examples:
        assert group.pattern.search(example.text)
        assert holds_any(folded(example.text), need), (example.text, sorted(need))


# Texts a pattern matches, with case changes and letters beyond ASCII mixed in.
_NOISE = st.text(alphabet=st.sampled_from(f" \n\t\u00a0-,.'’A{_PAIRED}é"), max_size=6)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), index=st.integers(min_value=0))
def test_every_match_holds_a_literal(data: st.DataObject, index: int) -> None:
    """Property: a text any vocabulary pattern matches in holds one of its literals."""
    patterns = [p for p in _vocabulary_patterns() if required(p) is not None]
    pattern = patterns[index % len(patterns)]
    core = data.draw(st.from_regex(pattern, fullmatch=True))
    text = data.draw(_NOISE) + data.draw(st.sampled_from([core, core.upper(), core.title()]))
    text += data.draw(_NOISE)
    if pattern.search(text):
        assert holds_any(folded(text), required(pattern) or ()), (pattern.pattern, text)


@settings(max_examples=300)
@given(
    literals=st.lists(st.text(alphabet="abc -", min_size=1, max_size=4), min_size=1, max_size=12),
    text=st.text(alphabet="abc -", max_size=40),
)
def test_a_scan_finds_every_literal_a_text_holds(literals: list[str], text: str) -> None:
    """Property: one pass finds each literal the text holds, overlapping and nested ones too."""
    assert LiteralScan(literals).present(text) == {s for s in literals if s in text}


def test_a_scan_finds_literals_inside_longer_ones() -> None:
    """'recalled' holds 'called' and 'led'; 'talks' starts with 'talk'."""
    scan = LiteralScan(["called", "recalled", "led", "talk", "talks", "met"])
    assert scan.present(" he recalled the talks ") == {"recalled", "called", "led", "talk", "talks"}


def _uncased(char: str) -> bool:
    """What literals.py keeps of characters beyond ASCII: those without case."""
    return char.lower() == char == char.upper() == char.casefold()


def test_no_character_matches_an_uncased_one_case_insensitively() -> None:
    """An uncased character is matched by itself only: no letter lowercases to one."""
    casefix: Any = importlib.import_module("re._casefix")  # the table re pairs letters by

    for code in range(0x80, 0x110000):
        char = chr(code)
        lowered = char.lower()
        if lowered != char and len(lowered) == 1:
            assert not _uncased(lowered), hex(code)
    for code, twins in casefix._EXTRA_CASES.items():
        assert not _uncased(chr(code)) and not any(_uncased(chr(t)) for t in twins)


def test_uncased_characters_beyond_ascii_are_literal() -> None:
    """'€' and '’' are kept: a currency sign or a curly apostrophe needs no ASCII twin."""
    assert _need(r"€\s?\d+|(?:dollars|euros)") == {"€", "€ ", "dollars", "euros"}
    assert _need(r"['’]s\s+palace", re.I) == {"palace"}
