"""Link references that name no one ("her Norlish counterpart", "the two ministers") to people."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from consistency.extract.cues import any_word
from consistency.extract.document import Document
from consistency.extract.mentions import Mention
from consistency.extract.offices import office_mentions
from consistency.extract.parties import canonical_office, nation_key
from consistency.extract.titles import title_claims
from consistency.knowledge import fold, lexicon
from consistency.vocabulary import group, pattern, words

_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:(?P<nat>[A-Z][\w'’-]*)\s+)?counterpart\b")
_GROUP = re.compile(r"\b[Tt]he\s+two\s+(?:(?P<mod>[a-z]+)\s+)?(?P<title>[a-z]+s)\b")
_CUE = any_word(("counterpart", "he two"))
_PAIR_NOUNS = pattern("references", "pair_nouns")
_PAIR_PRONOUNS = pattern("references", "pair_pronouns")
_PAIR_CUE = any_word(("two", "pair", "both", "they", "their"), ignore_case=True)
# How many sentences back a pair noun ("the two leaders") looks for its people; a pronoun
# ("they") looks only at its own sentence and the one before.
_PAIR_REACH = 4
_PAIR_PRONOUN_REACH = 1
# The most recent people a pair reference chooses its two from.
_PAIR_CANDIDATES = 4
_QUOTE_MARKS = re.compile(r'["“”]')
_POSSESSIVE = re.compile(r"['’]s?$")
# Words of a title that say nothing of its office.
_FILLER = frozenset({"the", "of", "and", "for"})
# The shortest stem a country and its nationality word must share ("Norland", "Norlander").
_STEM = 4


def reference_mentions(doc: Document) -> dict[int, list[Mention]]:
    """Mentions, by sentence index, of the people that references which name no one mean."""
    # "The foreign ministers of Norland and Velmia": first, as "the two ministers" may
    # then stand for them.
    found = office_mentions(doc, _holders(doc), nation_fits)
    for index, mentions in _titled_references(doc).items():
        found.setdefault(index, []).extend(mentions)
    for index, mentions in _described_references(doc, found).items():
        found.setdefault(index, []).extend(mentions)
    for index, mentions in _bare_references(doc, found).items():
        found.setdefault(index, []).extend(mentions)
    for index, mentions in _pair_references(doc, found).items():
        found.setdefault(index, []).extend(mentions)
    return found


# "The minister held talks with ...": a bare title, no nation, no name after it.
_BARE = re.compile(
    rf"\b[Tt]he\s+(?P<title>[a-z]+)\b"
    rf"(?!\s+(?:{group('references', 'office_scopes').alternation})\b|,?\s+[A-Z])"
)
# How many sentences back a bare title looks for the person last named with it.
_BARE_REACH = 3


def _bare_references(doc: Document, taken: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """Mentions of the person a bare title ("the minister") stands for, where one does.

    News writing calls the person just named with a title by that title alone: after
    "Defence Minister Abdi Dirane said ...", "The minister held talks with Jane Odhiambo"
    is Dirane. The nearest earlier sentence naming one holder of the title decides; a
    sentence naming two is ambiguous, and a holder named in the same sentence is excluded.
    """
    titles = lexicon().person_titles
    found: dict[int, list[Mention]] = {}
    holders: dict[str, list[str]] | None = None
    for index, sentence in enumerate(doc.sentences):
        if "he " not in sentence.text:
            continue
        for match in _BARE.finditer(sentence.text):
            title = match.group("title")
            if title not in titles:
                continue
            start = sentence.start + match.start()
            end = sentence.start + match.end()
            spans = [(m.start, m.end) for m in (*doc.mentions[index], *taken.get(index, ()))]
            if any(s < end and start < e for s, e in spans) or _named_before(doc, index, start):
                continue
            if holders is None:
                holders = _holders(doc)
            here = {doc.canonical(m) for m in doc.mentions[index]}
            name = _last_holder(doc, index, title, holders, here)
            if name:
                found.setdefault(index, []).append(Mention(start, end, name, "", "reference"))
    return found


def _last_holder(
    doc: Document, index: int, title: str, holders: dict[str, list[str]], exclude: set[str]
) -> str | None:
    """The one person last named before sentence `index` whose title holds the word, if one."""
    for back in range(1, _BARE_REACH + 1):
        if index - back < 0:
            return None
        named = {doc.canonical(m) for m in doc.mentions[index - back] if m.evidence != "reference"}
        fits = {
            name
            for name in named - exclude
            if any(title in fold(held).split() for held in holders.get(name, ()))
        }
        if len(fits) == 1:
            return fits.pop()
        if fits:
            return None
    return None


def _titled_references(doc: Document) -> dict[int, list[Mention]]:
    """Mentions of the people that counterpart and group-by-title references mean."""
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


def _named_before(doc: Document, index: int, start: int) -> bool:
    """Tell whether a name stands right before a description, in apposition ("X, the envoy")."""
    return any(0 <= start - m.end <= 2 for m in doc.mentions[index])


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


def _pair_references(doc: Document, taken: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """Mentions of the two people each pair reference ("the two leaders", "they") means."""
    if not _PAIR_CUE(doc.body):
        return {}
    found: dict[int, list[Mention]] = {}
    # A pair reference may stand for people an earlier reference meant ("the pair's seventh
    # meeting ... they met"): those count among the people named before it.
    pairs = _Pairs(doc, (taken, found))
    for index, sentence in enumerate(doc.sentences):
        if not _PAIR_CUE(sentence.text):
            continue
        spans = [(m.start, m.end) for m in taken.get(index, ())]
        for strong, finder in ((True, _PAIR_NOUNS), (False, _PAIR_PRONOUNS)):
            for match in finder.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(s < end and start < e for s, e in spans):
                    continue
                if len(_QUOTE_MARKS.findall(sentence.text, 0, match.start())) % 2:
                    continue  # inside a quotation "they" are the speaker's people, not ours
                people = pairs.resolve(index, start, strong)
                if people:
                    spans.append((start, end))
                    found.setdefault(index, []).extend(
                        Mention(start, end, name, "", "reference") for name in people
                    )
    return found


class _Pairs:
    """Which two people a pair reference ("the two leaders", "they") means.

    Of the people named just before it, the two the article names together most often; none
    when two pairs are named together as often.
    """

    def __init__(self, doc: Document, references: Sequence[dict[int, list[Mention]]] = ()) -> None:
        """Count, over the article, the sentences that name each two people together.

        `references` are the people references already found mean, by sentence (filled in
        as the article is read): they are read as if named where the reference stands.
        """
        self.doc = doc
        self.references = references
        self.together: Counter[tuple[str, str]] = Counter()
        for mentions in doc.mentions:
            names = sorted({doc.canonical(m) for m in mentions})
            self.together.update(combinations(names, 2))

    def resolve(self, index: int, position: int, strong: bool) -> tuple[str, ...]:
        """The two people, or () when the text before does not show them."""
        recent = self._recent(index, position, _PAIR_REACH if strong else _PAIR_PRONOUN_REACH)
        if len(recent) >= 2:
            best = self._best(recent)
            if not strong or (best and self.together[(best[0], best[1])]):
                return best
            # "The pair" after a list of aides never named together: the article's pair.
            return self._top()
        if not strong:
            return ()
        if len(recent) == 1:
            partners = [(n, pair) for pair, n in self.together.items() if recent[0] in pair]
            return max(partners)[1] if partners else ()
        return max((n, pair) for pair, n in self.together.items())[1] if self.together else ()

    def _recent(self, index: int, position: int, reach: int) -> list[str]:
        """The people named before a position, most recent first, without repeats."""
        doc = self.doc
        names: list[str] = []
        for back in range(reach + 1):
            if index - back < 0:
                break
            mentions = doc.mentions[index - back]
            meant = [m for found in self.references for m in found.get(index - back, ())]
            if meant:
                mentions = sorted([*mentions, *meant], key=lambda m: m.start)
            for mention in reversed(mentions):
                if back == 0 and mention.end > position:
                    continue
                name = doc.canonical(mention)
                if name not in names:
                    names.append(name)
            if len(names) >= _PAIR_CANDIDATES:
                break
        return names[:_PAIR_CANDIDATES]

    def _top(self) -> tuple[str, ...]:
        """The two people the article names together most often; () on a tie or when none is."""
        ranked = self.together.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return ()
        return ranked[0][0]

    def _best(self, recent: Sequence[str]) -> tuple[str, ...]:
        """Of the recent people, the two named together most often; () when that is a tie."""
        options = []
        for i, j in combinations(range(len(recent)), 2):
            pair = tuple(sorted((recent[i], recent[j])))
            options.append((-self.together[(pair[0], pair[1])], pair))
        options.sort()
        if len(options) > 1 and options[0][0] == options[1][0]:
            return ()  # "the two" among three people named alike could be any two of them
        return options[0][1]


# "the Norlandic president", "Norland's top diplomat": a nation, then a title without a name.
_DESCRIBED = re.compile(
    r"\b(?:[Tt]he\s+(?P<nat>(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)|"
    r"(?P<owner>(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)['’]s)\s+(?P<rest>[a-z][a-z -]{0,60})"
)
_DESCRIBED_CUE = any_word(("the", "The", "'s", "’s"))
# At most this many words of a description before its title word ("top", "crown").
_DESCRIPTION_WORDS = 4


def _described_references(
    doc: Document, taken: dict[int, list[Mention]]
) -> dict[int, list[Mention]]:
    """Mentions of the one person a description ("the Norlandic leader") fits, where one does."""
    holders: dict[str, list[str]] | None = None
    found: dict[int, list[Mention]] = {}
    for index, sentence in enumerate(doc.sentences):
        if not _DESCRIBED_CUE(sentence.text):
            continue
        spans = [(m.start, m.end) for m in (*doc.mentions[index], *taken.get(index, ()))]
        for match in _DESCRIBED.finditer(sentence.text):
            title = _title_words(match.group("rest"))
            if not title:
                continue
            start = sentence.start + match.start()
            end = sentence.start + match.start("rest") + len(" ".join(title))
            if any(s < end and start < e for s, e in spans) or _named_after(doc, index, end):
                continue
            if _named_before(doc, index, start):
                continue  # "Ivo Brask, the Norlandic envoy,": the name's own title
            if holders is None:
                holders = _holders(doc)
            nation = match.group("nat") or match.group("owner")
            name = _described(holders, nation, title)
            if name:
                spans.append((start, end))
                found.setdefault(index, []).append(Mention(start, end, name, "", "reference"))
    return found


def person_described(doc: Document, phrase: str, holders: dict[str, list[str]]) -> str | None:
    """The one person a description ("the Norlandic leader", "Norland's envoy") fits, if one.

    `holders` is every title the article gives each person (see title_holders).
    """
    match = _DESCRIBED.match(phrase.strip())
    if match is None:
        return None
    title = _title_words(match.group("rest") + " ")
    nation = match.group("nat") or match.group("owner")
    return _described(holders, nation, title) if title else None


def title_holders(doc: Document) -> dict[str, list[str]]:
    """Every title the article gives each person, by canonical name."""
    return _holders(doc)


def _title_words(rest: str) -> list[str]:
    """The words of a description up to its (singular) title word, or [] when there is none."""
    titles = lexicon().person_titles
    leaders = words("references", "leader_words")
    parts = rest.split()[:_DESCRIPTION_WORDS]
    for size in range(len(parts), 0, -1):
        head = " ".join(parts[:size])
        last = parts[size - 1]
        if any(head.endswith(w) for w in leaders) or (last in titles and not last.endswith("s")):
            return parts[:size]
    return []


def _holders(doc: Document) -> dict[str, list[str]]:
    """Every title the article gives each person, from its title claims and its names' titles."""
    held = _titles(doc)
    for mentions in doc.mentions:
        for mention in mentions:
            if mention.title and mention.evidence != "reference":
                held.setdefault(doc.canonical(mention), []).append(mention.title)
    return held


def nation_people(doc: Document, nation: str, title: Sequence[str] = ()) -> list[str]:
    """The people a description of a nation and an office fits (see _fits), in article order.

    "Norlandic" and ("foreign", "minister") fit "Norland's Foreign Minister Ada Lund"; with
    no title words, everyone whose title names the nation fits ("the first Norlandic visit").
    """
    return nation_fits(_holders(doc), nation, title)


def _described(holders: dict[str, list[str]], nation: str, title: Sequence[str]) -> str | None:
    """The one person whose title names the nation and fits the described title, if one."""
    fits = nation_fits(holders, nation, title)
    return fits[0] if len(fits) == 1 else None


def nation_fits(holders: dict[str, list[str]], nation: str, title: Sequence[str]) -> list[str]:
    """The people whose title names the nation and fits the described title.

    Every office word must fit ("Norland's prime minister" is not its foreign minister); a
    leader's word ("the Norlandic leader") fits the nation's holder of a leader's office.
    """
    generic = any(" ".join(title).endswith(w) for w in words("references", "leader_words"))
    # One office by any of its names ("top diplomat", "Foreign Minister": office_names.yaml).
    office = set(_office(canonical_office(" ".join(title))))
    fits = [
        name
        for name, held in holders.items()
        if any(_names_nation(t, nation) for t in held)
        and (generic or office <= {w for t in held for w in _office(canonical_office(t))})
        and (generic or office or not title)
    ]
    if generic and len(fits) > 1:
        # "The Norlandic leader" among a Norlandic president and minister: the president.
        offices = pattern("references", "leader_offices")
        fits = [name for name in fits if any(offices.search(t) for t in holders[name])]
    return fits


def _names_nation(title: str, nation: str) -> bool:
    """Tell whether a title names a nation ("Norland's", "Norlandic", "Swiss" for Switzerland)."""
    wanted = nation_key(nation)
    # "Norland's envoy to Kestria" is Norland's: the scope after "to" or "for" is not its nation.
    own = pattern("references", "title_scopes").split(title, maxsplit=1)[0]
    capitals = [_POSSESSIVE.sub("", w) for w in own.split() if w[:1].isupper()]
    spans = capitals + [" ".join(capitals[i : i + 2]) for i in range(len(capitals) - 1)]
    return any(nation_key(span) == wanted for span in spans if wanted)
