"""Quote and title extraction on sentences written for these tests, about invented people."""

from __future__ import annotations

import re

import pytest

from consistency.extract.document import Document, Found
from consistency.extract.quotes import quote_claims
from consistency.extract.titles import title_claims, title_parts

# Articles name their people with a title first; later paragraphs use the names alone.
CAST = (
    "Velorian Foreign Minister Marta Oskel and Trade Minister Jonas Hafreld arrived in "
    "Dunmere on Monday.\nDefence Minister Petr Havlund, President Tova Renquist and "
    "spokesperson Lise Amberg met them at the harbour.\n"
)


def _quotes(body: str) -> list[Found]:
    """Extract the quote claims of a body, checking their spans and sentences."""
    doc = Document.from_body(body)
    claims = list(quote_claims(doc))
    for claim in claims:
        # A sentence split by its attribution is claimed whole: its span holds the attribution.
        span = iter(re.findall(r"\w+", body[claim.start : claim.end]))
        assert all(word in span for word in re.findall(r"\w+", claim.value_text))
        assert body[claim.start : claim.end].startswith(claim.value_text.split(",")[0])
        assert claim.sentence in doc.sentences
        assert claim.sentence.start <= claim.start < claim.sentence.end
        assert (claim.fact, claim.hedged, claim.tense) == ("quote.text", False, "past")
    return claims


def _said(body: str) -> list[tuple[str, str]]:
    """List speaker and words of each quote claim of a body."""
    return [(c.subject[0], c.value_text) for c in _quotes(body)]


def _titles(body: str) -> list[tuple[str, str, str]]:
    """List person, title phrase and claimed text of each title claim of a body."""
    doc = Document.from_body(body)
    claims = list(title_claims(doc))
    for claim in claims:
        assert claim.fact == "role.title"
        assert claim.sentence.start <= claim.start < claim.sentence.end
    return [(c.subject[0], c.value_text, body[c.start : c.end]) for c in claims]


# --- quotes: who said it ---------------------------------------------------------------------

SPEAKER_CASES = {
    "quote_then_name_said": (
        "“We will reopen the Dunmere crossing next month,” Marta Oskel said on Tuesday.",
        "We will reopen the Dunmere crossing next month",
    ),
    "quote_then_said_name": (
        '"The harbour stays open to every ship," said Foreign Minister Marta Oskel.',
        "The harbour stays open to every ship",
    ),
    "name_said_colon": (
        'Foreign Minister Marta Oskel said: "Nobody in Veloria wants this dispute to last."',
        "Nobody in Veloria wants this dispute to last",
    ),
    "name_said_that": (
        'Marta Oskel said that "the fishing quotas will be shared fairly" from now on.',
        "the fishing quotas will be shared fairly",
    ),
    "name_added_that": (
        'Marta Oskel added that "the ferries will run again by spring."',
        "the ferries will run again by spring",
    ),
    "according_to_before": (
        'According to Marta Oskel, "the border posts will be staffed around the clock."',
        "the border posts will be staffed around the clock",
    ),
    "according_to_after": (
        '"The border posts will be staffed around the clock," according to Marta Oskel.',
        "The border posts will be staffed around the clock",
    ),
    "name_tweeted": (
        'Marta Oskel tweeted: "Grateful for a long and honest day of talks."',
        "Grateful for a long and honest day of talks",
    ),
    "told_reporters": (
        '"We have drawn the first line of a new map," Marta Oskel told reporters in Dunmere.',
        "We have drawn the first line of a new map",
    ),
    "apposition_between_name_and_verb": (
        '"The quotas are not up for discussion," Oskel, the foreign minister, said.',
        "The quotas are not up for discussion",
    ),
    "quoted_as_saying": (
        'State TV quoted Marta Oskel as saying: "The harbour will stay open to every ship."',
        "The harbour will stay open to every ship",
    ),
    "speaker_after_an_interjection": (
        "Oskel said, speaking through an interpreter in Dunmere: "
        '"The river must carry our trade, not our quarrels."',
        "The river must carry our trade, not our quarrels",
    ),
}


@pytest.mark.parametrize("case", SPEAKER_CASES, ids=list(SPEAKER_CASES))
def test_attribution_patterns(case: str) -> None:
    """Each attribution pattern names the speaker and keeps only the quoted words."""
    body, words = SPEAKER_CASES[case]
    assert _said(CAST + body) == [("Marta Oskel", words)]


def test_adding_that_after_a_reported_clause() -> None:
    """X said he hoped ... adding that "...": X's words, though another person stands between."""
    body = (
        "Tova Renquist said she hoped Marta Oskel would use the visit to "
        '"lay the groundwork for a lasting settlement" adding that '
        '"neighbours should always settle their quarrels at the table."'
    )
    assert _said(CAST + body) == [
        ("Tova Renquist", "lay the groundwork for a lasting settlement"),
        ("Tova Renquist", "neighbours should always settle their quarrels at the table"),
    ]


def test_pronoun_speaker_takes_the_antecedent() -> None:
    """A quote ending in "she added" belongs to the person of the sentence before."""
    body = CAST + (
        "Oskel spent the evening at the Velorian embassy in Dunmere.\n"
        '"Our talks were long but they were useful," she added.'
    )
    assert _said(body) == [("Marta Oskel", "Our talks were long but they were useful")]


def test_pronoun_prefers_the_latest_speaker_to_a_name_in_passing() -> None:
    """A "he added" goes on from the last speaker, not a person only named in passing."""
    body = CAST + (
        'Petr Havlund said the visit was "a chance to talk about the next steps" with '
        "Tova Renquist.\n"
        '"President Lise Amberg asked me to come because the quarrel has gone on too long," '
        "he added."
    )
    said = _said(body)
    assert [speaker for speaker, _ in said] == ["Petr Havlund", "Petr Havlund"]


def test_speaker_is_the_person_who_quotes_another() -> None:
    """A quote that reports someone else's words belongs to the person quoting them."""
    body = CAST + (
        '"President Tova Renquist said the port must stay open to every ship," Lise Amberg tweeted.'
    )
    assert _said(body) == [
        ("Lise Amberg", "President Tova Renquist said the port must stay open to every ship")
    ]


def test_relative_clause_speaker() -> None:
    """In "Y met X, who said: '...'" the words are X's."""
    body = CAST + 'Oskel met Havlund, who said: "The patrol boats will stay in port for now."'
    assert _said(body) == [("Petr Havlund", "The patrol boats will stay in port for now")]


def test_quote_split_by_its_attribution() -> None:
    """One sentence of X's, "'A,' X said, 'and B.'": one claim of both pieces."""
    body = CAST + '"We will ship the grain first," Hafreld said, "and the timber after that."'
    assert _said(body) == [
        ("Jonas Hafreld", "We will ship the grain first, and the timber after that"),
    ]


def test_organisation_after_the_quote_wins_over_a_person_before() -> None:
    """In "X said ... '...,' the ministry added" the words are the ministry's, so no claim."""
    body = (
        CAST + 'Oskel said the talks went well and "the deal is close to done," the ministry added.'
    )
    assert _said(body) == []


def test_quoted_question_is_kept() -> None:
    """A question the speaker asked is a quote; only the article's own questions are skipped."""
    body = CAST + '"Why should the fishing towns wait any longer?" Hafreld asked.'
    assert _said(body) == [("Jonas Hafreld", "Why should the fishing towns wait any longer?")]


# --- quotes: sentences, continuations, quotation marks --------------------------------------


def test_multi_sentence_quote_gives_one_claim_per_sentence() -> None:
    """A quotation of two sentences gives two claims, each with its own span."""
    body = CAST + ('"The first round went well. We expect a second round soon," Marta Oskel said.')
    claims = _quotes(body)
    assert [c.value_text for c in claims] == [
        "The first round went well",
        "We expect a second round soon",
    ]
    assert claims[0].sentence != claims[1].sentence
    assert body[claims[1].start - 1] == " "


def test_quote_after_an_attributed_one_in_the_same_paragraph() -> None:
    """In "'A,' X said. 'B. C.'" B and C are X's words as well."""
    body = CAST + (
        "“We came to listen to the fishing towns,” Jonas Hafreld said. "
        "“They have waited long enough. Now it is their turn.”"
    )
    assert _said(body) == [
        ("Jonas Hafreld", "We came to listen to the fishing towns"),
        ("Jonas Hafreld", "They have waited long enough"),
        ("Jonas Hafreld", "Now it is their turn"),
    ]


def test_paragraph_of_its_own_continues_the_previous_speaker() -> None:
    """A quotation alone in the paragraph after an attributed one goes on with its speaker."""
    body = CAST + (
        '"We signed what we could sign this week," Jonas Hafreld said.\n'
        '"The rest will need another round of talks in the autumn."\n'
        '"Nobody should expect miracles from a single visit."'
    )
    assert [speaker for speaker, _ in _said(body)] == ["Jonas Hafreld"] * 3


def test_no_continuation_across_a_paragraph_without_a_quote() -> None:
    """A narrative paragraph in between ends the run of the previous speaker."""
    body = CAST + (
        '"We signed what we could sign this week," Jonas Hafreld said.\n'
        "The delegations then left for the harbour.\n"
        '"The rest will need another round of talks in the autumn."'
    )
    assert [speaker for speaker, _ in _said(body)] == ["Jonas Hafreld"]


def test_no_continuation_when_someone_else_is_named_between() -> None:
    """In "'A,' X said. Y nodded. 'B.'" B is not given to X."""
    body = CAST + (
        '"We signed what we could sign this week," Jonas Hafreld said. '
        'Marta Oskel smiled at that. "The rest will need another round of talks."'
    )
    assert [speaker for speaker, _ in _said(body)] == ["Jonas Hafreld"]


def test_unclosed_quote_takes_the_speaker_of_the_next_paragraph() -> None:
    """Wire style: a quotation left open at a paragraph's end goes on in the next one."""
    body = CAST + (
        '"The ferries will run again in May. The timetable is ready.\n'
        '"Only the insurance still has to be settled," Jonas Hafreld said.'
    )
    assert _said(body) == [
        ("Jonas Hafreld", "The ferries will run again in May"),
        ("Jonas Hafreld", "The timetable is ready"),
        ("Jonas Hafreld", "Only the insurance still has to be settled"),
    ]


def test_apostrophes_inside_quotes() -> None:
    """It’s, don’t and Veloria’s do not close a quotation; curly single quotes do."""
    body = CAST + (
        "“It’s time we stopped talking and started building Veloria’s ports,” "
        "Marta Oskel said.\n‘We don’t accept the terms of this deal,’ Havlund said."
    )
    assert _said(body) == [
        ("Marta Oskel", "It’s time we stopped talking and started building Veloria’s ports"),
        ("Petr Havlund", "We don’t accept the terms of this deal"),
    ]


def test_straight_quotes_with_apostrophes() -> None:
    """Straight double quotes pair up around words with straight apostrophes."""
    body = CAST + "\"We won't sign a deal that isn't fair to the towns,\" Petr Havlund said."
    assert _said(body) == [("Petr Havlund", "We won't sign a deal that isn't fair to the towns")]


def test_straight_single_quotes_as_british_pages_print_them() -> None:
    """'...' quotes a speaker; an apostrophe inside ("hasn't") or a plural's does not close it."""
    body = CAST + (
        "Shaking hands as she left, Marta Oskel said: 'Change is coming that hasn't come in "
        "years. And the leaders' ports will drive it together.'\n"
    )
    assert _said(body) == [
        ("Marta Oskel", "Change is coming that hasn't come in years"),
        ("Marta Oskel", "And the leaders' ports will drive it together"),
    ]


def test_apostrophes_alone_open_no_quotation() -> None:
    """Possessives and contractions in straight quotes make no quotation."""
    body = CAST + "The ministers' talks ended late. Jonas Hafreld said it wasn't over."
    assert _quotes(body) == []


def test_a_quotation_sentence_after_its_speaker_said_so() -> None:
    """A sentence that is all quotation belongs to whoever said so in the sentence before."""
    body = CAST + (
        "Marta Oskel said the two sides would look for common ground. "
        '"It is always better to talk in person."'
    )
    assert _said(body) == [("Marta Oskel", "It is always better to talk in person")]


def test_a_quotation_sentence_after_an_organisation_said_so_has_no_speaker() -> None:
    """The ministry, not a person, said the sentence before: the quotation is nobody's."""
    body = CAST + (
        "The ministry said the two sides would look for common ground. "
        '"It is always better to talk in person."'
    )
    assert _said(body) == []


def test_a_second_verb_of_the_same_subject_says_the_quotation() -> None:
    """'X spoke of ... and said:' is X's, not the person named in the sentence's first clause."""
    body = CAST + (
        "Opening the talks, Petr Havlund hoped for a quick deal, while Marta Oskel spoke of "
        '"two old friends" and said: "It is always better to talk in person."'
    )
    assert _said(body) == [("Marta Oskel", "It is always better to talk in person")]


FRAGMENTS = {
    "fragment_after_said_that": (
        'Marta Oskel said that closing the border again was "not an option".',
        ("Marta Oskel", "not an option"),
    ),
    "fragment_then_pronoun_said": (
        "Petr Havlund arrived late. Shutting the ferries was 'out of the question', he said, "
        "and the talks went on.",
        ("Petr Havlund", "out of the question"),
    ),
    "fragment_at_the_end": (
        "Speaking through an interpreter, Tova Renquist told reporters the talks had been "
        '"frank and useful."',
        ("Tova Renquist", "frank and useful"),
    ),
    "fragment_after_admitted": (
        "Lise Amberg met the fishermen. She admitted to being 'a little worried' about the quotas.",
        ("Lise Amberg", "a little worried"),
    ),
}


@pytest.mark.parametrize("case", FRAGMENTS, ids=list(FRAGMENTS))
def test_short_fragment_in_a_speech_frame_is_a_quote(case: str) -> None:
    """Two or three quoted words that a speech verb gives to a person are that person's quote."""
    body, said = FRAGMENTS[case]
    assert _said(CAST + body) == [said]


# --- quotes: what is skipped ----------------------------------------------------------------

SKIPPED_QUOTES = {
    "scare_quotes": 'Marta Oskel called the plan "a good start" on Monday.',
    "two_word_label": 'Marta Oskel said the "Harbour Accord" would be signed in May.',
    "fragment_without_speech_verb": 'Oskel praised the "good neighbours" of the coast on Monday.',
    "one_word": 'Marta Oskel said the deal was a "win-win" for both countries.',
    "fragment_negated_outside_its_marks": (
        'Marta Oskel said the new harbour was not "a threat" to the fishermen.'
    ),
    "fragment_after_a_contraction": "Oskel said Kestria's navy wasn't 'a real danger' to them.",
    "fragment_in_a_clause_of_the_writer": (
        "Marta Oskel told Petr Havlund that the talks would go on, after the two had paraded "
        "their 'old friendship' at the harbour."
    ),
    "fragment_after_an_aside": (
        'As the analyst Ivo Brask noted, Havlund also praised Oskel as a "seasoned negotiator".'
    ),
    "a_short_question": 'Tova Renquist said they looked at each other and thought, "So, now what?"',
    "fragment_far_before_the_verb": (
        'Oskel called it "a good start" and hours later Petr Havlund said talks would resume.'
    ),
    "no_person_speaker": '"The talks will continue next week in Dunmere," the ministry said.',
    "unattributed": '"The talks will continue next week in Dunmere."',
    "headline": 'Oskel: "We will never give up the harbour at Dunmere"',
    "question": 'Did Marta Oskel really say "the border will never reopen again"?',
    "a_speaker_in_passing": (
        "Marta Oskel met Petr Havlund, during the trip and said nothing; "
        '"the time for delays is over now," a guard shouted.'
    ),
}


@pytest.mark.parametrize("case", SKIPPED_QUOTES, ids=list(SKIPPED_QUOTES))
def test_skipped_quotes(case: str) -> None:
    """Scare quotes, quotes without a person speaker, headlines and questions claim nothing."""
    assert _quotes(CAST + SKIPPED_QUOTES[case]) == []


# --- titles ----------------------------------------------------------------------------------

TITLE_CASES = {
    "nationality_adjective": (
        "Velorian Foreign Minister Marta Oskel arrived in Dunmere on Monday.",
        ("Marta Oskel", "Velorian Foreign Minister", "Velorian Foreign Minister Marta Oskel"),
    ),
    "possessive_and_comma": (
        "Veloria’s top diplomat, Marta Oskel, arrived in Dunmere on Monday.",
        ("Marta Oskel", "Veloria’s top diplomat", "Veloria’s top diplomat, Marta Oskel"),
    ),
    "former": (
        "She travelled with former Trade Minister Jonas Hafreld.",
        ("Jonas Hafreld", "former Trade Minister", "former Trade Minister Jonas Hafreld"),
    ),
    "then": (
        "Lise Amberg said she kept the pen.\nIt was signed by then-President Lise Amberg in 2009.",
        ("Lise Amberg", "then-President", "then-President Lise Amberg"),
    ),
    "long_title_with_of": (
        "She met Director of the Office of the National Security Commission Petr Havlund.",
        (
            "Petr Havlund",
            "Director of the Office of the National Security Commission",
            "Director of the Office of the National Security Commission Petr Havlund",
        ),
    ),
    "country_after_the_name": (
        "She met President Tova Renquist of Ostmark on Tuesday.",
        ("Tova Renquist", "President of Ostmark", "President Tova Renquist of Ostmark"),
    ),
    "apposition_after_the_name": (
        "Jonas Hafreld said on Monday that Jonas Hafreld, the trade minister, was tired.",
        ("Jonas Hafreld", "trade minister", "Jonas Hafreld, the trade minister"),
    ),
    "apposition_at_the_end": (
        "Jonas Hafreld said talks were led by Jonas Hafreld, Veloria's trade minister.",
        ("Jonas Hafreld", "Veloria's trade minister", "Jonas Hafreld, Veloria's trade minister"),
    ),
    "honorific_then_apposition": (
        "Jonas Hafreld said on Monday that Dr. Jonas Hafreld, the trade minister, was tired.",
        ("Jonas Hafreld", "trade minister", "Jonas Hafreld, the trade minister"),
    ),
    "abbreviated_title": (
        "Sen. Lise Amberg said the vote was close.",
        ("Lise Amberg", "Sen.", "Sen. Lise Amberg"),
    ),
    "acting": (
        "Lise Amberg said she kept the pen.\nShe met acting President Tova Renquist.",
        ("Tova Renquist", "acting President", "acting President Tova Renquist"),
    ),
    "coordinated_title": (
        "She met former Foreign Minister and National Security Office Director Petr Havlund.",
        (
            "Petr Havlund",
            "former Foreign Minister and National Security Office Director",
            "former Foreign Minister and National Security Office Director Petr Havlund",
        ),
    ),
    "lower_case_title": (
        "Ostmark's chief envoy Tova Renquist left early.",
        ("Tova Renquist", "Ostmark's chief envoy", "Ostmark's chief envoy Tova Renquist"),
    ),
}


@pytest.mark.parametrize("case", TITLE_CASES, ids=list(TITLE_CASES))
def test_title_patterns(case: str) -> None:
    """Each way of giving a title yields one claim with the phrase as written."""
    body, expected = TITLE_CASES[case]
    assert _titles(body) == [expected]


def test_each_of_two_titled_people_gets_only_their_title() -> None:
    """In "A and President B" the "and" and A's name stay out of B's title."""
    body = "Foreign Minister Marta Oskel and President Tova Renquist met in Dunmere."
    assert _titles(body) == [
        ("Marta Oskel", "Foreign Minister", "Foreign Minister Marta Oskel"),
        ("Tova Renquist", "President", "President Tova Renquist"),
    ]


def test_later_surname_links_to_the_full_name() -> None:
    """A later "Minister Hafreld" is about the Jonas Hafreld named before."""
    body = "Jonas Hafreld said on Monday he would stay.\nTrade Minister Hafreld met the unions."
    assert _titles(body) == [("Jonas Hafreld", "Trade Minister", "Trade Minister Hafreld")]


SKIPPED_TITLES = {
    "mister": "Mr. Hafreld arrived on Monday with Jonas Hafreld.",
    "doctor": "Dr. Lise Amberg treated the crew.",
    "relative_clause": "Marta Oskel, who arrived on Monday, met the mayor's staff.",
    "no_title_word": "Marta Oskel, Petr Havlund and Jonas Hafreld signed the letter.",
}


@pytest.mark.parametrize("case", SKIPPED_TITLES, ids=list(SKIPPED_TITLES))
def test_no_title(case: str) -> None:
    """Bare honorifics and names without a title word give no title claim."""
    assert _titles(SKIPPED_TITLES[case]) == []


@pytest.mark.parametrize(
    ("phrase", "parts"),
    [
        (
            "former Velorian Foreign Minister and Central Maritime Office Director",
            [("foreign minister", True), ("central maritime office director", False)],
        ),
        ("Veloria's top diplomat", [("top diplomat", False)]),
        ("Veloria’s Foreign Minister", [("foreign minister", False)]),
        ("Velorian Foreign Minister", [("foreign minister", False)]),
        ("Veloria Foreign Minister", [("foreign minister", False)]),
        ("Ostmark Police Minister", [("police minister", False)]),
        ("US Secretary of State", [("secretary of state", False)]),
        ("former Trade Minister", [("trade minister", True)]),
        ("then-President", [("president", True)]),
        ("ex-minister", [("minister", True)]),
        ("the trade minister", [("trade minister", False)]),
        ("acting President", [("acting president", False)]),
        ("Sen.", [("sen.", False)]),
        ("President of Ostmark", [("president", False)]),
        ("Minister of Trade and Industry", [("minister of trade and industry", False)]),
        (
            "Director of the Office of the National Security Commission",
            [("director of office of national security commission", False)],
        ),
    ],
)
def test_title_parts(phrase: str, parts: list[tuple[str, bool]]) -> None:
    """A title phrase splits into base titles with a former flag."""
    assert title_parts(phrase) == parts


@pytest.mark.parametrize(
    ("sentence", "person", "title"),
    [
        (
            "Norland's ambassador to Kestria, Ivo Brask, said so.",
            "Ivo Brask",
            "Norland's ambassador to Kestria",
        ),
        (
            "Velm's envoy to the United Nations, Mr Ivo Brask, was recalled.",
            "Ivo Brask",
            "Velm's envoy to the United Nations",
        ),
    ],
)
def test_a_title_with_its_scope_in_apposition(sentence: str, person: str, title: str) -> None:
    """A title, its scope ("to Kestria", "for trade, ..."), a comma, then the name."""
    claims = [(c.subject, c.value_text) for c in title_claims(Document.from_body(sentence))]
    assert claims == [((person,), title)]


def test_a_scope_names_no_person() -> None:
    """In "the ambassador to Kestria, flew", Kestria is the scope, not a person."""
    doc = Document.from_body("Ivo Brask, the Norlandic ambassador to Kestria, flew home in May.")
    assert [m.name for m in doc.mentions[0]] == ["Ivo Brask"]


def test_a_plural_title_before_a_list_of_names_titles_each() -> None:
    """The words "deputy prime ministers A, B and C" give each of them the title."""
    doc = Document.from_body(
        "Present were deputy prime ministers Oda Renk, Ivo Brask and Per Sollen."
    )
    titled = {c.subject[0]: c.value_text for c in title_claims(doc)}
    assert set(titled) == {"Oda Renk", "Ivo Brask", "Per Sollen"}


# --- quotes: a statement the article quotes twice ---------------------------------------------

REPEATS = {
    "fragment_first_then_the_whole_by_a_description": (
        "Tova Renquist told Petr Havlund that 'the tide is turning' as she left the harbour. "
        "At the pier, the Velorian president said: 'The tide is turning for both our peoples.'",
        [
            ("Tova Renquist", "the tide is turning"),
            ("Tova Renquist", "The tide is turning for both our peoples"),
        ],
    ),
    "whole_first_then_a_fragment_by_a_description": (
        '"We will rebuild every bridge on the river," Jonas Hafreld told the crowd in Dunmere. '
        'Later the trade minister said the town would see "every bridge on the river" rebuilt.',
        [
            ("Jonas Hafreld", "We will rebuild every bridge on the river"),
            ("Jonas Hafreld", "every bridge on the river"),
        ],
    ),
}


@pytest.mark.parametrize("case", REPEATS, ids=list(REPEATS))
def test_a_repeated_statement_said_by_a_description_takes_the_named_speaker(case: str) -> None:
    """An article naming a statement's speaker once gives them its other quoting too."""
    body, said = REPEATS[case]
    assert _said(body) == said


def test_a_description_quote_matching_no_attributed_quote_has_no_speaker() -> None:
    """The description is not guessed at when the article quotes nothing like it elsewhere."""
    body = (
        "Tova Renquist told Petr Havlund that 'the tide is turning' as she left the harbour. "
        "At the pier, the Velorian president said: 'Our fishermen deserve a fair share.'"
    )
    assert _said(body) == [("Tova Renquist", "the tide is turning")]


def test_a_repeat_of_two_speakers_words_is_not_guessed() -> None:
    """Two people said the words: the described speaker could be either of them."""
    body = (
        "Tova Renquist said the talks had been 'long but useful' on Monday. Petr Havlund "
        "said they were 'long but useful' in his speech. Later the Velorian minister said: "
        "'The talks were long but useful for everyone.'"
    )
    assert [speaker for speaker, _ in _said(body)] == ["Tova Renquist", "Petr Havlund"]


def test_an_organisation_repeating_a_quote_is_not_its_speaker() -> None:
    """'The ministry said' names no person, whoever said the words before."""
    body = (
        "Tova Renquist told Petr Havlund that 'the tide is turning' as she left the harbour. "
        "The ministry said in a statement: 'The tide is turning for both our peoples.'"
    )
    assert _said(body) == [("Tova Renquist", "the tide is turning")]


# --- quotes: a speaker named only by a description --------------------------------------------

PAIR = (
    "Velorian President Tova Renquist met Norlish Prime Minister Ivo Brask in Dunmere on "
    "Monday.\nBrask spoke first about the fishing quotas.\n"
)


def test_a_described_speaker_is_the_one_person_the_article_titles_so() -> None:
    """'the Velorian president said' is the one person the article calls Velorian president."""
    body = PAIR + 'Later the Velorian president said: "The border must stay open to trade."'
    assert _said(body) == [("Tova Renquist", "The border must stay open to trade")]


def test_a_pronoun_after_a_described_subject_is_that_person() -> None:
    """'The Norlish leader, for his part, said ... He also remarked' is the Norlish leader."""
    body = PAIR + (
        "Renquist then spoke of the ferries.\n"
        "The Norlish leader, for his part, said he wanted a quick deal. He also remarked that "
        '"nobody gains from a long quarrel over fish."'
    )
    assert _said(body) == [("Ivo Brask", "nobody gains from a long quarrel over fish")]


def test_a_description_two_people_fit_names_no_speaker() -> None:
    """Two Velorian ministers: 'the Velorian minister said' could be either."""
    body = (
        "Velorian Foreign Minister Marta Oskel and Velorian Trade Minister Jonas Hafreld met "
        "Ivo Brask.\n"
        'The Velorian minister said: "The border must stay open to trade."'
    )
    assert _said(body) == []


def test_a_description_after_the_verb_is_the_speaker() -> None:
    """'"...," said the Velorian foreign minister' is the one person the article titles so."""
    body = CAST + '"The harbour stays open to every ship," said the Velorian foreign minister.'
    assert _said(body) == [("Marta Oskel", "The harbour stays open to every ship")]


def test_a_description_after_the_verb_that_fits_no_one() -> None:
    """A delegation, or a title no one of the article holds, names no speaker."""
    body = (
        CAST + '"The harbour stays open to every ship," said the Velorian delegation.\n'
        '"The fleet will sail in May," said the Velorian interior minister.'
    )
    assert _said(body) == []
