"""Find quotations and who said them: one quote.text claim per quoted sentence."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from consistency.extract.antecedents import is_description, pronoun_gender
from consistency.extract.document import Document, Found
from consistency.extract.mentions import Mention
from consistency.extract.quote_words import contains, quote_words
from consistency.extract.references import person_described, title_holders
from consistency.extract.sentences import split_sentences
from consistency.knowledge import lexicon
from consistency.vocabulary import words

_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_MARKS = '"“”'
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_MARKS}]")
_SINGLE_MARK = re.compile("[‘’]")
# A straight single quotation mark opens after a space, a colon, a dash or a bracket and before
# a word ("said: 'Change is coming"), and closes after a non-space before a space or stop
# ("together.' He"); between letters it is an apostrophe ("hasn't"), after an s and before a
# space a plural's ("the leaders' talks").
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s:(—–-]))'(?=\w)")
_STRAIGHT_CLOSE = re.compile(
    r"(?<=[.,!?;:])'|(?<=\S)'(?=[,.;:!?)—–-]|$)"
    # Before a space, only after a letter other than s: "the leaders' talks" is a plural's.
    r"|(?<=[^\Ws])'(?=\s)"
)
# The marks that can open a quotation: a paragraph without one holds none.
_OPENING_MARK = re.compile(f"[{_DOUBLE_MARKS}‘]")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_WORD = re.compile(r"\w[\w'’.\-]*")
_HAS_WORD = re.compile(r"\w")
_NON_SPACE = re.compile(r"\S")
_LINE_BREAK = re.compile("\n")
# A paragraph that ends without a full stop is a headline, a caption or page chrome.
_PROSE_END = re.compile(r"[.!?…:][\"”’')\]]*\s*$")
# Fewer words than this in quotation marks are scare quotes, not a statement, unless a speech
# verb frames them as a fragment of what someone said ("X said it was 'not an option'").
_MIN_QUOTE_WORDS = 4
# The fewest words a quoted fragment inside a reported-speech frame may have.
_MIN_FRAGMENT_WORDS = 2
# How many sentences back an earlier speaker may still be the "he" of a "he said".
_SPEAKER_REACH = 3
# Between a speaker and the speech verb: "X said", "X also said", "X on Monday said".
_MAX_GAP_WORDS = 3
# An apposition between commas: "X, the president of Y, said".
_MAX_APPOSITION_WORDS = 12
# Between "said" (or "according to") and a speaker after it: "said Foreign Minister X".
_MAX_AFTER_WORDS = 4
# Words that end the speaker's clause: "X, during her trip and said" is not X speaking.
_CLAUSE_BREAKS = frozenset(
    {"and", "but", "or", "who", "which", "that", "while", "during", "after", "before", "when"}
)
# "X spoke of the harbour and said:" keeps X the subject of a second verb of this many words.
_MAX_COORDINATED_WORDS = 12
# "X, who said" keeps X the speaker; other clause breaks do not.
_RELATIVE_SPEAKER = re.compile(r"\s*,\s*who\s+(?:also\s+)?", re.IGNORECASE)
_TRAILING = " \t,;:.—–-"
# An editor's insertion in square brackets at a quoted sentence's end is not the speaker's.
_INSERTION_END = re.compile(r"\s*\[[^\[\]]*\][\s.,;:]*$")
_LEADING = " \t.…—–-"
# A speech verb after a short fragment frames it only this close: '"not an option", he said'.
_MAX_FRAGMENT_TAIL_WORDS = 6
# Where a speech verb's clause starts: after a sentence's start or one of these marks.
_CLAUSE_START = re.compile(r"[,;:(—–]\s*")
_FRAME_BREAKS = words("quotes", "frame_breaks")
_NEGATIONS = words("quotes", "negations")
# How far before a fragment's opening mark a negation of it is looked for.
_NEGATION_REACH = 12
# How much text after its start a description is read from ("the Norlandic foreign minister").
_PHRASE = 80
# A description right before a speech verb: "the Norlandic president said", "the envoy, said".
_DESCRIBED_SUBJECT = re.compile(r"\b[Tt]he\s+(?P<words>(?:[\w.'’-]+\s+){0,3}[\w.'’-]+)\s*,?\s*$")
_ASIDE_OPENERS = words("quotes", "aside_openers")
# A description right after a speech verb: "said the Norlandic president".
_DESCRIBED_AFTER = re.compile(r"\s+(?P<the>[Tt]he\s+[\w.'’-]+)")
# A quoted piece ending so is a whole sentence: the next quotation is another one.
_SENTENCE_ENDS = (".", "!", "?", "…")
# An attribution that splits a quoted sentence: "Okafor, the foreign minister, said," at most.
_MAX_SPLIT_WORDS = _MAX_APPOSITION_WORDS + 4
# Marks that end a clause of the writer's own between two quotations: not one sentence split.
_SPLIT_BREAKS = (";", ":", "?", "!")


@dataclass(frozen=True, slots=True)
class _Quote:
    """Words in quotation marks: the marks' span, the words' span and the paragraph."""

    open: int
    start: int
    end: int
    close: int
    paragraph: int
    closed: bool


@dataclass
class _Reader:
    """An article with its quotations blanked out, and what has been attributed so far."""

    doc: Document
    quotes: list[_Quote]
    masked: str
    mentions: list[Mention]
    starts: list[int]
    last_speaker: tuple[str, int] | None = None
    #: Where each mention starts (mentions are in text order): a span's mentions by search.
    mention_starts: list[int] = field(default_factory=list)
    #: The body's line breaks, so a paragraph is found by a search, not by scanning to it.
    breaks: list[int] = field(default_factory=list)
    #: Whether each paragraph (by its start) ends as prose does, read once per paragraph.
    prose: dict[int, bool] = field(default_factory=dict)
    #: Every title the article gives each person, read when a description is first met.
    holders: dict[str, list[str]] | None = None

    def described(self, offset: int) -> str | None:
        """The one person a description at a body offset ("the Norlandic leader") fits."""
        if self.holders is None:
            self.holders = title_holders(self.doc)
        return person_described(self.doc, self.doc.body[offset : offset + _PHRASE], self.holders)

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in [lo, hi), in text order."""
        starts = self.mention_starts
        return self.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def quote_claims(doc: Document) -> Iterator[Found]:
    """Every quote.text claim: one per sentence of a quotation with a person as speaker.

    A sentence its attribution splits ('"A," X said, "but B."') is one claim of both pieces.
    """
    reader = _reader(doc)
    speakers = _speakers(reader)
    for run, speaker in _split_runs(reader, speakers):
        yield from _claims(reader, run, speaker)


def quoted_speakers(doc: Document) -> list[tuple[int, int, str]]:
    """The span of every attributed quotation's words, with its speaker."""
    reader = _reader(doc)
    return [
        (quote.start, quote.end, speaker)
        for quote, speaker in zip(reader.quotes, _speakers(reader), strict=True)
        if speaker is not None
    ]


def quotation_spans(body: str) -> list[tuple[int, int]]:
    """The span of every quotation of a body, its marks included."""
    return [(quote.open, quote.close) for quote in _quoted(body)[0]]


def clause_speaker(
    doc: Document, verb: tuple[int, int], around: tuple[int, int], clause: tuple[int, int]
) -> str | None:
    """Who a speech verb gives a clause told without quotation marks to ("X said (that) ...").

    The verb's subject before it, else the name right after it ("..., said X"), looked for
    within `around`; a pronoun is resolved as a quotation's speaker is, the clause's own
    names excluded. None when the verb names no person.
    """
    reader = _reader(doc)
    match = _speech_verb().match(reader.masked, verb[0], verb[1])
    if match is None:
        return None
    paragraph = bisect.bisect_left(reader.breaks, clause[0])
    told = _Quote(clause[0], clause[0], clause[1], clause[1], paragraph, closed=True)
    return _speaker_of(reader, match, around[0], around[1], told)


def _reader(doc: Document) -> _Reader:
    """Find the quotations of an article and prepare the text around them."""
    quotes, masked = _quoted(doc.body)
    # Sentences are in order and each one's mentions too: a stable sort keeps that order.
    mentions = sorted((m for ms in doc.mentions for m in ms), key=lambda m: m.start)
    starts = [s.start for s in doc.sentences]
    breaks = [m.start() for m in _LINE_BREAK.finditer(doc.body)]
    return _Reader(
        doc, list(quotes), masked, mentions, starts, None, [m.start for m in mentions], breaks
    )


# Each article is read for quotations twice: for its speakers' "I", then for its claims.
@lru_cache(maxsize=4)
def _quoted(body: str) -> tuple[tuple[_Quote, ...], str]:
    """The quotations of a body, and the body with every quotation blanked out."""
    quotes = tuple(_quotations(body))
    pieces = []
    done = 0
    for quote in quotes:
        # Quotations are in order; a single one inside a double one is blanked with it.
        if quote.close > done:
            start = max(quote.open, done)
            pieces += [body[done:start], " " * (quote.close - start)]
            done = quote.close
    pieces.append(body[done:])
    return quotes, "".join(pieces)


def _speakers(reader: _Reader) -> list[str | None]:
    """Name the speaker of each quotation, or None when it is skipped or nobody is named."""
    speakers: list[str | None] = []
    latest: int | None = None  # the index of the latest quotation with a speaker
    for index, quote in enumerate(reader.quotes):
        speaker = None
        if _is_statement(reader, quote):
            speaker = (
                _attributed(reader, quote)
                or _continued(reader, index, speakers, latest)
                or _said_before(reader, quote)
            )
        elif _is_fragment(reader, quote):
            # A short fragment counts only inside its own sentence's speech frame.
            speaker = _framed(reader, quote)
        if speaker is not None:
            reader.last_speaker = (speaker, _sentence_index(reader, quote.end - 1))
            latest = index
        speakers.append(speaker)
    return _repeated(reader, _carried_back(reader, speakers))


def _repeated(reader: _Reader, speakers: list[str | None]) -> list[str | None]:
    """Give a quotation that a described person says the speaker of its repeat in the article.

    'X told Y that "change is coming" ... the Norlandic president said: "Change is coming to
    the coast."': the article quotes one statement twice, naming its speaker once. Only a
    quotation whose speech verb's subject describes a person ("the Norlandic president") takes
    one, and only when every attributed quotation that holds its words, or whose words it
    holds, is one person's.
    """
    attributed = [
        (quote_words(reader.doc.body[q.start : q.end]), speaker)
        for q, speaker in zip(reader.quotes, speakers, strict=True)
        if speaker is not None
    ]
    if not attributed:
        return speakers
    for index, quote in enumerate(reader.quotes):
        if speakers[index] is not None or not _said_by_a_description(reader, quote):
            continue
        words = quote_words(reader.doc.body[quote.start : quote.end])
        if len(words) < _MIN_FRAGMENT_WORDS:
            continue
        found = {
            speaker
            for other, speaker in attributed
            if len(other) >= _MIN_FRAGMENT_WORDS
            and (contains(other, words) or contains(words, other))
        }
        if len(found) == 1:
            speakers[index] = found.pop()
    return speakers


def _said_by_a_description(reader: _Reader, quote: _Quote) -> bool:
    """Tell whether a quotation's speech verb has a described person as its subject."""
    if not (_is_statement(reader, quote) or _is_fragment(reader, quote)):
        return False
    masked = reader.masked
    lo, hi = _tail(reader, quote)
    verb = _speech_verb().search(masked, lo, hi)
    if verb is None:
        sentence = reader.doc.sentences[_sentence_index(reader, quote.open)]
        lo = sentence.start
        verb = next(reversed(list(_speech_verb().finditer(masked, lo, quote.open))), None)
    if verb is None:
        return False
    subject = _DESCRIBED_SUBJECT.search(masked, lo, verb.start())
    return subject is not None and is_description(subject.group("words") + " ")


def _carried_back(reader: _Reader, speakers: list[str | None]) -> list[str | None]:
    """Give an unclosed quotation the speaker of the quotation that opens the next paragraph."""
    quotes = reader.quotes
    for i in range(len(quotes) - 2, -1, -1):
        if speakers[i] is None and _runs_on(reader, quotes[i], quotes[i + 1]):
            speakers[i] = speakers[i + 1]
    return speakers


def _runs_on(reader: _Reader, quote: _Quote, after: _Quote) -> bool:
    """Tell whether an unclosed quotation goes on in the quotation opening the next paragraph."""
    if quote.closed or after.paragraph != quote.paragraph + 1:
        return False
    return _is_statement(reader, quote) and _opens_paragraph(reader, after)


def _split_runs(
    reader: _Reader, speakers: Sequence[str | None]
) -> Iterator[tuple[list[_Quote], str]]:
    """Each attributed quotation, or run of quotations one sentence's attribution splits.

    '"We made progress," Okafor said, "but the fees remain."' is one sentence of Okafor's in
    two pieces: an outlet quoting it whole or only its first piece quotes the same words.
    A piece too short to count alone ('"Never," she said, "will we yield."') joins too.
    """
    run: list[_Quote] = []
    speaker: str | None = None
    for index, quote in enumerate(reader.quotes):
        if run and _splits(reader, run[-1], quote, speaker, speakers[index]):
            run.append(quote)
            speaker = speaker or speakers[index]
            continue
        if run and speaker is not None:
            yield run, speaker
        run, speaker = [quote], speakers[index]
    if run and speaker is not None:
        yield run, speaker


def _splits(
    reader: _Reader, first: _Quote, second: _Quote, said: str | None, says: str | None
) -> bool:
    """Tell whether only an attribution stands between two pieces of one quoted sentence.

    The first piece ends without a full stop, the text between is a short clause with a
    speech verb that ends in a comma ("Okafor said," / ", said the minister,"), within one
    sentence of the article, and the two pieces are not given to two people.
    """
    if not first.closed or first.paragraph != second.paragraph:
        return False
    if said is not None and says is not None and said != says:
        return False
    body, masked = reader.doc.body, reader.masked
    if body[first.start : first.end].rstrip(" ’'\"”").endswith(_SENTENCE_ENDS):
        return False
    gap = masked[first.close : second.open]
    words = _WORD.findall(gap)
    if not gap.rstrip().endswith(",") or not 0 < len(words) <= _MAX_SPLIT_WORDS:
        return False
    if any(mark in gap for mark in _SPLIT_BREAKS) or _speech_verb().search(gap) is None:
        return False
    return _sentence_index(reader, first.close - 1) == _sentence_index(reader, second.open)


def _claims(reader: _Reader, run: Sequence[_Quote], speaker: str) -> Iterator[Found]:
    """One claim per sentence of the quoted words (a split sentence's pieces joined)."""
    body = reader.doc.body
    spans: list[list[tuple[int, int]]] = []
    for number, quote in enumerate(run):
        for order, piece in enumerate(split_sentences(body[quote.start : quote.end])):
            start, end = _trimmed(body, quote.start + piece.start, quote.start + piece.end)
            if not any(c.isalpha() for c in body[start:end]):
                continue
            if number and not order and spans:
                spans[-1].append((start, end))  # the sentence goes on after its attribution
            else:
                spans.append([(start, end)])
    for pieces in spans:
        start, end = pieces[0][0], pieces[-1][1]
        yield Found(
            fact="quote.text",
            subject=(speaker,),
            start=start,
            end=end,
            sentence=reader.doc.sentences[_sentence_index(reader, start)],
            value_text=_joined(body, pieces),
            hedged=False,
            tense="past",
        )


def _joined(body: str, pieces: Sequence[tuple[int, int]]) -> str:
    """The words of a quoted sentence's pieces, keeping a comma the speaker's pause had."""
    text = body[pieces[0][0] : pieces[0][1]]
    for (_, end), (start, stop) in itertools.pairwise(pieces):
        pause = body[end : end + 1] == ","
        text += (", " if pause else " ") + body[start:stop]
    return text


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    """Trim the commas, full stops and dashes around a quoted sentence's span."""
    while start < end and body[start] in _LEADING:
        start += 1
    while end > start and body[end - 1] in _TRAILING:
        end -= 1
    insertion = _INSERTION_END.search(body, start, end)
    if insertion is not None and insertion.start() > start:
        end = insertion.start()
        while end > start and body[end - 1] in _TRAILING:
            end -= 1
    return start, end


# --- finding quotations -------------------------------------------------------------------


def _quotations(body: str) -> Iterator[_Quote]:
    """Every quotation of a body, in order, within one paragraph each."""
    marks = sorted(
        [m.start() for m in _OPENING_MARK.finditer(body)]
        + [m.start() for m in _STRAIGHT_OPEN.finditer(body)]
    )
    if not marks:
        return
    for number, para in enumerate(_PARAGRAPH.finditer(body)):
        if bisect.bisect_left(marks, para.start()) == bisect.bisect_left(marks, para.end()):
            continue
        doubles = _double_quotes(body, para.start(), para.end())
        singles = [
            s
            for s in _single_quotes(body, para.start(), para.end())
            + _straight_single_quotes(body, para.start(), para.end())
            if not _inside(doubles, s[0])
        ]
        for open_at, close_at in sorted(doubles + singles):
            closed = close_at < para.end()
            yield _Quote(
                open=open_at,
                start=open_at + 1,
                end=close_at,
                close=close_at + 1 if closed else close_at,
                paragraph=number,
                closed=closed,
            )


def _inside(pairs: list[tuple[int, int]], position: int) -> bool:
    """Tell whether an offset is inside one of some pairs of marks (in order, not overlapping)."""
    at = bisect.bisect_right(pairs, position, key=lambda pair: pair[0]) - 1
    return at >= 0 and position < pairs[at][1]


def _double_quotes(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs of double quotation marks (straight or curly); an unclosed one runs to `hi`."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    # Visit only the quotation marks, not every character of the paragraph.
    for found in _DOUBLE_MARK.finditer(body, lo, hi):
        i, mark = found.start(), found.group()
        if open_at is None:
            # A closing mark with nothing open, or a straight one before a space, opens nothing.
            if mark != "”" and i + 1 < hi and not body[i + 1].isspace():
                open_at = i
        elif mark != "“":
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, hi))
    return pairs


def _single_quotes(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs of curly single quotation marks, telling a closing mark from an apostrophe."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    if "‘" not in body[lo:hi]:
        return pairs  # nothing opens, so nothing closes: apostrophes are the common case
    for found in _SINGLE_MARK.finditer(body, lo, hi):
        i = found.start()
        before = body[i - 1] if i > lo else " "
        after = body[i + 1] if i + 1 < hi else " "
        if body[i] == "‘" and not before.isalnum():
            open_at = i
        elif body[i] == "’" and open_at is not None and not after.isalnum():
            pairs.append((open_at, i))
            open_at = None
    return pairs


def _straight_single_quotes(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pairs of straight single quotation marks ('...'), as British pages quote.

    Only a mark that opens before a word and one that closes after a word pair up, each pair
    within the paragraph and around more than one word, so that apostrophes ("hasn't",
    "the leaders' talks" outside any quotation) open nothing.
    """
    pairs: list[tuple[int, int]] = []
    position = lo
    while (opening := _STRAIGHT_OPEN.search(body, position, hi)) is not None:
        closing = _STRAIGHT_CLOSE.search(body, opening.end(), hi)
        if closing is None:
            break
        if " " in body[opening.end() : closing.start()].strip():
            pairs.append((opening.start(), closing.start()))
        position = closing.end()
    return pairs


# --- which quotations count ---------------------------------------------------------------


def _is_statement(reader: _Reader, quote: _Quote) -> bool:
    """Tell whether a quotation is a statement: long enough, in prose, not in a question."""
    text = reader.doc.body[quote.start : quote.end]
    if len(_WORD.findall(text)) < _MIN_QUOTE_WORDS:
        return False
    return _in_prose(reader, quote)


def _is_fragment(reader: _Reader, quote: _Quote) -> bool:
    """Tell whether a short closed quotation may be a fragment of speech, not a name or label.

    Two or three words ("not an option") in prose; words that are all capitalised are a
    name or a title in quotation marks ("the 'Harbour Accord'"), not someone's words.
    """
    if not quote.closed:
        return False
    words = _WORD.findall(reader.doc.body[quote.start : quote.end])
    if not _MIN_FRAGMENT_WORDS <= len(words) < _MIN_QUOTE_WORDS:
        return False
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    # A short question ("what next?") is a thought put in words, not a statement.
    if reader.doc.body[quote.start : quote.end].rstrip(" ,.").endswith("?"):
        return False
    # "Kestria was not 'a threat'": the writer's negation turns the words around, so they are
    # not what the speaker asserted (and would seem to contradict the speaker's "a threat").
    before = _WORD.findall(reader.masked[max(0, quote.open - _NEGATION_REACH) : quote.open])
    if before and (before[-1].lower() in _NEGATIONS or before[-1].lower().endswith("n't")):
        return False
    return _in_prose(reader, quote)


def _in_prose(reader: _Reader, quote: _Quote) -> bool:
    """Tell whether a quotation stands in a prose paragraph and not in a question."""
    para = _paragraph_span(reader, quote.open)
    if para[0] not in reader.prose:
        reader.prose[para[0]] = _PROSE_END.search(reader.doc.body, para[0], para[1]) is not None
    if not reader.prose[para[0]]:
        return False
    outside = _sentence_outside(reader, quote).rstrip(" \"”’')]")
    return not outside.endswith("?")


def _sentence_outside(reader: _Reader, quote: _Quote) -> str:
    """Return the text of the sentences a quotation spans, with every quotation blanked."""
    first = reader.doc.sentences[_sentence_index(reader, quote.open)]
    last = reader.doc.sentences[_sentence_index(reader, quote.close - 1)]
    return reader.masked[first.start : max(last.end, quote.close)]


def _paragraph_span(reader: _Reader, position: int) -> tuple[int, int]:
    """Return the span of the line that holds `position`."""
    breaks = reader.breaks
    after = bisect.bisect_left(breaks, position)  # the first line break at or after it
    start = breaks[after - 1] + 1 if after else 0
    return start, breaks[after] if after < len(breaks) else len(reader.doc.body)


def _opens_paragraph(reader: _Reader, quote: _Quote) -> bool:
    """Tell whether nothing but spaces comes before a quotation in its paragraph."""
    start, _ = _paragraph_span(reader, quote.open)
    return not reader.doc.body[start : quote.open].strip()


# --- who said it ---------------------------------------------------------------------------


@cache
def _speech_verb() -> re.Pattern[str]:
    """Speech verbs of the lexicon, and "according to" whose speaker follows it."""
    verbs = sorted(lexicon().speech_verbs, key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(map(re.escape, verbs)) + r")\b", re.I)


def _attributed(reader: _Reader, quote: _Quote) -> str | None:
    """Find the speaker named after a quotation ("," X said) or before it (X said:)."""
    lo, hi = _tail(reader, quote)
    verbs = list(_speech_verb().finditer(reader.masked, lo, hi))
    if verbs:
        # '"...," the ministry said' gives the words to no person, whoever spoke before.
        return _speaker_of(reader, verbs[0], lo, hi, quote)
    sentence = reader.doc.sentences[_sentence_index(reader, quote.open)]
    # "X said, according to the official translation:" names X at the earlier verb.
    for verb in reversed(list(_speech_verb().finditer(reader.masked, sentence.start, quote.open))):
        speaker = _speaker_of(reader, verb, sentence.start, quote.open, quote)
        if speaker is not None:
            return speaker
    return None


def _framed(reader: _Reader, quote: _Quote) -> str | None:
    """The speaker of a short fragment: the subject of the speech verb that frames it.

    The verb right after it ('"not an option", he said') or the nearest one before it in
    its sentence ("X said that leaving was 'not an option'"), when no clause of the
    writer's own stands between ("... after the two had paraded their 'old friendship'")
    and the verb opens no aside ("As X noted, she called it a 'lost cause'").
    """
    masked = reader.masked
    lo, hi = _tail(reader, quote)
    after = _speech_verb().search(masked, lo, hi)
    if after is not None:
        between = [w.lower() for w in _WORD.findall(masked[lo : after.start()])]
        if len(between) > _MAX_FRAGMENT_TAIL_WORDS or _CLAUSE_BREAKS.intersection(between):
            return None
        return _speaker_of(reader, after, lo, hi, quote)
    sentence = reader.doc.sentences[_sentence_index(reader, quote.open)]
    before = list(_speech_verb().finditer(masked, sentence.start, quote.open))
    if not before:
        return None
    verb = before[-1]
    between = [w.lower() for w in _WORD.findall(masked[verb.end() : quote.open])]
    if _FRAME_BREAKS.intersection(between) or _opens_aside(masked, sentence.start, verb):
        return None
    return _speaker_of(reader, verb, sentence.start, quote.open, quote)


def _opens_aside(masked: str, lo: int, verb: re.Match[str]) -> bool:
    """Tell whether a speech verb's clause begins with an aside word ("As X noted")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(masked, lo, verb.start())]
    clause = _WORD.findall(masked[starts[-1] if starts else lo : verb.start()])
    return bool(clause) and clause[0].lower() in _ASIDE_OPENERS


def _tail(reader: _Reader, quote: _Quote) -> tuple[int, int]:
    """Return the span after a quotation that may attribute it: to the end of that sentence."""
    para_end = _paragraph_span(reader, quote.open)[1]
    text = _NON_SPACE.search(reader.masked, quote.close, para_end)
    if text is None:
        return quote.close, quote.close
    sentence = reader.doc.sentences[_sentence_index(reader, text.start())]
    return quote.close, max(sentence.end, quote.close)


def _speaker_of(
    reader: _Reader, verb: re.Match[str], lo: int, hi: int, quote: _Quote
) -> str | None:
    """Find who a speech verb belongs to: its subject before it, else the name after it."""
    if not verb.group().lower().startswith("according"):
        before = _nearest_before(reader, lo, verb.start())
        if before is not None:
            return _resolved(reader, before, quote)
        # "the ministry said X would ..." names no speaker; only a bare "said X" does.
        if _HAS_WORD.search(reader.masked[lo : verb.start()]):
            # "the Norlandic president said": the one person of the article it fits.
            described = _DESCRIBED_SUBJECT.search(reader.masked, lo, verb.start())
            return reader.described(described.start()) if described else None
    after = _nearest_after(reader, verb.end(), hi)
    if after is not None:
        return _resolved(reader, after, quote)
    # '"...," said the Norlandic foreign minister': the one person of the article it fits.
    described = _DESCRIBED_AFTER.match(reader.masked, verb.end(), hi)
    return reader.described(described.start("the")) if described else None


def _nearest_before(reader: _Reader, lo: int, verb_start: int) -> Mention | int | None:
    """Find the mention or pronoun right before a speech verb, if it can be its subject."""
    candidates: list[tuple[int, Mention | int]] = [
        (m.end, m) for m in reader.between(lo, verb_start + 1) if m.end <= verb_start
    ]
    candidates += [(p.end(), p.start()) for p in _PRONOUN.finditer(reader.masked, lo, verb_start)]
    candidates = [c for c in candidates if not reader.masked[c[0] - 1].isspace()]
    if not candidates:
        return None
    end, found = max(candidates, key=lambda c: c[0])
    return found if _subject_gap(reader.masked[end:verb_start]) else None


def _nearest_after(reader: _Reader, verb_end: int, hi: int) -> Mention | int | None:
    """Find the mention or pronoun just after a speech verb ("said X", "according to X")."""
    candidates: list[tuple[int, Mention | int]] = [
        (m.start, m) for m in reader.between(verb_end, hi)
    ]
    candidates += [(p.start(), p.start()) for p in _PRONOUN.finditer(reader.masked, verb_end, hi)]
    candidates = [c for c in candidates if not reader.masked[c[0]].isspace()]
    if not candidates:
        return None
    start, found = min(candidates, key=lambda c: c[0])
    words = _WORD.findall(reader.masked[verb_end:start])
    if len(words) > _MAX_AFTER_WORDS or any(w.lower() in _CLAUSE_BREAKS for w in words):
        return None
    return found


def _subject_gap(between: str) -> bool:
    """Tell whether the words between a name and a speech verb keep the name its subject."""
    if between.startswith(("'", "’")):
        return False
    if _RELATIVE_SPEAKER.fullmatch(between):
        return True
    words = [w.lower() for w in _WORD.findall(between)]
    stripped = between.strip()
    if stripped.startswith(",") and stripped.endswith(","):
        return len(words) <= _MAX_APPOSITION_WORDS
    if (
        words[-1:] == ["and"]
        and "," not in stripped
        and len(words) <= _MAX_COORDINATED_WORDS
        and not any(w in _CLAUSE_BREAKS for w in words[:-1])
    ):
        return True  # a second verb of the same subject: "X spoke of Y and said:"
    return len(words) <= _MAX_GAP_WORDS and not any(w in _CLAUSE_BREAKS for w in words)


def _resolved(reader: _Reader, found: Mention | int, quote: _Quote) -> str | None:
    """Return a mention's canonical name, or the person a pronoun at an offset stands for."""
    if isinstance(found, Mention):
        return reader.doc.canonical(found)
    index = _sentence_index(reader, found)
    # People the quotation names are not its speaker; its "I" (read as a mention of the
    # speaker found at the first reading) is, so it excludes nobody.
    quoted = [
        reader.doc.canonical(m)
        for m in reader.between(quote.start, quote.end)
        if m.evidence != "quote"
    ]
    return _pronoun_speaker(reader, index, quoted, found)


def _pronoun_speaker(reader: _Reader, index: int, exclude: Sequence[str], at: int) -> str | None:
    """Resolve the "he" of "he said": the latest speaker, unless someone was named since.

    Someone named since is the latest fitting named subject (Document.antecedent). When the
    nearest sentence that names anyone leaves the pronoun ambiguous (several people, no lone
    subject), the latest speaker is meant if that sentence names them; else nobody is.
    """
    doc = reader.doc
    gender = pronoun_gender(reader.doc.body[at : at + 3].strip())
    last = reader.last_speaker
    if last is not None and gender is not None and doc.gender(last[0]) not in (None, gender):
        last = None  # "she said" after Mr X spoke is not X
    name = doc.antecedent(index, exclude, at=at, strict=True, describe=reader.described)
    if name is None:
        nearest = _nearest_people(doc, index, exclude)
        return last[0] if last is not None and last[0] in nearest else None
    named_at = next(
        (
            index - back
            for back in range(_SPEAKER_REACH + 1)
            if index - back >= 0
            and any(doc.canonical(m) == name for m in doc.mentions[index - back])
        ),
        -1,
    )
    if last is not None and index - last[1] <= _SPEAKER_REACH and last[1] >= named_at:
        return last[0]
    return name


def _nearest_people(doc: Document, index: int, exclude: Sequence[str]) -> set[str]:
    """The people of the nearest earlier sentence that names anyone (not in `exclude`)."""
    for back in range(1, _SPEAKER_REACH + 1):
        if index - back < 0:
            break
        names = {doc.canonical(m) for m in doc.mentions[index - back]} - set(exclude)
        if names:
            return names
    return set()


def _continued(
    reader: _Reader, index: int, speakers: Sequence[str | None], latest: int | None
) -> str | None:
    """Name the speaker of an unattributed quotation that goes on from the previous one.

    `latest` is the index of the latest earlier quotation with a speaker.
    """
    quote = reader.quotes[index]
    if _HAS_WORD.search(_sentence_outside(reader, quote)):
        return None
    if latest is None:
        return None
    previous, speaker = reader.quotes[latest], speakers[latest]
    if previous.paragraph != quote.paragraph and not (
        previous.paragraph == quote.paragraph - 1 and _opens_paragraph(reader, quote)
    ):
        return None
    between = (
        reader.doc.canonical(m)
        for m in reader.between(previous.close, quote.open)
        if not reader.masked[m.start].isspace()
    )
    return speaker if all(name == speaker for name in between) else None


def _said_before(reader: _Reader, quote: _Quote) -> str | None:
    """The speaker of a sentence that is all quotation, named saying so just before it.

    'Ines Var said the talks would go on. "We are not in a hurry."' gives the quotation to
    the subject of the previous sentence's speech verb, in the same paragraph.
    """
    if _HAS_WORD.search(_sentence_outside(reader, quote)):
        return None
    index = _sentence_index(reader, quote.open)
    if index == 0:
        return None
    previous = reader.doc.sentences[index - 1]
    para_start = _paragraph_span(reader, quote.open)[0]
    if previous.start < para_start:
        return None
    verb = _speech_verb().search(reader.masked, previous.start, previous.end)
    if verb is None:
        return None
    return _speaker_of(reader, verb, previous.start, previous.end, quote)


def _sentence_index(reader: _Reader, position: int) -> int:
    """Return the index of the sentence that holds `position` (else the one before it)."""
    return max(0, bisect.bisect_right(reader.starts, position) - 1)
