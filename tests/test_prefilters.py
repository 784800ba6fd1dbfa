"""Prefilters skip sentences, never claims: the claims table is the same with them off.

Each extractor's prefilter (extract/cues.Prefilter) is derived from the patterns it guards;
these tests run extraction with prefilters on and off over every corpus the project has,
generated news and generated sentences, and require equal tables. A wording added as data
that a prefilter failed to follow would show here as a claim found only with them off.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pandera.typing.pandas import DataFrame

from benchmarks.generate import generate
from consistency import vocabulary
from consistency.extract import claim_rows, dated_events, extract_claims
from consistency.extract.cues import made_prefilters, prefilters
from consistency.extract.document import Document, per_document
from consistency.extract.sentences import split_sentences
from consistency.ingest import ingest
from consistency.ingest.bodies import article_bodies
from consistency.runtime import forget_corpus
from consistency.schemas import ArticleSchema
from tests.conftest import DEMO, PROJECT, SHARED_CORPUS, missing_corpus

FIXTURE_CORPORA = sorted((PROJECT / "tests" / "fixtures" / "corpora").glob("*/"))
SHARED = sorted(SHARED_CORPUS.glob("*/")) if SHARED_CORPUS.is_dir() else []


def _claims(articles: DataFrame[ArticleSchema], enabled: bool) -> pd.DataFrame:
    """The claims table with prefilters on or off, no reading cached from an earlier run."""
    forget_corpus()
    with prefilters(enabled):
        return extract_claims(articles)


def _same_claims(folder: Path) -> int:
    """Assert the claims of a corpus are equal with and without prefilters; how many."""
    articles = ingest([folder]).articles
    with_them, without = _claims(articles, True), _claims(articles, False)
    pd.testing.assert_frame_equal(with_them, without)
    return len(with_them)


@pytest.mark.parametrize("story", ["geneva", "woodside", "blinken", "moscow"])
def test_shared_corpus_claims_are_the_same(story: str) -> None:
    """Each shared story's claims, every one, with prefilters on and off."""
    folders = [f for f in SHARED if story in f.name]
    if not folders:
        missing_corpus(SHARED_CORPUS / story)
    assert _same_claims(folders[0]) > 50


@pytest.mark.parametrize("folder", [*FIXTURE_CORPORA, DEMO], ids=lambda f: f.name)
def test_project_corpus_claims_are_the_same(folder: Path) -> None:
    """The test corpora and the demo corpus."""
    assert _same_claims(folder) > 20


def test_generated_news_claims_are_the_same(tmp_path: Path) -> None:
    """The benchmark's generated news (its own wordings of meetings, visits and quotes)."""
    generate(tmp_path, 60, outlets=5, seed=11)
    assert _same_claims(tmp_path) > 100


def _sentences() -> list[str]:
    """Every example and counter-example sentence of the vocabulary: each wording it has."""
    texts = []
    for group in vocabulary.all_groups():
        texts += [example.text for example in group.examples]
        texts += list(group.counter_examples)
    return texts


# How a sentence may come: as written, shouting, in title case, with its spacing changed, or
# with letters that match ASCII ones case-insensitively ("ı", "ſ").
_FORMS = st.sampled_from(
    [
        lambda s: s,
        str.upper,
        str.title,
        lambda s: s.replace(" ", "  "),
        lambda s: s.replace(" ", "\u00a0", 2),
        lambda s: s.replace("i", "\u0131", 1).replace("s", "\u017f", 1),
    ]
)


def _rows(text: str, enabled: bool) -> list[dict[str, object]]:
    """The claim rows of one article's text."""
    forget_corpus()
    record = {
        "article_id": "a",
        "raw_text": text,
        "chrome": "[]",
        "published": "2029-05-06",
        "outlet": "o",
    }
    with prefilters(enabled):
        return claim_rows([record], {"a": frozenset({"ferry", "convoy"})})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    picks=st.lists(st.tuples(st.sampled_from(_sentences()), _FORMS), min_size=1, max_size=6),
    breaks=st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_generated_sentences_claims_are_the_same(
    picks: list[tuple[str, object]], breaks: list[bool]
) -> None:
    """Property: an article made of the vocabulary's sentences, in any form, reads the same."""
    parts = []
    for (sentence, form), new_line in zip(picks, breaks, strict=False):
        parts.append(form(sentence) + ("\n" if new_line else " "))  # type: ignore[operator]
    text = "".join(parts)
    assert _rows(text, True) == _rows(text, False)


@pytest.mark.parametrize("topic", vocabulary.topics())
def test_each_vocabulary_sentence_reads_the_same(topic: str) -> None:
    """Every example and counter-example of a topic, alone and as one article, reads the same.

    The examples show every wording the data has: each one's claims must not depend on a
    prefilter.
    """
    texts = []
    for group in vocabulary._topic(topic).values():
        texts += [example.text for example in group.examples]
        texts += list(group.counter_examples)
    for text in [*texts, "\n".join(texts)]:
        assert _rows(text, True) == _rows(text, False), text


def test_vocabulary_examples_yield_claims() -> None:
    """The property above is not vacuous: the vocabulary's sentences do make claims."""
    text = " ".join(_sentences()[:200])
    assert len(_rows(text, True)) > 20


def _all_docs_sentences() -> Iterator[str]:
    """Every sentence of the shared corpora (for the counts below)."""
    for folder in SHARED:
        for body in article_bodies(ingest([folder]).articles):
            yield from (s.text for s in split_sentences(body))


def test_each_prefilter_skips_sentences_of_the_shared_corpora() -> None:
    """Each prefilter has literals and passes only some sentences: it does skip work.

    A prefilter without literals (a pattern of it needs none) is sound but skips nothing;
    a wording that did that should be written so that it names a word.
    """
    sentences = list(_all_docs_sentences())
    if not sentences:
        missing_corpus(SHARED_CORPUS)
    _rows(" ".join(_sentences()[:50]), True)  # every extractor makes its prefilters
    made = made_prefilters()
    assert made
    for prefilter in made:
        assert prefilter.literals is not None, [p.pattern for p in prefilter.patterns]
        passed = sum(map(prefilter, sentences))
        assert passed < 0.6 * len(sentences), prefilter.literals


@contextmanager
def added_wording(topic: str, name: str, entry: str) -> Iterator[None]:
    """A vocabulary group with one more entry while the block runs, as if added to its file."""
    groups = vocabulary._topic(topic)
    before = groups[name]
    groups[name] = dataclasses.replace(before, entries=(*before.entries, entry))
    forget_corpus()
    try:
        yield
    finally:
        groups[name] = before
        forget_corpus()


def test_a_new_event_wording_is_read_through_the_prefilter() -> None:
    """A departure told by a verb added as data is read with prefilters on."""
    text = "Ambassador Tomas Renn absconded from Velm in May."

    def departures() -> list[object]:
        """The departures read in the text, the extractor's patterns made afresh."""
        dated_events._kinds.cache_clear()
        dated_events._prefilter.cache_clear()
        rows = _rows(text, True)
        return [r["value_text"] for r in rows if "departure" in str(r["subject"])]

    assert departures() == []
    with added_wording("events", "departure", r"absconded\s+from"):
        assert departures() == ["in May"]
    assert departures() == []


def test_readings_per_document_follow_the_references() -> None:
    """A reading made once per article is made again when the article's references change."""
    doc = Document.from_body("Foreign Minister Ada Okafor met her counterpart on Tuesday.")
    calls: list[int] = []

    @per_document
    def reading(d: Document) -> int:
        """How many references the article has, counting the calls."""
        calls.append(1)
        return len(d.references)

    assert reading(doc) == 0 and reading(doc) == 0 and len(calls) == 1
    doc.references = {0: []}
    assert reading(doc) == 1 and len(calls) == 2
