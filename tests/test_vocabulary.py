"""The vocabulary catalogue: every group finds its examples and nothing in its counter-examples."""

from __future__ import annotations

from typing import Any

import pytest

from consistency import vocabulary
from consistency.vocabulary import Group, VocabularyError, groups_of


def _example_params() -> list[Any]:
    """One case per example sentence of every group of every topic."""
    return [
        pytest.param(g, e.text, e.match, id=f"{g.topic}.{g.name}:{e.match}")
        for g in vocabulary.all_groups()
        for e in g.examples
    ]


def _counter_params() -> list[Any]:
    """One case per counter-example sentence of every group."""
    return [
        pytest.param(g, text, id=f"{g.topic}.{g.name}:not:{text[:30]}")
        for g in vocabulary.all_groups()
        for text in g.counter_examples
    ]


@pytest.mark.parametrize(("group", "text", "match"), _example_params())
def test_group_finds_its_example(group: Group, text: str, match: str) -> None:
    """The group's pattern finds the example's match in its sentence, as a whole wording."""
    found = [m.group(0).lower() for m in group.pattern.finditer(text)]
    assert match.lower() in found, f"{group.topic}.{group.name} found {found} in {text!r}"


@pytest.mark.parametrize(("group", "text"), _counter_params())
def test_group_finds_nothing_in_counter_example(group: Group, text: str) -> None:
    """A counter-example is a sentence the group must not read."""
    assert group.pattern.search(text) is None


def test_every_topic_file_loads() -> None:
    """Each file has the documented shape and at least one group."""
    assert vocabulary.topics()
    for topic in vocabulary.topics():
        assert vocabulary.group(topic, next(iter(vocabulary._topic(topic)))).entries


def test_phrases_match_whole_words_across_spacing() -> None:
    """A phrase entry matches with any run of spaces, in any case, never inside a word."""
    found = vocabulary.group("qualifiers", "prefix_min").pattern
    assert found.search("MORE   THAN five")
    assert not found.search("moreover, thanks")
    assert not found.search("a makeover")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"topic": "t", "groups": {"g": {"entries": ["x"]}}}, "needs at least one example"),
        ({"topic": "t", "grups": {}}, "unknown key grups"),
        ({"topic": "t", "groups": {"g": {"entries": ["x"], "exmples": []}}}, "unknown key"),
        ({"topic": "u", "groups": {"g": {"entries": ["x"]}}}, "topic is 'u'"),
        ({"topic": "t", "groups": {"g": {"kind": "regex", "entries": ["x"]}}}, "kind must be"),
        ({"topic": "t", "groups": {"g": {"kind": "patterns", "entries": ["(x"]}}}, "no pattern"),
    ],
)
def test_malformed_file_is_an_error_naming_it(data: dict[str, Any], message: str) -> None:
    """A typo in a vocabulary file is a load error with the file and the problem, never ignored."""
    with pytest.raises(VocabularyError, match=message) as error:
        groups_of("t", data)
    assert "consistency/data/vocabulary/t.yaml" in str(error.value)


def test_unknown_group_names_the_file() -> None:
    """Asking for a group that does not exist says which file lacks it."""
    with pytest.raises(VocabularyError, match=r"qualifiers\.yaml: no group 'nope'"):
        vocabulary.group("qualifiers", "nope")
