"""Extraction on sentences written for these tests, about people no data file knows."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from consistency.extract import extract_claims, mentions
from consistency.extract.document import Document, Found
from consistency.extract.durations import duration_claims
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.modality import attribution_of
from consistency.extract.precedents import precedent_claims
from consistency.extract.sentences import split_sentences
from consistency.ingest import ingest
from consistency.runtime import collector_paused, corpus_caches

DEMO = Path(__file__).resolve().parents[1] / "consistency" / "demo_corpus"


def _meetings(body: str) -> list[Found]:
    """The meeting claims of a body, with the meetings' lengths."""
    doc = Document.from_body(body)
    return [*meeting_claims(doc), *duration_claims(doc)]


def test_sentences_keep_spans_and_skip_abbreviations() -> None:
    """Sentence spans index the body, and "U.S." or "Mr." end no sentence."""
    body = "The U.S. envoy met Mr. Varga. “This is good.” Renn said.\nA new line here!"
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "The U.S. envoy met Mr. Varga.",
        "“This is good.”",
        "Renn said.",
        "A new line here!",
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_titled_names_and_surnames_link_within_the_article() -> None:
    """A full name after a title is a person; the surname alone later links to it."""
    body = (
        "Norland's Foreign Minister Ilse Varga arrived in Kestria on Sunday.\n"
        "Varga on Monday met President Tomas Renn for two hours."
    )
    claims = _meetings(body)
    subjects = {c.subject for c in claims}
    assert subjects == {("Ilse Varga", "Tomas Renn")}
    date = next(c for c in claims if c.fact == "meeting.date")
    assert date.value_text == "on Monday"
    assert date.tense == "past"
    duration = next(c for c in claims if c.fact == "meeting.duration")
    assert duration.value_text == "two hours"


def test_relative_clause_keeps_each_meeting_its_own_day() -> None:
    """A, who met B on Sunday, and also met C: B gets the Sunday, C no day."""
    body = (
        "Defence Minister Ari Lund, who met Foreign Minister Ilse Varga on Sunday, "
        "also met with President Tomas Renn during the trip."
    )
    claims = {c.subject: c.value_text for c in _meetings(body) if c.fact == "meeting.date"}
    assert claims == {("Ari Lund", "Ilse Varga"): "on Sunday", ("Ari Lund", "Tomas Renn"): ""}


def test_hedged_future_meeting() -> None:
    """A "may also meet ... later on Monday" claim is hedged and in the future."""
    body = "Foreign Minister Ilse Varga may also meet President Tomas Renn later on Monday."
    (claim,) = _meetings(body)
    assert claim.hedged
    assert claim.tense == "future"
    assert claim.value_text == "later on Monday"


def test_pronoun_subject_resolves_to_the_previous_person() -> None:
    """A pronoun subject ("she will be holding talks") comes from the sentence before."""
    body = (
        "Foreign Minister Ilse Varga landed in Kestria on Sunday.\n"
        "Her schedule shows she will be holding talks with President Tomas Renn on Tuesday."
    )
    (claim,) = _meetings(body)
    assert claim.subject == ("Ilse Varga", "Tomas Renn")
    assert claim.tense == "future"
    # Told in the future, the meeting has not happened yet: hedged until reported done.
    assert claim.hedged


def test_phone_call_is_not_a_meeting() -> None:
    """A telephone conversation yields no meeting claim."""
    body = "Foreign Minister Ilse Varga and President Tomas Renn met over the telephone on Friday."
    assert _meetings(body) == []


def test_question_is_not_a_claim() -> None:
    """A headline question claims nothing."""
    assert _meetings("Will Foreign Minister Ilse Varga meet President Tomas Renn?") == []


def test_venue_is_the_meeting_place() -> None:
    """A named venue in the meeting clause is its place."""
    body = "President Tomas Renn meets Foreign Minister Ilse Varga at the Amber Palace, Monday."
    places = [c.value_text for c in _meetings(body) if c.fact == "meeting.place"]
    assert places == ["Amber Palace"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Foreign Minister Ilse Varga is the first envoy to visit Kestria since 2019.",
            "first envoy to visit Kestria since 2019",
        ),
        (
            "Minister Ilse Varga became the highest-ranking official to visit in five years.",
            "highest-ranking official to visit in five years",
        ),
    ],
)
def test_precedents(sentence: str, value: str) -> None:
    """A precedent's value phrase runs from "first" or the rank to the year it counts from."""
    (claim,) = precedent_claims(Document.from_body(sentence))
    assert claim.subject == ("Ilse Varga",)
    assert claim.value_text == value


def test_places_and_days_are_not_people() -> None:
    """Capitalised places, venues and days are not taken for names."""
    doc = Document.from_body(
        "President Tomas Renn said the Great Hall of the People in East Asian Kestria opens Monday."
    )
    assert doc.full_names == ["Tomas Renn"]


def test_phone_call_is_a_call() -> None:
    """A and B "talked over the telephone on Friday" is a call on Friday."""
    body = (
        "Foreign Minister Ilse Varga and President Tomas Renn talked over the telephone on Friday."
    )
    (claim,) = call_claims(Document.from_body(body))
    assert (claim.fact, claim.subject, claim.value_text) == (
        "call.date",
        ("Ilse Varga", "Tomas Renn"),
        "on Friday",
    )


def test_role_reference_links_to_the_person_in_office() -> None:
    """In a 2023 article "the top US diplomat" is the data file's Secretary of State."""
    body = "The top US diplomat met the Chinese leader in the capital on Monday."
    doc = Document.from_body(body, dt.date(2023, 6, 20))
    (claim,) = meeting_claims(doc)
    assert claim.subject == ("Antony Blinken", "Xi Jinping")
    assert claim.value_text == "on Monday"


def test_role_reference_outside_the_term_links_to_nobody() -> None:
    """The same words in 2010, before the data file's term began, name nobody known."""
    body = "The top US diplomat met the Chinese leader in the capital on Monday."
    assert list(meeting_claims(Document.from_body(body, dt.date(2010, 6, 20)))) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Varga is due on Sunday, according to Norland officials.",
            "Norland officials",
        ),
        ("Varga met Renn on Monday, a government spokesperson said.", "a government spokesperson"),
        ("Kestrian state media reported that Varga met Renn on Monday.", "Kestrian state media"),
        ("Varga met Renn on Monday.", ""),
    ],
)
def test_attribution(sentence: str, source: str) -> None:
    """Who an outlet says a claim comes from is read from the sentence."""
    assert attribution_of(sentence) == source


def test_collector_is_paused_while_reading_and_restored_after() -> None:
    """Extraction pauses the garbage collector and leaves it as it found it, even on error."""
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("an article that cannot be read")
    assert gc.isenabled()


def test_extraction_forgets_its_sentence_readings_but_not_its_vocabulary() -> None:
    """After a corpus is read, the sentence caches are empty and the lexicons still loaded."""
    demo = ingest([DEMO]).articles
    extract_claims(demo)
    assert mentions._text_candidates.cache_info().currsize == 0
    assert all(cached.cache_info().currsize == 0 for cached in corpus_caches())
    assert mentions._text_candidates in corpus_caches()
    # One entry per people file read so far (tests of --people read others): kept, not cleared.
    assert mentions._known_forms.cache_info().currsize >= 1
