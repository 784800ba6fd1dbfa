"""Find the people a sentence names, and link short mentions to full names in the article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import NamedTuple

from consistency.extract.sentences import Sentence
from consistency.knowledge import (
    Lexicon,
    fold,
    lexicon,
    name_key,
    people_from,
    people_source,
    shorter_form,
)
from consistency.runtime import corpus_cache
from consistency.vocabulary import words as vocabulary_words

# A token: an initialism ("U.S."), a word (with apostrophes and hyphens), or one symbol.
_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|\w[\w'’\-]*\.?|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s?$")
_MAX_NAME_TOKENS = 4
# How many tokens back a title may start ("Director of the Office of the ... Council").
_TITLE_REACH = 10
# Speech verbs that may come before their speaker ("said Varga"); "told X" names a listener.
_INVERTED_SPEECH = frozenset({"said", "says", "added", "wrote", "tweeted"})
# Prepositions that put a place after them: "officials in Tarvo said" quote no person Tarvo.
_LOCATIVE = frozenset(
    {"in", "at", "from", "near", "into", "outside", "inside", "across", "via", "around"}
)
# Words that may stand between a subject and its verb ("X also met Y").
_ADVERBS = frozenset({"also", "later", "then", "briefly", "first", "again", "once", "recently"})
_ARTICLES = frozenset({"a", "an", "the"})
_TITLE_SCOPE = frozenset({"to", "for", "and"})
# Longest name that the company it keeps (a verb, recurrence) shows to be a person's;
# longer runs of capitals are titles of works, bodies or events.
_MAX_PLAIN_NAME_TOKENS = 3


class Token(NamedTuple):
    """One token of a sentence with its absolute span (a tuple: cheap to make by the million)."""

    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        """The token case- and accent-folded."""
        return fold(self.text)

    @property
    def capitalised(self) -> bool:
        """Tell whether the token starts with a capital letter."""
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of a person in a sentence, with the title words that came before it."""

    start: int
    end: int
    name: str
    title: str
    evidence: str  # why it is a person: title, speech, verb, known, article

    @property
    def tokens(self) -> tuple[str, ...]:
        """The words of the name."""
        return tuple(self.name.split())


def tokenize(sentence: Sentence) -> list[Token]:
    """Split a sentence into tokens with absolute offsets."""
    return list(_tokens(sentence.start, sentence.text))


def _tokens(start: int, text: str) -> tuple[Token, ...]:
    """The tokens of a sentence text starting at body offset `start`."""
    tokens = text_tokens(text)
    if not start:
        return tokens
    return tuple(_new_token((start + s, start + e, t)) for s, e, t in tokens)


# Tokens by the hundred thousand: map() over the matches' own methods and tuple.__new__
# builds them in C, without a Python frame per token.
_new_token: Callable[[tuple[int, int, str]], Token] = partial(tuple.__new__, Token)


# An article's titles are read from the tokens its names were read from just before; a
# few articles' sentences suffice (tokens are large: a corpus's would take 100s of MB).
@corpus_cache(maxsize=1 << 10)
def text_tokens(text: str) -> tuple[Token, ...]:
    """The tokens of a text, with offsets within it."""
    matches = list(_TOKEN.finditer(text))
    spans = zip(
        map(re.Match.start, matches),
        map(re.Match.end, matches),
        map(re.Match.group, matches),
        strict=True,
    )
    return tuple(map(_new_token, spans))


@cache
def _known_forms(source: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Folded full names and aliases, and folded family names, of one people file's people."""
    people = people_from(source)
    full = frozenset(fold(n) for p in people for n in (p.name, *p.aliases))
    family = frozenset(fold(p.family_name) for p in people)
    return full, family


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A run of capitals that could name a person, with what shows it apart from the article."""

    mention: Mention  #: its evidence is that below, or "article" when the article shows it
    folded: str
    #: "known", or "title", "speech" or "verb" (checked after the article's names), or None.
    evidence: str | None
    #: Right after "in", "at", "from"...: a place, unless the words themselves show a person.
    locative: bool = False
    #: The index of the candidate this one is paired with by "and" among people ("talks
    #: between X and Y", "X and Y met"): when one of them is a person, so is the other.
    partner: int | None = None
    #: Right before a lower-case title or person word ("Norlish counterpart", "Retired
    #: Norlish officer"): the run describes that person, it does not name one.
    modifier: bool = False


class MentionFinder:
    """Finds person mentions, given the full names already established in the article."""

    def __init__(self, article_names: Iterable[str] = ()) -> None:
        """Remember the article's full names so that surnames alone can be recognised."""
        self.article_names = {fold(n): n for n in article_names}
        # A name's first and last words may stand alone, and its inner ones: "Ferrer" for
        # "Lucía Ferrer Olmedo", who is named by her first surname.
        self.article_parts = {fold(part) for n in article_names for part in _words(n)}
        # A family name of several words stands alone too: "Ould Zeine" of "Ahmedou Ould
        # Zeine", "López Obrador" of "Andrés Manuel López Obrador".
        self.article_parts |= {tail for n in article_names for tail in _tails(n)}

    def find(self, sentence: Sentence) -> list[Mention]:
        """All person mentions in one sentence, in order."""
        candidates = _text_candidates(sentence.text, people_source())
        if not candidates:
            return []  # many sentences: spare building the lists
        evidence = [self._evidence(c) for c in candidates]
        for i, candidate in enumerate(candidates):
            partner = candidate.partner
            if evidence[i] is None and partner is not None and evidence[partner] is not None:
                evidence[i] = "paired"
        at = sentence.start
        return [
            Mention(at + c.mention.start, at + c.mention.end, c.mention.name, c.mention.title, e)
            for c, e in zip(candidates, evidence, strict=True)
            if e is not None
        ]

    def _evidence(self, candidate: _Candidate) -> str | None:
        """Why a candidate is a person, the article's names included, or None."""
        if candidate.evidence != "known" and (
            candidate.folded in self.article_names or candidate.folded in self.article_parts
        ):
            return "article"
        return candidate.evidence


# Every sentence is read for names twice (before and after the article's full names are
# known), and outlets that run the same wire copy repeat sentences word for word at other
# offsets; all but the article's own evidence depends on the sentence's text alone, so read
# each text once, with spans counted from its start.
@corpus_cache(maxsize=1 << 15)
def _text_candidates(text: str, source: str | None) -> tuple[_Candidate, ...]:
    """The runs of capitals of a sentence text that could name a person, in order.

    `source` is the people file in use (see knowledge.people_source): what is known depends on it.
    """
    reader = _run_reader(source)
    tokens = text_tokens(text)
    runs: list[tuple[int, int]] = []
    found: list[_Candidate] = []
    for first, last in _capital_runs(tokens):
        candidate = reader.candidate(tokens, first, last)
        if candidate is not None:
            runs.append((first, last))
            found.append(candidate)
    for i in range(len(found) - 1):
        if reader.paired(tokens, runs[i], runs[i + 1]):
            found[i] = replace(found[i], partner=i + 1)
            found[i + 1] = replace(found[i + 1], partner=i)
    return tuple(found)


class _RunReader:
    """Reads one run of capitalised tokens with the lexicon and the known people."""

    def __init__(self, source: str | None) -> None:
        """Load the vocabulary and the people of one people file once."""
        self.lex: Lexicon = lexicon()
        self.known_full, self.known_family = _known_forms(source)
        self.vocabulary = _vocabulary()
        # Words that show a person is named next to them, offices or not ("counterpart").
        self.person_words = self.lex.person_titles | self.lex.person_nouns
        # "Afterwards Varga": a sentence's opening adverb is no first name.
        self.openers = vocabulary_words("names", "sentence_openers")
        # "The foreign ministers of Norland, Velmia and Dravia": the countries they serve.
        self.group_titles = vocabulary_words("names", "group_titles")

    def candidate(self, tokens: Sequence[Token], first: int, last: int) -> _Candidate | None:
        """Turn one run of capitalised tokens into a candidate, if it can be a name."""
        run = list(tokens[first : last + 1])
        title = self._strip_title(run)
        while run and run[-1].folded.rstrip(".") in self.lex.stopwords:
            run.pop()
        if run:
            run[-1] = _bare(run[-1])
        if not run or _name_tokens(run) > _MAX_NAME_TOKENS or not self._plausible_name(run):
            return None
        name = " ".join(t.text for t in run)
        folded = fold(name)
        locative = first > 0 and tokens[first - 1].folded in _LOCATIVE
        evidence = self._evidence(tokens, first, last, folded, title)
        if locative and evidence not in ("known", "title"):
            evidence = None
        title_text = " ".join(t.text for t in title)
        mention = Mention(run[0].start, run[-1].end, name, title_text, evidence or "article")
        # The very next token: "X, foreign minister of Y" is X named, then a title.
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        modifier = (
            after is not None
            and not after.capitalised
            and (after.folded in self.person_words or after.folded in self.lex.title_modifiers)
        )
        if evidence == "title" and not title and len(run) == 1 and self._describes(tokens, last):
            # "..., Velmian foreign minister Tomas Ilves": the nation of the title that follows
            # (the title before it, "Minister Ada Brekke, Velmian", shows no person).
            evidence = None
        return _Candidate(mention, folded, evidence, locative, modifier=modifier)

    def _describes(self, tokens: Sequence[Token], last: int) -> bool:
        """Tell whether a lower-case title follows a word ("Velmian foreign minister X")."""
        after = [t.folded for t in tokens[last + 1 : last + 3]]
        if not after or _POSSESSIVE.search(tokens[last].text):
            return False
        if after[0] in self.person_words:
            return True
        return (
            after[0] in self.lex.title_modifiers
            and after[1:2] != []
            and (after[1] in self.person_words)
        )

    def _strip_title(self, run: list[Token]) -> list[Token]:
        """Remove and return the leading title words, nationalities and possessives."""
        cut = 0
        for i, token in enumerate(run[:-1]):
            if self._is_title_word(token):
                cut = i + 1
        title = run[:cut]
        del run[:cut]
        return title

    def _is_title_word(self, token: Token) -> bool:
        """Tell whether a token (not the run's last) belongs to a title rather than a name."""
        word = token.folded
        if word in self.person_words or word in self.lex.title_modifiers:
            return True
        if word.rstrip(".") in self.lex.stopwords or word in self.openers:
            return True
        # "Marovia's President Pellin": a possessive before more capitals is a modifier.
        return bool(_POSSESSIVE.search(token.text))

    def _title_before(self, tokens: Sequence[Token], first: int) -> bool:
        """Tell whether a title ends right before the run ("Secretary of State", "top diplomat")."""
        titles, modifiers = self.person_words, self.lex.title_modifiers
        after_comma = first > 0 and tokens[first - 1].text == ","
        reach = tokens[max(0, first - _TITLE_REACH) : first]
        listed = _ListScope()
        crossed = False  # a name and "and" stand between: "Minister Ilse Brekke and Velmia"
        for k in range(len(reach) - 1, -1, -1):
            token = reach[k]
            if token.folded in titles:
                # "the foreign ministers of Norland, Velmia and Dravia": a list after "of" a
                # plural title names whose ministers they are, not people.
                if listed.after_of and token.folded in self.group_titles:
                    return False
                # A title of one ("Trade Minister Ilse Brekke and Velmia's ...") is Brekke's;
                # a plural one ("Presidents X and Y") is both names'.
                return not crossed or self._plural_title(token)
            listed.read(token)
            if token.folded == "and" and k > 0 and self._ends_a_name(reach[k - 1]):
                crossed = True
            # "ambassador to the Y, X": a title's scope may stand between it and a name that
            # follows a comma (never "ambassador to Y": Y is the scope, no person).
            scope = token.folded in _TITLE_SCOPE and after_comma
            if not (token.folded in modifiers or token.capitalised or token.text == "," or scope):
                return False
        return False

    def _plural_title(self, token: Token) -> bool:
        """Tell whether a title word is a plural ("Presidents", "ministers", "leaders")."""
        word = token.folded
        return word.endswith("s") and word[:-1] in self.person_words

    def _ends_a_name(self, token: Token) -> bool:
        """Tell whether a token can end a person's name: capitalised, no title word."""
        word = token.folded
        return (
            token.capitalised
            and word not in self.person_words
            and word not in self.lex.title_modifiers
            and word not in self.lex.stopwords
        )

    def _title_after(self, tokens: Sequence[Token], last: int) -> bool:
        """Tell whether a title in commas follows the run ("X, the country's trade minister,")."""
        if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
            return False
        lex = self.lex
        plain = 0  # "X, a career diplomat": one word of no title may come before the title
        for token in tokens[last + 2 : last + 2 + _TITLE_REACH]:
            word = token.folded
            if word in self.person_words:
                return True
            if word in lex.title_modifiers or word in _ARTICLES or _POSSESSIVE.search(token.text):
                continue
            if token.capitalised and word not in lex.stopwords:
                continue
            if plain or not token.text.isalpha() or word in lex.stopwords:
                return False
            plain += 1
        return False

    def _by_verb(self, tokens: Sequence[Token], first: int, last: int) -> bool:
        """Tell whether the run is the subject or object of a verb between people ("X met Y")."""
        verbs = self.lex.person_verbs
        after = [t.folded for t in tokens[last + 1 : last + 3]]
        if after[:1] and after[0] in _ADVERBS:
            after = after[1:]
        if after[:1] and after[0] in verbs:
            return True
        before = [t.folded for t in tokens[max(0, first - 2) : first]]
        if before[-1:] and before[-1] == "with":
            before = before[:-1]  # "met with X"
        return bool(before) and before[-1] in verbs

    def paired(self, tokens: Sequence[Token], one: tuple[int, int], other: tuple[int, int]) -> bool:
        """Tell whether two runs are joined by "and" as the people of a meeting or a call."""
        if other[0] != one[1] + 2 or tokens[one[1] + 1].folded != "and":
            return False
        # "between X and Y's foreign minister": the person is the minister, not Y.
        if any(_POSSESSIVE.search(tokens[last].text) for _, last in (one, other)):
            return False
        before = tokens[one[0] - 1].folded if one[0] > 0 else ""
        if before in ("between", "with") or before in self.lex.person_verbs:
            return True
        after = [t.folded for t in tokens[other[1] + 1 : other[1] + 3]]
        if after[:1] and after[0] in _ADVERBS:
            after = after[1:]
        return bool(after) and after[0] in self.lex.person_verbs

    def _plausible_name(self, run: Sequence[Token]) -> bool:
        """Reject runs that name places, organisations, days or months."""
        named = [t for t in run if t.text not in _particles()]
        words = [t.folded.rstrip(".") for t in named]
        if any(w in self.vocabulary for w in words):
            return False
        return all(t.capitalised and not t.text.isupper() for t in named if len(t.text) > 2)

    def _evidence(
        self, tokens: Sequence[Token], first: int, last: int, folded: str, title: Sequence[Token]
    ) -> str | None:
        """Say why the run is a person, the article's names aside, or None when nothing does."""
        if folded in self.known_full or (" " not in folded and folded in self.known_family):
            return "known"
        if any(t.folded in self.person_words for t in title):
            return "title"
        before = _neighbour(tokens, first, -1)
        # "leaders of Ostmark", "head of the Norlandic government" name a place or a body;
        # "Secretary of State Ilse Varga" a person.
        of = before
        if of is not None and of.folded in _ARTICLES and first > 1:
            of = tokens[first - 2]
        after_of = of is not None and of.folded == "of" and not title
        if not after_of and self._title_before(tokens, first):
            return "title"
        if self._title_after(tokens, last) and not _POSSESSIVE.search(tokens[last].text):
            return "title"  # (not "Norland's, Velmia's and Dravia's foreign ministers")
        after = _neighbour(tokens, last, +1)
        if after is not None and after.folded in self.lex.speech_verbs:
            return "speech"
        if before is not None and before.folded in _INVERTED_SPEECH:
            return "speech"
        # One capitalised word before "met" is as often a country or a body as a person.
        if 1 < last - first + 1 - len(title) <= _MAX_PLAIN_NAME_TOKENS and self._by_verb(
            tokens, first, last
        ):
            return "verb"
        return None


class _ListScope:
    """Reads back from a run of capitals, to tell whether it is an item of a list after "of".

    "of Norland, Velmia and Dravia": every item is; "of Norland and Velmia, Ada Brekke":
    a comma after the list's "and" closes it, so Ada Brekke is no item.
    """

    def __init__(self) -> None:
        """Nothing read yet: only list items, commas and "and" may come before "of"."""
        self.items_only = True
        self.comma = False
        self.closed = False
        self.after_of = False

    def read(self, token: Token) -> None:
        """Read the next token before the run (walking back)."""
        if not self.items_only or self.after_of:
            return
        word = token.folded
        if word == "of":
            self.after_of = not self.closed
        elif word == ",":
            self.comma = True
        elif word == "and":
            self.closed = self.closed or self.comma
        elif not (token.capitalised or word == "the"):
            self.items_only = False


@cache
def _run_reader(source: str | None) -> _RunReader:
    """The reader of runs for one people file (the lexicon does not change while running)."""
    return _RunReader(source)


@cache
def _vocabulary() -> frozenset[str]:
    """Words that show a run of capitals is no person's name (built once, not per run)."""
    lex = lexicon()
    return (
        lex.non_person_words
        | vocabulary_words("names", "sentence_openers")
        | lex.stopwords
        | lex.person_titles
        | lex.person_nouns
        | lex.title_modifiers
    )


def _ends(name: str) -> tuple[str, ...]:
    """The first and last word of a full name: either may be used alone."""
    parts = name.split()
    return (parts[0], parts[-1]) if len(parts) > 1 else ()


def _words(name: str) -> list[str]:
    """Every word of a full name but its particles, none of a single word: each may be alone."""
    parts = name.split()
    return [p for p in parts if p not in _particles()] if len(parts) > 1 else []


def _tails(name: str) -> list[str]:
    """The folded runs of two words or more that end a full name, the whole name excluded."""
    parts = fold(name).split()
    return [" ".join(parts[k:]) for k in range(1, len(parts) - 1)]


def _name_tokens(run: Sequence[Token]) -> int:
    """How many words of a name a run holds, its particles ("von der") not counted."""
    return sum(1 for t in run if t.text not in _particles())


def _bare(token: Token) -> Token:
    """The last token of a name without a possessive "'s" or a sentence's full stop."""
    text = _POSSESSIVE.sub("", token.text)
    if text.endswith(".") and len(text) > 2:
        text = text[:-1]
    return Token(token.start, token.start + len(text), text)


def _neighbour(tokens: Sequence[Token], index: int, step: int) -> Token | None:
    """The nearest token before or after `index`, skipping commas."""
    i = index + step
    while 0 <= i < len(tokens) and tokens[i].text == ",":
        i += step
    return tokens[i] if 0 <= i < len(tokens) else None


def _capital_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Index ranges of consecutive capitalised word tokens.

    A name's lower-case particles ("von der" of "Ursula von der Leyen") stay inside a run
    when a capitalised word follows them.
    """
    particles = _particles()
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, token in enumerate(tokens):
        first = token.text[0]  # no token is empty
        is_word = first.isupper() and first.isalpha()
        if not is_word and start is not None and token.text in particles:
            after = i + 1
            while after < len(tokens) and tokens[after].text in particles:
                after += 1
            is_word = after < len(tokens) and tokens[after].text[0].isupper()
        if is_word and start is None:
            start = i
        elif not is_word and start is not None:
            runs.append((start, i - 1))
            start = None
    if start is not None:
        runs.append((start, len(tokens) - 1))
    return runs


@cache
def _particles() -> frozenset[str]:
    """Lower-case words that stand inside names (vocabulary names.yaml particles)."""
    return vocabulary_words("names", "particles")


def article_full_names(sentences: Sequence[Sentence]) -> list[str]:
    """Full names (two words or more) that the article shows to be people.

    A sentence shows it (a title, a speech verb, "met"), or the article does: a name of
    two or three words whose first or last word recurs alone, and that is never a place
    ("in X").
    """
    names: dict[str, str] = {}
    unproven: dict[str, str] = {}
    seen: Counter[str] = Counter()
    places: set[str] = set()
    source = people_source()
    for sentence in sentences:
        # With no names of the article yet, only evidence of the sentence's own counts.
        for candidate in _text_candidates(sentence.text, source):
            mention = candidate.mention
            words = len(mention.tokens)
            if candidate.locative:
                places.add(candidate.folded)
                continue
            if candidate.evidence is not None and words > 1:
                names.setdefault(candidate.folded, mention.name)
            elif candidate.modifier:
                # "Norlish counterpart", "Retired Norlish officer": a description, which
                # neither names a person nor shows a name to be one by recurring.
                continue
            elif 1 < words <= _MAX_PLAIN_NAME_TOKENS:
                unproven.setdefault(candidate.folded, mention.name)
            seen[candidate.folded] += 1
    for folded, name in unproven.items():
        if folded in names or folded in places:
            continue
        ends = [fold(part) for part in _ends(name)]
        if any(end in places for end in ends):
            continue
        # The whole run again proves nothing: photo credits and bodies recur whole, while
        # news writing names a person in full once and by one name after.
        if any(seen[end] for end in ends):
            names[folded] = name
    return list(names.values())


def link_in_article(name: str, full_names: Sequence[str]) -> str:
    """Expand a surname to the one full name in the article that ends or starts with it."""
    return link_by_ends(name, names_by_end(full_names))


@dataclass(frozen=True, slots=True)
class NameIndex:
    """An article's full names by their (folded) first and last words, and by inner words."""

    ends: dict[str, set[str]]
    inner: dict[str, set[str]]


def names_by_end(full_names: Sequence[str]) -> NameIndex:
    """The full names that start or end with each (folded) word, for link_by_ends."""
    ends: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}
    for name in full_names:
        for part in _ends(name):
            ends.setdefault(fold(part), set()).add(name)
        # Inner words, and the parts of hyphened ones: "Ferrer" of "Lucía Ferrer-Olmedo".
        whole = fold(name).split()
        for part in {*whole[1:-1], *(set(name_key(name).split()) - set(whole))}:
            inner.setdefault(part, set()).add(name)
    return NameIndex(ends, inner)


def link_by_ends(name: str, index: NameIndex) -> str:
    """The fullest form of a name among the article's full names, if only one person fits.

    A surname alone is the full name that ends or starts with it ("Varga"), else the one
    holding it inside ("Ferrer" of "Lucía Ferrer Olmedo", a first surname). A full name is
    the longer name it is a shorter form of ("López Obrador" of "Andrés Manuel López
    Obrador"; see knowledge.shorter_form). A name and its forms ("Ilse Varga", "Ilse Maren
    Varga") are one person, given by the fullest.
    """
    if " " in name:
        return _longest_form(name, index)
    folded = fold(name)
    matches = index.ends.get(folded) or index.inner.get(folded, set())
    return _fullest({_longest_form(m, index) for m in matches}) or name


def _longest_form(name: str, index: NameIndex) -> str:
    """A full name as the article names its person (see _fullest), given its other forms."""
    words = fold(name).split()
    folded = name_key(name)
    near = index.ends.get(words[0], set()) | index.ends.get(words[-1], set())
    forms = {
        m for m in near if shorter_form(folded, name_key(m)) or shorter_form(name_key(m), folded)
    }
    return _fullest({name, *forms}) or name


def _fullest(names: set[str]) -> str | None:
    """The one person several names are forms of, named as the article names them most simply.

    One name must be a longer form of all the others (see knowledge.shorter_form); of the
    names with its first and last words the shortest is given: "Ilse Varga" for "Ilse
    Varga" and "Ilse Maren Varga", "Lucía Ferrer Olmedo" for her and "Lucía Ferrer".
    """
    if len(names) == 1:
        return next(iter(names))
    folded = {n: name_key(n) for n in names}
    for name in sorted(names, key=lambda n: (-len(folded[n].split()), -len(n), n)):
        if all(o == name or shorter_form(folded[o], folded[name]) for o in names):
            ends = _first_last(name)
            return min((n for n in names if _first_last(n) == ends), key=lambda n: (len(n), n))
    return None


def _first_last(name: str) -> tuple[str, str]:
    """The first and last words of a name, folded."""
    parts = fold(name).split()
    return parts[0], parts[-1]
