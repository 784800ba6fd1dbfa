"""Link references that name no one ("her Norlish counterpart", "the two ministers") to people."""

from __future__ import annotations

import re
from collections.abc import Sequence

from consistency.extract.cues import any_word
from consistency.extract.document import Document
from consistency.extract.mentions import Mention
from consistency.extract.titles import title_claims
from consistency.knowledge import fold, lexicon

_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:(?P<nat>[A-Z][\w'’-]*)\s+)?counterpart\b")
_GROUP = re.compile(r"\b[Tt]he\s+two\s+(?:(?P<mod>[a-z]+)\s+)?(?P<title>[a-z]+s)\b")
_CUE = any_word(("counterpart", "he two"))
_POSSESSIVE = re.compile(r"['’]s?$")
# Words of a title that say nothing of its office.
_FILLER = frozenset({"the", "of", "and", "for"})
# The shortest stem a country and its nationality word must share ("Norland", "Norlander").
_STEM = 4


def reference_mentions(doc: Document) -> dict[int, list[Mention]]:
    """Mentions, by sentence index, of the people that counterpart and group references mean."""
    if not _CUE(doc.body):
        return {}
    titles: dict[str, list[str]] | None = None
    found: dict[int, list[Mention]] = {}
    for index, sentence in enumerate(doc.sentences):
        if not _CUE(sentence.text):
            continue
        if titles is None:
            titles = _titles(doc)
        at = sentence.start
        for match in _COUNTERPART.finditer(sentence.text):
            if _named_after(doc, index, at + match.end()):
                continue
            name = _counterpart(doc, index, at + match.start(), match.group("nat"), titles)
            if name:
                found.setdefault(index, []).append(
                    Mention(at + match.start(), at + match.end(), name, "", "reference")
                )
        for match in _GROUP.finditer(sentence.text):
            for name in _group(match.group("mod"), match.group("title"), titles):
                found.setdefault(index, []).append(
                    Mention(at + match.start(), at + match.end(), name, "", "reference")
                )
    return found


def _titles(doc: Document) -> dict[str, list[str]]:
    """Every title the article gives each person, by canonical name."""
    titles: dict[str, list[str]] = {}
    for claim in title_claims(doc):
        titles.setdefault(claim.subject[0], []).append(claim.value_text)
    return titles


def _named_after(doc: Document, index: int, end: int) -> bool:
    """Tell whether a name stands right after a reference ("his counterpart, Ilse Varga")."""
    return any(0 <= m.start - end <= 3 for m in doc.mentions[index])


def _counterpart(
    doc: Document, index: int, position: int, nationality: str | None, titles: dict[str, list[str]]
) -> str | None:
    """The one person a "his (Norlish) counterpart" can mean, or None when none or several fit."""
    before = [m for m in doc.mentions[index] if m.end <= position]
    owner = doc.canonical(before[-1]) if before else doc.antecedent(index, [])
    if owner is None:
        return None
    others = {name: held for name, held in titles.items() if name != owner}
    if nationality:
        fits = [name for name, held in others.items() if _of_nation(held, nationality)]
    else:
        offices = {_office(title) for title in titles.get(owner, ())}
        fits = [name for name, held in others.items() if offices & {_office(t) for t in held}]
    return fits[0] if len(fits) == 1 else None


def _group(modifier: str | None, plural: str, titles: dict[str, list[str]]) -> list[str]:
    """The two people "the two (foreign) ministers" means: only when exactly two hold the title."""
    words = lexicon().person_titles
    singular = next((w for w in (plural[:-1], plural[:-3] + "y") if w in words), None)
    if singular is None or plural not in words:
        return []
    wanted = {singular} | ({modifier} if modifier else set())
    fits = [name for name, held in titles.items() if any(wanted <= set(_office(t)) for t in held)]
    return fits if len(fits) == 2 else []


def _office(title: str) -> tuple[str, ...]:
    """The office words of a title, without nationality and filler ("foreign minister")."""
    inside = lexicon().person_titles | lexicon().title_modifiers
    words = (fold(_POSSESSIVE.sub("", w)) for w in title.split())
    return tuple(w for w in words if w in inside and w not in _FILLER)


def _of_nation(held: Sequence[str], nationality: str) -> bool:
    """Tell whether any title names the nation ("Norlandic", "Norland's") of a nationality word."""
    wanted = fold(nationality)
    inside = lexicon().person_titles | lexicon().title_modifiers
    for title in held:
        for word in title.split():
            if not word[:1].isupper():
                continue
            folded = fold(_POSSESSIVE.sub("", word))
            if folded in inside:
                continue
            short, long_ = sorted((folded, wanted), key=len)
            if len(short) >= _STEM and long_.startswith(short):
                return True
    return False
