"""One synthetic news story: who met whom, when, for how long and where, and what is true."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from benchmarks.names import Namer, demonym

#: The facts a conflict may be injected into, and how the generator names their subjects.
CONFLICT_FACTS = ("meeting.date", "meeting.duration", "quantity")
# The first and last day a story's visit may start, so that every date stays in one year.
_FIRST_DAY = dt.date(2023, 2, 1)
_SPAN_DAYS = 260


@dataclass(frozen=True)
class Account:
    """The values one outlet reports; an injected conflict changes one of them."""

    talks_day: dt.date
    talks_minutes: int
    count: int


@dataclass(frozen=True)
class Story:
    """A visit by one foreign minister to another country, with every fact the articles carry."""

    key: str
    visitor: str
    visitor_female: bool
    home: str
    host: str
    host_country: str
    president: str
    premier: str
    city: str
    venue: str
    arrival: dt.date
    since_year: int
    call_month: int
    truth: Account
    quote: tuple[str, ...]

    @property
    def palace_day(self) -> dt.date:
        """The day the visitor meets the president and the prime minister, then leaves."""
        return self.arrival + dt.timedelta(days=2)

    @property
    def counted(self) -> str:
        """The plural noun the count is about ("Orvanians"): it names the story's detainees."""
        return demonym(self.host_country)

    def value(self, fact: str, account: Account) -> str:
        """A fact's value in one account, as the checker normalises it (day, minutes, count)."""
        if fact == "meeting.date":
            return account.talks_day.isoformat()
        if fact == "meeting.duration":
            return str(account.talks_minutes)
        return str(account.count)

    def subject(self, fact: str) -> tuple[str, ...]:
        """The subject the checker should give a fact of this story (sorted canonical names)."""
        if fact == "quantity":
            return (self.counted.lower(),)
        return tuple(sorted((self.visitor, self.host)))

    def conflicting(self, fact: str, rng: random.Random) -> Account:
        """An account that differs from the truth in one fact, as a careless outlet would."""
        truth = self.truth
        if fact == "meeting.date":
            shift = rng.choice((-1, 1))
            return replace(truth, talks_day=truth.talks_day + dt.timedelta(days=shift))
        if fact == "meeting.duration":
            # Shorter by an hour or more: a longer figure could still fit another outlet's bound
            # ("more than five hours"), which would make it no conflict.
            options = list(range(120, truth.talks_minutes - 59, 30))
            return replace(truth, talks_minutes=rng.choice(options))
        options = [n for n in range(3, 40) if abs(n - truth.count) >= 2]
        return replace(truth, count=rng.choice(options))


_QUOTE_OPENINGS = (
    "We have opened a door, but we have not yet walked through it",
    "This is the start of a long road and we intend to walk it together",
    "Nobody expected an agreement this quickly, least of all our own diplomats",
    "Our fishing crews have waited long enough for a sensible answer",
    "There is more that unites our two peoples than divides them",
    "We came here to listen as much as to talk",
    "The hard part begins when the cameras leave",
)
_QUOTE_CLOSINGS = (
    "The work starts now",
    "We will judge this by what happens in the harbours",
    "Trust is built slowly and lost quickly",
    "Both sides will have to keep their word",
    "I am cautiously hopeful",
    "Our neighbours deserve nothing less",
)


def make_story(index: int, namer: Namer, rng: random.Random) -> Story:
    """Invent one story: its people, places, days and the true values of its facts."""
    arrival = _FIRST_DAY + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
    host_country = namer.country()
    talks_minutes = rng.choice(range(180, 601, 30))
    truth = Account(
        talks_day=arrival + dt.timedelta(days=1),
        talks_minutes=talks_minutes,
        count=rng.randint(3, 39),
    )
    quote: tuple[str, ...] = (rng.choice(_QUOTE_OPENINGS),)
    if rng.random() < 0.5:
        quote += (rng.choice(_QUOTE_CLOSINGS),)
    return Story(
        key=f"story-{index:05d}",
        visitor=namer.person(),
        visitor_female=rng.random() < 0.5,
        home=namer.country(),
        host=namer.person(),
        host_country=host_country,
        president=namer.person(),
        premier=namer.person(),
        city=namer.city(),
        venue=f"{namer.venue()} {rng.choice(('Palace', 'House', 'Hall'))}",
        arrival=arrival,
        since_year=rng.randint(1998, 2019),
        call_month=rng.randint(2, 5),
        truth=truth,
        quote=quote,
    )
