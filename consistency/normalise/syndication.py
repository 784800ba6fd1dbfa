"""Find wire copies: articles whose bodies are near-identical count as one source."""

from __future__ import annotations

import itertools
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from consistency.ingest.bodies import article_bodies

# Words per shingle, sketch size, and the share of shingles two copies must have in common.
SHINGLE_WORDS = 6
SKETCH_SIZE = 64
SAME_STORY = 0.6
# Candidates share at least one of their few smallest hashes (a near-copy almost surely does).
_BUCKET_HASHES = 6
# A shingle in more sketches than this, or than twice the outlets (each prints a wire story
# once, maybe with an update), is boilerplate shared across stories, not one story's text.
BOILERPLATE_FLOOR = 50
_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The smallest hashes of the text's word shingles (a bottom-k MinHash sketch)."""
    words = [w.lower() for w in _WORD.findall(text)]
    # Each shingle is hashed as a slice of the words joined once, not joined anew.
    joined = " ".join(words)
    data = joined.encode()
    sizes = map(len, words) if len(data) == len(joined) else (len(w.encode()) for w in words)
    starts = [0, *itertools.accumulate(size + 1 for size in sizes)]
    crc32 = zlib.crc32
    hashes = sorted(
        {
            crc32(data[starts[i] : starts[i + SHINGLE_WORDS] - 1])
            for i in range(len(words) - SHINGLE_WORDS + 1)
        }
    )
    return tuple(hashes[:SKETCH_SIZE])


def resemblance(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two texts from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    shared = set(a) & set(b)
    return sum(1 for h in union if h in shared) / len(union)


def origins(articles: pd.DataFrame) -> dict[str, str]:
    """Map each article to the source it counts as: its outlet, or its wire story's copies."""
    ids = [str(i) for i in articles["article_id"].tolist()]
    outlets = dict(zip(ids, (str(o) for o in articles["outlet"].tolist()), strict=True))
    # Packed as they are made, a body at a time: a million small ints, or every body, held
    # as Python objects at once would be hundreds of MB at 50k articles.
    packed = Sketches.of(sketch(body) for body in article_bodies(articles))
    return _grouped(ids, outlets, packed)


def group_origins(outlets: dict[str, str], sketches: dict[str, tuple[int, ...]]) -> dict[str, str]:
    """Map each article to its source, given every article's outlet and sketch."""
    ids = list(outlets)
    return _grouped(ids, outlets, Sketches.of(sketches[i] for i in ids))


@dataclass(frozen=True)
class Sketches:
    """Every article's sketch in one array: article k's hashes are flat[starts[k]:starts[k+1]]."""

    flat: np.ndarray
    starts: np.ndarray

    @classmethod
    def of(cls, sketches: Iterable[Sequence[int]]) -> Sketches:
        """Pack sketches given in article order."""
        parts = [np.asarray(h, dtype=np.uint32) for h in sketches]
        lengths = np.fromiter((len(h) for h in parts), dtype=np.int64, count=len(parts))
        starts = np.concatenate(([0], np.cumsum(lengths)))
        flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint32)
        return cls(flat, starts)

    def hashes(self, k: int) -> tuple[int, ...]:
        """Article k's sketch."""
        return tuple(self.flat[self.starts[k] : self.starts[k + 1]].tolist())


def _grouped(ids: list[str], outlets: Mapping[str, str], packed: Sketches) -> dict[str, str]:
    """Map each article to its source, from its outlet and its place in the packed sketches."""
    parent = {i: i for i in ids}
    for a, b in _candidate_pairs(packed, [outlets[i] for i in ids]):
        if resemblance(packed.hashes(a), packed.hashes(b)) >= SAME_STORY:
            parent[_root(parent, ids[a])] = _root(parent, ids[b])
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in ids:
        groups[_root(parent, article_id)].append(article_id)
    return {a: _origin_name(members, outlets) for members in groups.values() for a in members}


def _candidate_pairs(packed: Sketches, outlets: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of articles (by position) of two outlets that could be copies: they share story text.

    Copies share at least SAME_STORY of the longer sketch (the union their resemblance is
    measured on is at least that long), so (prefix filtering) they share one of the rarest
    len - floor(SAME_STORY * len) + 1 hashes of each. Only those of them that are not
    boilerplate are indexed: ordered by frequency, the first hash two copies share is then
    indexed by both unless everything they share is boilerplate, and two articles alike only
    in boilerplate are not copies of one story. That also bounds every bucket by the
    boilerplate limit, so the pairs grow with the articles, not with their square.
    """
    flat, starts = packed.flat, packed.starts
    if not len(flat):
        return set()
    lengths = np.diff(starts)
    owner = np.repeat(np.arange(len(lengths)), lengths)
    _, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
    frequency = counts[inverse]
    # Each article's hashes rarest first (ties by value), then each one's rank in its article.
    order = np.lexsort((flat, frequency, owner))
    rank = np.arange(len(flat)) - starts[owner[order]]
    prefix = lengths - np.floor(SAME_STORY * lengths).astype(np.int64) + 1
    limit = max(BOILERPLATE_FLOOR, 2 * len(set(outlets)))
    indexed = order[(rank < prefix[owner[order]]) & (frequency[order] <= limit)]
    # Buckets: the articles indexing each hash, found by sorting the (hash, article) entries.
    by_hash = indexed[np.argsort(flat[indexed], kind="stable")]
    keys, members = flat[by_hash], owner[by_hash]
    bounds = np.flatnonzero(np.diff(keys)) + 1
    edges = np.concatenate(([0], bounds, [len(keys)]))
    sizes = np.diff(edges)
    pairs: set[tuple[int, int]] = set()
    outlet_code = {name: n for n, name in enumerate(sorted(set(outlets)))}
    codes = [outlet_code[o] for o in outlets]
    for first, size in zip(edges[:-1].tolist(), sizes.tolist(), strict=True):
        if size > 1:
            pairs |= _copies_in(members[first : first + size].tolist(), packed, codes)
    return pairs


def _copies_in(bucket: list[int], packed: Sketches, codes: Sequence[int]) -> set[tuple[int, int]]:
    """The pairs of a bucket's articles, of two outlets, whose sketches overlap enough."""
    # Sets are made per bucket (at most the boilerplate limit of them), not kept for all.
    hashes = {k: packed.hashes(k) for k in bucket}
    whole = {k: set(h) for k, h in hashes.items()}
    # The sketches' smallest hashes make the candidates; the prefixes only narrow them.
    smallest = {k: set(h[:_BUCKET_HASHES]) for k, h in hashes.items()}
    found = set()
    for x, y in itertools.combinations(bucket, 2):
        a, b = (x, y) if x < y else (y, x)
        if (
            codes[a] != codes[b]
            and smallest[a] & smallest[b]
            and len(whole[a] & whole[b]) >= SAME_STORY * max(len(whole[a]), len(whole[b])) - 1e-9
        ):
            found.add((a, b))
    return found


def _root(parent: dict[str, str], item: str) -> str:
    """The representative of an item's group (union-find with path halving)."""
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _origin_name(members: Sequence[str], outlets: Mapping[str, str]) -> str:
    """One outlet's name, or all the outlets that printed the same story."""
    names = sorted({outlets[m] for m in members})
    if len(names) == 1:
        return names[0]
    return " = ".join(names) + " (one syndicated story)"


@dataclass(frozen=True)
class SyndicatedGroup:
    """The copies of one wire story that were merged into one source."""

    #: The name findings carry for it: "A = B (one syndicated story)".
    origin: str
    #: The outlets that printed it, sorted.
    outlets: tuple[str, ...]
    #: Where each copy came from, sorted.
    sources: tuple[str, ...]
    #: The copies' article ids, in the order of `sources`.
    article_ids: tuple[str, ...]


def syndicated_groups(
    articles: pd.DataFrame, found: Mapping[str, str] | None = None
) -> list[SyndicatedGroup]:
    """List the wire stories printed by several outlets, each with the copies merged into it.

    `found` maps article ids to their sources when normalise already found them.
    """
    if articles.empty:
        return []
    found = origins(articles) if found is None else found
    members: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for article_id, outlet, source in zip(
        articles["article_id"], articles["outlet"], articles["source"], strict=True
    ):
        # An article that is its own origin was not merged with any other outlet's copy.
        if found[article_id] != outlet:
            members[found[article_id]].append((str(source), str(article_id), str(outlet)))
    groups = []
    for origin, copies in sorted(members.items()):
        copies.sort()
        groups.append(
            SyndicatedGroup(
                origin=origin,
                outlets=tuple(sorted({outlet for _, _, outlet in copies})),
                sources=tuple(source for source, _, _ in copies),
                article_ids=tuple(article_id for _, article_id, _ in copies),
            )
        )
    return groups
