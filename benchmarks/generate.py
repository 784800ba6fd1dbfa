"""Write a synthetic corpus: N articles about many stories by M outlets, with injected conflicts.

`python benchmarks/generate.py OUT --articles 1000` writes OUT/<chunk>/<file>.txt and
OUT/truth.json, the ground truth: which (story, fact, subject) carry an injected conflict.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project root importable so `benchmarks.*` resolves.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names import Namer
from benchmarks.pages import LAYOUTS, Page, render
from benchmarks.prose import Voice, body
from benchmarks.story import CONFLICT_FACTS, Account, Story, make_story

TRUTH = "truth.json"
_MASTHEADS = ("Courier", "Observer", "Herald", "Gazette", "Chronicle", "Post", "Times")
# Files per folder, so that no folder holds tens of thousands of files.
_CHUNK = 1000


@dataclass(frozen=True)
class Outlet:
    """A news outlet: its name, page layout and house style."""

    name: str
    layout: str
    weekdays: bool
    digits: bool
    bound: bool


@dataclass(frozen=True)
class Conflict:
    """One injected conflict: the story, fact and subject, and the outlet that got it wrong."""

    story: str
    fact: str
    subject: tuple[str, ...]
    outlet: str
    #: The value every other outlet reports, and the one this outlet reports instead.
    true_value: str
    reported_value: str


def make_outlets(count: int, namer: Namer, rng: random.Random) -> list[Outlet]:
    """Invent `count` outlets with different layouts and house styles."""
    outlets = []
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        name = (
            f"{namer.city()} Wire"
            if layout == "wire"
            else f"The {namer.city()} {rng.choice(_MASTHEADS)}"
        )
        outlets.append(
            Outlet(
                name=name,
                layout=layout,
                weekdays=rng.random() < 0.7,
                digits=rng.random() < 0.4,
                bound=rng.random() < 0.25,
            )
        )
    return outlets


def _coverage(articles: int, outlets: int, rng: random.Random) -> list[int]:
    """How many outlets cover each story (3 to 6 where possible), adding up to `articles`."""
    most = min(6, outlets)
    sizes: list[int] = []
    left = articles
    while left > 0:
        # The last story takes what is left, so no story is left with one or two outlets.
        low = min(3, most)
        size = left if left <= most else rng.randint(low, max(low, min(most, left - 3)))
        sizes.append(size)
        left -= size
    return sizes


def generate(
    out: Path,
    articles: int,
    *,
    outlets: int = 12,
    seed: int = 7,
    conflict_rate: float = 0.3,
) -> dict[str, object]:
    """Write the corpus and its ground truth to `out`; return the ground truth."""
    rng = random.Random(seed)
    namer = Namer(rng)
    houses = make_outlets(outlets, namer, rng)
    files: dict[str, str] = {}
    conflicts: list[Conflict] = []
    subjects: dict[str, dict[str, list[str]]] = {}
    written = 0
    for index, size in enumerate(_coverage(articles, outlets, rng)):
        story = make_story(index, namer, rng)
        covering = rng.sample(houses, size)
        wrong, account = _injected(story, covering, conflict_rate, rng)
        if wrong is not None:
            conflicts.append(wrong)
        subjects[story.key] = {f: list(story.subject(f)) for f in CONFLICT_FACTS}
        for outlet in covering:
            wrote = account if wrong is not None and wrong.outlet == outlet.name else story.truth
            text = _article(story, outlet, wrote, rng)
            relative = Path(f"{written // _CHUNK:03d}") / f"{story.key}-{_slug(outlet.name)}.txt"
            path = out / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files[relative.as_posix()] = story.key
            written += 1
    truth: dict[str, object] = {
        "articles": written,
        "stories": len(subjects),
        "outlets": [o.name for o in houses],
        "seed": seed,
        "conflicts": [dataclasses.asdict(c) for c in conflicts],
        "subjects": subjects,
        "files": files,
    }
    (out / TRUTH).write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return truth


def _injected(
    story: Story, covering: Sequence[Outlet], rate: float, rng: random.Random
) -> tuple[Conflict | None, Account]:
    """For some stories, one outlet that reports one fact differently, and what it reports."""
    if len(covering) < 2 or rng.random() >= rate:
        return None, story.truth
    fact = rng.choice(CONFLICT_FACTS)
    outlet = rng.choice(list(covering))
    account = story.conflicting(fact, rng)
    conflict = Conflict(
        story=story.key,
        fact=fact,
        subject=story.subject(fact),
        outlet=outlet.name,
        true_value=story.value(fact, story.truth),
        reported_value=story.value(fact, account),
    )
    return conflict, account


def _article(story: Story, outlet: Outlet, account: Account, rng: random.Random) -> str:
    """One outlet's page about the story, reporting the values of `account`."""
    published = story.palace_day + dt.timedelta(days=rng.randint(0, 2))
    voice = Voice(
        published=published,
        weekdays=outlet.weekdays,
        digits=outlet.digits,
        # A bound ("more than five hours") only where the duration is the true one: a bound
        # could contain a wrong figure and hide the conflict.
        bound=outlet.bound and account.talks_minutes == story.truth.talks_minutes,
        female=story.visitor_female,
    )
    paragraphs = body(story, account, voice, rng)
    return render(Page(outlet.name, outlet.layout, published), story, paragraphs, rng)


def _slug(name: str) -> str:
    """A file-name form of an outlet's name."""
    return "-".join(name.lower().replace("the ", "").split())


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: write a corpus of the given size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--outlets", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--conflict-rate", type=float, default=0.3)
    args = parser.parse_args(argv)
    truth = generate(
        args.out,
        args.articles,
        outlets=args.outlets,
        seed=args.seed,
        conflict_rate=args.conflict_rate,
    )
    print(f"wrote {truth['articles']} articles, {truth['stories']} stories to {args.out}")


if __name__ == "__main__":
    main()
