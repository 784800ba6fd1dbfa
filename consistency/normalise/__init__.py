"""Normalise: canonical names and comparable values, turning `claims` into `facts`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.normalise.names import canonical_names
from consistency.normalise.relative import resolve_relative_visits
from consistency.normalise.syndication import origins
from consistency.normalise.values import Value, normalise_value
from consistency.runtime import collector_paused, shared
from consistency.schemas import (
    ArticleSchema,
    ClaimSchema,
    FactSchema,
    SourceSchema,
    empty,
    validate,
)

__all__ = ["claim_values", "normalise", "origins", "sources_table"]


# Paused: the stage makes objects by the million and almost no cycles (see collector).
@collector_paused()
def normalise(
    claims: DataFrame[ClaimSchema],
    articles: DataFrame[ArticleSchema],
    *,
    origin: Mapping[str, str] | None = None,
    values: Sequence[Value] | None = None,
) -> DataFrame[FactSchema]:
    """Give each claim canonical names and a value anchored to its article's publication.

    `origin` maps article ids to their sources when they were already found (in parts), and
    `values` the claims' values (claim_values, in the claims' order) when already worked out.
    """
    if claims.empty:
        return validate(FactSchema, empty(FactSchema))
    # Columns are read as lists: iterating an Arrow-backed column makes a scalar per cell.
    published = dict(
        zip(articles["article_id"].tolist(), articles["published"].tolist(), strict=True)
    )
    subjects, article_ids = claims["subject"].tolist(), claims["article_id"].tolist()
    # A subject's entries that open in lower case ("courses", "trade in 2024 (USD)") say
    # what a count or a sum measures: no person's name, none a shorter form of another.
    canon = canonical_names(
        name for subject in subjects for name in subject if not name[:1].islower()
    )
    # Shallow: the facts share the claims' columns (copy-on-write keeps the claims as they
    # are); a deep copy doubled the claim columns' memory until the claims were freed.
    facts = claims.copy(deep=False)
    facts["subject"] = shared(_canonical_subjects(subjects, canon))
    days = [published.get(a) for a in article_ids]
    facts["published"] = days
    origin = origins(articles) if origin is None else origin
    facts["origin"] = [origin[a] for a in article_ids]
    if values is None:
        values = claim_values(
            zip(
                claims["fact"].tolist(),
                claims["value_text"].tolist(),
                days,
                claims["tense"].tolist(),
                strict=True,
            )
        )
    texts: dict[str, str] = {}  # days and titles repeat: one str each
    facts["value"] = [
        texts.setdefault(v.value, v.value) if type(v.value) is str else v.value for v in values
    ]
    facts["precision"] = [v.precision for v in values]
    facts["lo"] = [v.lo for v in values]
    facts["hi"] = [v.hi for v in values]
    facts["not_evaluated"] = [v.not_evaluated for v in values]
    # "Arrived on the same day as X": dated by X's own visit claims, read just above.
    return validate(FactSchema, resolve_relative_visits(facts))


def claim_values(claims: Iterable[tuple[str, str, object, str]]) -> list[Value]:
    """Each claim's comparable value, from its (fact, value text, publication day, tense).

    Claims are independent here, so the Dask engine works them out in its partitions.
    """
    return [normalise_value(fact, text, _day(day), tense) for fact, text, day, tense in claims]


def _canonical_subjects(
    subjects: list[tuple[str, ...]], canon: Mapping[str, str]
) -> list[tuple[str, ...]]:
    """Each subject's canonical names, sorted; worked out once per distinct subject."""
    made: dict[tuple[str, ...], tuple[str, ...]] = {}
    out = []
    for subject in subjects:
        names = made.get(subject)
        if names is None:
            names = made[subject] = tuple(sorted({canon.get(n, n) for n in subject}))
        out.append(names)
    return out


def sources_table(origin: Mapping[str, str]) -> DataFrame[SourceSchema]:
    """The source each article counts as, as a table (article ids sorted)."""
    ids = sorted(origin)
    frame = pd.DataFrame({"article_id": ids, "origin": [origin[i] for i in ids]}, dtype=object)
    return validate(SourceSchema, frame)


def _day(value: object) -> dt.date | None:
    """An ISO day as a date; None when missing."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    return dt.date.fromisoformat(str(value))
