"""One article prepared for extraction: its sentences, the people each names, and pronouns."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from consistency.extract.antecedents import (
    described_subjects,
    genders,
    latest_subject,
    pronoun_gender,
)
from consistency.extract.mentions import (
    Mention,
    MentionFinder,
    NameIndex,
    article_full_names,
    link_by_ends,
    names_by_end,
)
from consistency.extract.roles import role_mentions
from consistency.extract.sentences import Sentence, split_sentences

_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|me)\b")
_WORD_AT = re.compile(r"\w+")
# How many sentences back a pronoun may look for the person it stands for.
_PRONOUN_REACH = 3


@dataclass(frozen=True, slots=True)
class Found:
    """A claim an extractor found, before it becomes a row of the claims table."""

    fact: str
    subject: tuple[str, ...]
    start: int
    end: int
    sentence: Sentence
    value_text: str
    hedged: bool
    tense: str


_T = TypeVar("_T")


def per_document(reading: Callable[[Document], _T]) -> Callable[[Document], _T]:
    """A reading of a whole article made once per document, however many extractors ask.

    Only for readings that depend on nothing but the document (its sentences, mentions and
    references as set before extraction runs); `references` set anew forgets them too.
    """

    @functools.wraps(reading)
    def once(doc: Document) -> _T:
        """The reading, made on the first call for this document."""
        memo = doc._memo
        if doc._memo_references is not doc.references:
            memo.clear()  # readings made before the references were set read other people
            doc._memo_references = doc.references
        if reading not in memo:
            memo[reading] = reading(doc)
        result: _T = memo[reading]
        return result

    return once


@dataclass
class Document:
    """An article's body split into sentences, with the people of each sentence."""

    body: str
    sentences: list[Sentence]
    full_names: list[str]
    mentions: list[list[Mention]] = field(default_factory=list)
    #: Nouns that name the story's incidents across the corpus ("ferry" of "the ferry collision").
    incident_keys: frozenset[str] = frozenset()
    #: People meant by references that name no one ("his counterpart"), by sentence index.
    references: dict[int, list[Mention]] = field(default_factory=dict)
    #: The article's publication day, which tells a past event from the story's own days.
    published: dt.date | None = None
    #: Names already linked to a full name: every extractor asks again for the same mentions.
    _linked: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: The full names by their first and last words, made when a name is first linked.
    _by_end: NameIndex | None = field(default=None, repr=False, compare=False)
    #: Start offsets of the sentences, made when a sentence is first looked up by offset.
    _sentence_starts: list[int] | None = field(default=None, repr=False, compare=False)
    #: Body offsets of each sentence's he/she, found when the sentence is first asked about.
    _pronouns: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)
    #: Each person's gender by the titles the article gives them, found when first asked.
    _gender_of: dict[str, str] | None = field(default=None, repr=False, compare=False)
    #: Readings of the whole article several extractors ask for (see per_document).
    _memo: dict[Callable[..., Any], Any] = field(default_factory=dict, repr=False, compare=False)
    #: The references the memo's readings were made with.
    _memo_references: object = field(default=None, repr=False, compare=False)

    @classmethod
    def from_body(cls, body: str, published: dt.date | None = None) -> Document:
        """Split a body and find its people: names, surnames, and roles held when published."""
        sentences = split_sentences(body)
        names = article_full_names(sentences)
        finder = MentionFinder(names)
        mentions = []
        for sentence in sentences:
            named = finder.find(sentence)
            by_role = role_mentions(sentence, named, published)
            mentions.append(sorted([*named, *by_role], key=lambda m: m.start))
        return cls(body, sentences, names, mentions, published=published)

    def add_speaker_mentions(self, quotations: Sequence[tuple[int, int, str]]) -> None:
        """Read "I" and "me" inside a quotation as mentions of its speaker."""
        added: dict[int, list[Mention]] = {}
        for start, end, speaker in quotations:
            for match in _FIRST_PERSON.finditer(self.body, start, end):
                index = self.sentence_at(match.start())
                mention = Mention(match.start(), match.end(), speaker, "", "quote")
                added.setdefault(index, []).append(mention)
        # Each sentence sorted once (stably, so as if each mention were added in turn).
        for index, mentions in added.items():
            self.mentions[index] = sorted([*self.mentions[index], *mentions], key=lambda m: m.start)
        self._memo.clear()  # readings made before read other mentions

    def people(self, index: int) -> list[Mention]:
        """The mentions of sentence `index` with those its references stand for, in order."""
        extra = self.references.get(index)
        if not extra:
            return self.mentions[index]
        return sorted([*self.mentions[index], *extra], key=lambda m: m.start)

    def sentence_at(self, position: int) -> int:
        """The index of the sentence holding a body offset (the one before it in a gap)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        return max(bisect.bisect_right(self._sentence_starts, position) - 1, 0)

    def canonical(self, mention: Mention) -> str:
        """The fullest name the article gives the mentioned person."""
        name = mention.name
        if name not in self._linked:
            if self._by_end is None:
                self._by_end = names_by_end(self.full_names)
            self._linked[name] = link_by_ends(name, self._by_end)
        return self._linked[name]

    def pronoun_before(self, index: int, position: int) -> int | None:
        """Offset of a he/she in sentence `index` before absolute `position`, if any."""
        hits = self._pronouns.get(index)
        if hits is None:
            sentence = self.sentences[index]
            hits = [sentence.start + m.start() for m in _PRONOUN.finditer(sentence.text)]
            self._pronouns[index] = hits
        before = bisect.bisect_left(hits, position)
        return hits[before - 1] if before else None

    def antecedent(
        self,
        index: int,
        exclude: Sequence[str],
        at: int | None = None,
        strict: bool = False,
        describe: Callable[[int], str | None] | None = None,
    ) -> str | None:
        """The person a pronoun in sentence `index` stands for: the latest fitting named subject.

        `at` is the pronoun's offset: then a subject named before it in its own sentence
        counts too, and a "she" is no one the article calls "Mr" (extract/antecedents.py).
        The nearest sentence naming anyone who fits decides: its one person, else its latest
        person named as a subject. When it names several and no lone subject, the pronoun is
        ambiguous: None when `strict`, else that sentence's first person. When `strict`, a
        sentence whose latest subject is only described ("the Norlandic leader") stands for
        the person `describe` (given the description's offset) says, else for nobody: None.
        """
        gender = None
        if at is not None:
            word = _WORD_AT.match(self.body, at)
            gender = pronoun_gender(word.group()) if word else None
        known = self._genders()
        for back in range(0 if at is not None else 1, _PRONOUN_REACH + 1):
            if index - back < 0:
                return None
            candidates = [
                m
                for m in self.mentions[index - back]
                if m.evidence != "quote"
                and (back or at is None or m.end <= at)
                and self.canonical(m) not in exclude
                and (gender is None or known.get(self.canonical(m), gender) == gender)
            ]
            sentence = self.sentences[index - back]
            end = at if back == 0 and at is not None else sentence.end
            described = described_subjects(self.body, sentence.start, end) if strict else []
            if not candidates:
                if described:
                    # "The Norlandic leader arrived. He said": whoever the description fits.
                    return self._described(described[-1], describe, gender, exclude)
                continue
            names = list(dict.fromkeys(self.canonical(m) for m in candidates))
            subject, shared = latest_subject(self.body, sentence.start, candidates)
            if described and (subject is None or described[-1] > subject.start):
                return self._described(described[-1], describe, gender, exclude)
            if back == 0:
                # In its own sentence only a subject: "asked whether he would call X a
                # dictator, he said" is not X speaking.
                if subject is not None and not shared:
                    return self.canonical(subject)
                continue
            if len(names) == 1:
                return names[0]
            if subject is not None and not shared:
                return self.canonical(subject)
            return None if strict else names[0]
        return None

    def _described(
        self,
        offset: int,
        describe: Callable[[int], str | None] | None,
        gender: str | None,
        exclude: Sequence[str],
    ) -> str | None:
        """The person a description at an offset fits, if `describe` knows and they fit."""
        name = describe(offset) if describe is not None else None
        if name is None or name in exclude:
            return None
        return name if gender is None or self._genders().get(name, gender) == gender else None

    def gender(self, name: str) -> str | None:
        """Return "m" or "f" when the article's titles for a person say ("Mr", "Queen")."""
        return self._genders().get(name)

    def _genders(self) -> dict[str, str]:
        """Each person's gender from the titles the article gives them, found once."""
        if self._gender_of is None:
            self._gender_of = genders(
                (self.canonical(m), m.title) for ms in self.mentions for m in ms if m.title
            )
        return self._gender_of
