"""Read a title as an office: its rank, the portfolios it names, and whether it is an office.

"Deputy trade minister", "vice minister of trade" and "undersecretary for foreign trade" are
one office (rank "deputy", portfolio "trade"); "foreign minister", "minister of foreign
affairs" and "secretary of state for foreign affairs" another (no rank, "foreign affairs").
The words are data (data/vocabulary/titles.yaml): sets of ranks, of office words and of
portfolio wordings, descriptions of who leads a portfolio ("top diplomat") and roles in an
event ("chief negotiator"). A title holding any other word is not read (None), and the
comparator compares it by its words instead (engine/comparators.py, rule RT01).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from consistency.knowledge import fold
from consistency.vocabulary import group

#: What a title is: an office, who leads a portfolio ("top diplomat"), or a role in an event.
Kind = Literal["office", "lead", "event"]
#: How two titles of one person stand (see relation).
Standing = Literal["same", "former", "rank", "portfolio", "partial", "beside", "unrelated"]
# Words that join a title's parts: "minister of foreign affairs", "undersecretary for trade".
_JOINING = frozenset({"of", "for", "the", "and", "on"})
_WORD = re.compile(r"[a-z0-9][a-z0-9'’.-]*")


@dataclass(frozen=True)
class Office:
    """A title read as an office, a portfolio's lead or a role in an event."""

    kind: Kind
    #: The first word of its rank's set ("deputy"), or "" for the office itself.
    rank: str
    #: The portfolios it names, each by the first wording of its set ("foreign affairs"); for
    #: a role in an event, the role's set ("negotiator").
    portfolios: frozenset[str]


def read(title: str) -> Office | None:
    """Read a folded title without "former" ("vice minister of trade"); None if not all known."""
    words = _WORD.findall(fold(title))
    # A role in an event is that role whatever else the title says ("chief trade negotiator",
    # "head of the Norlandic delegation").
    text = " ".join(words)
    roles = {name for name, role in _roles() if role.search(text)}
    if roles:
        return Office("event", "", frozenset(roles))
    found: dict[str, list[str]] = {}
    i = 0
    while i < len(words):
        if words[i] in _JOINING:
            i += 1
            continue
        match = next(
            (
                (size, part, name)
                for size, part, phrase, name in _phrases()
                if _at(words, i, phrase)
            ),
            None,
        )
        if match is None:
            return None  # a word no set knows ("trade policy minister"): compared by words
        size, part, name = match
        found.setdefault(part, []).append(name)
        i += size
    return _office(found)


def _at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Tell whether a phrase's words stand in `words` from position i."""
    return tuple(words[i : i + len(phrase)]) == phrase


def _office(found: dict[str, list[str]]) -> Office | None:
    """The office the known parts of a title make, or None when they make none."""
    # A deputy's post ("undersecretary for trade") is the deputy rank and the office word.
    ranks = found.get("ranks", []) + found.get("deputy_posts", [])
    portfolios = frozenset(found.get("portfolios", ()))
    if "portfolio_leads" in found:
        leads = frozenset(found["portfolio_leads"])
        alone = not (ranks or "office_heads" in found or portfolios - leads)
        return Office("lead", "", leads) if alone and len(leads) == 1 else None
    heads = "office_heads" in found or "deputy_posts" in found
    if not portfolios or len(set(ranks)) > 1 or not heads:
        return None
    return Office("office", ranks[0] if ranks else "", portfolios)


def relation(left: Office, right: Office, left_former: bool, right_former: bool) -> Standing:
    """How two titles of one person stand, "former" marked on either.

    - same: one office (or an office and a description of it: "top diplomat"), both current
      or both former;
    - former: one office, former in one title and current in the other (a conflict);
    - rank: one portfolio, two ranks, both current ("deputy trade minister", "trade minister");
    - portfolio: two offices of other portfolios, both current ("trade minister", "foreign
      minister"): one person does not hold both unless an outlet says so;
    - partial: one names a part of the other's portfolios ("minister of foreign affairs and
      trade", "foreign minister"), or portfolios one ministry often holds together ("trade
      minister", "economy minister": vocabulary titles.joint_portfolios);
    - beside: a role in an event beside an office or another role (a chief negotiator may be
      a minister); one role in other words ("chief negotiator", "negotiator") is the same;
    - unrelated: anything else (a former office beside a current one, a lead beside a deputy).
    """
    if "event" in (left.kind, right.kind):
        one_role = left.kind == right.kind and left.portfolios == right.portfolios
        return "same" if one_role else "beside"
    formers = left_former != right_former
    if "lead" in (left.kind, right.kind):
        lead, office = (left, right) if left.kind == "lead" else (right, left)
        fits = lead.portfolios <= office.portfolios and not office.rank
        return "same" if fits and not formers else "unrelated"
    if left.portfolios == right.portfolios and left.rank == right.rank:
        return "former" if formers else "same"
    if formers or left_former:
        return "unrelated"  # a past office beside another: a career, not a contradiction
    if left.portfolios == right.portfolios:
        return "rank"
    if left.portfolios & right.portfolios or _joint(left.portfolios | right.portfolios):
        return "partial"
    return "portfolio"


def _joint(portfolios: frozenset[str]) -> bool:
    """Tell whether one ministry often holds all these portfolios (titles.joint_portfolios)."""
    return any(portfolios <= joint for joint in _joints())


@cache
def _joints() -> tuple[frozenset[str], ...]:
    """The sets of portfolios governments often give one ministry."""
    entries = group("titles", "joint_portfolios").entries
    return tuple(frozenset(fold(p) for p in entry.split("|")) for entry in entries)


@cache
def _phrases() -> tuple[tuple[int, str, tuple[str, ...], str], ...]:
    """Every known wording as (words, group, words, set name), the longest first."""
    table = []
    deputy = group("titles", "ranks").entries[0].split("|")[0]
    for part in ("portfolio_leads", "ranks", "deputy_posts", "office_heads", "portfolios"):
        for entry in group("titles", part).entries:
            wordings = [fold(w) for w in entry.split("|")]
            # A lead's set names its portfolio first; the descriptions follow.
            name = deputy if part == "deputy_posts" else wordings[0]
            phrases = wordings[1:] if part == "portfolio_leads" else wordings
            for wording in phrases:
                words = tuple(_WORD.findall(wording))
                table.append((len(words), part, words, name))
    table.sort(key=lambda row: -row[0])
    return tuple(table)


def ranks_of(title: str) -> frozenset[str]:
    """The ranks a title's words name, each by its set's first word ("vice" -> "deputy")."""
    words = _WORD.findall(fold(title))
    return frozenset(
        name
        for i in range(len(words))
        for _, part, phrase, name in _phrases()
        if part == "ranks" and _at(words, i, phrase)
    )


@cache
def _roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each role in an event (vocabulary titles.event_roles) by its entry, as a pattern."""
    return tuple(
        (entry, re.compile(rf"\b(?:{entry})\b")) for entry in group("titles", "event_roles").entries
    )
