"""Newsroom prose for one outlet's article about a story: fact paragraphs and background filler."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from benchmarks.story import Account, Story

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_word(n: int) -> str:
    """An English number word for 0-99 ("twenty-one")."""
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")


@dataclass(frozen=True)
class Voice:
    """How one article words things: weekdays or dates, digits or words, a bound for a duration."""

    published: dt.date
    weekdays: bool
    digits: bool
    bound: bool
    female: bool

    def day(self, day: dt.date) -> str:
        """Say "on Monday" within the week before publication, else "on June 12"."""
        gap = (self.published - day).days
        if self.weekdays and 0 <= gap <= 6:
            return f"on {day:%A}"
        return f"on {day:%B} {day.day}"

    def duration(self, minutes: int) -> str:
        """Say "seven and a half hours", or "more than seven hours" for a voice giving bounds."""
        hours, rest = divmod(minutes, 60)
        if rest and self.bound:
            return f"more than {number_word(hours)} hours"
        return f"{number_word(hours)}{' and a half' if rest else ''} hours"

    def count(self, n: int) -> str:
        """A count in digits or words."""
        return str(n) if self.digits else number_word(n)

    @property
    def her(self) -> str:
        """The visitor's possessive pronoun."""
        return "her" if self.female else "his"


def _surname(name: str) -> str:
    """The family name used alone after the first mention."""
    return name.split()[-1]


def _cap(text: str) -> str:
    """The text with its first letter capitalised."""
    return text[:1].upper() + text[1:]


def lead(s: Story, v: Voice, rng: random.Random) -> str:
    """The opening paragraph: the visitor meets the president at a named venue."""
    on = v.day(s.palace_day)
    return rng.choice(
        (
            f"{s.home}'s Foreign Minister {s.visitor} met President {s.president} at "
            f"{s.venue} {on}, capping a trip that both governments described as a fresh start.",
            f"Foreign Minister {s.visitor} of {s.home} met with {s.host_country}'s President "
            f"{s.president} at {s.venue} {on}, the latest step in a trip meant to end years of "
            "frosty relations between the neighbours.",
            f"{_cap(on)}, {s.home}'s Foreign Minister {s.visitor} shook hands with President "
            f"{s.president} at {s.venue}, hours before flying home.",
        )
    )


def talks(s: Story, a: Account, v: Voice, rng: random.Random) -> str:
    """The two foreign ministers' talks and their day."""
    on = v.day(a.talks_day)
    vs = _surname(s.visitor)
    return rng.choice(
        (
            f"{vs} held talks with {s.host_country}'s Foreign Minister {s.host} {on}, the "
            "first full day of the trip.",
            f"{vs} met {s.host_country}'s Foreign Minister {s.host} in {s.city} {on}, and the "
            "two agreed to reopen the consulates that both countries closed after a row over "
            "fishing licences.",
            f"{_cap(on)}, {vs} sat down with Foreign Minister {s.host} for what officials "
            "called a frank exchange.",
        )
    )


def duration(s: Story, a: Account, v: Voice, rng: random.Random) -> str:
    """How long the foreign ministers' talks lasted."""
    vs, hs = _surname(s.visitor), _surname(s.host)
    length = v.duration(a.talks_minutes)
    return rng.choice(
        (
            f"The talks between {vs} and {hs} lasted {length}, officials on both sides said.",
            f"{vs}'s talks with {hs} lasted {length}, according to an official who attended "
            "part of the session.",
            f"The meeting between {vs} and {hs} lasted {length}, far longer than planned.",
        )
    )


def arrival(s: Story, v: Voice, rng: random.Random) -> str:
    """When the visitor arrived, and the precedent the visit sets."""
    vs, on = _surname(s.visitor), v.day(s.arrival)
    years = v.published.year - s.since_year
    return rng.choice(
        (
            f"{vs}, who arrived in {s.city} {on}, was making the first visit by a {s.home} "
            f"foreign minister to {s.host_country} since {s.since_year}.",
            f"{vs} arrived in {s.city} {on}, making the first visit by a {s.home} foreign "
            f"minister to {s.host_country} since {s.since_year}.",
            f"{vs} landed in {s.city} {on}. It was the first visit by a {s.home} foreign "
            f"minister to {s.host_country} in {number_word(years)} years.",
        )
    )


def premier(s: Story, v: Voice, rng: random.Random) -> str:
    """The visitor's meeting with the prime minister on the last day."""
    vs = _surname(s.visitor)
    on = v.day(s.palace_day)
    morning = f"{on} morning" if on.split()[1].endswith("day") else on
    return rng.choice(
        (
            f"{vs} also met Prime Minister {s.premier} {morning} to discuss fishing quotas "
            "along the coast.",
            f"{vs} met Prime Minister {s.premier} over breakfast {on}, a government "
            "spokesperson said, before a final round of meetings in the capital.",
        )
    )


def call(s: Story, v: Voice, rng: random.Random) -> str:
    """The phone call that prepared the visit, months before."""
    vs, hs = _surname(s.visitor), _surname(s.host)
    month = (s.arrival.replace(day=1) - dt.timedelta(days=31 * s.call_month)).strftime("%B")
    return rng.choice(
        (
            f"In {month}, {vs} and {hs} spoke by telephone and agreed that a visit should follow.",
            f"{vs} and {hs} spoke by telephone in {month}, when they agreed in principle that "
            "a visit should take place.",
        )
    )


def count(s: Story, a: Account, v: Voice, rng: random.Random) -> str:
    """The number of the host country's citizens to be freed under the deal."""
    n = v.count(a.count)
    return rng.choice(
        (
            f"The two governments also agreed to free {n} {s.counted} held in {s.home} on "
            "fishing charges.",
            f"Under the deal, {s.home} will release {n} {s.counted} detained during the dispute.",
            f"Officials said {n} {s.counted} held in {s.home} would be released under the "
            "agreement.",
        )
    )


def quote(s: Story, v: Voice, rng: random.Random) -> str:
    """The visitor's words to reporters."""
    vs = _surname(s.visitor)
    words = ". ".join(s.quote)
    verb = rng.choice(("told reporters in " + s.city, "said", "told a news conference"))
    return f"\u201c{words},\u201d {vs} {verb}."


_FILLER = (
    "Relations between {home} and {host} cooled after a quarrel over fishing licences, and "
    "seasonal visas for fishing crews have been hard to obtain ever since.",
    "{host} is {home}'s second-largest trading partner, and the closure of the consulates has "
    "complicated business on both sides of the border.",
    "Diplomats in {city} described the atmosphere as cautious but warm.",
    "The opposition in {home} has criticised the government for moving too slowly on the dispute.",
    "Exporters in {city} say the uncertainty has cost them contracts and customers.",
    "Analysts said the agreement would be tested by the next fishing season.",
    "Both governments have avoided public criticism of each other in recent weeks.",
    "Customs data show that trade between the neighbours has fallen sharply, with farmers and "
    "fishing crews among the hardest hit.",
    "The foreign ministry in {city} said the consulates could reopen quickly once staff had "
    "been vetted.",
    "Business groups in {home} welcomed the news but warned that details still had to be settled.",
    "Shipping firms hope the thaw will bring back the ferry link that once carried tourists "
    "and freight across the water.",
    "Officials in both capitals have played down expectations of a broader settlement.",
    "Fishing communities along the coast of {host} have long complained about the loss of "
    "access to traditional grounds.",
    "The government in {home} faces pressure from coastal towns where unemployment remains high.",
    "Human rights groups urged both governments to treat the detainees fairly.",
    "A joint commission is expected to draw up rules for fishing in shared waters.",
    "Newspapers in {city} gave the trip prominent coverage, most of it favourable.",
    "Some lawmakers in {home} have questioned whether the agreement goes far enough.",
    "The ministries are due to publish a joint statement setting out the terms.",
    "Observers noted that the tone of the official statements had changed markedly.",
    "The regional council in {city} has asked to be consulted before any new quotas are set.",
    "Tourism operators expect bookings to recover if travel rules are eased.",
    "Much of the dispute turned on how to measure the catch of mixed fishing fleets.",
    "Environmental groups want any new agreement to protect spawning grounds.",
    "Few expect a quick resolution of the wider quarrel over maritime boundaries.",
    "Both sides said working groups would continue at official level.",
    "Local radio in {city} broadcast the arrival ceremony live.",
    "Consular staff have been handling visa requests from neighbouring countries instead.",
)


def filler(s: Story, rng: random.Random, sentences: int) -> list[str]:
    """Background paragraphs of one to three sentences that carry no checkable fact."""
    chosen = rng.sample(_FILLER, sentences)
    names = {"home": s.home, "host": s.host_country, "city": s.city}
    text = [t.format(**names) for t in chosen]
    paragraphs = []
    while text:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(text[:take]))
        text = text[take:]
    return paragraphs


def body(s: Story, a: Account, v: Voice, rng: random.Random) -> list[str]:
    """The article's paragraphs: the lead, the facts in a plausible order, background between."""
    facts = [
        lead(s, v, rng),
        talks(s, a, v, rng),
        duration(s, a, v, rng),
        arrival(s, v, rng),
        call(s, v, rng),
        premier(s, v, rng),
        count(s, a, v, rng),
        quote(s, v, rng),
    ]
    background = filler(s, rng, rng.randint(18, 28))
    paragraphs = facts[:2]
    rest = facts[2:]
    for paragraph in background:
        if rest and rng.random() < 0.6:
            paragraphs.append(rest.pop(0))
        paragraphs.append(paragraph)
    return paragraphs + rest
