"""Link role references ("the top Marovian diplomat") to the person who held the role then."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import cache

from consistency.extract.cues import any_word
from consistency.extract.mentions import Mention
from consistency.extract.sentences import Sentence
from consistency.knowledge import Person, people_from, people_source
from consistency.runtime import corpus_cache

# A reference followed this closely by a name is that name's title, not a reference.
_TITLE_GAP = 50
_TITLE_WORDS = re.compile(r"^[\s,]*(?:(?:[A-Z][\w'’.-]*|of|the|and|for)\s+)*$")


# `source` below is the people file in use (knowledge.people_source): the roles come from it.
@cache
def _patterns(day: dt.date | None, source: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per role reference held on `day` (any day when unknown), longest first."""
    refs = [(ref, person.name) for person in people_from(source) for ref in _refs(person, day)]
    refs.sort(key=lambda pair: -len(pair[0]))
    return tuple(
        (re.compile(rf"\b(?:the\s+)?{re.escape(ref)}\b", re.IGNORECASE), name) for ref, name in refs
    )


@cache
def _any_reference(day: dt.date | None, source: str | None) -> re.Pattern[str]:
    """One pattern that finds whether any role reference of `day` occurs at all."""
    alternatives = "|".join(p.pattern for p, _ in _patterns(day, source)) or r"(?!)"
    return re.compile(alternatives, re.IGNORECASE)


@cache
def _reference_cue(day: dt.date | None, source: str | None) -> Callable[[str], bool]:
    """A cheap test that passes every text in which a role reference of `day` may occur."""
    return any_word({ref for person in people_from(source) for ref in _refs(person, day)}, True)


# Every article's sentences are tested, and wire copy repeats sentences: test each text once.
@corpus_cache(maxsize=1 << 15)
def _may_refer(text: str, day: dt.date | None, source: str | None) -> bool:
    """Tell whether a role reference of `day` occurs in a sentence text."""
    # Most sentences name no role: one combined search spares a search per reference.
    return (
        _reference_cue(day, source)(text) and _any_reference(day, source).search(text) is not None
    )


def _refs(person: Person, day: dt.date | None) -> list[str]:
    """The role references of one person's roles held on `day`."""
    return [ref for role in person.roles if role.held_on(day) for ref in role.refs]


def role_mentions(
    sentence: Sentence, mentions: Sequence[Mention], published: dt.date | None
) -> list[Mention]:
    """Mentions of people by the role they held on the publication day."""
    source = people_source()
    if not _may_refer(sentence.text, published, source):
        return []
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for pattern, name in _patterns(published, source):
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if _titles_a_name(sentence, end, mentions):
                continue
            taken.append((start, end))
            found.append(Mention(start, end, name, match.group(), "role"))
    return found


def _titles_a_name(sentence: Sentence, end: int, mentions: Sequence[Mention]) -> bool:
    """Tell whether a name follows the reference as part of one title ("Marovian leader Pellin")."""
    for mention in mentions:
        gap = mention.start - end
        if 0 <= gap <= _TITLE_GAP:
            between = sentence.text[end - sentence.start : mention.start - sentence.start]
            if _TITLE_WORDS.match(between):
                return True
    return False
