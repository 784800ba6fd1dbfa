"""Page chrome around an article body, in the layouts scraped news pages have."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from benchmarks.story import Story

LAYOUTS = ("courier", "wire", "observer")

_SECTIONS = ("World", "Politics", "Business", "Opinion", "Sport", "Weather", "Culture")
_TEASERS = (
    "Council approves harbour upgrade after long debate",
    "Bond yields fall for a third day",
    "Museum reopens after repairs",
    "Cup final goes to extra time",
    "Opinion: the neighbours need each other more than ever",
    "Rail operators promise faster trains by next summer",
    "Farmers warn of poor harvest after dry spring",
    "Video: the coast from the air",
    "Mayor to step down at the end of the year",
    "Ferry services suspended in high winds",
    "Analysis: what the thaw means for exporters",
    "Weather: rain forecast for the coast",
)
_AGENCIES = ("Palisade Photo", "Harbourlight Images", "Northpoint Pictures", "Keel Agency")
_HEADLINES = (
    "{vs} meets {host} leaders as ties thaw",
    "{vs} and {hs} agree to reopen consulates after marathon talks",
    "{home} and {host} turn a page with a consulate deal",
    "{vs} leaves {host} with 'a door opened'",
)
_STANDFIRSTS = (
    "{home}'s foreign minister saw {host}'s president before flying home.",
    "The foreign ministers of {home} and {host} ended a long freeze in relations.",
    "A trip meant to end years of frosty relations produced a consulate deal.",
)


@dataclass(frozen=True)
class Page:
    """What the chrome needs besides the body: the outlet, its layout and the day."""

    outlet: str
    layout: str
    published: dt.date


def _teasers(rng: random.Random, n: int) -> list[str]:
    """A few headlines of other stories for boxes and tickers."""
    return rng.sample(_TEASERS, n)


def _names(story: Story) -> dict[str, str]:
    """Placeholders for headlines and standfirsts."""
    return {
        "vs": story.visitor.split()[-1],
        "hs": story.host.split()[-1],
        "home": story.home,
        "host": story.host_country,
    }


def _caption(story: Story, rng: random.Random) -> str:
    """A photo caption with its credit glued to it, as scrapers leave them."""
    initial = rng.choice("ABCDEFGHJKLMNPRST")
    credit = f"{initial}. {rng.choice(('Aubrecht', 'Oakhurst', 'Ardley', 'Fenn'))}"
    return (
        f"{story.visitor} and {story.president} at {story.venue}\n"
        f"{story.visitor.split()[-1]} and President {story.president.split()[-1]} at "
        f"{story.venue} in {story.city}Image: {credit}/{rng.choice(_AGENCIES)}"
    )


def render(page: Page, story: Story, paragraphs: list[str], rng: random.Random) -> str:
    """The whole page: chrome, headline, body paragraphs and footer boxes."""
    names = _names(story)
    headline = rng.choice(_HEADLINES).format(**names)
    standfirst = rng.choice(_STANDFIRSTS).format(**names)
    body = "\n\n".join(paragraphs)
    if page.layout == "courier":
        return _courier(page, story, headline, standfirst, body, rng)
    if page.layout == "wire":
        return _wire(page, story, headline, standfirst, body, rng)
    return _observer(page, story, headline, body, rng)


def _courier(
    page: Page, story: Story, headline: str, standfirst: str, body: str, rng: random.Random
) -> str:
    """A newspaper page with a scraper's date line, skip links and a "More stories" box."""
    short = page.outlet.removeprefix("The ")
    menu = "\n".join(["Home", story.home, *_SECTIONS, "Puzzles", "Subscribe"])
    more = "\n\n".join(
        f"{section}\n\n{t}\n\n{t}\n\n{section}{rng.randint(2, 6)} days ago\nMore from {section}"
        for section, t in zip(rng.sample(_SECTIONS, 3), _teasers(rng, 3), strict=True)
    )
    return (
        f" date {page.published.isoformat()}   1. Skip to content\n"
        f"  2. Skip to main menu\n  3. Skip to {short} sections\n{page.outlet}\n{menu}\n"
        f"World{story.host_country}\n\n{headline}\n\n{rng.randint(1, 9)} hours ago\n\n"
        f"{standfirst}\n\nShare  |  {rng.randint(2, 400)} Shares  |  {rng.randint(2, 8)} min read\n"
        f"{_caption(story, rng)}\n\n{body}\n\nPage 1 of 1\n"
        f"Skip next section More stories from {page.outlet}\n\n"
        f"More stories from {page.outlet}\n\n{more}\nGo to homepage\n{page.outlet}\n"
        f"\u00a9 {page.published.year} {page.outlet}. All rights reserved.\n"
    )


def _wire(
    page: Page, story: Story, headline: str, standfirst: str, body: str, rng: random.Random
) -> str:
    """A news agency page with bulleted menus, a ticker and a bulleted byline."""
    menu = "\n".join(f"  \u2022 {s}" for s in ("Home", *_SECTIONS[:5], "Video", "Newsletters"))
    ticker = "\n".join(_teasers(rng, 3))
    most_read = "\n\n".join(
        f"{t}\n\n  \u2022 {rng.choice(_SECTIONS)}\n  \u2022 {page.published:%d %b %Y}"
        for t in _teasers(rng, 3)
    )
    stamp = f"{page.published:%d %b %Y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    photo = f"{story.visitor} and {story.host} in {story.city} ({rng.choice(_AGENCIES)})"
    return (
        f"{page.outlet}\n\n{menu}\n{page.outlet}\n\n  \u2022 Europe\n  \u2022 Americas\n"
        f"LATEST\n{ticker}\n\n{headline}\n\n  \u2022 By {page.outlet}\n"
        f"  \u2022 Source: {page.outlet} staff in {story.city}\n  \u2022 {stamp}\n"
        f"  \u2022 {rng.randint(2, 90)} Shares\n{rng.randint(2, 6)} Min Read\n\n{standfirst}\n\n"
        f"  \u2022 x\n  \u2022 {photo}\n    {photo}\n\n{body}\n\n"
        f"Reporting by {page.outlet}; editing by the {story.city} desk\n\nRelated News\n\n"
        f"{ticker.splitlines()[0]}\n\nMost Read\n\n{most_read}\n\n{page.outlet}\n\n"
        f"{page.outlet} is an independent news agency.\n\nAll Rights Reserved\n\n"
        "  \u2022 x\n  \u2022 Privacy Policy\n  \u2022 About Us\n  \u2022 Contact Us\n"
    )


def _observer(page: Page, story: Story, headline: str, body: str, rng: random.Random) -> str:
    """A newspaper page with a date line, a bulleted menu, a live ticker and a numbered list."""
    menu = "\n".join(f"  \u2022 {s}" for s in ("News", *_SECTIONS[:4], "Obituaries"))
    numbered = "\n".join(f"{i}  {t}" for i, t in enumerate(_teasers(rng, 3), 1))
    return (
        f" date {page.published.isoformat()}   {page.outlet}\n{menu}\nSign in | Subscribe\n"
        f"Live: {_teasers(rng, 1)[0]}\n\nPolitics\n\n{headline}\n\nBy {page.outlet}\n"
        f"Published {rng.randint(2, 9)} hours ago \u00b7 Updated {rng.randint(2, 50)} minutes ago\n"
        f"Listen \u00b7 {rng.randint(2, 8)} min read\n\n{_caption(story, rng)}\n\n{body}\n\n"
        f"Page 1 of 2\n\nMost Read\n\n{numbered}\n\n{page.outlet}\n"
        f"About us | Contact | Terms | Privacy\n\u00a9 {page.published.year} {page.outlet}\n"
    )
