"""Every table the pipeline passes between stages, as pandera models with one comment per column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import pandas as pd
import pandera.pandas as pa
import pandera.typing
from pandera.typing.pandas import DataFrame, Series

from consistency.runtime import contiguous
from consistency.runtime.absent import PANDERA_OPTIONAL, absent

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
#: A JSON list of [start, end] pairs, without spaces: "[]", "[[0,212],[5310,6020]]".
CHROME_SPANS = r"^\[(\[\d+,\d+\](,\[\d+,\d+\])*)?\]$"

PUBLISHED_FROM = (
    "date line",
    "byline",
    "byline (day first)",  # a numeric date such as 05/04/2026, read day first: check it
    "byline (month first)",  # 04/25/2026, or 03/04/2026 among other pages of early March
    "byline (year inferred)",  # a stamp without a year ("06/17 06:11"), year from the corpus
    "dateline",  # the story's dateline: "VELM, Nov 16, 2023 (AFP) -"
    "dateline (year inferred)",  # a dateline without a year: "VELM, June 16. /AGENCY/."
    "above the headline",  # a date alone on a line above the headline (an edition's date)
    "web address",  # the page's own address: "https://site/2026/03/12/slug"
    "feed",
    "html metadata",
    "front matter",  # a markdown page's "---" block: "date: 2026-03-12"
    "photo caption (inferred)",
    "sidecar",
    "option",
    "none",
)
OUTLET_FROM = ("page", "sidecar", "option", "unknown")
TENSES = ("past", "present", "future", "unknown")
PRECISIONS = ("day", "month", "year", "minutes", "bound", "exact", "text", "none", "unknown")
STATUSES = ("agree", "compatible", "conflict", "single_source", "hedged", "not_evaluated")
SEVERITIES = ("high", "medium", "low", "info")

Model = TypeVar("Model", bound=pa.DataFrameModel)


class ArticleSchema(pa.DataFrameModel):
    """One row per accepted input file."""

    #: Stable id: the first 16 hex digits of the SHA-256 of the file's bytes.
    article_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 16, "max_value": 16})
    #: Where the article came from, as the user named it (a path).
    source: Series[str]
    #: The address a feed row gives for the article, as untrusted text; null for files and
    #: rows without one.
    url: Series[str] = pa.Field(nullable=True)
    #: The outlet that published it; "unknown (<file name>)" when nothing says.
    outlet: Series[str] = pa.Field(str_length={"min_value": 1})
    #: How the outlet was found.
    outlet_from: Series[str] = pa.Field(isin=OUTLET_FROM)
    #: The site that carried it (its masthead, its footer) when a wire credit names another
    #: outlet as the writer ("Reuters" via "ARY News"); null when the outlet is its own site
    #: or no site is named.
    carrier: Series[str] = pa.Field(nullable=True)
    #: The headline, when one was recognised.
    title: Series[str] = pa.Field(nullable=True)
    #: Publication day as YYYY-MM-DD; null when nothing gives it.
    published: Series[str] = pa.Field(nullable=True, str_matches=ISO_DAY)
    #: How the publication day was found.
    published_from: Series[str] = pa.Field(isin=PUBLISHED_FROM)
    #: The decoded file text, exactly as read.
    raw_text: Series[str]
    #: Where the page chrome is, as the JSON list of [start, end) spans of raw_text that
    #: are blanked to spaces (line breaks kept) to make the body the claims are read from,
    #: so body offsets are file offsets; `consistency.ingest.bodies.article_body` makes it.
    chrome: Series[str] = pa.Field(str_matches=CHROME_SPANS)

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


class RejectedSchema(pa.DataFrameModel):
    """One row per input that could not become an article."""

    #: The input as the user named it.
    source: Series[str]
    #: Why it was rejected, in one line an editor understands.
    reason: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


class ClaimSchema(pa.DataFrameModel):
    """One row per claim mention found in an article's body."""

    #: Stable id: hash of article, fact and span.
    claim_id: Series[str] = pa.Field(unique=True)
    #: The article the claim was read from.
    article_id: Series[str]
    #: The article's outlet, copied here because sources are counted by outlet.
    outlet: Series[str]
    #: Dotted fact name, e.g. meeting.date.
    fact: Series[str] = pa.Field(str_matches=r"^[a-z]+(\.[a-z_]+)*$")
    #: Canonical names of the people the fact is about, sorted (a tuple of str).
    subject: Series[Any] = pa.Field(nullable=False)
    #: Exact source text of the claim: raw_text[start:end].
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    #: Character offset where the claim text starts in the source file.
    start: Series[int] = pa.Field(ge=0)
    #: Character offset just past the claim text.
    end: Series[int] = pa.Field(ge=0)
    #: The whole sentence the claim was read from, whitespace folded.
    sentence: Series[str]
    #: The phrase that carries the value ("on Sunday", "seven and a half hours"); "" if none.
    value_text: Series[str]
    #: True when the claim is only possible, expected or planned.
    hedged: Series[bool]
    #: Grammatical time of the claim, which anchors relative dates.
    tense: Series[str] = pa.Field(isin=TENSES)
    #: Who the outlet says the claim comes from ("according to US officials"); "" if nobody.
    attribution: Series[str]

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


class FactSchema(ClaimSchema):
    """A claim with its value normalised: the input of the rule engine."""

    #: Publication day of the claim's article (YYYY-MM-DD) or null.
    published: Series[str] = pa.Field(nullable=True, str_matches=ISO_DAY)
    #: The independent source the claim counts as: its outlet, or one name for every outlet
    #: that printed the same wire story.
    origin: Series[str] = pa.Field(str_length={"min_value": 1})
    #: Normalised value, JSON-ready: "2023-06-18", 450, {"min": 300, "max": null}, 2018, a name.
    value: Series[Any] = pa.Field(nullable=True)
    #: How precise the value is.
    precision: Series[str] = pa.Field(isin=PRECISIONS)
    #: Low end of the value as a number (day ordinal, minutes, year); null if not numeric.
    lo: Series[float] = pa.Field(nullable=True)
    #: High end of the value as a number; equal to lo for an exact value.
    hi: Series[float] = pa.Field(nullable=True)
    #: Why the value could not be normalised; "" when it was.
    not_evaluated: Series[str]

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


class SourceSchema(pa.DataFrameModel):
    """One row per article: the independent source it counts as."""

    #: The article.
    article_id: Series[str] = pa.Field(unique=True)
    #: Its outlet, or one name for every outlet that printed the same wire story (as in facts).
    origin: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


class FindingSchema(pa.DataFrameModel):
    """One row per fact and subject: the verdict the rule engine reached."""

    #: Stable id: hash of rule, fact and subject, the same across runs and input order.
    finding_id: Series[str] = pa.Field(unique=True)
    #: Code of the rule that produced it, e.g. DT01.
    rule: Series[str]
    #: Dotted fact name.
    fact: Series[str]
    #: Canonical names of the people the fact is about (a tuple of str).
    subject: Series[Any]
    #: The verdict.
    status: Series[str] = pa.Field(isin=STATUSES)
    #: How urgently an editor should look.
    severity: Series[str] = pa.Field(isin=SEVERITIES)
    #: One line for editors: what the outlets say and where they differ.
    summary: Series[str]
    #: What to do about it, from the rule.
    hint: Series[str]
    #: The agreed or most precise value (JSON-ready), null on conflict or when none.
    value: Series[Any] = pa.Field(nullable=True)
    #: Independent sources behind the claims, sorted (a tuple of str): outlets, with the
    #: copies of one syndicated story named together.
    outlets: Series[Any]
    #: Claims the finding rests on, in a stable order (a tuple of str).
    claim_ids: Series[Any]
    #: How each two of its sources' own values compare, by the finding's rule: a tuple of
    #: (source, source, "agree" | "compatible" | "conflict" | "unknown"), sources sorted;
    #: empty when fewer than two sources or no rule compares the fact.
    pairs: Series[Any]
    #: Why the finding was not evaluated, or a note (e.g. a hedge confirmed); "" if none.
    note: Series[str]

    class Config:
        """Validate strictly: no unexpected columns."""

        strict = True
        coerce = True


def _set_up_pandera() -> None:
    """Fill pandera's once-per-process lookups with Dask and hypothesis absent.

    When installed, pandera imports dask.dataframe the first time it reads a model's
    annotations (to list the frame, series and index types it knows) and hypothesis when it
    first registers its pandas checks (for data synthesis): together a quarter of a one-page
    check's CPU time, for types and strategies the pipeline never uses. Both are cached for
    the process, so filling them here, before any table is validated, keeps both out.
    """
    with absent(*PANDERA_OPTIONAL):
        pandera.typing.get_dataframe_types()
        pandera.typing.get_series_types()
        pandera.typing.get_index_types()
        pa.DataFrameSchema().validate(pd.DataFrame())  # registers pandera's pandas checks


_set_up_pandera()


def empty(model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """An empty table with the model's columns, already valid."""
    columns = list(model.to_schema().columns)
    return pd.DataFrame({name: pd.Series(dtype="object") for name in columns})


def validate(model: type[Model], frame: pd.DataFrame) -> DataFrame[Model]:
    """Validate a stage's output lazily, so every failure is reported at once.

    Its Arrow columns are joined into one chunk each, as the later stages read them.
    """
    return contiguous(model.validate(frame, lazy=True))


@dataclass(frozen=True)
class CheckResult:
    """The tables of one run, from articles to findings: what every report renders from."""

    articles: DataFrame[ArticleSchema]
    rejected: DataFrame[RejectedSchema]
    facts: DataFrame[FactSchema]
    findings: DataFrame[FindingSchema]
    warnings: tuple[str, ...] = ()
    #: The source each article counts as; None when a caller built the result without it.
    sources: DataFrame[SourceSchema] | None = None
