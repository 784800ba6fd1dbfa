"""Page structure on invented pages: lists of other stories, box headings, credits, captions."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.ingest.chrome import read_layout
from consistency.ingest.printed_dates import first_date, first_yearless, year_for

PROSE = "The port authority met on Tuesday to approve the new ferry terminal and its budget."
MORE = "Engineers expect the terminal to open in two years, the authority said in a statement."
TITLE = "Ferry terminal approved after long wait"


def page(*lines: str) -> str:
    """Join `lines` into a page, one per line."""
    return "\n".join(lines) + "\n"


def article(*tail: str) -> str:
    """A page with a headline and two paragraphs, then `tail`."""
    return page(TITLE, "", PROSE, "", MORE, "", *tail)


def blanked(text: str, phrase: str) -> bool:
    """Tell whether `phrase` is blanked in the body of `text`."""
    at = text.index(phrase)
    return not read_layout(text).body[at : at + len(phrase)].strip()


def kept(text: str, phrase: str) -> bool:
    """Tell whether `phrase` stands in the body of `text` at its own offset."""
    at = text.index(phrase)
    return read_layout(text).body[at : at + len(phrase)] == phrase


@pytest.mark.parametrize(
    "item",
    [
        "Harbour mayor Ilse Varga meets fishermen in Norrby - Jun 16, 2021",
        "- Varga and Okafor hold talks in Tallinn - November 15, 2021",
        "2. Okafor lands in Velm for three-day visit - Aug. 31, 2025",
        "Quarre and Talvane sign accord – 16 June 2024",
        "Brekke sworn in for second term - 07.05.2024",
        "Council of Sarnhold wraps up session | 12 SEP 2025",
        "Talvane arrives in Velm for forum (17 Oct 2023)",
        "Okafor critic jailed in northern prison 02/16 09:12",
        "Ferry fares rise again, operator says - 3 hours ago",
        "Grain prices close lower 35 minutes ago",
        "Okafor meets Brekke in Velm - 08:12, November 15, 2023",
        "Did Brekke just outwit Okafor at the summit? - Aug 17, 2025",
        "MORE : Okafor and Brekke set to meet again in Velm in October",
        "FERRIES ARE BACK: Operator to restart the northern line amid fuel shortage",
    ],
)
def test_a_list_entry_of_another_story_is_chrome(item: str) -> None:
    """A headline with its date, age or a label in capitals links another story: no claim."""
    text = article(item, "", "The authority will meet again next month to set the fares.")
    assert blanked(text, item)
    assert kept(text, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry terminal was first proposed on June 16, 2021.",
        "Okafor said: the terminal will open next year and fares will stay low.",
        "The minister - who arrived on Tuesday - spoke for an hour.",
    ],
)
def test_a_sentence_with_a_date_or_a_dash_stays_text(line: str) -> None:
    """Prose that ends with a date, has a colon or a dash, is no list entry."""
    text = article(line, "", "The authority will meet again next month to set the fares.")
    assert kept(text, line)


@pytest.mark.parametrize(
    "heading",
    [
        "Related posts",
        "More from The Harbour Courier",
        "More Courier headlines",
        "Most Read World",
        '"Region" POPULAR ARTICLES',
        "Trending",
        "More news",
        "Also read",
        "Articles in this story",
    ],
)
def test_a_box_heading_blanks_the_headlines_under_it(heading: str) -> None:
    """Box headings blank themselves and the headline lines under them, up to the prose."""
    headline = "Varga and Okafor hold talks in Tallinn"
    text = article(heading, headline, "", "The authority will meet again next month to set fares.")
    assert blanked(text, heading) and blanked(text, headline)
    assert kept(text, "The authority will meet again next month to set fares.")


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Ilse Varga greets Lars Brekke in Velm on May 3, 2024. (Credits AGENCY / Ana Lind)",
            "(Credits AGENCY / Ana Lind)",
        ),
        (
            "Varga greets Brekke in Velm on May 3, 2024. ANA LIND/AGENCY via Getty Images",
            "ANA LIND/AGENCY via Getty Images",
        ),
        (
            "Varga greets Brekke in Velm, Norrland, on May 3, 2024. Agency / Ana Lind / Pool",
            "Agency / Ana Lind / Pool",
        ),
    ],
)
def test_a_photo_credit_after_a_caption_is_blanked(caption: str, credit: str) -> None:
    """The photographer's and agency's names after a caption are no text of the article."""
    text = article(caption)
    assert blanked(text, credit)
    assert kept(text, caption.removesuffix(credit).strip())


def test_a_credit_glued_inside_a_line_is_blanked() -> None:
    """A credit glued to the next caption is cut out with it: the claim cannot run into it."""
    line = (
        "Varga leaves the hall (Picture: Ana Lind/Agency via Getty Images)The two toast at dinner"
    )
    text = article(line)
    assert blanked(text, "(Picture: Ana Lind/Agency via Getty Images)")
    assert kept(text, "Varga leaves the hall") and blanked(text, "The two toast at dinner")


@pytest.mark.parametrize(
    "line",
    [
        "Published: Updated:",
        "Release Date:",
        "Comments (3)",
        "(TM) & (c) 2021 Harbour Broadcasting, Inc. All rights reserved.",
        "— The Harbour Courier (@HarbourCourier) June 15, 2021",
    ],
)
def test_labels_counters_and_signatures_are_chrome(line: str) -> None:
    """Empty date labels, comment counters, copyright and embedded-post signatures."""
    text = article(line, "", "The authority will meet again next month to set the fares.")
    assert blanked(text, line)


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("NORRBY, June 16. /AGENCY/. The mayor", 6, 16),
        ("VELM, Nov. 16 (Wire) - The talks", 11, 16),
        ("Ferry terminal approved06/17 06:11", 6, 17),
        ("on 5 May, the council", 5, 5),
    ],
)
def test_a_date_without_its_year_is_read(text: str, month: int, day: int) -> None:
    """A day and month printed without a year, as datelines and stamps print them."""
    found = first_yearless(text)
    assert found is not None and (found.month, found.day) == (month, day)


@pytest.mark.parametrize(
    "text", ["June 16, 2021", "16 June 2021", "a score of 3/4 today", "21st Mar, 2023"]
)
def test_a_date_with_its_year_or_a_fraction_is_no_yearless_date(text: str) -> None:
    """A full date is read by `first_date`; a fraction without a time is no date."""
    assert first_yearless(text) is None


def test_a_year_is_chosen_nearest_the_other_days() -> None:
    """The year that puts the day nearest the middle of the other articles' days."""
    found = first_yearless("VELM, Jan. 2 (Wire) -")
    assert found is not None
    assert year_for(found, ["2021-12-30", "2021-12-31", "2022-01-01"], dt.date(2026, 1, 1)) == (
        "2022-01-02"
    )
    assert year_for(found, [], dt.date(2026, 1, 1)) == "2025-01-02"


def test_a_time_after_a_bar_belongs_to_the_date() -> None:
    """A time after a bar, "March 20, 2023 | 06:07 pm PT", belongs to the date."""
    found = first_date("By Wire Agency   March 20, 2023 | 06:07 pm PT")
    assert found is not None and found.day == "2023-03-20"


def test_a_caption_printed_twice_is_read_once() -> None:
    """A page repeating a caption, on its own line or glued to itself, keeps the first copy."""
    caption = "Ilse Varga walks with Lars Brekke along the harbour of Velm on May 3, 2024."
    glued = caption + caption + " ANA LIND/AGENCY via Getty Images"
    text = article(glued, "", caption)
    layout = read_layout(text)
    at = text.index(glued)
    assert layout.body[at : at + len(caption)] == caption
    assert not layout.body[at + len(caption) : at + len(glued)].strip()
    again = text.rindex(caption)
    assert not layout.body[again : again + len(caption)].strip()


def test_a_line_repeating_only_its_first_words_is_kept() -> None:
    """Two sentences that start alike are two sentences, not a repeat."""
    line = (
        "The port authority of Velm approved the terminal on Tuesday. "
        "The port authority of Velm also set the fares for next year."
    )
    text = article(line)
    assert kept(text, line)
