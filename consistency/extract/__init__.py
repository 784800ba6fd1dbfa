"""Extract: read the claims each article makes into the validated `claims` table."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.extract.document import Document, Found
from consistency.extract.events import count_claims, event_claims, incident_keys
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.modality import attribution_of
from consistency.extract.precedents import precedent_claims
from consistency.extract.quotes import quote_claims, quoted_speakers
from consistency.extract.titles import title_claims
from consistency.extract.visits import visit_claims
from consistency.schemas import ArticleSchema, ClaimSchema, empty, validate

Extractor = Callable[[Document], Iterable[Found]]

#: Every fact family the extractor knows, in the order they run.
EXTRACTORS: tuple[Extractor, ...] = (
    meeting_claims,
    call_claims,
    visit_claims,
    precedent_claims,
    event_claims,
    count_claims,
    title_claims,
    quote_claims,
)


def extract_claims(articles: DataFrame[ArticleSchema]) -> DataFrame[ClaimSchema]:
    """One row per claim mention found in the bodies of the articles."""
    records = articles.to_dict("records")
    docs = [Document.from_body(str(a["body"]), _day(a["published"])) for a in records]
    keys = incident_keys(docs)
    for doc in docs:
        doc.incident_keys = keys
        doc.add_speaker_mentions(quoted_speakers(doc))
    rows = [
        row
        for article, doc in zip(records, docs, strict=True)
        for row in _article_rows(article, doc)
    ]
    frame = pd.DataFrame(rows) if rows else empty(ClaimSchema)
    return validate(ClaimSchema, frame)


def _article_rows(article: dict[Hashable, Any], doc: Document) -> Iterator[dict[str, object]]:
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
        "visit.planned",
        "precedent.since_year",
        "event.date",
        "quantity",
        "role.title",
        "quote.text",
    }
)


def _day(value: object) -> dt.date | None:
    """A publication day from the articles table, or None when it is missing."""
    if not isinstance(value, str):
        return None
    return dt.date.fromisoformat(value)
