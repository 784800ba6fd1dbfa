"""Publication days wherever an invented page puts them: bylines, datelines, stamps, captions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consistency.ingest import ingest
from consistency.ingest.printed_dates import first_date

MENU = "Home | Region | Business | Sport | Culture | Opinion"
TITLE = "Ferry terminal approved after long wait"
PROSE = "The port authority approved the new ferry terminal on Tuesday after a two-hour debate."
MORE = "Engineers expect the terminal to open in two years, the authority said in a statement."
FOOTER = "© 2026 The Norrby Courier. All rights reserved."
TODAY = dt.date(2031, 12, 1)


def page(*lines: str) -> str:
    """Join `lines` into a page, a blank line between them."""
    return "\n\n".join(lines) + "\n"


def day_of(tmp_path: Path, text: str) -> tuple[str | None, str, tuple[str, ...]]:
    """The day ingest gives one page, where it came from, and the warnings."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    done = ingest([path], today=TODAY)
    row = done.articles.iloc[0]
    published = row["published"]
    day = None if published is None or published != published else str(published)
    return day, str(row["published_from"]), done.warnings


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("Published: Wed 15 Mar 2023, 6:12 AM", "2023-03-15"),
        ("Updated March 21, 2023 at 8:40 AM ET", "2023-03-21"),
        ("09:15 JST, March 22, 2023", "2023-03-22"),
        ("Posted Mar 21, 2023 5:00 PM CDT", "2023-03-21"),
        ("Uploaded: Wed, Nov 15, 2023", "2023-11-15"),
        ("This Article is From Mar 20, 2023", "2023-03-20"),
        ("This content was published on June 16, 2021", "2021-06-16"),
        ("21st Mar, 2023", "2023-03-21"),
        ("Posted on March 20, 2023 by Velm Digest", "2023-03-20"),
        ("(Harbour App) 11:07, November 16, 2023", "2023-11-16"),
        ("By Ilse Varga   March 20, 2023 | 06:07 pm PT", "2023-03-20"),
        ("Mon 20 Mar 2023 15.34 EDT", "2023-03-20"),
    ],
)
def test_a_byline_in_any_common_form_gives_the_day(tmp_path: Path, byline: str, day: str) -> None:
    """The date under the headline, however the site words it."""
    text = page("The Norrby Courier", MENU, TITLE, byline, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == (day, "byline")


def test_a_time_zone_is_said(tmp_path: Path) -> None:
    """A byline's time zone is kept in mind: the day is the page's, with a warning."""
    text = page("The Norrby Courier", MENU, TITLE, "09:15 JST, March 22, 2023", PROSE, FOOTER)
    day, _, warnings = day_of(tmp_path, text)
    assert day == "2023-03-22"
    assert any("in JST" in w for w in warnings)


def test_a_dateline_gives_the_day_before_a_caption(tmp_path: Path) -> None:
    """The story's dateline ("VELM, Nov 16, 2023 (Wire) -") dates it; the photo's day does not."""
    caption = (
        "Ilse Varga and Lars Brekke walk in the harbour of Velm, Norrland, on November 15, 2023."
    )
    first = "VELM, Norrland, Nov 16, 2023 (AFP) - The port authority approved the terminal."
    text = page("The Norrby Courier", MENU, TITLE, caption, "By Ana Lind", first, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2023-11-16", "dateline")


def test_a_dateline_in_title_case_with_an_agency_credit_gives_the_day(tmp_path: Path) -> None:
    """A place in title case ("Velm, Norrland, ...") closed by an agency's credit dates the page."""
    first = "Velm, Norrland, Nov 16, 2023 (AFP) - The port authority approved the terminal."
    text = page("The Norrby Courier", MENU, TITLE, first, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2023-11-16", "dateline")


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline(tmp_path: Path) -> None:
    """Without the agency's credit in brackets, a place in title case opens no dateline."""
    first = "Velm, Norrland, Nov 16, 2023 - The port authority approved the terminal."
    text = page("The Norrby Courier", MENU, TITLE, first, MORE, FOOTER)
    assert day_of(tmp_path, text)[1] != "dateline"


def test_a_date_above_the_headline_is_an_editions(tmp_path: Path) -> None:
    """A print edition's date stands alone above the headline."""
    text = page("The Norrby Courier", "21 Mar 2023", TITLE, "By Ana Lind", PROSE, MORE)
    assert day_of(tmp_path, text)[:2] == ("2023-03-21", "above the headline")


@pytest.mark.parametrize(
    "caption",
    [
        "Ilse Varga greets Lars Brekke in Velm, Norrland, Monday, March 20, 2023. Photo: Ana Lind",
        "Ilse Varga, left, greets Lars Brekke before their talks at the old customs house in Velm,"
        " Norrland, on March 20, 2023. (Wire Agency)",
        "Varga greets Brekke in Velm, Tuesday, March 20, 2023. (Credits AGENCY / Ana Lind)",
    ],
)
def test_a_caption_is_the_last_resort(tmp_path: Path, caption: str) -> None:
    """With no other date, a caption's, its credit aside, with a warning."""
    text = page("The Norrby Courier", MENU, TITLE, caption, PROSE, MORE, FOOTER)
    day, source, warnings = day_of(tmp_path, text)
    assert (day, source) == ("2023-03-20", "photo caption (inferred)")
    assert any("photo caption" in w for w in warnings)


def test_a_caption_above_the_headline_is_read(tmp_path: Path) -> None:
    """A lead photo's caption may stand above the headline."""
    caption = "Ilse Varga greets Lars Brekke in Velm, Norrland, on March 20, 2023. (Wire Agency)"
    text = page("The Norrby Courier", MENU, caption, TITLE, "Published: Updated:", PROSE, MORE)
    assert day_of(tmp_path, text)[:2] == ("2023-03-20", "photo caption (inferred)")


def test_a_box_date_is_never_the_day(tmp_path: Path) -> None:
    """A "Related" box's and a footer's dates belong to other stories and to the site."""
    box = page("Related", "Harbour wall plan goes to a vote - June 3, 2024")
    text = page("The Norrby Courier", MENU, TITLE, PROSE, MORE, box, FOOTER)
    day, source, warnings = day_of(tmp_path, text)
    assert (day, source) == (None, "none")
    assert any("no publication date found" in w for w in warnings)


def test_a_stamp_without_a_year_takes_the_corpus_year(tmp_path: Path) -> None:
    """A stamp "06/17 06:11" among pages of June 2021 is read as 17 June 2021, with a warning."""
    dated = tmp_path / "a.txt"
    stamped = tmp_path / "b.txt"
    dated.write_text(page("The Norrby Courier", TITLE, "Published June 16, 2021", PROSE, MORE))
    stamped.write_text(page("Harbour Wire", MENU, f"{TITLE}06/17 06:11", PROSE, MORE))
    done = ingest([dated, stamped], today=TODAY)
    rows = done.articles.set_index("source")
    assert rows.loc[str(stamped), "published"] == "2021-06-17"
    assert rows.loc[str(stamped), "published_from"] == "byline (year inferred)"
    assert any("'06/17' on the page has no year; read as 2021-06-17" in w for w in done.warnings)


def test_a_dateline_without_a_year_takes_the_corpus_year(tmp_path: Path) -> None:
    """A dateline without a year ("VELM, June 16. /AGENCY/.") takes the corpus's year."""
    dated = tmp_path / "a.txt"
    wired = tmp_path / "b.txt"
    dated.write_text(page("The Norrby Courier", TITLE, "Published June 15, 2021", PROSE, MORE))
    first = "VELM, June 16. /NORTX/. The port authority approved the new ferry terminal."
    wired.write_text(page("Harbour Wire", MENU, TITLE, first, MORE))
    rows = ingest([dated, wired], today=TODAY).articles.set_index("source")
    assert rows.loc[str(wired), "published"] == "2021-06-16"
    assert rows.loc[str(wired), "published_from"] == "dateline (year inferred)"


def test_the_dask_engine_places_the_year_as_ingest_does(tmp_path: Path) -> None:
    """Partitions built apart still take the year of the whole corpus's days."""
    pytest.importorskip("dask")
    from consistency.pipeline import run_check
    from consistency.scale.dask_engine import run_check_dask

    (tmp_path / "a.txt").write_text(page("Courier", TITLE, "Published June 16, 2021", PROSE))
    (tmp_path / "b.txt").write_text(page("Harbour Wire", MENU, f"{TITLE}06/17 06:11", PROSE))
    expected = run_check([tmp_path])
    found = run_check_dask([tmp_path], scheduler="synchronous", partitions=2)
    assert list(found.articles["published"]) == list(expected.articles["published"])
    assert list(found.articles["published"]) == ["2021-06-16", "2021-06-17"]
    assert found.warnings == expected.warnings


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("PRINT EDITION | Tuesday 4 March 2031 | Page 7", "2031-03-04"),
        ("Issue 218 | Monday 3 March 2031", "2031-03-03"),
        ("Vol. 12 | No. 40 | Friday, March 7, 2031", "2031-03-07"),
        ("Weekend Edition · Saturday 8 March 2031 · Section B", "2031-03-08"),
    ],
)
def test_an_editions_line_gives_the_day_above_or_under_the_headline(
    tmp_path: Path, line: str, day: str
) -> None:
    """A print edition's labels and date apart by "|" or "·", wherever the page prints them."""
    above = page("The Norrby Courier", line, TITLE, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, above)[:2] == (day, "above the headline")
    under = page("The Norrby Courier", MENU, TITLE, line, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, under)[:2] == (day, "byline")
    assert ingest([tmp_path / "page.txt"], today=TODAY).articles.iloc[0]["title"] == TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour wall plan goes to a vote | June 3, 2024",
        "Page 7 | Harbour wall plan goes to a vote | June 3, 2024",
    ],
)
def test_a_headline_with_a_date_is_no_editions_line(tmp_path: Path, line: str) -> None:
    """An item of text (another story's headline) makes the line a list entry, not the day."""
    text = page("The Norrby Courier", MENU, TITLE, PROSE, line, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == (None, "none")


@pytest.mark.parametrize(
    ("stamp", "zone"),
    [
        ("Last updated: 6 March 2031, 19:05 CST (01:05 GMT 7 March)", "CST"),
        ("Updated: March 6, 2031 7:05 p.m. ET (0005 GMT March 7)", "ET"),
        ("Last modified: Thu 6 Mar 2031 19.05 CST (01.05 GMT on 7 March)", "CST"),
        ("Updated 19:05 CST, 6 March 2031 (01:05 GMT, 7 March 2031)", "CST"),
        ("By Ana Lind | 6 March 2031 19:05 CST (01:05 GMT 7 March)", "CST"),
    ],
)
def test_a_stamp_with_its_time_in_another_zone_keeps_the_local_day(
    tmp_path: Path, stamp: str, zone: str
) -> None:
    """The day printed first, in the page's zone, not the bracketed conversion's."""
    text = page("The Norrby Courier", MENU, TITLE, stamp, PROSE, MORE, FOOTER)
    day, source, warnings = day_of(tmp_path, text)
    assert (day, source) == ("2031-03-06", "byline")
    assert any(f"in {zone};" in w for w in warnings)
    assert ingest([tmp_path / "page.txt"], today=TODAY).articles.iloc[0]["title"] == TITLE


def test_a_conversion_to_the_day_before_in_gmt_stays_the_local_day(tmp_path: Path) -> None:
    """East of GMT: "7 March 2031 07:30 JST (22:30 GMT 6 March)" is 7 March, the page's day."""
    stamp = "Posted 7 March 2031 07:30 JST (22:30 GMT 6 March)"
    text = page("The Norrby Courier", MENU, TITLE, stamp, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-07", "byline")


@pytest.mark.parametrize(
    ("byline", "day", "source"),
    [
        ("2031/03/07 09:15", "2031-03-07", "byline"),
        ("Published 2031.03.07", "2031-03-07", "byline"),
        ("07-03-2031 09:15", "2031-03-07", "byline (day first)"),
        ("Posted 03-25-2031", "2031-03-25", "byline (month first)"),
    ],
)
def test_numeric_dates_year_first_or_with_dashes_give_the_day(
    tmp_path: Path, byline: str, day: str, source: str
) -> None:
    """Year first "2031/03/07" (as East Asian sites print it) and "07-03-2031" are days."""
    text = page("The Norrby Courier", MENU, TITLE, byline, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == (day, source)


@pytest.mark.parametrize(
    "text", ["Flight 2031/03/075 was delayed", "Ref. 1.2.3.2031", "Build 12-34-2031", "15/04/20261"]
)
def test_numbers_that_only_look_like_dates_are_none(text: str) -> None:
    """A longer run of digits, an impossible month or a fourth part is no date."""
    assert first_date(text) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["Updated: 8 Mar 2031 | Published: 7 Mar 2031"],
        ["Updated 8 March 2031, first published 7 March 2031"],
        ["Last updated: Sat 8 March 2031 10:00 GMT", "Published: Friday 7 March 2031"],
        ["Modified 8 March 2031", "By Ana Lind | Posted on 7 March 2031"],
    ],
)
def test_the_publication_day_comes_before_an_update(tmp_path: Path, lines: list[str]) -> None:
    """A day labelled as the publication wins over a day labelled as an update printed first."""
    text = page("The Norrby Courier", MENU, TITLE, *lines, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-07", "byline")


@pytest.mark.parametrize(
    "lines",
    [
        ["Updated: 8 Mar 2031"],
        ["Published: 8 Mar 2031 | Updated: 9 Mar 2031"],
        ["Updated: 8 Mar 2031", "Ana Lind, 7 March 2031"],
    ],
)
def test_an_update_day_alone_or_after_the_publication_is_kept(
    tmp_path: Path, lines: list[str]
) -> None:
    """Without a day labelled as the publication after it, the first day stands."""
    text = page("The Norrby Courier", MENU, TITLE, *lines, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-08", "byline")


@pytest.mark.parametrize(
    "byline",
    [
        "Ana Lind | Harbour Reporter | 7 March 2031",
        "Friday 7 March 2031, 09:15 | Ana Lind",
        "Story by Ana Lind • 3h • March 7, 2031",
        "Words by Ana Lind · 7 March 2031",
        "Author: Ana Lind | 2031.03.07",
        "Opinion | Ana Lind | 7 March 2031",
    ],
)
def test_a_writer_and_a_day_in_any_order_are_the_byline(tmp_path: Path, byline: str) -> None:
    """A writer's name or role beside the day, apart by "|", "·" or "•": the header, not a title."""
    text = page("The Norrby Courier", MENU, TITLE, byline, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-07", "byline")
    assert ingest([tmp_path / "page.txt"], today=TODAY).articles.iloc[0]["title"] == TITLE


@pytest.mark.parametrize(
    "date", ["21 Mar 2031", "Friday 21 March 2031", "Issue 218 | Friday 21 March 2031"]
)
def test_a_date_between_the_masthead_and_the_headline_is_the_editions(
    tmp_path: Path, date: str
) -> None:
    """With no byline under the headline, the masthead over the date is not taken for it."""
    text = page("The Norrby Courier", date, TITLE, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-21", "above the headline")
    assert ingest([tmp_path / "page.txt"], today=TODAY).articles.iloc[0]["title"] == TITLE


def test_a_headline_over_a_date_and_a_deck_stays_the_headline(tmp_path: Path) -> None:
    """A page opening with its headline (no masthead), a date and a deck: the headline's first."""
    deck = "Engineers expect the first ferries to dock within two years"
    text = page(TITLE, "21 Mar 2031", deck, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-21", "byline")
    assert ingest([tmp_path / "page.txt"], today=TODAY).articles.iloc[0]["title"] == TITLE


@pytest.mark.parametrize(
    ("lines", "at_top"),
    [
        (["https://www.norrbycourier.example/2031/03/07/ferry-terminal-approved"], True),
        (["Source URL: https://norrby.example/news/2031-03-07-ferry-terminal"], False),
        (["Link: <https://velm.example/20310307/ferry.html>"], False),
    ],
)
def test_the_pages_own_web_address_gives_the_day(
    tmp_path: Path, lines: list[str], at_top: bool
) -> None:
    """A day in the path of the page's address, bare at the top or labelled under the story."""
    body = [TITLE, PROSE, MORE]
    text = page(*lines, "The Norrby Courier", *body) if at_top else page(*body, *lines, FOOTER)
    assert day_of(tmp_path, text)[:2] == ("2031-03-07", "web address")


def test_a_byline_day_comes_before_the_web_addresss(tmp_path: Path) -> None:
    """The address is the story's first day; a printed byline says when this page ran."""
    url = "https://www.norrbycourier.example/2031/03/07/ferry-terminal-approved"
    text = page(url, "The Norrby Courier", TITLE, "Updated 9 March 2031", PROSE, MORE)
    assert day_of(tmp_path, text)[:2] == ("2031-03-09", "byline")


@pytest.mark.parametrize(
    "lines",
    [
        [PROSE, "https://www.norrbycourier.example/2031/02/01/harbour-wall-plan", MORE],
        [PROSE, MORE, "Related", "https://www.norrbycourier.example/2031/02/01/harbour-wall"],
        ["https://www.norrbycourier.example/news/ferry-terminal-approved-20310", PROSE, MORE],
    ],
)
def test_another_pages_address_or_one_without_a_day_gives_none(
    tmp_path: Path, lines: list[str]
) -> None:
    """A link among the paragraphs or in a box is another page's; an id is no day."""
    text = page("The Norrby Courier", MENU, TITLE, *lines, FOOTER)
    assert day_of(tmp_path, text)[:2] == (None, "none")


def _days(tmp_path: Path, *pages: str) -> list[tuple[str, str]]:
    """The day and its source ingest gives each of `pages`, in order."""
    for i, text in enumerate(pages):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    rows = ingest([tmp_path], today=TODAY).articles
    return list(zip(rows["published"], rows["published_from"], strict=True))


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("Posted: 03/04/2031 10:15 | Source: AFP", "2031-03-04"), ("06.03.2031", "2031-06-03")],
)
def test_a_numeric_day_is_read_in_the_order_nearest_the_other_pages(
    tmp_path: Path, stamp: str, day: str
) -> None:
    """Among pages of early March "03/04/2031" is 4 March; among June pages "06.03" is 3 June."""
    month = "March" if day.endswith("-03-04") else "June"
    dated = page("The Norrby Courier", MENU, TITLE, f"Published: 5 {month} 2031", PROSE, MORE)
    other = page("Velm Evening Post", MENU, TITLE, stamp, PROSE, MORE)
    assert _days(tmp_path, dated, other)[1] == (day, "byline (month first)")


def test_a_numeric_day_nearer_read_day_first_stays(tmp_path: Path) -> None:
    """Among pages of early April, "03/04/2031" stays 3 April, as read."""
    dated = page("The Norrby Courier", MENU, TITLE, "Published: 4 April 2031", PROSE, MORE)
    other = page("Velm Evening Post", MENU, TITLE, "Posted: 03/04/2031 10:15", PROSE, MORE)
    assert _days(tmp_path, dated, other)[1] == ("2031-04-03", "byline (day first)")


def test_numeric_days_alone_stay_day_first(tmp_path: Path) -> None:
    """With no day read without doubt, every numeric day stays as read."""
    first = page("The Norrby Courier", MENU, TITLE, "Posted: 03/04/2031 10:15", PROSE, MORE)
    other = page("Velm Evening Post", MENU, TITLE, "Posted: 05/04/2031", PROSE, MORE)
    assert _days(tmp_path, first, other) == [
        ("2031-04-03", "byline (day first)"),
        ("2031-04-05", "byline (day first)"),
    ]


def test_the_dask_engine_settles_the_order_as_ingest_does(tmp_path: Path) -> None:
    """Partitions built apart still read a numeric day in the order of the corpus's days."""
    pytest.importorskip("dask")
    from consistency.pipeline import run_check
    from consistency.scale.dask_engine import run_check_dask

    (tmp_path / "a.txt").write_text(page("Courier", TITLE, "Published 5 March 2025", PROSE))
    (tmp_path / "b.txt").write_text(page("Harbour Wire", MENU, TITLE, "Posted 03/04/2025", PROSE))
    expected = run_check([tmp_path])
    found = run_check_dask([tmp_path], scheduler="synchronous", partitions=2)
    assert list(found.articles["published"]) == list(expected.articles["published"])
    assert list(found.articles["published"]) == ["2025-03-05", "2025-03-04"]
    assert list(found.articles["published_from"]) == ["byline", "byline (month first)"]


def test_a_section_menu_beside_a_days_list_entry_gives_no_day(tmp_path: Path) -> None:
    """A section label with another story's headline in sentence case stays a list entry."""
    line = "Sport | Harbour wall vote goes to the council | June 3, 2031"
    text = page("The Norrby Courier", MENU, TITLE, PROSE, line, MORE, FOOTER)
    assert day_of(tmp_path, text)[:2] == (None, "none")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted by Ana Lind Rask on 10 November 2030", "2030-11-10"),
        ("Tuesday 10 November 2030 | All times are local time (CET)", "2030-11-10"),
        ("By Ana Lind | Tuesday, November 10, 2030 - 19:45 (Norrby time)", "2030-11-10"),
    ],
)
def test_a_byline_just_above_the_first_paragraph_dates_the_page(
    tmp_path: Path, line: str, day: str
) -> None:
    """The short line that the layout takes for the headline, when it is a byline, dates it."""
    text = page("The Norrby Courier", MENU, TITLE, line, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[0] == day


@pytest.mark.parametrize(
    "line",
    [
        "PRINT EDITION - Wednesday 11 November 2030 - Norrby, page 6",
        "Edition of 11 November 2030 | No. 1,482",
    ],
)
def test_an_edition_line_above_the_headline_dates_the_page(tmp_path: Path, line: str) -> None:
    """An edition's label and date above the headline, however long the line, date it."""
    text = page("The Norrby Courier", line, MENU, TITLE, PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[0] == "2030-11-11"


def test_a_headline_that_holds_a_date_does_not_date_the_page(tmp_path: Path) -> None:
    """A headline about a day ("Ferry vote set for 3 March 2031") is no byline."""
    text = page("The Norrby Courier", MENU, "Ferry vote set for 3 March 2031", PROSE, MORE, FOOTER)
    assert day_of(tmp_path, text)[0] != "2031-03-03"
