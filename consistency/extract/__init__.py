"""Extract: read the claims each article makes into the validated `claims` table."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.extract.amounts import amount_claims
from consistency.extract.counts import (
    count_claims,
    hyphen_count_claims,
    ordinal_count_claims,
    round_count_claims,
    strength_claims,
)
from consistency.extract.dated_events import dated_event_claims
from consistency.extract.delegations import delegation_claims
from consistency.extract.document import Document, Found
from consistency.extract.documents import document_part_claims
from consistency.extract.durations import duration_claims
from consistency.extract.holders import name_parties
from consistency.extract.incidents import (
    body_incident_keys,
    event_claims,
    incident_labels,
)
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.legs import leg_claims
from consistency.extract.modality import attribution_of
from consistency.extract.precedents import precedent_claims
from consistency.extract.quotes import quote_claims, quoted_speakers
from consistency.extract.references import reference_mentions
from consistency.extract.reported import reported_claims, settle_reported
from consistency.extract.sentences import MAX_SENTENCE, long_sentences
from consistency.extract.titles import title_claims
from consistency.ingest.bodies import article_bodies, article_body
from consistency.ingest.story_runs import article_stories
from consistency.runtime import collector_paused, forget_corpus, shared
from consistency.schemas import ArticleSchema, ClaimSchema, empty, validate

Extractor = Callable[[Document], Iterable[Found]]
#: Articles read into claim rows at a time by extract_claims.
ARTICLES_PER_SLICE = 1000

#: Every fact family the extractor knows, in the order they run.
EXTRACTORS: tuple[Extractor, ...] = (
    meeting_claims,
    duration_claims,
    call_claims,
    leg_claims,
    precedent_claims,
    event_claims,
    dated_event_claims,
    count_claims,
    hyphen_count_claims,
    ordinal_count_claims,
    round_count_claims,
    strength_claims,
    delegation_claims,
    document_part_claims,
    amount_claims,
    title_claims,
    quote_claims,
    reported_claims,
)


def extract_claims(
    articles: DataFrame[ArticleSchema], progress: Callable[[int], None] | None = None
) -> DataFrame[ClaimSchema]:
    """One row per claim mention found in the bodies of the articles.

    `progress`, when given, is called with the number of articles just read (1 at a time).
    """
    story_of = article_stories_of(articles)
    keys = story_incident_keys(articles, story_of)
    # A slice of articles at a time, so that only its rows are held as dicts (a large
    # corpus's claims as dicts would take several times the memory of the table).
    frames = []
    subjects: dict[tuple[str, ...], tuple[str, ...]] = {}
    for start in range(0, len(articles), ARTICLES_PER_SLICE):
        records = articles.iloc[start : start + ARTICLES_PER_SLICE].to_dict("records")
        rows = claim_rows(records, keys, progress)
        if rows:
            frame = pd.DataFrame(rows)
            frame["subject"] = shared(frame["subject"].tolist(), subjects)
            frames.append(frame)
    frame = pd.concat(frames, ignore_index=True) if frames else empty(ClaimSchema)
    frame = corpus_steps(frame, story_of)
    forget_corpus()  # a corpus's sentences are not read again: the later stages reuse the memory
    return validate(ClaimSchema, frame)


def sentence_warnings(articles: pd.DataFrame) -> list[str]:
    """A warning for each article with sentences too long to read whole (read in pieces)."""
    columns = ("source", "raw_text", "chrome")
    found = map(sentence_warning, *(articles[c].tolist() for c in columns))
    return [warning for warning in found if warning is not None]


def sentence_warning(source: object, raw_text: object, chrome: object) -> str | None:
    """The warning for one article whose sentences are too long to read whole, or None."""
    # Chrome is blanked within lines, so a body's paragraph is no longer than its line.
    if max(map(len, str(raw_text).split("\n")), default=0) <= MAX_SENTENCE:
        return None
    count = long_sentences(article_body(str(raw_text), str(chrome)))
    if not count:
        return None
    return (
        f"{Path(str(source)).name}: {count} sentence(s) longer than {MAX_SENTENCE:,} "
        "characters read in pieces; a claim that spans a cut is not found"
    )


def corpus_incident_keys(bodies: Iterable[str]) -> frozenset[str]:
    """The incident nouns of some article bodies, which their event claims look for."""
    return frozenset(key for body in bodies for key in body_incident_keys(body))


def article_stories_of(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's story key ("" for every article when the articles tell one story)."""
    ids = [str(a) for a in articles["article_id"].tolist()]
    return article_stories(
        article_days(articles), lambda: zip(ids, article_bodies(articles), strict=True)
    )


def article_days(articles: pd.DataFrame) -> dict[str, dt.date | None]:
    """Each article's publication day, None when it has none."""
    ids = [str(a) for a in articles["article_id"].tolist()]
    return dict(zip(ids, map(_day, articles["published"].tolist()), strict=True))


def story_incident_keys(
    articles: pd.DataFrame, story_of: Mapping[str, str]
) -> dict[str, frozenset[str]]:
    """Each article's incident nouns: those its story's articles use, not the whole folder's.

    Learnt per story, a story's claims are the same whether it is checked alone or in a
    folder with others.
    """
    ids = [str(a) for a in articles["article_id"].tolist()]
    own = dict(zip(ids, map(body_incident_keys, article_bodies(articles)), strict=True))
    return incident_keys_by_story(own, story_of)


def incident_keys_by_story(
    own: Mapping[str, frozenset[str]], story_of: Mapping[str, str]
) -> dict[str, frozenset[str]]:
    """Each article's incident nouns from every article's own: the union over its story."""
    union: dict[str, set[str]] = {}
    for article, keys in own.items():
        union.setdefault(story_of.get(article, ""), set()).update(keys)
    shared = {story: frozenset(keys) for story, keys in union.items()}
    return {article: shared[story_of.get(article, "")] for article in own}


def claim_rows(
    records: Iterable[Mapping[Any, Any]],
    keys: Mapping[str, frozenset[str]],
    progress: Callable[[int], None] | None = None,
) -> list[dict[str, object]]:
    """The claim rows of some articles (any share of a corpus), given their incident keys.

    `keys` holds each article's incident nouns (by article id: those of its story).
    Articles are independent once the keys are known, so a corpus can be read in parts.
    """
    rows: list[dict[str, object]] = []
    # Paused here, not around extract_claims, so the Dask engine's parts are paused too:
    # reading makes objects by the million and almost no cycles (see collector).
    with collector_paused():
        for article in records:
            body = article_body(str(article["raw_text"]), str(article["chrome"]))
            doc = Document.from_body(body, _day(article["published"]))
            doc.incident_keys = keys.get(str(article["article_id"]), frozenset())
            doc.add_speaker_mentions(quoted_speakers(doc))
            doc.references = reference_mentions(doc)
            rows.extend(_article_rows(article, doc))
            if progress is not None:
                progress(1)
    return rows


def claims_table(
    rows: list[dict[str, object]] | dict[str, list[object]], story_of: Mapping[str, str]
) -> DataFrame[ClaimSchema]:
    """The validated claims table of some claim rows or columns, incidents named per story."""
    frame = pd.DataFrame(rows) if rows else empty(ClaimSchema)
    return validate(ClaimSchema, corpus_steps(frame, story_of))


def corpus_steps(frame: pd.DataFrame, story_of: Mapping[str, str]) -> pd.DataFrame:
    """What each story's claims settle together, once every article is read.

    Reported speech is kept only where it tells a quote of another article; meetings named
    by country and office take their parties; incidents no person is named in take names.
    """
    return label_incidents(name_parties(settle_reported(frame, story_of), story_of), story_of)


def label_incidents(frame: pd.DataFrame, story_of: Mapping[str, str]) -> pd.DataFrame:
    """Name the incidents no person is named in by their own words ("the handover").

    Done over each story's claims, so that one incident told in different words (linked as
    the rules link them) takes one name in every article of its story, and a story's names
    are those it gets checked alone.
    """
    if frame.empty:
        return frame
    facts, subjects = frame["fact"].tolist(), frame["subject"].tolist()
    rows = [
        i
        for i, (f, s) in enumerate(zip(facts, subjects, strict=True))
        if f == "event.date" and not s
    ]
    if not rows:
        return frame
    texts, articles = frame["text"].tolist(), frame["article_id"].tolist()
    by_story: dict[str, list[int]] = {}
    for i in rows:
        by_story.setdefault(story_of.get(str(articles[i]), ""), []).append(i)
    for members in by_story.values():
        labels = incident_labels([str(texts[i]) for i in members])
        for i, label in zip(members, labels, strict=True):
            subjects[i] = (label,)
    frame = frame.copy()
    frame["subject"] = subjects
    return frame


def _article_rows(article: Mapping[Hashable, Any], doc: Document) -> Iterator[dict[str, object]]:
    """The claim rows of one article."""
    article_id = str(article["article_id"])
    raw_text = str(article["raw_text"])
    seen: set[str] = set()
    for extractor in EXTRACTORS:
        for found in extractor(doc):
            claim_id = _claim_id(article_id, found)
            if claim_id in seen:
                continue
            seen.add(claim_id)
            yield {
                "claim_id": claim_id,
                "article_id": article_id,
                "outlet": str(article["outlet"]),
                "fact": found.fact,
                "subject": found.subject,
                "text": raw_text[found.start : found.end],
                "start": found.start,
                "end": found.end,
                "sentence": found.sentence.clean,
                "value_text": found.value_text,
                "hedged": found.hedged,
                "tense": found.tense,
                "attribution": attribution_of(found.sentence.text),
            }


def _claim_id(article_id: str, found: Found) -> str:
    """A stable id from the article, the fact, the span and who it is about."""
    key = "|".join((article_id, found.fact, str(found.start), str(found.end), *found.subject))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


#: The fact names these extractors produce.
EXTRACTED_FACTS = frozenset(
    {
        "meeting.date",
        "meeting.duration",
        "meeting.place",
        "call.date",
        "visit.dates",
        "visit.departure",
        "visit.planned",
        "precedent.since_year",
        "event.date",
        "quantity",
        "amount",
        "role.title",
        "quote.text",
    }
)


def _day(value: object) -> dt.date | None:
    """A publication day from the articles table, or None when it is missing."""
    if not isinstance(value, str):
        return None
    return dt.date.fromisoformat(value)
