"""Reported speech that tells a quoted statement: "she said Norland would never give up ...".

An outlet that writes "Okafor said Norland would never give up its claim" tells the statement
another outlet quotes as "Norland will never give up our claim". Each clause a named person
is told to have said without quotation marks ("X said (that) CLAUSE", "CLAUSE, X said") is a
candidate (fact quote.reported), once for each run of its parts from the first ("A, and B"
gives "A" and "A, and B": a writer adds a clause of their own). settle_reported then keeps,
for each clause, the longest candidate that tells a statement the same speaker is quoted
saying in another article of the story, as a quote.text claim, and drops every other
candidate: a paraphrase that tells no quoted statement is no claim about anyone's words.
Words are compared as quotes are (extract/quote_words.py: person and tense moved back, as in
"we will" / "they would", read alike).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

import pandas as pd

from consistency.extract.document import Document, Found
from consistency.extract.quote_words import Statements, quote_words
from consistency.extract.quotes import clause_speaker, quotation_spans
from consistency.extract.sentences import Sentence
from consistency.vocabulary import group, words

REPORTED = "quote.reported"
_WORD = re.compile(r"\w[\w'’.-]*")
# A reported clause, or a run of its parts, of fewer words tells too little to compare.
_MIN_WORDS = 4
# "that" opens the clause this many words after the verb at most ("told reporters in Velm that").
_THAT_REACH = 6
# "CLAUSE, X said." / "CLAUSE, said the minister on Wednesday.": words after the comma at most.
_TAIL_WORDS = 7
_SENTENCE_END = re.compile(r"[\s.!…]*$")
# "CLAUSE, X said on Wednesday.": at most this many words after the verb end the sentence.
_AFTER_VERB = 4
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


@cache
def _listeners() -> frozenset[str]:
    """Reporting verbs whose listener comes first (vocabulary quotes.reported_listeners)."""
    return words("quotes", "reported_listeners")


@cache
def _verbs() -> re.Pattern[str]:
    """The reporting verbs (vocabulary quotes.reported_verbs)."""
    return group("quotes", "reported_verbs").pattern


def reported_claims(doc: Document) -> Iterator[Found]:
    """Candidate claims of reported speech, one per run of a clause's parts from its first."""
    quoted = quotation_spans(doc.body)
    for sentence in doc.sentences:
        if any(s < sentence.end and sentence.start < e for s, e in quoted):
            continue  # a sentence with a quotation in it is read as quotes are
        text = sentence.text
        if not text.rstrip().endswith((".", "!")):
            continue  # a question, a headline or a caption tells no one's words
        for verb in _verbs().finditer(text):
            told = _told(sentence, verb, verb.group().lower() in _listeners())
            if told is None:
                continue
            around, clause = told
            span = (sentence.start + verb.start(), sentence.start + verb.end())
            speaker = clause_speaker(doc, span, around, clause)
            if speaker is not None:
                yield from _candidates(doc, sentence, clause, speaker)
                break


def _told(
    sentence: Sentence, verb: re.Match[str], listener: bool
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a reporting verb's speaker may stand and the clause it reports, as body offsets.

    A verb whose listener comes first (`listener`: "told Brekke ...") reports a clause after
    "that" only.
    """
    text, at = sentence.text, sentence.start
    end = len(text) - len(_SENTENCE_END.search(text).group())  # type: ignore[union-attr]
    tail = text[verb.end() : max(verb.end(), end)]
    after = _WORD.findall(tail)
    comma = text.rfind(",", 0, verb.start())
    if len(after) <= _AFTER_VERB and comma > 0:
        if len(_WORD.findall(text[comma:end])) <= _TAIL_WORDS:
            # "CLAUSE, X said." / "CLAUSE, said X.": the clause is all before the comma.
            return (at + comma + 1, at + end), (at, at + comma)
        return None
    if verb.group().lower().startswith("according"):
        # "According to X, CLAUSE.": the speaker up to the comma, the clause after it.
        comma = text.find(",", verb.end(), end)
        if comma < 0 or len(_WORD.findall(text[verb.end() : comma])) > _AFTER_VERB:
            return None
        return (at + verb.end(), at + comma), (at + comma + 1, at + end)
    start = _clause_start(tail, after, listener)
    if start is None:
        return None
    return (at, at + verb.start()), (at + verb.end() + start, at + end)


def _clause_start(tail: str, after: list[str], listener: bool) -> int | None:
    """Where the clause after a verb starts in `tail`: after "that", or at its subject.

    A listener verb's audience ("told reporters", "told a news conference") is passed over
    first; any other listener ("told Brekke the plan") leaves only "that" to open a clause.
    """
    that = _THAT.search(tail)
    if that is not None:
        before = tail[: that.start()]
        if "," not in before and len(_WORD.findall(before)) < _THAT_REACH:
            return that.end()
    skipped = 0
    if listener:
        audience = _audiences().match(tail)
        if audience is None:
            return None
        skipped = audience.end()
        after = _WORD.findall(tail[skipped:])
    if not after:
        return None
    first = after[0]
    if first.lower() in words("quotes", "reported_openers") or first[:1].isupper():
        return skipped + tail[skipped:].find(first)
    return None


@cache
def _audiences() -> re.Pattern[str]:
    """An audience right after a listener verb (vocabulary quotes.reported_audiences)."""
    return re.compile(rf"\s*(?:{group('quotes', 'reported_audiences').alternation})\b\s*", re.I)


def _candidates(
    doc: Document, sentence: Sentence, clause: tuple[int, int], speaker: str
) -> Iterator[Found]:
    """The clause's runs of parts from its first, each a candidate of `speaker`'s words."""
    start, end = clause
    body = doc.body
    while start < end and not body[start].isalnum():
        start += 1
    cuts = [start + m.start() for m in _parts_pattern().finditer(body[start:end]) if m.start() > 0]
    for stop in sorted({*cuts, end}):
        piece = body[start:stop].rstrip(" ,;")
        if len(_WORD.findall(piece)) < _MIN_WORDS:
            continue
        yield Found(
            fact=REPORTED,
            subject=(speaker,),
            start=start,
            end=start + len(piece),
            sentence=sentence,
            value_text=piece,
            hedged=False,
            tense="past",
        )


@cache
def _parts_pattern() -> re.Pattern[str]:
    """Where a reported clause's parts meet: a comma or semicolon, or a joining word."""
    joining = group("quotes", "reported_parts").alternation
    return re.compile(rf"\s*[,;]\s*|\s+(?=(?:{joining})\b)", re.IGNORECASE)


def settle_reported(frame: pd.DataFrame, story_of: Mapping[str, str]) -> pd.DataFrame:
    """Keep each clause's longest candidate that tells a quote of another article, as a quote.

    Quotes of the same speaker in the same story count; a clause whose own article quotes
    the statement it tells adds nothing and is dropped, as is every other candidate.
    """
    if frame.empty or not (frame["fact"] == REPORTED).any():
        return frame
    facts = frame["fact"].tolist()
    articles = [str(a) for a in frame["article_id"].tolist()]
    subjects = frame["subject"].tolist()
    values = frame["value_text"].tolist()
    # A story's speaker may have a quote in each of hundreds of articles: each speaker's
    # quotes are kept by wording (outlets repeat them word for word) and indexed, and a
    # clause is tried only on the wordings it may tell (quote_words.Statements).
    quoted: dict[tuple[str, str], Statements] = {}
    for i, fact in enumerate(facts):
        if fact == "quote.text" and subjects[i]:
            key = (story_of.get(articles[i], ""), str(subjects[i][0]))
            quoted.setdefault(key, Statements()).add(quote_words(str(values[i])), articles[i])
    clauses: dict[tuple[str, int], list[int]] = {}
    starts = frame["start"].tolist()
    for i, fact in enumerate(facts):
        if fact == REPORTED:
            clauses.setdefault((articles[i], int(starts[i])), []).append(i)
    kept: list[int] = []
    ends = frame["end"].tolist()
    for members in clauses.values():
        for i in sorted(members, key=lambda k: -int(ends[k])):
            quotes = quoted.get((story_of.get(articles[i], ""), str(subjects[i][0])))
            matched = quotes.told_by(quote_words(str(values[i]))) if quotes else set()
            if articles[i] in matched:
                break  # its own article quotes the statement: nothing to add
            if matched:
                kept.append(i)
                break
    keep = set(kept)
    drop = [i for i, fact in enumerate(facts) if fact == REPORTED and i not in keep]
    frame = frame.drop(index=frame.index[drop])
    if kept:
        frame = frame.copy()
        frame.loc[frame["fact"] == REPORTED, "fact"] = "quote.text"
    return frame.reset_index(drop=True)
