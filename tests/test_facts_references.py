"""References that name no one ("his Norlandic counterpart", "the two ministers"), and talks."""

from __future__ import annotations

import datetime as dt

from consistency.extract.document import Document, Found
from consistency.extract.durations import duration_claims
from consistency.extract.interactions import call_claims, meeting_claims
from consistency.extract.parties import named_alone
from consistency.extract.references import reference_mentions

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)


def _doc(body: str) -> Document:
    """A prepared document whose references are linked, as extract_claims links them."""
    doc = Document.from_body(body, PUBLISHED)
    doc.references = reference_mentions(doc)
    return doc


def _claims(body: str, fact: str) -> list[Found]:
    """The claims of one fact in a body, meetings and calls together."""
    doc = _doc(body)
    found = (*meeting_claims(doc), *duration_claims(doc), *call_claims(doc))
    return [c for c in found if c.fact == fact]


def test_nationality_counterpart_is_the_one_person_of_that_nation() -> None:
    """A "his Norlandic counterpart" is the one Norlandic office holder the article names."""
    body = (
        "Trade Minister Ivo Brask held a video call with his Norlandic counterpart on Monday. "
        "Brask and Norlandic Trade Minister Lena Holt spoke about tariffs."
    )
    (claim,) = _claims(body, "call.date")
    assert claim.subject == ("Ivo Brask", "Lena Holt")
    assert claim.value_text == "on Monday"


def test_nationality_counterpart_with_two_candidates_links_no_one() -> None:
    """Two people of the nation hold the office: no person is linked; the nation's party is.

    (extract/offices.py: the counterpart holds the owner's office, so of a trade minister and
    a prime minister the trade minister would be meant; two trade ministers leave Norland.)
    """
    body = (
        "Trade Minister Ivo Brask held a video call with his Norlandic counterpart on Monday. "
        "Norlandic Trade Minister Lena Holt and Norlandic Deputy Trade Minister Kai Vorn were "
        "absent."
    )
    assert [named_alone(c.subject) for c in _claims(body, "call.date")] == [
        ("Ivo Brask", "Norlandic")
    ]


def test_a_counterpart_holds_the_owner_s_office() -> None:
    """A trade minister's Norlandic counterpart is Norland's trade minister, not its premier."""
    body = (
        "Trade Minister Ivo Brask held a video call with his Norlandic counterpart on Monday. "
        "Norlandic Trade Minister Lena Holt and Norlandic Prime Minister Kai Vorn were absent."
    )
    assert [c.subject for c in _claims(body, "call.date")] == [("Ivo Brask", "Lena Holt")]


def test_bare_counterpart_needs_one_holder_of_the_same_office() -> None:
    """A "her counterpart" is the one other person with the subject's office."""
    body = (
        "Finance Minister Oda Renk met her counterpart on Friday. "
        "Finance Minister Per Sollen later spoke to reporters alongside Mayor Ana Vik."
    )
    (claim,) = _claims(body, "meeting.date")
    assert claim.subject == ("Oda Renk", "Per Sollen")


def test_the_two_ministers_are_the_two_named_ministers() -> None:
    """The words "the two ministers" mean the two named ministers; "last month" dates it."""
    body = (
        "Foreign Minister Ivo Brask spoke to Norlandic Foreign Minister Lena Holt by phone. "
        "The two ministers met briefly last month at a summit."
    )
    claims = _claims(body, "meeting.date")
    assert [(c.subject, c.value_text) for c in claims] == [
        (("Ivo Brask", "Lena Holt"), "last month")
    ]


def test_the_two_ministers_with_three_named_links_no_one() -> None:
    """Three ministers named: "the two ministers" could be any pair."""
    body = (
        "Foreign Minister Ivo Brask, Trade Minister Oda Renk and Defence Minister Per Sollen "
        "spoke. The two ministers met briefly last month at a summit."
    )
    assert _claims(body, "meeting.date") == []


def test_talks_with_someone_in_a_city_give_the_place() -> None:
    """Holding "talks with X in Y" places the meeting in Y; a month after "in" is no place."""
    body = "Envoy Ivo Brask held three hours of talks with Prime Minister Lena Holt in Dunmere."
    places = _claims(body, "meeting.place")
    assert [(c.subject, c.value_text) for c in places] == [(("Ivo Brask", "Lena Holt"), "Dunmere")]
    body = "Envoy Ivo Brask held talks with Prime Minister Lena Holt in March."
    assert _claims(body, "meeting.place") == []


def test_the_talks_with_someone_go_back_to_the_meeting_told_before() -> None:
    """A "the talks with X lasted" names only X: the other side is who met X before."""
    body = (
        "Ivo Brask met Prime Minister Lena Holt on Tuesday. "
        "The talks with Holt, held at her office, lasted four hours."
    )
    durations = _claims(body, "meeting.duration")
    assert [(c.subject, c.value_text) for c in durations] == [
        (("Ivo Brask", "Lena Holt"), "four hours")
    ]


def _referred(body: str) -> dict[str, list[str]]:
    """Each reference's text and the people it was linked to."""
    doc = _doc(body)
    found: dict[str, list[str]] = {}
    for mentions in doc.references.values():
        for m in mentions:
            found.setdefault(doc.body[m.start : m.end], []).append(m.name)
    return found


def test_the_two_leaders_are_the_pair_just_named() -> None:
    """The words "the two leaders" and "the two" mean the two people just named."""
    body = (
        "President Ilse Varga hosted Prime Minister Lars Brekke in Velm on Monday. "
        "Security was tight. The two leaders then held talks for three hours. "
        "Afterwards the two smiled for cameras."
    )
    refs = _referred(body)
    assert sorted(refs["The two leaders"]) == ["Ilse Varga", "Lars Brekke"]
    assert sorted(refs["the two"]) == ["Ilse Varga", "Lars Brekke"]
    (claim,) = _claims(body, "meeting.duration")
    assert claim.subject == ("Ilse Varga", "Lars Brekke")


def test_the_pair_is_the_two_named_together_most_often() -> None:
    """Among three people named just before, "the pair" is the two the article names together."""
    body = (
        "President Ilse Varga met Prime Minister Lars Brekke in Velm. "
        "Varga and Brekke discussed trade. "
        "Mayor Oda Renk welcomed Varga and Brekke at the airport. "
        "The pair later dined at the palace."
    )
    assert sorted(_referred(body)["The pair"]) == ["Ilse Varga", "Lars Brekke"]


def test_they_needs_two_people_just_before_and_not_in_a_quote() -> None:
    """A "they" is the pair of the sentence before; far away, or inside a quotation, no one."""
    near = "Ilse Varga and Lars Brekke met in Velm on Monday. They talked for three hours."
    assert sorted(_referred(near)["They"]) == ["Ilse Varga", "Lars Brekke"]
    far = (
        "Ilse Varga and Lars Brekke met in Velm. Crowds gathered. Roads were shut. "
        "They talked for three hours."
    )
    assert "They" not in _referred(far)
    quoted = 'Ilse Varga met Lars Brekke in Velm. Varga said: "They want peace."'
    assert "They" not in _referred(quoted)


def test_the_pair_after_aides_never_named_together_is_the_articles_pair() -> None:
    """A "the pair" after aides never named together is the article's pair, and so is "they"."""
    body = (
        "President Ilse Varga met Prime Minister Lars Brekke in Velm on Monday. "
        "Varga and Brekke discussed trade. "
        "Varga sat between Finance Minister Oda Renk and Trade Minister Piet Sandal. "
        "This is the pair's fourth meeting, but only the second time they have met in Velm."
    )
    refs = _referred(body)
    assert sorted(refs["the pair"]) == ["Ilse Varga", "Lars Brekke"]
    assert sorted(refs["they"]) == ["Ilse Varga", "Lars Brekke"]
    in_the_next = body + " On two earlier occasions they spoke by phone."
    assert sorted(set(_referred(in_the_next)["they"])) == ["Ilse Varga", "Lars Brekke"]


def test_the_pair_with_no_pair_in_the_article_is_no_one() -> None:
    """With no two people named together twice, "the pair" among strangers means no one."""
    body = (
        "Finance Minister Oda Renk met reporters. Trade Minister Piet Sandal was away. "
        "The pair later dined at the palace."
    )
    assert "The pair" not in _referred(body)


def test_the_two_countries_refer_to_no_one() -> None:
    """The words "the two countries" mean nations, not the two people."""
    body = "Ilse Varga met Lars Brekke in Velm. Trade between the two countries fell."
    assert _referred(body) == {}


def test_a_description_is_the_one_person_of_that_nation_and_title() -> None:
    """Each of "the Norlandic leader", "Norland's top diplomat", "the Swiss president" is one."""
    body = (
        "Norlandic President Ilse Varga met Swiss President Lars Brekke in Velm. "
        "Norland's top diplomat Ari Lund was absent. "
        "The Norlandic leader later flew home. "
        "The Swiss president said the talks went well. "
        "Norland's top diplomat spoke to reporters."
    )
    refs = _referred(body)
    assert refs["The Norlandic leader"] == ["Ilse Varga"]
    assert refs["The Swiss president"] == ["Lars Brekke"]
    assert refs["Norland's top diplomat"] == ["Ari Lund"]


def test_a_description_two_people_fit_is_no_one() -> None:
    """Two Norlandic ministers: "the Norlandic minister" is ambiguous and links no one."""
    body = (
        "Norlandic Trade Minister Ivo Brask and Norlandic Finance Minister Oda Renk met "
        "Lars Brekke. The Norlandic minister spoke first."
    )
    assert "The Norlandic minister" not in _referred(body)


def test_a_denied_or_undated_planned_meeting_gives_no_date_claim() -> None:
    """A "had not met since" denies a meeting; "would meet again" on no day says nothing."""
    denied = "Ilse Varga and Lars Brekke had not met since their talks in Velm in May 2029."
    assert _claims(denied, "meeting.date") == []
    planned = "Ilse Varga and Lars Brekke said they would meet again."
    assert _claims(planned, "meeting.date") == []
    met = "Ilse Varga and Lars Brekke met in Velm on Friday."
    (claim,) = _claims(met, "meeting.date")
    assert claim.value_text == "on Friday"


def test_a_description_in_apposition_or_of_a_scope_is_no_reference() -> None:
    """A "X, the Kestrian envoy," titles X; an envoy to Kestria is no Kestrian envoy."""
    body = (
        "Norland's ambassador to Kestria, Ivo Brask, was recalled. "
        "Lars Brekke, the Kestrian ambassador to Norland, flew home. "
        "The Kestrian ambassador later spoke."
    )
    refs = _referred(body)
    assert "the Kestrian ambassador" not in refs
    assert refs.get("The Kestrian ambassador") != ["Ivo Brask"]
