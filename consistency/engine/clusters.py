"""Split one fact's claims into the separate things they are about, and key each part.

A part's key names it in its finding's id, so it is made of dates and people, never of the
claims' wording: an outlet that rewords its sentence, or a new outlet, keeps the id.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Sequence

from consistency.engine import quote_match
from consistency.engine.comparators import precedent_kind
from consistency.engine.rows import Row, missing
from consistency.engine.rule import Rule
from consistency.extract.parts import split_part
from consistency.knowledge import fold, lexicon
from consistency.normalise.values import precedent_event
from consistency.vocabulary import group, pattern
from consistency.vocabulary import words as vocabulary_words

_WORD = re.compile(r"[a-z]{4,}")
# Claims this close in one article belong together (a quotation split into sentences).
_RUN_ON = 4
#: Month and weekday names: words every story uses, which tell no story or incident apart.
CALENDAR = frozenset(
    name.lower()
    for name in (*group("calendar", "months").entries, *group("calendar", "weekdays").entries)
)


#: One part of a group: its key (empty when the rule does not split) and its claims.
Part = tuple[str, list[Row]]
#: The event key of the meeting a claim's own article dates it to, or None.
EventOf = Callable[[Row], str | None]
#: A story's first and last publication day (day ordinals), or None when no article is dated.
Span = tuple[int, int] | None


def clusters(
    group: Sequence[Row],
    rule: Rule,
    event_of: EventOf | None = None,
    span: Span = None,
    undated: Callable[[Row], bool] | None = None,
) -> list[Part]:
    """The claims of one fact and subject, split and keyed as the rule's `cluster` option says.

    `span` is the publication days of the claims' story, which undated articles are read at;
    `undated` tells a claim whose article dates no meeting of its people (cluster: dated).
    """
    how = rule.option("cluster")
    if how is None:
        return [("", list(group))]
    if how == "events":
        return keyed(_events(group, rule, span), _date_anchor)
    if how == "dated":
        return _by_event(group, event_of or (lambda _: None), undated or (lambda _: False))
    if how == "kinds":
        return _by_kind(group, rule)
    texts = [str(r["text"]) for r in group]
    if how == "words":
        anchor = _date_anchor
        linked = _linked_by_words([_with_name(r, t) for r, t in zip(group, texts, strict=True)])
    elif how == "wording":
        anchor = _published_anchor
        linked = _linked_by_wording(
            texts, float(rule.option("cluster_threshold")), int(rule.option("fragment_words"))
        )
        linked |= _adjacent(group)
    else:
        raise ValueError(f"{rule.path}: unknown cluster option '{how}'")
    parts = [[group[i] for i in m] for m in _components(len(texts), linked)]
    if how == "words":
        parts = [run for part in parts for run in _recurring_apart(part)]
    return keyed(parts, anchor)


def keyed(parts: Sequence[list[Row]], anchor: Callable[[list[Row]], tuple[str, str]]) -> list[Part]:
    """Each part with a key: its coarse anchor, made unique by its finer one, then by number.

    Parts are keyed in date order, so the first part of an anchor keeps the anchor alone and
    a later meeting in the same month does not change the id of the first.
    """
    used: set[str] = set()
    result: list[Part] = []
    for part in sorted(parts, key=lambda p: (*anchor(p), _first_claim(p))):
        coarse, fine = anchor(part)
        candidates = itertools.chain(
            (coarse, f"{coarse}/{fine}"), (f"{coarse}/{fine}#{n}" for n in itertools.count(2))
        )
        key = next(k for k in candidates if k not in used)
        used.add(key)
        result.append((key, part))
    return result


def _first_claim(part: Sequence[Row]) -> tuple[str, str, int]:
    """The part's first claim by publication, source and offset (never by its words)."""
    return min(
        ("" if missing(r["published"]) else str(r["published"]), str(r["origin"]), int(r["start"]))
        for r in part
    )


def _date_anchor(part: Sequence[Row]) -> tuple[str, str]:
    """The month and the day of a part's earliest date, preferring dates given to the day."""
    dated = [r for r in part if not missing(r["lo"])]
    # A bound ("over a century ago") reaches back to the calendar's start: no anchor of its own.
    dated = [r for r in dated if str(r["precision"]) != "bound"] or dated
    exact = [r for r in dated if str(r["precision"]) == "day"] or dated
    if not exact:
        return "", ""
    day = dt.date.fromordinal(int(min(float(r["lo"]) for r in exact)))
    return day.strftime("%Y-%m"), day.isoformat()


def _published_anchor(part: Sequence[Row]) -> tuple[str, str]:
    """The day the part was first published (quotes carry no date of their own)."""
    days = sorted(str(r["published"]) for r in part if not missing(r["published"]))
    return (days[0], days[0]) if days else ("", "")


def _by_event(
    group: Sequence[Row], event_of: EventOf, undated: Callable[[Row], bool]
) -> list[Part]:
    """Claims split by the meeting their own article dates them to (its event key).

    A length of one part of the meeting ("the second round lasted an hour") is compared with
    the other outlets' lengths of that part only, not with the whole meeting's. A part told
    in an article that dates no meeting (a caption of "their dinner at X") is the one such
    part the other outlets date, when they date one; else the main meeting's.
    """
    parts: dict[str, list[Row]] = {}
    floating: list[tuple[str, Row]] = []
    for row in group:
        part, _ = split_part(str(row["value_text"]))
        if part and undated(row):
            floating.append((part, row))
            continue
        key = event_of(row) or ""
        parts.setdefault(f"{key}/{part} part" if part else key, []).append(row)
    for part, row in floating:
        homes = sorted(key for key in parts if key.endswith(f"/{part} part"))
        parts.setdefault(homes[0] if len(homes) == 1 else f"/{part} part", []).append(row)
    return sorted(parts.items())


def _by_kind(group: Sequence[Row], rule: Rule) -> list[Part]:
    """Precedents split by what they count and the event they are bounded by, if any.

    One that does not say what it counts joins the largest kind with the same bound.
    """
    kinds: dict[str, dict[str, list[Row]]] = {}
    for row in group:
        text = str(row["value_text"])
        by_event = kinds.setdefault(precedent_event(text), {})
        by_event.setdefault(precedent_kind(text, rule), []).append(row)
    parts: dict[str, list[Row]] = {}
    for event, by_kind in kinds.items():
        unsaid = by_kind.pop("", [])
        if by_kind:
            # Ties go to the first kind by name, so the choice does not depend on input order.
            largest = min(by_kind, key=lambda k: (-len(by_kind[k]), k))
            by_kind[largest] += unsaid
        elif unsaid:
            by_kind[""] = unsaid
        for kind, rows in by_kind.items():
            parts[f"{kind} since {event}".strip() if event else kind] = rows
    return sorted(parts.items())


def _events(group: Sequence[Row], rule: Rule, span: Span) -> list[list[Row]]:
    """Claims about the same people: the story's own event apart from others, by evidence.

    A claim dated near its article's publication tells of the story's own event whatever
    its value, so two values for it are a conflict to show, not two events; only evidence
    that the people met more than once makes several (see _own_events). Claims dated far
    from publication ("last year", a precedent decades back) are other events, one per run
    of dates no more than `window_days` apart; a group with no publication day at all is
    split that way too.
    """
    reach = float(rule.option("current_days"))
    own: list[Row] = []
    others: list[Row] = []
    undated: list[Row] = []
    for row in group:
        if missing(row["lo"]):
            undated.append(row)
        else:
            (own if is_own(row, span, reach) else others).append(row)
    others_parts = _runs(others, float(rule.option("window_days")))
    parts = _own_events(own) + others_parts
    if not parts:
        return [list(group)]
    if undated:
        # A mention with no date goes with the main event (see main_part).
        target = main_part(parts, len(parts) - len(others_parts), span)
        parts[target] = parts[target] + undated
    return parts


def main_part(parts: Sequence[Sequence[Row]], own: int, span: Span) -> int:
    """The index of a story's main event among parts whose first `own` are its own events.

    The story's first own meeting; without one, the event dated nearest the story's days;
    without those, the largest. Never the count of claims when a date can say it, so that
    an outlet repeating a claim never moves another claim to another finding.
    """
    if own:
        return min(range(own), key=lambda i: (_first_day(parts[i]), i))
    if span is not None:
        return min(range(len(parts)), key=lambda i: (_distance(parts[i], span), i))
    return max(range(len(parts)), key=lambda i: (len(parts[i]), -i))


def _first_day(part: Sequence[Row]) -> float:
    """The earliest day a part's dated claims give (infinity when none is dated)."""
    return min((float(r["lo"]) for r in part if not missing(r["lo"])), default=math.inf)


def _distance(part: Sequence[Row], span: tuple[int, int]) -> float:
    """How many days a part's nearest dated claim lies outside a story's publication days."""
    first, last = span
    gaps = [
        max(first - float(r["hi"] if not missing(r["hi"]) else r["lo"]), float(r["lo"]) - last, 0)
        for r in part
        if not missing(r["lo"])
    ]
    return min(gaps, default=math.inf)


def is_own(row: Row, span: Span, reach: float) -> bool:
    """Tell whether a dated claim falls within `reach` days of its article's publication.

    An article without a publication day is read at its story's days. A bound ("before the
    summer recess", "over a century ago") tells no day of the story's own event.
    """
    if str(row["precision"]) == "bound":
        return False
    published = row["published"]
    if not missing(published):
        day = dt.date.fromisoformat(str(published)).toordinal()
        first, last = day, day
    elif span is not None:
        first, last = span
    else:
        return False
    hi = row["lo"] if missing(row["hi"]) else row["hi"]
    return bool(row["lo"] <= last + reach and hi >= first - reach)


def _own_events(own: Sequence[Row]) -> list[list[Row]]:
    """The story's own claims: one event, unless a text shows the people met more than once.

    Two kinds of evidence make several meetings. A text saying they met again: the later
    meeting is the claims saying so and those dated on their days, the others the first.
    One article giving their meeting two different days, each also given by another source:
    each such day is a meeting, and a claim on none of those days goes to the nearest of
    them (a conflict to show, not a meeting of its own).
    """
    if not own:
        return []
    again = pattern("repeats", "met_again")
    repeats = _runs([r for r in own if again.search(str(r["sentence"]))], 0.0)
    said = {id(r) for part in repeats for r in part}
    rest = [r for r in own if id(r) not in said]
    by_day: dict[float, list[Row]] = {day: [] for day in _days_told_apart(rest)}
    first: list[Row] = []
    for row in rest:
        joined = next((part for part in repeats if _overlaps(row, part)), None)
        if joined is None:
            joined = by_day.get(row["lo"]) if _one_day(row) else None
        (joined if joined is not None else first).append(row)
    days = [by_day[day] for day in sorted(by_day) if by_day[day]]
    if days and first:
        # A stray day goes with the nearest day told apart (the earlier on a tie): a conflict.
        for row in first:
            nearest = min(range(len(days)), key=lambda i: (abs(days[i][0]["lo"] - row["lo"]), i))
            days[nearest].append(row)
        first = []
    return ([first] if first else []) + days + repeats


def _days_told_apart(rows: Sequence[Row]) -> set[float]:
    """The days an article tells apart as the people's meetings, each dated by two sources.

    An article dating the meeting to two days or more tells them apart; a day no other
    source gives is more likely a date misread than a meeting of its own.
    """
    by_article: dict[str, set[float]] = {}
    sources: dict[float, set[str]] = {}
    for row in rows:
        if _one_day(row):
            by_article.setdefault(str(row["article_id"]), set()).add(row["lo"])
            sources.setdefault(row["lo"], set()).add(str(row["origin"]))
    told = {day for days in by_article.values() if len(days) > 1 for day in days}
    return {day for day in told if len(sources[day]) > 1}


def _one_day(row: Row) -> bool:
    """Tell whether a dated claim gives a single day (not a month, a year or a range)."""
    return missing(row["hi"]) or row["hi"] == row["lo"]


def _overlaps(row: Row, part: Sequence[Row]) -> bool:
    """Tell whether a dated claim's days meet those of any claim of a part."""
    hi = row["lo"] if missing(row["hi"]) else row["hi"]
    return any(
        row["lo"] <= (o["lo"] if missing(o["hi"]) else o["hi"]) and hi >= o["lo"] for o in part
    )


def _runs(dated_rows: Sequence[Row], window: float) -> list[list[Row]]:
    """Dated claims in runs of dates no more than `window` days apart."""
    dated = sorted(dated_rows, key=_date_order)
    events: list[list[Row]] = []
    reach = -math.inf
    for row in dated:
        lo, hi = row["lo"], row["lo"] if missing(row["hi"]) else row["hi"]
        if events and lo <= reach + window:
            events[-1].append(row)
            reach = max(reach, hi)
        else:
            events.append([row])
            reach = hi
    return events


def _date_order(row: Row) -> tuple[float, bool, float, str]:
    """Sort key by low day, high day (missing last) and claim id, as the table sorted them."""
    hi = row["hi"]
    return row["lo"], missing(hi), 0.0 if missing(hi) else hi, str(row["claim_id"])


def _recurring_apart(part: list[Row]) -> list[list[Row]]:
    """A part of events of a kind that recurs, split where its dates do not overlap.

    A person holds a news conference, or makes a remark, on many days: two of them on days
    apart are two events, not two accounts of one to set against each other (vocabulary
    events.yaml `recurring`). A mention without a date goes with the first.
    """
    recurring = vocabulary_words("events", "recurring")
    if not all(any(str(n) in recurring for n in row["subject"]) for row in part):
        return [part]
    undated = [row for row in part if missing(row["lo"])]
    runs = _runs([row for row in part if not missing(row["lo"])], 0.0) or [[]]
    runs[0] = runs[0] + undated
    return runs


def _linked_by_words(texts: Sequence[str]) -> set[tuple[int, int]]:
    """Links between texts that share a telling word (not a date, a stop word or "incident").

    Each text is linked to the previous one sharing a word, not to every one: the clusters
    (connected groups) are the same, without comparing every pair.
    """
    lex = lexicon()
    common = lex.stopwords | lex.incident_words | CALENDAR
    last: dict[str, int] = {}
    links: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        for word in set(_WORD.findall(fold(text))) - common:
            if word in last:
                links.add((last[word], i))
            last[word] = i
    return links


def _with_name(row: Row, text: str) -> str:
    """A claim's text with the name its subject gives the event, if any ("departure").

    A person's name is capitalised, an event's kind or label is not: claims naming the same
    kind of event for one person tell of one event whatever their words.
    """
    names = [str(n) for n in row["subject"] if str(n)[:1].islower()]
    return " ".join((text, *names))


def _linked_by_wording(
    texts: Sequence[str], threshold: float, fragment_words: int
) -> set[tuple[int, int]]:
    """Links joining the quotes that are one statement (engine/quote_match.py).

    Statements are linked first; a fragment ("not an option") then joins the one statement
    that holds it, or another fragment it holds or is held by. A fragment that two separate
    statements hold joins neither, so that it never makes two statements one.

    Only the connected groups count (see _components), and outlets repeat a quote word for
    word (a group of a thousand quotes holds a few dozen wordings), so each distinct wording
    is compared once with each other, and its quotes are chained when they are one statement.
    """
    members: dict[tuple[str, ...], list[int]] = {}
    for i, text in enumerate(texts):
        members.setdefault(quote_match.quote_words(text), []).append(i)
    wordings = list(members)

    def same(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
        return quote_match.same_statement(left, right, threshold, fragment_words)

    short = {w for w in wordings if quote_match.is_fragment(w, fragment_words)}
    statements = [w for w in wordings if w not in short]
    links: set[tuple[int, int]] = set()
    # Statements: a wording's quotes are one statement when it matches itself or another.
    joined: dict[tuple[str, ...], list[tuple[str, ...]]] = {w: [] for w in statements}
    for n, a in enumerate(statements):
        for b in statements[n + 1 :]:
            if same(a, b):
                joined[a].append(b)
                joined[b].append(a)
    whole = {w for w in statements if joined[w] or (len(members[w]) > 1 and same(w, w))}
    for a in whole:
        links |= _chained(members[a])
        links |= {(members[a][0], members[b][0]) for b in joined[a]}
    statement_of = _statement_keys(statements, joined, whole, members)
    # Fragments: each joins every quote that holds it, unless those are two statements.
    for a in short:
        held = [b for b in wordings if same(a, b)]
        keys = {key for b in held if b not in short for key in statement_of[b]}
        if len(keys) > 1:
            continue
        quotes = [j for b in held for j in members[b]]
        if any(j not in members[a] for j in quotes) or (len(members[a]) > 1 and a in held):
            links |= _chained(sorted({*members[a], *quotes}))
    return links


def _chained(indices: Sequence[int]) -> set[tuple[int, int]]:
    """Links that make the indices one connected group."""
    return set(itertools.pairwise(indices))


def _statement_keys(
    statements: Sequence[tuple[str, ...]],
    joined: dict[tuple[str, ...], list[tuple[str, ...]]],
    whole: set[tuple[str, ...]],
    members: dict[tuple[str, ...], list[int]],
) -> dict[tuple[str, ...], set[object]]:
    """Each statement wording's statements: one key per linked group, else one per quote.

    A wording that matches nothing, not even itself, is as many statements as its quotes.
    """
    index = {w: n for n, w in enumerate(statements)}
    links = {(index[a], index[b]) for a in statements for b in joined[a] if index[a] < index[b]}
    keys: dict[tuple[str, ...], set[object]] = {}
    for n, component in enumerate(_components(len(statements), links)):
        for k in component:
            w = statements[k]
            keys[w] = {n} if w in whole else {("quote", i) for i in members[w]}
    return keys


def _adjacent(group: Sequence[Row]) -> set[tuple[int, int]]:
    """Pairs of claims that run on in one article (the sentences of one quotation)."""
    by_article: dict[str, list[int]] = {}
    for i, row in enumerate(group):
        by_article.setdefault(str(row["article_id"]), []).append(i)
    spans = [(int(r["start"]), int(r["end"])) for r in group]
    return {
        (i, j)
        for members in by_article.values()
        for n, i in enumerate(members)
        for j in members[n + 1 :]
        if min(abs(spans[j][0] - spans[i][1]), abs(spans[i][0] - spans[j][1])) <= _RUN_ON
    }


def _components(size: int, links: set[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of indices, in order of their first member."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())
