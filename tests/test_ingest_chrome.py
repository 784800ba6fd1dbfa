"""Page chrome on small invented pages: what is blanked, what is kept, where offsets point."""

from __future__ import annotations

import pytest

from consistency.ingest.chrome import read_layout
from consistency.ingest.chrome_rules import chrome_rules, known_outlets, outlets_from
from consistency.ingest.metadata import page_day
from consistency.ingest.outlets import page_outlet
from consistency.ingest.printed_dates import find_dates, first_day

PROSE = "The town council met on Tuesday to discuss the new harbour wall and its cost."
TITLE = "Harbour wall plan goes to a vote"
OTHER = "Work on the wall is expected to take two years, the engineer told the council."


def page(*lines: str) -> str:
    """Join `lines` into a page, one per line."""
    return "\n".join(lines) + "\n"


def kept(text: str, phrase: str) -> bool:
    """Tell whether `phrase` is in the body of `text` at its own offset."""
    at = text.index(phrase)
    return read_layout(text).body[at : at + len(phrase)] == phrase


def blanked(text: str, phrase: str) -> bool:
    """Tell whether `phrase` is blanked in the body of `text`."""
    at = text.index(phrase)
    return not read_layout(text).body[at : at + len(phrase)].strip()


def test_title_is_taken_and_kept_as_content() -> None:
    """The headline above the first paragraph is the title, and content: its claims count."""
    text = page("Harbour wall plan goes to a vote", "", PROSE)
    layout = read_layout(text)
    assert layout.title_text == "Harbour wall plan goes to a vote"
    assert kept(text, "Harbour wall plan goes to a vote") and kept(text, PROSE)


def test_everything_above_the_title_is_chrome() -> None:
    """Menus and labels above the headline are blanked."""
    text = page("Home", "Regions", "Coastal towns today", "", "Harbour wall plan goes to a vote")
    text += page("", "3 hours ago", "", PROSE)
    assert blanked(text, "Coastal towns today") and blanked(text, "3 hours ago")
    assert read_layout(text).title_text == "Harbour wall plan goes to a vote"


def test_title_is_above_the_byline_not_an_alt_text() -> None:
    """With a timestamp under the headline, a photo's alt text below it is not the title."""
    text = page("Harbour wall plan goes to a vote", "", "12 minutes ago", "")
    text += page("Workers stand on the old harbour wall", PROSE)
    layout = read_layout(text)
    assert layout.title_text == "Harbour wall plan goes to a vote"
    assert kept(text, "Workers stand on the old harbour wall")


def test_title_with_deck_keeps_the_deck() -> None:
    """A deck line right under the headline is kept as text; the headline is the title."""
    text = page(TITLE, "Engineers say the old wall will not last another winter", "", PROSE)
    assert read_layout(text).title_text == TITLE
    assert kept(text, "Engineers say the old wall")


def test_paragraph_without_stop_is_not_a_title() -> None:
    """A long first paragraph that lost its full stop stays text under the real headline."""
    para = " ".join(["The council met again on Tuesday"] * 5)
    text = page(TITLE, "", para, "", PROSE)
    assert read_layout(text).title_text == TITLE
    assert kept(text, para)


def test_extracted_text_has_no_header() -> None:
    """Text an extractor already cut from its page loses nothing for being above a headline."""
    text = page("Council wall plan facts", "", PROSE, "", "Key numbers", "", OTHER)
    layout = read_layout(text, header=False)
    assert layout.title is None and layout.body == text


def test_no_title_keeps_everything() -> None:
    """A page that starts with prose has no title and loses nothing."""
    text = page(PROSE, "", OTHER)
    layout = read_layout(text)
    assert layout.title is None
    assert layout.body == text


@pytest.mark.parametrize(
    "credit",
    [
        "Image: Ana Ortiz/Coast Press",
        "Photo: A. Ortiz",
        "(Pool photo via Wire)",
        "(Wire Photo/Ana)",
    ],
)
def test_photo_credit_cut_from_caption(credit: str) -> None:
    """A credit at the end of a caption is blanked, even glued to it; the caption stays."""
    caption = "Workers repair the harbour wall on a windy morning"
    glue = "" if credit[0].isalpha() else " "
    text = page("Harbour wall plan goes to a vote", "", PROSE, caption + glue + credit, OTHER)
    assert kept(text, caption) and blanked(text, credit)


def test_inline_box_then_body_resumes() -> None:
    """A box heading and its headlines are blanked; the paragraph after them is kept."""
    text = page(
        "Harbour wall plan goes to a vote",
        "",
        PROSE,
        "",
        "Related News",
        "",
        "Storm closes the coast road again",
        "",
        "Fishing quota talks stall in the capital",
        "",
        OTHER,
    )
    for chrome in ("Related News", "Storm closes", "Fishing quota"):
        assert blanked(text, chrome)
    assert kept(text, OTHER)


def test_tail_is_blanked_to_the_end() -> None:
    """Everything from a tail heading to the end of the page is blanked."""
    tail = page("Most Read", "", "Ferry fares rise for the summer", "A cat rescued from a crane.")
    text = page("Harbour wall plan goes to a vote", "", PROSE, "", OTHER, "") + tail
    layout = read_layout(text)
    assert not layout.body[text.index("Most Read") :].strip()
    assert kept(text, OTHER)


def test_tail_heading_before_the_body_is_ignored() -> None:
    """A tail heading in the menu above the first paragraph does not swallow the article."""
    text = page("Top Stories", "", "Harbour wall plan goes to a vote", "", PROSE, "", OTHER)
    assert kept(text, PROSE) and kept(text, OTHER)


@pytest.mark.parametrize(
    "line",
    [
        "5 Min Read",
        "  • 12 Shares",
        "Page 2 of 3",
        "Politics16 hours ago04:10 min",
        "SportsMarch 3, 2024",
        "Latest audioLatest videos",
        "  2. Skip to main menu",
        "https://t.example/p/9x",
        "ab/cd (Wire, Press)",
        "By Ana Ortiz",
        "Source: Agencies",
        "  • Weather",
        "All Rights Reserved",
        "BREAKING: bridge closed",
    ],
)
def test_chrome_line_in_body(line: str) -> None:
    """A chrome line between two paragraphs is blanked; the paragraphs stay."""
    text = page("Harbour wall plan goes to a vote", "", PROSE, "", line, "", OTHER)
    assert blanked(text, line.strip())
    assert kept(text, PROSE) and kept(text, OTHER)


def test_ticker_block_is_blanked() -> None:
    """The lines right under a BREAKING heading are blanked up to the next blank line."""
    text = page("BREAKING", "Storm closes the coast road", "Mayor resigns.", "")
    text += page("Harbour wall plan goes to a vote", "", PROSE)
    assert blanked(text, "Mayor resigns.") and blanked(text, "Storm closes")
    assert read_layout(text).title_text == "Harbour wall plan goes to a vote"


def test_long_bullet_caption_is_kept() -> None:
    """A bulleted line that is a sentence is text, not a menu item."""
    caption = "  • Workers repair the harbour wall on a windy morning, March 3, 2024"
    text = page("Harbour wall plan goes to a vote", "", PROSE, caption, OTHER)
    assert kept(text, caption.strip(" •"))


def test_crlf_offsets() -> None:
    """Windows line ends keep offsets and stay in the body."""
    text = page("Harbour wall plan goes to a vote", "", "3 Shares", PROSE).replace("\n", "\r\n")
    body = read_layout(text).body
    assert len(body) == len(text) and body.count("\r\n") == text.count("\r\n")
    assert kept(text, PROSE) and blanked(text, "3 Shares")


def test_date_line_is_cut_from_the_first_line() -> None:
    """A scraper's date line gives the day; what follows it on the line is read as a line."""
    text = page(" date 2024-03-05   1. Skip to content", "Harbour wall plan goes to a vote", PROSE)
    layout = read_layout(text)
    assert page_day(layout, chrome_rules()) == ("2024-03-05", "date line")
    assert blanked(text, "date 2024-03-05") and blanked(text, "Skip to content")


def test_byline_day_and_caption_fallback() -> None:
    """A dated byline is the day; without one, a caption ending with a date is a fallback."""
    with_byline = page(
        "Harbour wall plan goes to a vote", "By Ana Ortiz", "4 Mar 2024 10:15", PROSE
    )
    assert page_day(read_layout(with_byline), chrome_rules()) == ("2024-03-04", "byline")
    caption = "Workers on the harbour wall in Porto Lindo, Monday, March 4, 2024."
    with_caption = page("Harbour wall plan goes to a vote", "", caption, "", PROSE)
    assert page_day(read_layout(with_caption), chrome_rules()) == (
        "2024-03-04",
        "photo caption (inferred)",
    )
    assert page_day(read_layout(page(PROSE)), chrome_rules()) == (None, "none")


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (("1. Skip to more Coast Press sites", TITLE, PROSE), "Coast Press"),
        ((TITLE, PROSE, "", "More stories from Coast Press"), "Coast Press"),
        ((TITLE, PROSE, "", "© 2024 Coast Press. All rights reserved."), "Coast Press"),
        (("Coast Press", TITLE, "By Coast Press", PROSE, "Coast Press"), "Coast Press"),
        ((TITLE, "By Ana Ortiz", PROSE), None),
        ((TITLE, PROSE, "Copyright law changes worry the coast fishing towns"), None),
    ],
    ids=["skip-link", "more-stories", "copyright", "masthead-byline", "reporter", "body-copyright"],
)
def test_outlet_patterns(lines: tuple[str, ...], outlet: str | None) -> None:
    """The page names its outlet in its chrome; a reporter's byline or body text does not."""
    layout = read_layout(page(*lines))
    assert page_outlet(layout, chrome_rules(), outlets_from([])) == outlet


def test_known_outlet_by_domain_and_alias() -> None:
    """A known outlet's short link or alias on the page maps to its reported name."""
    entries = [{"name": "CP", "aliases": ["Coast Press"], "domains": ["coastpress.example"]}]
    known = outlets_from(entries)
    by_link = read_layout(
        page("Harbour wall plan goes to a vote", PROSE, "https://p.coastpress.example/x1")
    )
    assert page_outlet(by_link, chrome_rules(), known) == "CP"
    by_alias = read_layout(
        page("Harbour wall plan goes to a vote", PROSE, "", "More stories from Coast Press")
    )
    assert page_outlet(by_alias, chrome_rules(), known) == "CP"


def test_shipped_outlets_load() -> None:
    """The shipped outlets list maps aliases to names."""
    assert known_outlets().canonical("deutsche welle") == "DW"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19 Jun 2023 14:25", "2023-06-19"),
        ("Monday, June 19, 2023.", "2023-06-19"),
        ("Sept. 27, 2025", "2025-09-27"),
        ("SocietyJune 17, 2023", "2023-06-17"),
        ("2024-02-29", "2024-02-29"),
        ("2023-02-29", None),
        ("June 19", None),
        ("Updated 15/04/2026 06:30", "2026-04-15"),
        ("05/04/2026", "2026-04-05"),
        ("04/15/2026", "2026-04-15"),
        ("15.04.2026", "2026-04-15"),
        ("31/31/2026", None),
    ],
)
def test_dates(text: str, day: str | None) -> None:
    """Dates with a year read as ISO days; impossible or yearless dates do not."""
    assert first_day(text) == day


@pytest.mark.parametrize(
    ("text", "order"),
    [("15/04/2026", ""), ("05/04/2026", "day first"), ("04/15/2026", "month first")],
)
def test_numeric_date_says_how_it_was_read(text: str, order: str) -> None:
    """An all-numeric date is read day first, and says so when that is a guess or impossible."""
    assert [d.order for d in find_dates(text)] == [order]


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("By Ana Ortiz | 10 Apr 2026 08:47", "2026-04-10"),
        ("Published April 14, 2026 at 7:35 PM", "2026-04-14"),
        ("Tuesday 14 April 2026 16:20 local time", "2026-04-14"),
        ("Updated 15/04/2026 06:30", "2026-04-15"),
    ],
)
def test_byline_with_day_and_time(byline: str, day: str) -> None:
    """A byline with a day and time is the header, not the title, and gives the day."""
    for extra in ("Reporting by Ana Ortiz; editing by Ben Roe", "Ana Ortiz, Harbour Correspondent"):
        layout = read_layout(page(TITLE, "", extra, byline, "5 min read | Shares: 14", "", PROSE))
        assert layout.title_text == TITLE
        assert page_day(layout, chrome_rules()) == (day, "byline")
        assert layout.body[: layout.text.index(PROSE)].strip() == TITLE


def test_wire_name_under_the_headline_is_no_title() -> None:
    """A wire agency's name on its own line over the timestamp is header, not the headline."""
    text = page("Coast news", "", TITLE, "", "Harbour Wire Service", "Updated 4 Mar 2024", PROSE)
    layout = read_layout(text)
    assert layout.title_text == TITLE
    assert blanked(text, "Harbour Wire Service")


def test_longer_headlines_above_are_no_title() -> None:
    """A list of longer headlines above the article (a "Latest" box) is not its headline."""
    latest = "Ferry operator cancels forty sailings ahead of the Friday storm"
    text = page("Latest", latest, "", "Wall vote set", "", "By Ana Ortiz", "4 Mar 2024", PROSE)
    assert read_layout(text).title_text == "Wall vote set"


def test_headline_in_title_case_over_the_byline_is_kept() -> None:
    """A short headline in title case right over the byline is still the headline."""
    text = page("Wall Vote Set", "By Ana Ortiz | 4 Mar 2024 10:15", "", PROSE)
    assert read_layout(text).title_text == "Wall Vote Set"


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | World | Politics | Sport",
        "News  Politics  World  Business  Sport",
        "World > Diplomacy",
        "World / Diplomacy / Analysis",
        "Listen (6 min) · Share · 31 Shares",
        "Share on X | Share on Facebook | 4 Shares",
        "Share this article  |  214 Shares",
        "Read time: 3 minutes · 12 comments",
        "4 min read  |  214 Shares  |  38 Comments",
    ],
)
def test_menus_paths_and_counters_are_blanked(line: str) -> None:
    """Menus, section paths and share or read-time counters in the body are blanked."""
    text = page(TITLE, "", PROSE, line, OTHER)
    assert blanked(text, line) and kept(text, OTHER)


@pytest.mark.parametrize(
    ("first", "footer", "outlet"),
    [
        ("HARBOUR GAZETTE", "", "Harbour Gazette"),
        ("THE COAST OBSERVER", "Photo: The Coast Observer/Ana Ortiz", "The Coast Observer"),
        (
            "Porto Lindo Today",
            "(c) Porto Lindo Today 2024. All rights reserved.",
            "Porto Lindo Today",
        ),
        ("Porto Lindo Today", "", "Porto Lindo Today"),
    ],
    ids=["capitals-publication-word", "capitals-spelled-below", "printed-again", "above-menu"],
)
def test_first_line_masthead(first: str, footer: str, outlet: str | None) -> None:
    """A short first line in title case or capitals is the outlet when it names a publication.

    Or when the site's section menu sits right under it: a headline or a byline never does.
    """
    layout = read_layout(page(first, "Home | News | World | Sport", "", TITLE, "", PROSE, footer))
    assert page_outlet(layout, chrome_rules(), outlets_from([])) == outlet


@pytest.mark.parametrize(
    "below",
    [
        "",
        "Updated 4 March 2024",
        "Home | Contact",
        "The talks ran late | into the night, aides said",
    ],
    ids=["nothing", "a date line", "two entries", "long entries"],
)
def test_a_plain_first_line_is_no_masthead_without_a_menu(below: str) -> None:
    """A title-case first line that names no publication and is not above a menu is no outlet."""
    layout = read_layout(page("Porto Lindo Today", below, "", TITLE, "", PROSE))
    assert page_outlet(layout, chrome_rules(), outlets_from([])) is None


def test_headline_first_is_no_masthead() -> None:
    """A page that starts with its headline names no outlet by it."""
    layout = read_layout(page("Daily Ferry Times Cut", "", PROSE))
    assert page_outlet(layout, chrome_rules(), outlets_from([])) is None


def test_find_dates_offsets() -> None:
    """Found dates point at their text."""
    text = "Filed 4 Mar 2024, updated March 5, 2024."
    assert [text[d.start : d.end] for d in find_dates(text)] == ["4 Mar 2024", "March 5, 2024"]


def test_subheading_like_a_marker_is_kept() -> None:
    """Words that only look like chrome markers in a subheading stay in the body."""
    text = page(TITLE, "", PROSE, "", "Breaking the deadlock on the wall", "", OTHER)
    assert kept(text, "Breaking the deadlock on the wall")
