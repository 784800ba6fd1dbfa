"""The caches of one corpus's readings, registered where they are made and emptied together."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

Result = TypeVar("Result")

# Every cache made by corpus_cache, in the order the modules were imported.
_CORPUS_CACHES: list[_lru_cache_wrapper[Any]] = []


def corpus_cache(
    maxsize: int,
) -> Callable[[Callable[..., Result]], _lru_cache_wrapper[Result]]:
    """`functools.lru_cache(maxsize)`, registered as holding readings of one corpus's texts.

    Extraction reads each sentence text once per reader and remembers the reading (the same
    sentence recurs in wire copies and in each claim family); once the corpus is read, those
    readings are never asked for again, so forget_corpus() empties them. Caches of word lists
    and patterns, which every corpus reads, stay plain `functools.cache`.
    """

    def register(function: Callable[..., Result]) -> _lru_cache_wrapper[Result]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CORPUS_CACHES.append(cached)
        return cached

    return register


def forget_corpus() -> None:
    """Empty every corpus cache: full, they hold about 90 MB of small objects at 10k articles.

    The later stages then reuse that memory instead of growing the heap.
    """
    for cached in _CORPUS_CACHES:
        cached.cache_clear()


def corpus_caches() -> tuple[_lru_cache_wrapper[Any], ...]:
    """The registered corpus caches (what forget_corpus empties)."""
    return tuple(_CORPUS_CACHES)
