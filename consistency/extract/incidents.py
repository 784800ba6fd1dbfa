"""Find dated incidents ("the ferry collision last February") and counts ("three reporters")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from consistency import vocabulary
from consistency.extract.cues import fewest_words, guard
from consistency.extract.document import Document, Found
from consistency.extract.modality import is_hedged, tense_of
from consistency.extract.sentences import Sentence
from consistency.extract.timex import date_phrases
from consistency.extract.titles import title_claims
from consistency.knowledge import fold, lexicon
from consistency.runtime import corpus_cache

# Words of a plan or visit: a date next to them dates the plan, not the incident.
_OTHER_TRIGGERS = guard(
    r"\b(?:visit|trip|due|planned|scheduled|met|meet|meeting|talks|call|arrived|landed)\b"
)
# A relative clause that says what happened: "..., when a guard was killed at the crossing".
_RELATIVE = re.compile(r"^\s*,?\s*(?:when|that|which|where|in which)\b[^.;,]*")
_MAX_GAP = 80
# Between a date leading an incident's noun phrase and its noun: a possessive and up to two
# lower-case modifiers, none a stop word ("last month's border shooting").
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
_LEADING_DATE_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}")
_KEY_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")
# Words of a claim text that can tie it to another's; a label is at most this many words.
_TELLING = re.compile(r"[a-z]{4,}")
_LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL_WORDS = 4
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their", "his", "her"))
# "between the two ministers": a pair the article named earlier by their title.
_THE_TWO = re.compile(r"\b(?:the|both)\s+two\s+([a-z]{4,}s)\b")
_LOWER_WORD = re.compile(r"[a-z]+")
# Verbs telling an incident ("gunmen attacked a cargo boat on 3 May"); named by their noun.
_VERBS = "incident_verbs"
# A verb's incident noun shares at least this many first letters with it ("bombed", "bombing").
_STEM = 4
# A person or a pronoun just before the verb: "Okafor attacked the plan" is criticism.
_DOER = re.compile(
    rf"\b(?:{vocabulary.group('events', 'incident_doers').alternation})\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
_DOER_REACH = 25
# Marks ending the clause before an incident verb, and how many words of it a claim takes.
_CLAUSE_MARKS = (",", ";", ":", "(", "\u2014")
_DOER_WORDS = 6
_AUXILIARY_ONLY = re.compile(
    rf"\s*(?:{vocabulary.group('events', 'passive_auxiliaries').alternation})\s*", re.IGNORECASE
)
# "... blockade of the border crossing": up to three words of what an incident hit.
_OBJECT = re.compile(
    rf"\s+(?:{vocabulary.group('events', 'incident_objects').alternation})\s+"
    rf"(?:(?:{vocabulary.group('meetings', 'determiners').alternation})\s+)?"
    r"[\w'’-]+(?:\s+(?-i:[a-z])[\w'’-]*)?",
    re.IGNORECASE,
)
_CRITICISED = guard(
    rf"\s+(?:(?:{vocabulary.group('meetings', 'determiners').alternation})\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{vocabulary.group('events', 'criticised_things').alternation})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _long_words(shortest: int) -> re.Pattern[str]:
    """Whole ASCII words (runs of [A-Za-z]) of at least `shortest` letters.

    Words shorter than every word looked for cannot match, and skipping them ("the", "of",
    "a") spares most of the Python-level set lookups.
    """
    return re.compile(rf"(?<![A-Za-z])[A-Za-z]{{{max(shortest, 1)},}}")


def _words_in(words: frozenset[str]) -> re.Pattern[str]:
    """The pattern that finds every word of a text that could be one of `words`."""
    return _long_words(min((len(w) for w in words), default=1))


def _may_hold(text: str, words: frozenset[str]) -> bool:
    """Tell whether a text may hold one of some lower-case words as a whole ASCII word.

    A cheap test before the word by word search: most articles name no incident at all.
    A whole ASCII word stays whole when the other characters are dropped, and lower-casing
    ASCII bytes is much cheaper than lower-casing text with curly quotes in it.
    """
    data = text.encode("ascii", "ignore").lower()
    return any(map(data.__contains__, _ascii_words(words)))


# Sentences recur across articles that share wire copy; the incident words are the story's.
@corpus_cache(maxsize=1 << 15)
def _sentence_may_hold(text: str, words: frozenset[str]) -> bool:
    """_may_hold for one sentence text, remembered."""
    return _may_hold(text, words)


@lru_cache(maxsize=64)
def _ascii_words(words: frozenset[str]) -> tuple[bytes, ...]:
    """The words that a whole ASCII word can be, as bytes, without those holding another.

    Only runs of ASCII letters are looked up, lower-cased: other words can never be found.
    """
    plain = sorted(w for w in words if _LOWER_WORD.fullmatch(w))
    return tuple(w.encode() for w in fewest_words(tuple(plain)))


def incident_keys(docs: Iterable[Document]) -> frozenset[str]:
    """Nouns that name incidents in a corpus: "ferry" of "the ferry collision"."""
    return frozenset(key for doc in docs for key in body_incident_keys(doc.body))


def body_incident_keys(body: str) -> frozenset[str]:
    """The incident nouns of one article body; a corpus's keys are the union of its articles'."""
    lex = lexicon()
    keys: set[str] = set()
    if not _may_hold(body, lex.incident_words):
        return frozenset()
    for match in _words_in(lex.incident_words).finditer(body):
        if match.group().lower() in lex.incident_words:
            before = _KEY_BEFORE.search(body[max(0, match.start() - 30) : match.start()])
            if before and before.group(1) not in lex.stopwords:
                keys.add(before.group(1))
    return frozenset(keys)


def event_claims(doc: Document) -> Iterator[Found]:
    """event.date claims: each incident of a sentence and the date phrase that belongs to it."""
    yield from _noun_claims(doc)
    yield from _verb_claims(doc)


def _noun_claims(doc: Document) -> Iterator[Found]:
    """event.date claims of incidents told by their noun: "the ferry collision last February"."""
    words = _event_words(doc.incident_keys)
    if not _may_hold(doc.body, words):
        return
    pattern = _words_in(words)
    for index, sentence in enumerate(doc.sentences):
        if not _sentence_may_hold(sentence.text, words):
            continue
        taken = -1  # where the last claim ended: "the border shooting" is one incident
        for match in pattern.finditer(sentence.text):
            if match.start() < taken or match.group().lower() not in words:
                continue
            found = _dated_incident(doc, index, sentence, match)
            if found is not None:
                taken = found.end - sentence.start
                yield found


def _verb_claims(doc: Document) -> Iterator[Found]:
    """event.date claims of incidents told by their verb: "the boat was attacked last month".

    A noun claim of the same sentence keeps its words; a verb whose doer is a person named
    or a pronoun ("Okafor attacked the plan on Monday") tells criticism, not an incident.
    """
    verbs = vocabulary.pattern("events", _VERBS)
    nouns = _event_words(doc.incident_keys)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        found_verbs = list(verbs.finditer(text))
        if not found_verbs:
            continue
        phrases = date_phrases(text)
        nouns_here = [m for m in _words_in(nouns).finditer(text) if m.group().lower() in nouns]
        for verb in found_verbs:
            if _told_by_noun(text, verb, nouns_here, phrases) or _by_a_person(doc, index, verb):
                continue
            if _criticised(text, verb.end()):
                continue
            for start, end, phrase in phrases:
                gap = text[verb.end() : start]
                if not 0 <= start - verb.end() <= _MAX_GAP or _OTHER_TRIGGERS.search(gap):
                    continue
                if _names_incident(gap, doc.incident_keys) or ";" in gap:
                    break
                begin = _noun_phrase_start(text, verb.start())
                clause = " ".join(text[:begin].split()[-4:]) + " " + gap
                tense = tense_of(clause, "")
                yield Found(
                    fact="event.date",
                    subject=(),
                    start=sentence.start + _doer_start(text, verb.start()),
                    end=sentence.start + end,
                    sentence=sentence,
                    value_text=phrase,
                    hedged=is_hedged(clause),
                    tense=tense if tense in ("future", "present") else "past",
                )
                break


def _doer_start(text: str, verb: int) -> int:
    """Where an incident verb's clause starts, with what was hit or who did it.

    "The boat was attacked last month", "gunmen attacked a cargo boat": the words before the
    verb in its clause (at most a few) tie the claim to others about the same boat. A clause
    of "which" or "that" starts with the noun phrase it is about ("the crossing, which
    truckers blockaded ...").
    """
    begin = max(text.rfind(mark, 0, verb) for mark in _CLAUSE_MARKS) + 1
    if _RELATIVE.match(text[begin:verb]) and begin > 1:
        begin = max(text.rfind(mark, 0, begin - 1) for mark in _CLAUSE_MARKS) + 1
    elif _AUXILIARY_ONLY.fullmatch(text[begin:verb]) and begin > 1:
        # "The ferry, a small vessel from Osk, was hijacked": past the aside to its noun.
        aside = max(text.rfind(mark, 0, begin - 1) for mark in _CLAUSE_MARKS)
        if aside > 0:
            begin = max(text.rfind(mark, 0, aside) for mark in _CLAUSE_MARKS) + 1
            return begin + len(text[begin:]) - len(text[begin:].lstrip())
    words = list(re.finditer(r"\S+", text[begin:verb]))[-_DOER_WORDS:]
    return begin + words[0].start() if words else verb


def _told_by_noun(
    text: str,
    verb: re.Match[str],
    nouns: Sequence[re.Match[str]],
    phrases: Sequence[tuple[int, int, str]],
) -> bool:
    """Tell whether an incident noun of the sentence is dated before the verb's date comes.

    "The attack, in which gunmen raided a boat on 3 May": the noun's claim covers the verb.
    """
    return any(n.end() <= verb.start() and verb.start() - n.end() <= _MAX_GAP for n in nouns)


def _criticised(text: str, position: int) -> bool:
    """Tell whether the verb's object is a plan, a report or words: criticism, no incident."""
    return bool(_CRITICISED.match(text, position))


def _by_a_person(doc: Document, index: int, verb: re.Match[str]) -> bool:
    """Tell whether the verb's doer is a person named or a pronoun, just before it."""
    sentence = doc.sentences[index]
    before = sentence.text[max(0, verb.start() - _DOER_REACH) : verb.start()]
    if _DOER.search(before):
        return True
    reach = sentence.start + verb.start() - _DOER_REACH
    return any(reach <= m.end <= sentence.start + verb.start() for m in doc.mentions[index])


# One set for a story's articles, not one each: the sentence tests are keyed by it.
@lru_cache(maxsize=64)
def _event_words(keys: frozenset[str]) -> frozenset[str]:
    """The incident words of the lexicon and the corpus's incident keys."""
    return lexicon().incident_words | keys


def _dated_incident(
    doc: Document, index: int, sentence: Sentence, word: re.Match[str]
) -> Found | None:
    """The claim for one incident word, if a date phrase follows it closely or leads it."""
    text = sentence.text
    phrases = date_phrases(text)
    for start, end, phrase in phrases:
        gap = text[word.end() : start]
        if not 0 <= start - word.end() <= _MAX_GAP or _OTHER_TRIGGERS.search(gap):
            continue
        if _names_incident(gap, doc.incident_keys):
            break  # "a June incident ... and an incident in February": the nearer one's date
        begin = _noun_phrase_start(text, word.start())
        tail = _RELATIVE.match(text[end:])
        stop = end + (tail.end() if tail else 0)
        # "The handover is expected to take place on Saturday": the words around the incident
        # hedge it and set its tense; an incident is told of as past unless they say otherwise.
        clause = " ".join(text[:begin].split()[-4:]) + " " + text[word.end() : start]
        tense = tense_of(clause, "")
        return Found(
            fact="event.date",
            subject=_people_of(doc, index, sentence.start + begin, sentence.start + stop),
            start=sentence.start + begin,
            end=sentence.start + stop,
            sentence=sentence,
            value_text=phrase,
            hedged=is_hedged(clause),
            tense=tense if tense in ("future", "present") else "past",
        )
    return _dated_before(doc, index, sentence, word, phrases)


def _dated_before(
    doc: Document,
    index: int,
    sentence: Sentence,
    word: re.Match[str],
    phrases: list[tuple[int, int, str]],
) -> Found | None:
    """The claim for an incident its noun phrase dates: "last month's border shooting".

    The date leads the noun phrase ("the March 3 ferry collision"), with at most two
    lower-case words between. An incident told by a clause after it ("a June incident in
    which ...") is left to that clause's reading (a recalled remark is dated_events').
    """
    text = sentence.text
    if _RELATIVE.match(text[word.end() :]):
        return None
    for start, end, phrase in phrases:
        gap = text[end : word.start()]
        if end <= word.start() and _LEADING_DATE_GAP.fullmatch(gap) and _modifiers_only(gap):
            clause = " ".join(text[:start].split()[-4:])
            stop = _noun_phrase_end(text, word.end(), _event_words(doc.incident_keys))
            stop = _object_end(text, stop)
            return Found(
                fact="event.date",
                subject=_people_of(doc, index, sentence.start + start, sentence.start + stop),
                start=sentence.start + start,
                end=sentence.start + stop,
                sentence=sentence,
                value_text=phrase,
                hedged=is_hedged(clause),
                tense="past",
            )
    return None


def _object_end(text: str, position: int) -> int:
    """Where what an incident hit ends: "the July blockade of the border crossing"."""
    found = _OBJECT.match(text, position)
    return found.end() if found else position


def _modifiers_only(gap: str) -> bool:
    """Tell whether the words between a date and an incident noun only modify the noun.

    "the March 3 ferry collision": yes; "on Monday and the collision": no (a stop word).
    """
    stopwords = lexicon().stopwords
    return not any(w in stopwords for w in _LOWER_WORD.findall(gap.lower()))


def _noun_phrase_end(text: str, position: int, words: frozenset[str]) -> int:
    """Where a run of incident words ends: "border shooting" is one incident, not two."""
    while (more := _NEXT_WORD.match(text, position)) and more.group(1).lower() in words:
        position = more.end()
    return position


def _names_incident(gap: str, keys: frozenset[str]) -> bool:
    """Tell whether the words between an incident and a date name another incident."""
    words = _event_words(keys)
    return any(w.lower() in words for w in _LOWER_WORD.findall(gap.lower()))


def _people_of(doc: Document, index: int, start: int, end: int) -> tuple[str, ...]:
    """The people an incident's own words name: "an encounter between X and Y"."""
    named = [m for m in doc.mentions[index] if start <= m.start < end]
    if named:
        return tuple(sorted({doc.canonical(m) for m in named}))
    group = _THE_TWO.search(doc.body, start, end)
    return people_titled(doc, group.group(1), index) if group else ()


def people_titled(doc: Document, noun: str, before: int) -> tuple[str, ...]:
    """The two people named earlier in an article by a title with `noun`, if only two are.

    "The two ministers" stands for the ministers the article has named, and for nobody when
    it named more or fewer than two.
    """
    singular = noun.lower().removesuffix("s")
    people = {
        found.subject[0]
        for found in title_claims(doc)
        if doc.sentence_at(found.start) <= before and singular in found.value_text.lower()
    }
    return tuple(sorted(people)) if len(people) == 2 else ()


def _noun_phrase_start(text: str, position: int) -> int:
    """Where the incident's noun phrase begins: after the article or preposition before it."""
    before = text[:position]
    match = re.search(
        r"\b(?:the|a|an|this|that|since|after|before|of)\s+((?:[\w-]+\s+){0,3})$", before
    )
    return position - len(match.group(1)) if match else position


def incident_labels(texts: Sequence[str]) -> list[str]:
    """A short label for each incident claim text ("the border shooting"), shared by linked ones.

    Claims whose texts share a telling word tell of one incident (as the rules cluster them),
    so each group takes its most common label: one incident, one name, whatever the wording.
    """
    lex = lexicon()
    common = lex.stopwords | lex.incident_words
    labels = [_label(text, lex.incident_words) for text in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        """The representative of i's group (union-find with path halving)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    last: dict[str, int] = {}
    for i, text in enumerate(texts):
        for word in set(_TELLING.findall(fold(text))) - common:
            if word in last:
                parent[root(i)] = root(last[word])
            last[word] = i
    groups: dict[int, Counter[str]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(root(i), Counter())[label] += 1
    # most_common keeps first-seen order among ties, so the earliest label wins a tie.
    return [groups[root(i)].most_common(1)[0][0] for i in range(len(texts))]


def _label(text: str, incident_words: frozenset[str]) -> str:
    """The incident's own words from a claim text: up to its incident noun, after "the"."""
    words = [w.lower() for w in _LABEL_WORD.findall(text)[: _LABEL_WORDS + 1]]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    words = words[:_LABEL_WORDS]
    for count, word in enumerate(words, 1):
        if word in incident_words:
            return "the " + " ".join(words[:count])
    # "gunmen attacked a cargo boat on 3 May", "the crossing, which truckers blockaded ...":
    # an incident told by its verb is named by its noun ("the attack", "the blockade").
    for word in _LABEL_WORD.findall(text):
        noun = _verb_noun(word.lower(), incident_words)
        if noun is not None:
            return "the " + noun
    return "the " + words[0] if words else "the incident"


def _shared_start(left: str, right: str) -> int:
    """How many first letters two words share."""
    return next(
        (i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b),
        min(len(left), len(right)),
    )


def _verb_noun(word: str, incident_words: frozenset[str]) -> str | None:
    """The incident noun of an incident verb: the one sharing most first letters with it."""
    if not vocabulary.pattern("events", _VERBS).fullmatch(word):
        return None
    shared = [(_shared_start(word, n), -len(n), n) for n in incident_words]
    best = max(shared, default=(0, 0, ""))
    return best[2] if best[0] >= _STEM else None
