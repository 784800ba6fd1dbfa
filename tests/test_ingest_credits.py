"""Who wrote a page and who carried it, on invented pages: wire credits, mastheads, footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.ingest import ingest

MENU = "Home | Region | Business | Sport | Culture | Opinion"
TITLE = "Ferry terminal approved after long wait"
PROSE = "The port authority approved the new ferry terminal on Tuesday after a two-hour debate."
MORE = "Engineers expect the terminal to open in two years, the authority said in a statement."
FOOTER = "© 2025 The Norrby Courier. All rights reserved."


def page(*lines: str) -> str:
    """Join `lines` into a page, a blank line between them."""
    return "\n\n".join(lines) + "\n"


def read(tmp_path: Path, text: str) -> tuple[str, str | None]:
    """The outlet and carrier ingest gives one page."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    row = ingest([path]).articles.iloc[0]
    carrier = row["carrier"]
    return str(row["outlet"]), None if carrier is None or carrier != carrier else str(carrier)


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["By AFP"], "AFP"),
        (["By Reuters   March 20, 2023 | 06:07 pm PT"], "Reuters"),
        (["Source: Bloomberg"], "Bloomberg"),
        (["Jane Doe and John Roe, USA TODAY"], "USA Today"),
        (["The Associated Press, Velm"], "AP"),
        (["By Jane Doe with AFP"], "AFP"),
        (["Written by ABC Audio on November 17, 2023"], "ABC News"),
    ],
)
def test_a_byline_credit_names_the_writer(tmp_path: Path, lines: list[str], outlet: str) -> None:
    """A wire credit under the headline: the agency wrote it, the masthead carried it."""
    text = page("The Norrby Courier", MENU, TITLE, *lines, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("VELM (AP) -- The port authority approved the terminal on Tuesday.", "AP"),
        ("(AP) -- The port authority approved the terminal on Tuesday.", "AP"),
        ("VELM, Nov 16, 2023 (AFP) - The port authority approved the terminal.", "AFP"),
        ("VELM, June 18 (Reuters) - The port authority approved the terminal.", "Reuters"),
        ("VELM, June 16. /TASS/. The port authority approved the terminal on Tuesday.", "TASS"),
        ("VELM, June 16. /NORTX/. The port authority approved the terminal on Tuesday.", "NORTX"),
        ("VELM (EFE) - The port authority approved the terminal on Tuesday.", "EFE"),
    ],
)
def test_a_dateline_credit_names_the_agency(tmp_path: Path, first: str, outlet: str) -> None:
    """A dateline opening the story, "PLACE (Agency) --" or "/AGENCY/.", credits the agency."""
    text = page("The Norrby Courier", MENU, TITLE, first, MORE, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("REUTERS", "Reuters"), ("(AP)", "AP"), ("Nordwire-NTX/ab", "Nordwire-NTX")],
)
def test_a_credit_line_under_the_story_names_the_writer(
    tmp_path: Path, line: str, outlet: str
) -> None:
    """A line of the agency alone, or "Agency/initials", after the last paragraph."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, line, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


def test_a_sign_off_with_sources_keeps_the_outlet(tmp_path: Path) -> None:
    """A sign-off naming the agencies drawn on: the outlet wrote it; no agency is the writer."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, "ab/cd (Reuters, AFP)", FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_a_photo_credit_is_no_writer(tmp_path: Path) -> None:
    """An agency's photo under a caption does not make it the story's writer."""
    caption = "The new terminal in Velm, Norrland, on May 3, 2024. ANA LIND/AFP via Getty Images"
    text = page("The Norrby Courier", MENU, TITLE, caption, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_a_box_credit_is_another_storys(tmp_path: Path) -> None:
    """A credit inside a "Related" box belongs to the other story."""
    box = page("Related", "By AFP", "Harbour wall plan goes to a vote - June 3, 2024")
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, box, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_a_footer_phrase_is_never_an_outlet(tmp_path: Path) -> None:
    """A bare copyright line names nobody: the outlet stays unknown."""
    text = page(MENU, TITLE, PROSE, MORE, "© 2025 All rights reserved. | Privacy | Terms")
    outlet, carrier = read(tmp_path, text)
    assert outlet == "unknown (page.txt)" and carrier is None


def test_an_owners_name_gives_way_to_the_masthead(tmp_path: Path) -> None:
    """A company in the copyright line is the owner; the one-word masthead is the outlet."""
    footer = "© 2025 Harbour Media Limited. All rights reserved. | Contact the Tidings team"
    text = page("Tidings", MENU, TITLE, PROSE, MORE, footer)
    assert read(tmp_path, text) == ("Tidings", None)


def test_a_promotion_of_another_brand_names_the_writer(tmp_path: Path) -> None:
    """A copied story keeps its source's "Download the X app" line."""
    promo = "Download the Harbour24 app and get the most important news of the day"
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, promo, FOOTER)
    assert read(tmp_path, text) == ("Harbour24", "The Norrby Courier")


def test_a_promotion_of_the_site_itself_changes_nothing(tmp_path: Path) -> None:
    """The carrier promoting itself names no other writer."""
    promo = "Follow The Norrby Courier on Google News"
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, promo, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_two_carriers_of_one_wire_story_are_one_outlet(tmp_path: Path) -> None:
    """The same agency's story on two sites has one outlet, so it counts as one source."""
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(page("The Norrby Courier", MENU, TITLE, "By AFP", PROSE, MORE, FOOTER))
    other = "© 2025 Velm Evening Post. All rights reserved."
    second.write_text(page("Velm Evening Post", MENU, TITLE, "(AFP)", PROSE, other))
    articles = ingest([first, second]).articles
    assert list(articles["outlet"]) == ["AFP", "AFP"]
    assert list(articles["carrier"]) == ["The Norrby Courier", "Velm Evening Post"]


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Posted: 03/04/2031 10:15 | Source: AFP", "AFP"),
        ("By Staff | Source: EFE", "EFE"),
        ("Source: Reuters | 4 min read", "Reuters"),
        ("By Ana Lind · Source: The Associated Press", "AP"),
        ("Published 7 March 2031 | Source: Kyodo | Share", "Kyodo"),
    ],
)
def test_a_source_item_of_a_header_line_names_the_writer(
    tmp_path: Path, byline: str, outlet: str
) -> None:
    """A header line of items apart by "|" or "·": its "Source: <wire>" item names the writer."""
    text = page("The Norrby Courier", MENU, TITLE, byline, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")
    path = tmp_path / "page.txt"
    assert ingest([path]).articles.iloc[0]["title"] == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "By Ana Lind | Source: Agencies",
        "Posted: 03/04/2031 10:15 | Source: harbour authority statement",
    ],
)
def test_a_source_that_is_no_known_outlet_names_no_writer(tmp_path: Path, line: str) -> None:
    """A source of "Agencies" or a document names no news organisation: the site is the outlet."""
    text = page("The Norrby Courier", MENU, TITLE, line, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_a_list_entry_with_a_wire_is_another_storys(tmp_path: Path) -> None:
    """A line "<headline> | Reuters" among the paragraphs is not read item by item."""
    entry = "Harbour wall plan goes to a vote | Reuters"
    text = page("The Norrby Courier", MENU, TITLE, PROSE, entry, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This story was supplied by PA Media.", "PA Media"),
        ("This article was provided by The Associated Press.", "AP"),
        ("Distributed by Agence France-Presse.", "AFP"),
        ("This story has been syndicated from Kyodo.", "Kyodo"),
        ("Content courtesy of Reuters.", "Reuters"),
        ("This article originally appeared in Bloomberg.", "Bloomberg"),
    ],
)
def test_a_closing_credit_sentence_names_the_writer(tmp_path: Path, line: str, outlet: str) -> None:
    """A sentence under the story saying which wire supplied it: the wire wrote it."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, line, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


@pytest.mark.parametrize(
    "line",
    [
        "The footage was provided by Reuters.",
        "Fuel for the ferries is supplied by Velm Energy.",
        "This report was supplied by the harbour office.",
    ],
)
def test_a_sentence_about_something_supplied_is_no_credit(tmp_path: Path, line: str) -> None:
    """Something else supplied by someone, or a story supplied by no news organisation."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, line, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Copyright 2031 The Associated Press. All rights reserved. This material may not be"
            " published, broadcast, rewritten or redistributed without permission.",
            "AP",
        ),
        ("© 2031 Agence France-Presse", "AFP"),
        ("(c) Copyright Thomson Reuters 2031. Click for restrictions.", "Reuters"),
    ],
)
def test_a_wire_agencys_copyright_in_the_story_names_the_writer(
    tmp_path: Path, line: str, outlet: str
) -> None:
    """An agency's copyright under the story, however long: the agency wrote it."""
    text = page("The Norrby Courier", MENU, TITLE, "By Ana Lind", PROSE, MORE, line, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


@pytest.mark.parametrize(
    "line",
    [
        "© 2031 Velm Media Group. All rights reserved.",
        "© 2031 The Washington Post. All rights reserved.",
        "The Associated Press contributed to this report.",
        "Additional reporting by Reuters",
    ],
)
def test_a_sites_copyright_or_a_contribution_names_no_writer(tmp_path: Path, line: str) -> None:
    """Another outlet's copyright is a footer's; an agency's contribution leaves it the site's."""
    text = page("The Norrby Courier", MENU, TITLE, "By Ana Lind", PROSE, MORE, line)
    # No writer: the outlet is the site's own, with no carrier apart from it.
    outlet, carrier = read(tmp_path, text)
    assert carrier is None and outlet not in {"AP", "Reuters"}


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Ana Lind (AFP)", "AFP"),
        ("By Ana Lind for AFP", "AFP"),
        ("By Ana Lind of The Associated Press", "AP"),
        ("AFP | 7 March 2031", "AFP"),
        ("Reuters | Updated: 7 March 2031", "Reuters"),
        ("Ana Lind · AFP · 7 March 2031", "AFP"),
    ],
)
def test_a_writer_with_the_agency_names_the_agency(
    tmp_path: Path, byline: str, outlet: str
) -> None:
    """The agency beside the writer or the day under the headline wrote the story."""
    text = page("The Norrby Courier", MENU, TITLE, byline, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")
    assert ingest([tmp_path / "page.txt"]).articles.iloc[0]["title"] == TITLE


@pytest.mark.parametrize(("line", "outlet"), [("With AFP", "AFP"), ("From Reuters", "Reuters")])
def test_a_short_wire_line_under_the_story_names_the_writer(
    tmp_path: Path, line: str, outlet: str
) -> None:
    """A line of "With" or "From" and the wire alone after the last paragraph."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, line, FOOTER)
    assert read(tmp_path, text) == (outlet, "The Norrby Courier")


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lind and Lars Brekke meet at the harbour in Velm. (AFP)",
        "A ferry for Reuters staff",
    ],
)
def test_a_caption_credit_or_a_desk_names_no_writer(tmp_path: Path, line: str) -> None:
    """An agency in brackets after a caption credits the photo; a desk line names no agency."""
    text = page("The Norrby Courier", MENU, TITLE, "By Ana Lind", line, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)


def test_a_desk_line_is_the_byline(tmp_path: Path) -> None:
    """A desk line ("Staff and agencies") under the headline is its byline, naming no agency."""
    text = page("The Norrby Courier", MENU, TITLE, "Staff and agencies", PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)
    assert ingest([tmp_path / "page.txt"]).articles.iloc[0]["title"] == TITLE


def test_a_caption_ending_with_an_agency_in_brackets_is_no_headline(tmp_path: Path) -> None:
    """A caption under the headline ending with "(AFP)" is a caption with its photo credit."""
    caption = "Ana Lind and Lars Brekke meet at the harbour in Velm. (AFP)"
    text = page("The Norrby Courier", MENU, TITLE, caption, PROSE, MORE, FOOTER)
    assert read(tmp_path, text) == ("The Norrby Courier", None)
    assert ingest([tmp_path / "page.txt"]).articles.iloc[0]["title"] == TITLE
