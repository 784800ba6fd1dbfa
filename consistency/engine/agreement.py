"""Outlet by outlet: which facts each pair shares and agrees on, and what rests on one outlet."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

AGREEING = ("agree", "compatible")


@dataclass
class PairTally:
    """What two outlets have in common: findings both speak to, and how those came out."""

    shared: int = 0
    agreeing: int = 0
    conflicting: int = 0


@dataclass
class OutletProfile:
    """One outlet's standing: the findings it alone reports and those it is in conflict on."""

    outlet: str
    single_source: list[str] = field(default_factory=list)
    conflicting: list[str] = field(default_factory=list)


def agreement_matrix(findings: pd.DataFrame) -> dict[tuple[str, str], PairTally]:
    """Tallies for every ordered pair of outlets that share at least one finding."""
    tallies: dict[tuple[str, str], PairTally] = defaultdict(PairTally)
    for outlets, status in zip(findings["outlets"], findings["status"], strict=True):
        for a, b in itertools.permutations(sorted(set(outlets)), 2):
            tally = tallies[(a, b)]
            tally.shared += 1
            tally.agreeing += status in AGREEING
            tally.conflicting += status == "conflict"
    return dict(tallies)


def outlet_profiles(findings: pd.DataFrame) -> list[OutletProfile]:
    """Per outlet, the ids of its single-source findings and of the conflicts it is part of."""
    profiles: dict[str, OutletProfile] = {}
    rows = zip(findings["finding_id"], findings["outlets"], findings["status"], strict=True)
    for finding_id, outlets, status in rows:
        for outlet in outlets:
            profile = profiles.setdefault(outlet, OutletProfile(outlet))
            if status == "single_source":
                profile.single_source.append(finding_id)
            elif status == "conflict":
                profile.conflicting.append(finding_id)
    return [profiles[name] for name in sorted(profiles)]
