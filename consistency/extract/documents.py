"""Parts of a document a meeting produced: "a 10-point joint statement", "a treaty of 25 articles".

The count is of one part (points, articles, pages) of one kind of document (a statement, a
plan, an agreement: vocabulary/documents.yaml), and belongs to the pair who met, as the
document does: two outlets' "10-point joint statement" and "joint declaration consisting of
10 points" are one count, agreed; a "15-page statement" is another count (pages), and a
statement named without a count is no claim at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from consistency import vocabulary
from consistency.extract.cues import Guarded, guard
from consistency.extract.document import Document, Found
from consistency.extract.durations import MeetingOwners
from consistency.extract.literals import folded
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.quantities import NUMBER_WORD, QUALIFIER
from consistency.runtime import corpus_cache

TOPIC = "documents"
_KIND = "kind_"
# Words before a count that may hedge it or give its tense.
_AROUND = 8


@cache
def _kinds() -> dict[str, str]:
    """Every name of a document (folded) to its kind's first name ("joint statement")."""
    return {
        folded(entry).strip(): group.entries[0]
        for group in vocabulary.all_groups()
        if group.topic == TOPIC and group.name.startswith(_KIND)
        for entry in group.entries
    }


@cache
def _names() -> str:
    """Every document name as one alternation, longest first."""
    return vocabulary.phrases(_kinds())


@cache
def _hyphened() -> Guarded:
    """A number, a hyphen, a part, a few words, the document: "a 10-point joint statement"."""
    parts = vocabulary.group(TOPIC, "parts").alternation
    return guard(
        rf"(?<![\w-])(?P<number>\d+|{NUMBER_WORD})-\s?(?P<part>{parts})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?P<doc>{_names()})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _linked() -> Guarded:
    """The document, a link, the count, the part: "a joint statement consisting of 10 points".

    A possessive is a link too: "the joint statement's 10 points".
    """
    parts = vocabulary.group(TOPIC, "parts").alternation
    links = vocabulary.group(TOPIC, "part_links").alternation
    relative = vocabulary.group(TOPIC, "relative_words").alternation
    return guard(
        rf"(?<![\w-])(?P<doc>{_names()})(?:['’]s\s+|,?\s+(?:(?:{relative})\s+)?(?:{links})\s+)"
        rf"(?P<number>(?:{QUALIFIER}\s+)?(?:\d+|{NUMBER_WORD}))\s+(?P<part>{parts})s?(?![\w-])",
        re.IGNORECASE,
    )


# Wire copy repeats sentences word for word: each text is read once.
@corpus_cache(maxsize=1 << 14)
def document_counts(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, number, part in the plural, kind of document) of each count in a text."""
    found = []
    for pattern in (_hyphened(), _linked()):
        for match in pattern.finditer(text):
            kind = _kinds()[folded(match.group("doc")).strip()]  # "ſtatement" too
            part = match.group("part").lower().removesuffix("s")
            found.append((match.start(), match.end(), match.group("number"), f"{part}s", kind))
    return tuple(sorted(found))


def document_part_claims(doc: Document) -> Iterator[Found]:
    """Counts of a document's parts, owned by the pair who met and the document's kind."""
    owners = MeetingOwners(doc)
    for index, sentence in enumerate(doc.sentences):
        for start, end, number, part, kind in document_counts(sentence.text):
            clause = " ".join(sentence.text[:start].split()[-_AROUND:])
            hedged = is_hedged(clause)
            at = sentence.start + start
            yield Found(
                fact="quantity",
                subject=(*owners(index, at, hedged), f"{part} of the {kind}"),
                start=at,
                end=sentence.start + end,
                sentence=sentence,
                value_text=number,
                hedged=hedged,
                tense=tense_of(clause, ""),
            )
