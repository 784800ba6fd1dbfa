"""Score a run against a shared corpus's expected.yaml by where the evidence stands in each page.

The semantics of `../shared/tools/score.py`, written for the tests: an observation is HIT by a
claim of its article whose span overlaps the place its text stands in the page; a finding is a
candidate for a fact when it has the fact's name, every expected person among its subjects
(by family name), and at least one hit; each fact takes the candidate with the most hits, and
each finding serves one fact at most. The verdict is right when the finding's status is the
expected one (or an `also_acceptable` one; agree and compatible count for each other) and none
of its claims stands on a `traps:` text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from consistency.knowledge import fold
from consistency.schemas import CheckResult

#: Statuses an editor treats as the same verdict.
LENIENT = frozenset({frozenset({"agree", "compatible"})})
#: Family names written first ("Xi Jinping"): the person is matched by that first word.
_FAMILY_FIRST = frozenset({"xi", "qin", "wang", "li", "hu", "zhao", "kim", "moon", "lee", "park"})
_ELLIPSIS_OR_NOTE = re.compile(r"\s*(?:\.\.\.|…|\([^)]*\))\s*")
#: A piece of an observation shorter than this is too common to place by itself.
_MIN_PIECE = 12

Span = tuple[int, int]


@dataclass
class FactScore:
    """How one expected fact fared: the finding it took, its status and whether that is right."""

    fact_id: str
    fact: str
    expected: str
    status: str | None = None
    hits: int = 0
    right: bool = False
    on_chrome: bool = False
    split: bool = False
    finding_id: str | None = None
    why: list[str] = field(default_factory=list)


def corpus_folders(root: Path) -> list[Path]:
    """Every folder under `root` holding an expected.yaml, sorted by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "expected.yaml").is_file())


def load(folder: Path) -> dict[str, Any]:
    """A corpus folder's parsed expected.yaml."""
    return dict(yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")))


def family_name(name: str) -> str:
    """The word a person is found by among a finding's subjects."""
    parts = fold(name).split()
    return parts[0] if len(parts) > 1 and parts[0] in _FAMILY_FIRST else parts[-1]


def locate(text: str, page: str) -> list[Span]:
    """Where an observation's text stands in a page: exactly, else its long pieces."""
    if not text:
        return []
    at = page.find(text)
    if at >= 0:
        return [(at, at + len(text))]
    spans = []
    for piece in _ELLIPSIS_OR_NOTE.split(text):
        piece = piece.strip(" ,;:")
        at = page.find(piece) if len(piece) >= _MIN_PIECE else -1
        if at >= 0:
            spans.append((at, at + len(piece)))
    return spans


def trap_spans(expected: dict[str, Any], pages: dict[str, str]) -> dict[str, list[Span]]:
    """Per page file, where the `traps:` that name an article and an exact text stand.

    Traps written as prose (older corpora) cannot be placed and are not checked here.
    """
    spans: dict[str, list[Span]] = {}
    for trap in expected.get("traps") or []:
        if not isinstance(trap, dict) or not trap.get("text"):
            continue
        name = _article_file(trap.get("article"), list(pages))
        if name:
            spans.setdefault(name, []).extend(locate(str(trap["text"]), pages[name]))
    return spans


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _article_file(article: Any, names: list[str]) -> str | None:
    """The page file an observation's `article` ("001", or YAML's 1) names."""
    key = f"{article:03d}" if isinstance(article, int) else str(article)
    return next((n for n in names if n == key or n.startswith(f"{key}_")), None)


def score(result: CheckResult, folder: Path) -> list[FactScore]:
    """Each expected fact of a corpus folder, scored against one run's tables."""
    expected = load(folder)
    sources = dict(zip(result.articles["article_id"], result.articles["source"], strict=True))
    name_of = {aid: Path(str(src)).name for aid, src in sources.items()}
    pages = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in folder.glob("*.txt")}
    traps = trap_spans(expected, pages)
    claims = {
        str(cid): (name_of.get(str(aid), ""), (int(start), int(end)))
        for cid, aid, start, end in zip(
            result.facts["claim_id"],
            result.facts["article_id"],
            result.facts["start"],
            result.facts["end"],
            strict=True,
        )
    }
    findings = result.findings.to_dict("records")
    taken: set[str] = set()
    scores = []
    for index, fact in enumerate(expected.get("facts") or []):
        fact_id = str(fact.get("id") or f"F{index:02d}")
        result_score = FactScore(fact_id, str(fact["fact"]), str(fact["verdict"]))
        wanted = [
            (name, span)
            for obs in fact.get("observations") or []
            if (name := _article_file(obs.get("article"), list(pages)))
            for span in locate(str(obs.get("text") or ""), pages[name])
        ]
        families = {family_name(n) for n in fact.get("who") or []}
        ranked = []
        for finding in findings:
            if finding["fact"] != fact["fact"] or finding["finding_id"] in taken:
                continue
            subjects = " ".join(fold(str(s)) for s in finding["subject"])
            if not all(re.search(rf"\b{re.escape(f)}\b", subjects) for f in families):
                continue
            hits = sum(
                1
                for cid in finding["claim_ids"]
                if (c := claims.get(str(cid)))
                and any(c[0] == name and _overlaps(c[1], [span]) for name, span in wanted)
            )
            if hits:
                ranked.append((hits, finding))
        if not ranked:
            result_score.why.append("no finding holds the observations")
            scores.append(result_score)
            continue
        ranked.sort(key=lambda pair: -pair[0])
        hits, best = ranked[0]
        taken.add(str(best["finding_id"]))
        accepted = {str(fact["verdict"]), *map(str, fact.get("also_acceptable") or [])}
        status = str(best["status"])
        result_score.status, result_score.hits = status, hits
        result_score.finding_id = str(best["finding_id"])
        result_score.split = len(ranked) > 1
        result_score.on_chrome = any(
            (c := claims.get(str(cid))) and _overlaps(c[1], traps.get(c[0], []))
            for cid in best["claim_ids"]
        )
        same = status in accepted or any(frozenset({status, a}) in LENIENT for a in accepted)
        result_score.right = same and not result_score.on_chrome
        if not same:
            result_score.why.append(f"expected {fact['verdict']}, got {status}")
        if result_score.on_chrome:
            result_score.why.append("the finding stands on page chrome")
        scores.append(result_score)
    return scores
