"""Evaluate: group facts by fact and subject and give each group one finding."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from pandera.typing.pandas import DataFrame

from consistency.engine.clusters import clusters
from consistency.engine.comparators import Relation, comparator_for
from consistency.engine.differences import why_different
from consistency.engine.events import EventIndex, event_indexes
from consistency.engine.explain import why_conflict
from consistency.engine.observations import OutletView, outlet_view
from consistency.engine.pairs import PairComparisons
from consistency.engine.rows import Row, grouped_rows, missing
from consistency.engine.rule import Rule
from consistency.engine.stories import Stories, stories
from consistency.engine.units import MINUTES, MONEY, amount_text
from consistency.engine.unnamed import adopt_unnamed
from consistency.runtime import collector_paused, shared
from consistency.schemas import FactSchema, FindingSchema, empty, validate


# Paused: the stage makes objects by the million and almost no cycles (see collector).
@collector_paused()
def evaluate(facts: DataFrame[FactSchema], rules: Sequence[Rule]) -> DataFrame[FindingSchema]:
    """One finding per fact and subject (and event, where a rule splits), with a status."""
    if facts.empty:
        return validate(FindingSchema, empty(FindingSchema))
    check_comparators(rules)
    by_fact = {rule.fact: rule for rule in rules}
    told = stories(facts)
    grouped = adopt_unnamed(facts, by_fact, told)
    indexes = event_indexes(grouped, by_fact, told)
    # Packed into a table every FINDINGS_PER_FRAME findings: as dicts, a large run's findings
    # took several times the memory of their table.
    frames, rows = [], []
    seen: dict[Any, Any] = {}
    for _, group in grouped_rows(grouped):
        rows.extend(group_findings(group, by_fact, indexes, told))
        if len(rows) >= FINDINGS_PER_FRAME:
            frames.append(_frame(rows, seen))
            rows = []
    if rows or not frames:
        frames.append(_frame(rows, seen))
    return validate(FindingSchema, pd.concat(frames, ignore_index=True))


def _frame(rows: list[dict[str, Any]], seen: dict[Any, Any]) -> pd.DataFrame:
    """Some finding rows as a table, their values kept as the objects they are.

    Equal outlets and pairs (tuples of names) share one object with those in `seen`.
    """
    frame = pd.DataFrame(rows)
    for column in ("outlets", "pairs"):
        if column in frame:
            frame[column] = shared(frame[column].tolist(), seen)
    # Values mix days, minutes, bounds and None: a frame whose values are all missing would
    # make them NaN, which the other frames' objects would keep when joined.
    if rows:
        frame["value"] = pd.Series([row["value"] for row in rows], dtype=object)
    return frame


#: Findings gathered as dicts before they are packed into a table.
FINDINGS_PER_FRAME = 8192


def check_comparators(rules: Sequence[Rule]) -> None:
    """Fail first when a rule names a comparator that does not exist."""
    for each in rules:
        comparator_for(each)


def group_findings(
    group: Sequence[Row],
    by_fact: Mapping[str, Rule],
    indexes: Mapping[str, EventIndex] | None = None,
    told: Stories | None = None,
) -> list[dict[str, Any]]:
    """The findings of one group of claims about one fact and subject (one per story and part).

    Claims of different stories never meet in a finding. A part keeps the key it has in its
    own story's run; only when an earlier story already holds that key is the story's own
    key added, so a folder of one story keeps every id.
    """
    rule = by_fact.get(str(group[0]["fact"]))
    index = None if rule is None else (indexes or {}).get(str(rule.options.get("dated_by", "")))
    used: set[str] = set()
    findings = []
    known = told or Stories()
    for story, rows in known.split(group):
        if rule is None:
            parts: list[tuple[str, list[Row]]] = [("", rows)]
        else:
            event_of = index.event_of if index is not None else None
            undated = index.undated if index is not None else None
            parts = clusters(rows, rule, event_of, known.span(story), undated)
        around = (
            _story_context(rows) if rule is not None and rule.option("context") == "story" else ""
        )
        for key, part in parts:
            unique = key if key not in used else f"{key}~{story}"
            used.add(unique)
            findings.append(_finding(unique, part, rule, around))
    return findings


def _story_context(rows: Sequence[Row]) -> str:
    """Every sentence a story's claims of one fact and subject stand in, each once."""
    return " ".join(dict.fromkeys(str(r["sentence"]) for r in rows if not missing(r["sentence"])))


def _finding(
    event: str, group: Sequence[Row], rule: Rule | None, around: str = ""
) -> dict[str, Any]:
    """The finding for one group of claims about the same fact, people and event."""
    fact = str(group[0]["fact"])
    subject = tuple(group[0]["subject"])
    # Sources, not articles, are independent: an outlet's articles and a wire story's copies
    # each count once.
    by_origin: dict[str, list[Row]] = {}
    for row in group:
        by_origin.setdefault(str(row["origin"]), []).append(row)
    views = [outlet_view(o, by_origin[o]) for o in sorted(by_origin)]
    base = {
        "fact": fact if rule is None else rule.listed_fact,
        "subject": subject,
        "outlets": tuple(v.outlet for v in views),
        "claim_ids": tuple(sorted(str(r["claim_id"]) for r in group)),
    }
    code = rule.code if rule is not None else ""
    ids = {"rule": code, "finding_id": finding_id(code, fact, subject, event)}
    if rule is None:
        return base | _not_evaluated(f"no rule compares {fact}") | ids | {"pairs": ()}
    pairs = PairComparisons(views, comparator_for(rule), rule, around)
    verdict = _verdict(views, pairs, rule, subject or ("the claim",))
    return base | verdict | ids | {"pairs": pairs.cells()}


def _listed(subject: Sequence[str]) -> str:
    """A subject's names as prose: "A and B", and for a meeting of three "A, B and C"."""
    names = list(subject)
    return " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def finding_id(code: str, fact: str, subject: Sequence[str], event: str = "") -> str:
    """A stable id for a finding: its rule, fact, people and event key, never its wording.

    The event key (a month, and a day when one month holds two events) is empty for rules
    that do not split a fact's claims, so their ids are those of rule, fact and people alone.
    """
    parts = (code, fact, *sorted(subject))
    key = "|".join((*parts, f"@{event}") if event else parts)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _verdict(
    views: Sequence[OutletView], pairs: PairComparisons, rule: Rule, subject: Sequence[str]
) -> dict[str, Any]:
    """Status, summary, value and note for one group under one rule."""
    asserting = [v for v in views if v.asserted is not None]
    hedging = [v for v in views if v.asserted is None and v.hedged is not None]
    relations = pairs.asserted()
    # Minutes read as hours and minutes ("at least 5 h"), as the reports show them.
    unit = rule.option("unit")
    note = _note(views, asserting, hedging, pairs)
    confirming = [v for v in hedging if _consistent(v, asserting, pairs)]
    contradicted = [v for v in hedging if asserting and v not in confirming]
    if rule.option("hedges") == "note":
        # An expectation ("expected to last five hours") is no claim about the outcome: the
        # note says it was contradicted, the status does not count it.
        contradicted = []
    if "conflict" in relations or contradicted:
        status = "conflict"
        details = _details(asserting, unit=unit) + _hedged_details(contradicted, unit)
        summary = rule.message.format(subject=_listed(subject), details=details)
        why = why_conflict(views, pairs, rule) or why_different(views, pairs)
        summary = f"{summary}. {why}" if why else summary
    elif len(asserting) >= 2 or (asserting and confirming):
        # A hedge that the reports confirm adds a source to the agreement (with a note).
        status = "agree" if set(relations) <= {"same"} else "compatible"
        verb = "agree" if status == "agree" else "give compatible values"
        listed = _details(asserting, unit=unit) + _hedged_details(confirming, unit)
        summary = f"{len(asserting) + len(confirming)} outlets {verb}: {listed}"
    elif len(asserting) == 1:
        status = "single_source"
        summary = f"Only one outlet reports it: {_details(asserting, unit=unit)}"
    elif hedging:
        status = "hedged"
        hedges = _details(hedging, hedged=True, unit=unit)
        summary = f"Only reported as possible or planned: {hedges}"
    elif views and all(v.only_hedged for v in views):
        # Only planned or possible ("is to meet X"), with no value to read: the status says so
        # (hedged), and the note says why no value was evaluated; nothing is agreed.
        status = "hedged"
        mentions = "; ".join(f"{v.outlet}" for v in views)
        summary = f"Only reported as possible or planned, with no value to compare: {mentions}"
    else:
        reasons = sorted({r for v in views for r in v.failures}) or ["no outlet gives a value"]
        return _not_evaluated("; ".join(reasons)) | {"hint": rule.hint}
    return {
        "status": status,
        "severity": _severity(status, rule, relations),
        "summary": summary,
        "hint": rule.hint,
        "value": None if status == "conflict" else _best_value(asserting or hedging),
        "note": note,
    }


def _severity(status: str, rule: Rule, relations: Sequence[Relation]) -> str:
    """The rule's severity for a conflict between reports; low when only a hedge disagrees."""
    if status != "conflict":
        return "info"
    return rule.severity if "conflict" in relations else "low"


def _consistent(view: OutletView, asserting: Sequence[OutletView], pairs: PairComparisons) -> bool:
    """Tell whether a hedged value fits every asserted one."""
    return view.hedged is not None and all(
        a.asserted is not None and pairs.between(view, a) != "conflict" for a in asserting
    )


def _note(
    views: Sequence[OutletView],
    asserting: Sequence[OutletView],
    hedging: Sequence[OutletView],
    pairs: PairComparisons,
) -> str:
    """Hedges confirmed or contradicted, outlets that changed their account, missing values."""
    notes = []
    for view in hedging:
        if not asserting or view.hedged is None:
            continue
        clash = any(a.asserted and pairs.between(view, a) == "conflict" for a in asserting)
        word = "contradicted" if clash else "confirmed"
        notes.append(f"{view.outlet} only hedged it ({view.hedged_text}), {word} by others")
    notes += [
        f"{v.outlet} changed its account; its latest article counts"
        for v in views
        if v.self_contradicted
    ]
    undated = [
        v.outlet for v in views if v.asserted is None and v.hedged is None and not v.failures
    ]
    if undated:
        notes.append(f"mentioned without a value by {', '.join(undated)}")
    notes += [f"{v.outlet}: not evaluated, {r}" for v in views for r in v.failures]
    return "; ".join(notes)


def _details(views: Sequence[OutletView], *, hedged: bool = False, unit: Any = None) -> str:
    """Each outlet's value, in the rule's unit, and its own words, for editors."""
    parts = []
    for view in views:
        observation = view.hedged if hedged else view.asserted
        text = view.hedged_text if hedged else view.asserted_text
        if observation is not None:
            parts.append(f"{view.outlet}: {_show(observation.value, unit)} ({text})")
    return "; ".join(parts)


def _hedged_details(views: Sequence[OutletView], unit: Any = None) -> str:
    """Outlets that only hedged, each with its value, to append to the asserted details."""
    return "".join(
        f"; {v.outlet} (only hedged): {_show(v.hedged.value, unit)} ({v.hedged_text})"
        for v in views
        if v.hedged is not None
    )


def _show(value: Any, unit: Any = None) -> str:
    """A value as editors read it; minutes as hours and minutes."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return " / ".join(_show(v, unit) for v in value)
    if isinstance(value, dict) and {"start", "end"} <= set(value):
        start, end = value["start"], value["end"]
        return (
            f"from {start} to {end}"
            if start and end
            else f"from {start}"
            if start
            else f"until {end}"
        )
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        return (
            f"at least {_end(low, unit)}"
            if high is None
            else f"at most {_end(high, unit)}"
            if low is None
            else f"{_end(low, unit)} to {_end(high, unit)}"
        )
    return _end(value, unit) if _in_unit(value, unit) else json.dumps(value)


def _end(value: Any, unit: Any) -> str:
    """One end of a range (or one amount) in the rule's unit: "5 h 30 min", "1.14 billion"."""
    return amount_text(value, unit) if _in_unit(value, unit) else str(value)


def _in_unit(value: Any, unit: Any) -> bool:
    """Whether a value is a number of the rule's unit that reads otherwise (minutes, money)."""
    return (
        unit in (MINUTES, MONEY) and isinstance(value, int | float) and not isinstance(value, bool)
    )


def _best_value(views: Sequence[OutletView]) -> Any:
    """The most precise value among the outlets' (the narrowest interval)."""
    observations = [v.asserted or v.hedged for v in views]
    present = [o for o in observations if o is not None]
    numeric = [o for o in present if o.numeric]
    if numeric:
        return min(numeric, key=lambda o: (o.hi - o.lo, o.lo)).value
    return present[0].value if present else None


def _not_evaluated(reason: str) -> dict[str, Any]:
    """The verdict of a group that could not be evaluated, with the reason."""
    return {
        "status": "not_evaluated",
        "severity": "low",
        "summary": f"Not evaluated: {reason}",
        "hint": "",
        "value": None,
        "note": reason,
    }
