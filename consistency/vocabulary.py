"""Vocabulary as data: the wordings extractors look for, each group with the sentences it must read.

Every file in `consistency/data/vocabulary/` is one topic (`meetings.yaml`, `durations.yaml`, ...)
holding named groups. A group is a list of entries and the example sentences that show them::

    topic: meetings
    about: How news says that two people met.
    groups:
      talk_phrases:
        about: phrases saying that two people talked in person
        kind: phrases          # literal words or phrases (whole words, any case, any spacing)
        entries: [held talks, sat down with]
        examples:              # each must be found by the group, the matched text being `match`
          - {text: "Okafor held talks with Brekke in Tallinn on Tuesday.", match: held talks}
        counter_examples:      # optional: sentences the group must find nothing in
          - "The talks were held behind closed doors."

`kind: patterns` entries are regular-expression fragments instead (Python `re`, matched
case-insensitively between word boundaries). Code asks for a group by topic and name
(`group("meetings", "talk_phrases").pattern`) and never spells the words itself, so a new
wording arrives as one entry and one example, which `tests/test_vocabulary.py` runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from consistency.datafiles import parse_yaml

FOLDER = "vocabulary"
KINDS = ("phrases", "patterns")
_TOPIC_KEYS = frozenset({"topic", "about", "groups"})
_GROUP_KEYS = frozenset({"about", "kind", "entries", "examples", "counter_examples"})
_EXAMPLE_KEYS = frozenset({"text", "match"})


class VocabularyError(ValueError):
    """A vocabulary file that does not have the documented shape."""


@dataclass(frozen=True)
class Example:
    """A sentence a group must read, and the text it must find there."""

    text: str
    match: str


@dataclass(frozen=True)
class Group:
    """One named list of wordings, compiled once, with its examples."""

    topic: str
    name: str
    about: str
    kind: str
    entries: tuple[str, ...]
    examples: tuple[Example, ...]
    counter_examples: tuple[str, ...]

    @property
    def words(self) -> frozenset[str]:
        """The entries in lower case (for a `phrases` group, the words and phrases themselves)."""
        return frozenset(entry.lower() for entry in self.entries)

    @property
    def alternation(self) -> str:
        """The entries as one regular-expression alternation (no groups, no boundaries)."""
        return _alternation(self.kind, self.entries)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The entries as one case-insensitive pattern between word boundaries."""
        return _compiled(self.kind, self.entries)


def group(topic: str, name: str) -> Group:
    """A group of a topic's vocabulary file; an unknown topic or group is a VocabularyError."""
    groups = _topic(topic)
    if name not in groups:
        raise VocabularyError(f"{_path(topic)}: no group {name!r} (has {', '.join(groups)})")
    return groups[name]


def words(topic: str, name: str) -> frozenset[str]:
    """A group's entries in lower case."""
    return group(topic, name).words


def pattern(topic: str, name: str) -> re.Pattern[str]:
    """A group's compiled pattern."""
    return group(topic, name).pattern


# Cached, as _topic is: the package's files do not change while it runs, and extraction asks
# for every group of a topic per sentence (listing the folder each time was 8% of a run).
@cache
def topics() -> tuple[str, ...]:
    """The names of every topic file the package holds, sorted."""
    folder = resources.files("consistency").joinpath("data", FOLDER)
    names = (entry.name for entry in folder.iterdir() if entry.name.endswith(".yaml"))
    return tuple(sorted(name.removesuffix(".yaml") for name in names))


@cache
def all_groups() -> tuple[Group, ...]:
    """Every group of every topic, in file order."""
    return tuple(g for topic in topics() for g in _topic(topic).values())


@cache
def _topic(topic: str) -> dict[str, Group]:
    """The groups of one topic file, checked against the documented shape."""
    path = resources.files("consistency").joinpath("data", FOLDER, f"{topic}.yaml")
    if not path.is_file():
        raise VocabularyError(f"{_path(topic)}: no such vocabulary file")
    return groups_of(topic, parse_yaml(path.read_text(encoding="utf-8")))


def groups_of(topic: str, data: Any) -> dict[str, Group]:
    """The groups of a topic file's parsed value; any other shape is a VocabularyError."""
    where = _path(topic)
    if not isinstance(data, dict):
        raise VocabularyError(f"{where}: expected a mapping with topic, about and groups")
    _no_unknown(where, data, _TOPIC_KEYS)
    if data.get("topic") != topic:
        raise VocabularyError(f"{where}: topic is {data.get('topic')!r}, not {topic!r}")
    raw_groups = data.get("groups")
    if not isinstance(raw_groups, dict) or not raw_groups:
        raise VocabularyError(f"{where}: groups must be a non-empty mapping")
    return {name: _group(where, topic, str(name), raw) for name, raw in raw_groups.items()}


def _group(where: str, topic: str, name: str, raw: Any) -> Group:
    """One group, every key checked."""
    at = f"{where}: group {name}"
    if not isinstance(raw, dict):
        raise VocabularyError(f"{at}: expected a mapping")
    _no_unknown(at, raw, _GROUP_KEYS)
    kind = raw.get("kind", "phrases")
    if kind not in KINDS:
        raise VocabularyError(f"{at}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    entries = _strings(at, "entries", raw.get("entries"))
    if not entries:
        raise VocabularyError(f"{at}: entries must be a non-empty list of strings")
    if kind == "patterns":
        for entry in entries:
            try:
                re.compile(entry)
            except re.error as error:
                raise VocabularyError(f"{at}: entry {entry!r} is no pattern ({error})") from None
    examples = tuple(_example(at, item) for item in raw.get("examples") or ())
    if not examples:
        raise VocabularyError(f"{at}: needs at least one example sentence")
    counter = _strings(at, "counter_examples", raw.get("counter_examples") or [])
    about = str(raw.get("about", ""))
    return Group(topic, name, about, kind, entries, examples, counter)


def _example(at: str, item: Any) -> Example:
    """One example: a sentence and the text the group must find in it."""
    if not isinstance(item, dict):
        raise VocabularyError(f"{at}: an example must be a mapping with text and match")
    _no_unknown(f"{at} example", item, _EXAMPLE_KEYS)
    text, match = item.get("text"), item.get("match")
    if not isinstance(text, str) or not isinstance(match, str):
        raise VocabularyError(f"{at}: an example needs text and match strings")
    return Example(text, match)


def _strings(at: str, key: str, value: Any) -> tuple[str, ...]:
    """A list of strings, or a VocabularyError naming the key."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise VocabularyError(f"{at}: {key} must be a list of strings")
    return tuple(value)


def _no_unknown(at: str, mapping: dict[Any, Any], known: frozenset[str]) -> None:
    """Refuse keys the format does not have, so that a typo is an error and not ignored."""
    unknown = sorted(str(key) for key in mapping if key not in known)
    if unknown:
        raise VocabularyError(f"{at}: unknown key {', '.join(unknown)}")


def _path(topic: str) -> str:
    """How a topic file is named in errors."""
    return f"consistency/data/{FOLDER}/{topic}.yaml"


def phrases(entries: Iterable[str]) -> str:
    """Words and phrases as one alternation, longest first, spaces matching any whitespace.

    For lists code gathers from several groups ("every currency's names").
    """
    return _alternation("phrases", tuple(dict.fromkeys(entries)))


def _alternation(kind: str, entries: tuple[str, ...]) -> str:
    """The entries as one alternation; phrases escaped, longest first so that none hides another."""
    if kind == "patterns":
        return "|".join(f"(?:{entry})" for entry in entries)
    ordered = sorted(entries, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


@cache
def _compiled(kind: str, entries: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled pattern of a group's entries between word boundaries."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(kind, entries)})(?![\w-])", re.IGNORECASE)
