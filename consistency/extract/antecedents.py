"""Who a "he" or "she" stands for: the latest fitting named subject before it.

News writing names a person as a clause's subject and goes on with "he" or "she": the
pronoun means the latest person named as a subject (the name opens its clause: at the
sentence's start, after a comma, or after a word that opens a clause, data/vocabulary/
references.yaml `subject_openers`), not a person named as an object ("told X", "with X").
A person the article calls "Mr" or "Queen" is a "he" or a "she" (`male_titles`,
`female_titles`); a person of unknown gender fits either. Two people named together as
subjects ("X and Y met") leave the pronoun ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from consistency.extract.mentions import Mention
from consistency.knowledge import fold, lexicon
from consistency.vocabulary import words

_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
# The last word of a text, with nothing but spaces after it.
_LAST_WORD = re.compile(r"([\w'’.-]+)\s*$")
# Marks that end the clause before a name, so that the name opens its own clause.
_CLAUSE_MARKS = frozenset(',;:(—–"“”‘')
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_THE = re.compile(r"\b[Tt]he\s+")
_WORDS = re.compile(r"[\w.'’-]+")
# A description is at most this many words after "the" ("the Norlandic foreign minister").
_DESCRIPTION_WORDS = 4
_DESCRIPTION_REACH = 60
# One-word titles of whoever leads a nation ("the Norlandic leader").
_LEADERS = frozenset(w for w in words("references", "leader_words") if " " not in w)


def pronoun_gender(word: str) -> str | None:
    """Return "m" for he/his, "f" for she/her, None for any other word."""
    folded = word.lower()
    if folded in _MALE_PRONOUNS:
        return "m"
    if folded in _FEMALE_PRONOUNS:
        return "f"
    return None


def title_gender(title: str) -> str | None:
    """The gender a title or honorific gives its holder ("Mr", "Queen"), or None."""
    folded = {fold(w).rstrip(".") for w in title.split()}
    male, female = bool(folded & _male_titles()), bool(folded & _female_titles())
    if male == female:
        return None
    return "m" if male else "f"


def genders(names_and_titles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each person's gender from the titles the article gives them; none when they disagree."""
    found: dict[str, set[str]] = {}
    for name, title in names_and_titles:
        gender = title_gender(title)
        if gender is not None:
            found.setdefault(name, set()).add(gender)
    return {name: next(iter(g)) for name, g in found.items() if len(g) == 1}


def is_subject(body: str, sentence_start: int, mention: Mention) -> bool:
    """Tell whether a name opens its clause, and so is its subject rather than an object."""
    if _POSSESSIVE_AFTER.match(body, mention.end):
        return False  # "Okafor's aides said": the aides speak
    return _opens_clause(body[sentence_start : mention.start], mention.title)


def described_subjects(body: str, sentence_start: int, end: int) -> list[int]:
    """Offsets of the people a sentence names only by a description, as a subject.

    "the Norlandic president" or "the foreign minister" before `end`, opening its clause: a
    later "he" may stand for them, whom no name tells. ("The two leaders" is no "he".)
    """
    text = body[sentence_start:end]
    found = [
        sentence_start + m.start()
        for m in _THE.finditer(text)
        if is_description(text[m.end() :]) and _opens_clause(text[: m.start()], "")
    ]
    return found


def is_description(after: str) -> bool:
    """Tell whether the words after a "the" describe one person: capitalised words, a title."""
    titles = lexicon().person_titles
    inside = titles | lexicon().title_modifiers
    parts = _WORDS.findall(after[:_DESCRIPTION_REACH])[:_DESCRIPTION_WORDS]
    for size, word in enumerate(parts, start=1):
        folded = fold(word)
        if (folded in titles and not folded.endswith("s")) or folded in _LEADERS:
            return all(w[:1].isupper() or fold(w) in inside for w in parts[: size - 1])
    return False


def _opens_clause(lead: str, title: str) -> bool:
    """Tell whether what stands after `lead` (a sentence's text up to it) opens a clause."""
    if title and lead.rstrip().endswith(title):
        lead = lead.rstrip()[: -len(title)]
    # Capitalised words before a name describe it ("Norland's", "Veteran"), as a title does.
    stripped = _strip_capitalised(lead)
    if not stripped:
        return True
    if stripped[-1] == "," and _apposition(stripped[:-1], lead):
        return False
    if stripped[-1] in _CLAUSE_MARKS:
        return True
    found = _WORD_BEFORE.search(stripped)
    if found is None:
        return True
    word = found.group(1).lower()
    if word == "and":
        # ", and Brekke said": a new clause; "Okafor and Brekke met": joined subjects.
        return stripped[: found.start()].rstrip().endswith(",")
    return word in words("references", "subject_openers")


def coordinated(body: str, first: Mention, second: Mention) -> bool:
    """Tell whether two names are joined as one subject ("Okafor and Brekke")."""
    return _joiner(body, first, second) in ("and", "&")


def _joiner(body: str, first: Mention, second: Mention) -> str:
    """What joins two names, without the second one's title ("and", "," or anything else)."""
    between = body[first.end : second.start].strip()
    if second.title and between.endswith(second.title):
        between = between[: -len(second.title)].strip()
    inside = lexicon().person_titles | lexicon().title_modifiers
    parts = between.split()
    while len(parts) > 1 and fold(parts[-1]) in inside:
        parts.pop()  # "and envoy Renn": a title the name finder left out
    return " ".join(parts)


def latest_subject(
    body: str, sentence_start: int, candidates: Sequence[Mention]
) -> tuple[Mention | None, bool]:
    """The latest candidate named as a subject, and whether another shares that subject.

    A name after a comma that follows another name continues a list ("met Okafor, Brekke and
    Varga"): it is a subject only when the list's first name is one.
    """
    subject = [is_subject(body, sentence_start, m) for m in candidates]
    for i in range(1, len(candidates)):
        if _joiner(body, candidates[i - 1], candidates[i]) == ",":
            subject[i] = subject[i - 1]
    subjects = [m for m, is_one in zip(candidates, subject, strict=True) if is_one]
    if not subjects:
        return None, False
    last = subjects[-1]
    shared = any(
        coordinated(body, other, last) or coordinated(body, last, other)
        for other in candidates
        if other is not last and other.name != last.name
    )
    return last, shared


def _apposition(before_comma: str, lead: str) -> bool:
    """Tell whether a name after a comma stands in apposition to a title, not as a subject.

    "Norland's foreign minister, Ilse Varga" names whoever the title names, often an object.
    """
    found = _LAST_WORD.search(before_comma)
    if found is None:
        return False
    word = fold(found.group(1)).rstrip(".")
    return word in lexicon().person_titles or word in _LEADERS


def _strip_capitalised(lead: str) -> str:
    """The text before a name without the capitalised words standing right before it."""
    text = lead.rstrip()
    while (found := _LAST_WORD.search(text)) is not None and found.group(1)[:1].isupper():
        text = text[: found.start()].rstrip()
    return text


@cache
def _male_titles() -> frozenset[str]:
    """Titles and honorifics of men, folded and without a full stop."""
    return frozenset(w.rstrip(".") for w in words("references", "male_titles"))


@cache
def _female_titles() -> frozenset[str]:
    """Titles and honorifics of women, folded and without a full stop."""
    return frozenset(w.rstrip(".") for w in words("references", "female_titles"))
