"""Find the titles articles give people ("former Trade Minister X"), and split title phrases."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from consistency.datafiles import package_data
from consistency.extract.document import Document, Found
from consistency.extract.mentions import Mention, Token, text_tokens
from consistency.extract.sentences import Sentence
from consistency.knowledge import fold, lexicon
from consistency.runtime import corpus_cache

_POSSESSIVE = re.compile(r"\w['’]s?$")
_INITIALISM = re.compile(r"^(?:[A-Z]\.?){2,}$")
# Words that join or open a title without belonging to it at its edges.
_CONNECTIVES = frozenset({"of", "the", "and", "for", "a", "an"})
_ARTICLES = frozenset({"a", "an", "the"})
_ENDS_APPOSITION = frozenset({",", ";", ")", ".", ":"})


@dataclass(frozen=True)
class _Vocabulary:
    """Title words of the lexicon, with its honorifics and the words that make a title past."""

    titles: frozenset[str]
    inside: frozenset[str]
    honorifics: frozenset[str]
    former: frozenset[str]

    def is_title(self, word: str) -> bool:
        """Tell whether a folded word names a title or role ("minister", "sen.")."""
        bare = word.rstrip(".")
        return (word in self.titles or bare in self.titles) and not (
            word in self.honorifics or bare in self.honorifics
        )

    def in_title(self, word: str) -> bool:
        """Tell whether a folded word may stand inside a title ("foreign", "of", "top")."""
        bare = word.rstrip(".")
        return word in self.inside or bare in self.inside or _former_word(self, word) is not None


@cache
def _vocabulary() -> _Vocabulary:
    """Lexicon keys person_titles, title_modifiers, honorifics and former_title_markers."""
    lex = lexicon()
    data = package_data("lexicon.yaml")
    return _Vocabulary(
        titles=lex.person_titles,
        inside=lex.person_titles | lex.title_modifiers,
        honorifics=frozenset(fold(w) for w in data.get("honorifics", ())),
        former=frozenset(fold(w) for w in data.get("former_title_markers", ())),
    )


def title_claims(doc: Document) -> Iterator[Found]:
    """Every role.title claim: one per person mention that carries a title."""
    for index, sentence in enumerate(doc.sentences):
        if not doc.mentions[index]:
            continue  # no person, no title
        at = sentence.start
        spans = tuple((m.start - at, m.end - at) for m in doc.mentions[index])
        titles = _sentence_titles(sentence.text, spans)
        for mention, found in zip(doc.mentions[index], titles, strict=True):
            if found is not None:
                start, end, value = found
                yield _found(doc, sentence, mention, at + start, at + end, value)


# Outlets that run the same wire copy repeat sentences, and their names, word for word.
@corpus_cache(maxsize=1 << 14)
def _sentence_titles(
    text: str, spans: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int, str] | None, ...]:
    """The claim span and title of each mention span of a sentence text, offsets within it."""
    tokens = text_tokens(text)
    # Which tokens no mention covers: the same for every mention of the sentence.
    starts = [t.start for t in tokens]
    free = [True] * len(tokens)
    for start, end in spans:
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            free[i] = False
    titles = [_title_span(text, tokens, span, free) for span in spans]
    # "Presidents X and Y": a plural title before the first name is the title of each.
    for k in range(1, len(spans)):
        before = titles[k - 1]
        joined = text[spans[k - 1][1] : spans[k][0]].strip(" ,") in ("and", "")
        if titles[k] is None and before is not None and joined and _plural(before[2]):
            titles[k] = (before[0], spans[k][1], before[2])
    return tuple(titles)


def _plural(title: str) -> bool:
    """Tell whether a title phrase ends in a plural title word ("foreign ministers")."""
    words = title.split()
    return bool(words) and _singular(_vocabulary(), fold(words[-1])) != fold(words[-1])


def _singular(voc: _Vocabulary, word: str) -> str:
    """The singular of a plural title word ("presidents", "secretaries"); others unchanged."""
    if not word.endswith("s") or word not in voc.titles:
        return word
    for form in (word[:-1], word[:-3] + "y", word[:-2]):
        if form in voc.titles:
            return form
    return word


def _found(
    doc: Document, sentence: Sentence, mention: Mention, start: int, end: int, value: str
) -> Found:
    """Assemble a title claim about one mentioned person."""
    return Found(
        fact="role.title",
        subject=(doc.canonical(mention),),
        start=start,
        end=end,
        sentence=sentence,
        value_text=value,
        hedged=False,
        tense="present",
    )


def _title_span(
    body: str, tokens: Sequence[Token], mention: tuple[int, int], free: Sequence[bool]
) -> tuple[int, int, str] | None:
    """Find the claim's span and title: a title before the name, else an apposition after.

    `body` is the text the offsets of `tokens` and of the `mention` span count in.
    """
    mention_start, mention_end = mention
    first = next(i for i, t in enumerate(tokens) if t.end > mention_start)
    last = max(i for i, t in enumerate(tokens) if t.start < mention_end)
    before = _before(tokens, first, last, free)
    if before is not None:
        i, j = before
        value = body[tokens[i].start : _word_end(tokens[j - 1])]
        place = _of_place(tokens, last, free)
        if place is None:
            return tokens[i].start, mention_end, value
        return tokens[i].start, place[1], f"{value} {body[place[0] : place[1]]}"
    after = _apposition(tokens, last, free)
    if after is None:
        return None
    i, j = after
    return mention_start, _word_end(tokens[j - 1]), body[tokens[i].start : _word_end(tokens[j - 1])]


def _before(
    tokens: Sequence[Token], first: int, last: int, free: Sequence[bool]
) -> tuple[int, int] | None:
    """Token range of the title right before a name ("the country's top diplomat, X")."""
    voc = _vocabulary()
    at = first
    while at > 0 and free[at - 1] and tokens[at - 1].folded.rstrip(".") in voc.honorifics:
        at -= 1  # "the ambassador, Mr X": the honorific stands between the title and the name
    if at > 0 and tokens[at - 1].text == ",":
        # "the country's top diplomat, X," only: the name stands alone between commas.
        after = tokens[last + 1].text if last + 1 < len(tokens) else "."
        head = _head_before_scope(voc, tokens, at - 1)
        if head is None or after not in _ENDS_APPOSITION:
            return None
        i = head + 1
        while i > 0 and free[i - 1] and _title_word(voc, tokens[i - 1]):
            i -= 1
        return _edges(voc, tokens, i, at - 1)
    i = at
    while i > 0 and free[i - 1] and _title_word(voc, tokens[i - 1]):
        if i > 1 and (tokens[i - 2].folded, tokens[i - 1].folded) == ("and", "the"):
            break  # "the House chief and the Swiss president X": his title starts at "the"
        i -= 1
    return _edges(voc, tokens, i, at)


# A title's scope after its word, before the name: "ambassador to the Y", "minister for
# tourism, sport and culture". At most this many tokens.
_SCOPE_REACH = 12
_SCOPE_WORDS = frozenset({"to", "for", "of", "in", "at"})


def _head_before_scope(voc: _Vocabulary, tokens: Sequence[Token], comma: int) -> int | None:
    """The title word before a comma, over its scope ("ambassador to the Y, X"), or None."""
    if comma >= 1 and voc.is_title(tokens[comma - 1].folded):
        return comma - 1
    for k in range(comma - 1, max(comma - 1 - _SCOPE_REACH, 0), -1):
        if tokens[k].folded in _SCOPE_WORDS:
            return k - 1 if k >= 1 and voc.is_title(tokens[k - 1].folded) else None
        if not (tokens[k].text == "," or tokens[k].text.isalpha() or tokens[k].text[:1].isupper()):
            return None
    return None


def _apposition(tokens: Sequence[Token], last: int, free: Sequence[bool]) -> tuple[int, int] | None:
    """Token range of a title after a name between commas ("X, the trade minister,")."""
    voc = _vocabulary()
    start = last + 2
    if start >= len(tokens) or tokens[last + 1].text != ",":
        return None
    j = start
    while j < len(tokens) and free[j] and _title_word(voc, tokens[j]):
        j += 1
    if j < len(tokens) and tokens[j].text not in _ENDS_APPOSITION:
        return None
    return _edges(voc, tokens, start, j)


def _edges(voc: _Vocabulary, tokens: Sequence[Token], i: int, j: int) -> tuple[int, int] | None:
    """Trim joining words and honorifics off a title's edges; None when no title word is left."""
    while i < j and tokens[i].folded in _CONNECTIVES:
        i += 1
    # "of Y and Prime Minister X": "and" joins titles only, so drop a conjunct without one.
    joins = [k for k in range(i, j) if tokens[k].folded == "and"]
    for k in joins:
        if not any(_names_title(voc, t.folded) for t in tokens[i:k]):
            i = k + 1
    while j > i and tokens[j - 1].folded.rstrip(".") in voc.honorifics:
        j -= 1
    if j <= i or tokens[j - 1].folded in _CONNECTIVES:
        return None
    return (i, j) if any(_names_title(voc, t.folded) for t in tokens[i:j]) else None


def _names_title(voc: _Vocabulary, word: str) -> bool:
    """Tell whether a folded word is a title word, also after "then-" or "ex-"."""
    rest = _former_word(voc, word)
    return voc.is_title(rest if rest else word)


def _of_place(tokens: Sequence[Token], last: int, free: Sequence[bool]) -> tuple[int, int] | None:
    """Find the "of Y" after a titled name ("President X of Y")."""
    k = last + 1
    if k >= len(tokens) or tokens[k].folded != "of":
        return None
    k += 1
    if k < len(tokens) and tokens[k].folded == "the":
        k += 1
    end = k
    while end < len(tokens) and free[end] and _capital_word(tokens[end]):
        end += 1
    return (tokens[last + 1].start, _word_end(tokens[end - 1])) if end > k else None


def _title_word(voc: _Vocabulary, token: Token) -> bool:
    """Tell whether a token can belong to a title phrase."""
    word = token.folded
    if voc.in_title(word):
        return True
    if _POSSESSIVE.search(token.text):
        return True
    return _capital_word(token)


def _capital_word(token: Token) -> bool:
    """Tell whether a token is a capitalised word, not an opener or speech verb."""
    lex = lexicon()
    word = token.folded.rstrip(".")
    if not (token.text[:1].isupper() and token.text[0].isalpha()):
        return False
    return word not in lex.stopwords and word not in lex.speech_verbs


def _word_end(token: Token) -> int:
    """Return where a token ends without a sentence's full stop, keeping "Sen." whole."""
    word = token.folded
    voc = _vocabulary()
    if word.endswith(".") and not (
        word in voc.titles or word in voc.honorifics or _INITIALISM.match(token.text)
    ):
        return token.end - 1
    return token.end


def _former_word(voc: _Vocabulary, word: str) -> str | None:
    """Return the rest of a word after a "former" marker ("then-president" -> "president")."""
    if word in voc.former:
        return ""
    head, dash, rest = word.partition("-")
    return rest if dash and head in voc.former else None


# --- splitting a title phrase --------------------------------------------------------------


def title_parts(value_text: str) -> list[tuple[str, bool]]:
    """Split a title phrase into (base title, is_former) pairs, one per coordinated title."""
    voc = _vocabulary()
    parts: list[tuple[str, bool]] = []
    for words in _coordinated(voc, value_text.replace("’", "'").strip(" ,;:").split()):
        base, former = _base(voc, words)
        if base:
            parts.append((base, former))
    return parts


def _coordinated(voc: _Vocabulary, words: Sequence[str]) -> list[list[str]]:
    """Split words on "and", keeping a conjunct without a title word with its neighbour."""
    groups: list[list[str]] = [[]]
    for word in words:
        if word.lower() == "and":
            groups.append([])
        else:
            groups[-1].append(word)
    merged: list[list[str]] = []
    for group in groups:
        if merged and not (_has_title(voc, group) and _has_title(voc, merged[-1])):
            merged[-1] += ["and", *group]
        else:
            merged.append(group)
    return [g for g in merged if g]


def _has_title(voc: _Vocabulary, words: Sequence[str]) -> bool:
    """Tell whether a conjunct holds a title word ("minister", not "industry")."""
    return any(_names_title(voc, fold(w)) for w in words)


def _base(voc: _Vocabulary, words: list[str]) -> tuple[str, bool]:
    """One title without its nationality, possessives, articles and "former"; and if former."""
    former = False
    nationality = False
    words = [w for w in words if fold(w) not in _ARTICLES and not _possessive(voc, w)]
    while words:
        rest = _former_word(voc, fold(words[0]))
        if rest is not None:
            former = True
            words = [rest, *words[1:]] if rest else words[1:]
        elif not nationality and _is_nationality(voc, words[0]):
            # One word only: in "Marovian Police Minister" the second word is part of the title.
            nationality = True
            words = words[1:]
        else:
            break
    words = _without_place(voc, words)
    return " ".join(_singular(voc, fold(w)) for w in words), former


def _possessive(voc: _Vocabulary, word: str) -> bool:
    """Tell whether a word is a possessive that is no part of a title ("Y's", not "people's")."""
    return bool(_POSSESSIVE.search(word)) and not voc.in_title(fold(word))


def _is_nationality(voc: _Vocabulary, word: str) -> bool:
    """Tell whether a leading word is a nationality: capitalised, no title word."""
    folded = fold(word)
    if not word[:1].isupper() or voc.is_title(folded) or folded in voc.honorifics:
        return False
    return bool(_INITIALISM.match(word)) or not voc.in_title(folded)


def _without_place(voc: _Vocabulary, words: list[str]) -> list[str]:
    """Drop a trailing "of Y" that names the country, not the office."""
    if "of" not in words:
        return words
    cut = len(words) - 1 - words[::-1].index("of")
    tail = words[cut + 1 :]
    if tail and all(w[:1].isupper() and not voc.in_title(fold(w)) for w in tail):
        return words[:cut]
    return words
