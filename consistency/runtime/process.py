"""Process-wide memory settings: Arrow on Python's heap, large freed blocks given back at once.

Only the command line (and the benchmark) may call tune_process: it changes the whole process.
"""

from __future__ import annotations

import ctypes

# glibc's mallopt parameter for the size from which a block is mapped on its own, and
# glibc's own first value for it.
_M_MMAP_THRESHOLD = -3
_MAPPED_FROM = 128 * 1024


def tune_process() -> None:
    """Set up the process's memory for a run: Arrow on Python's heap, large blocks given back."""
    share_heap_with_arrow()
    return_large_blocks()


def share_heap_with_arrow() -> None:
    """Have Arrow (the text columns' storage) allocate from the C heap Python also uses.

    Its own allocator (mimalloc) keeps the pages it frees for itself, so memory freed by one
    stage's tables could not be reused by the next stage's Python objects: about 100 MB more
    peak at 10k articles.
    """
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError:  # pyarrow is optional: without it pandas keeps text as Python objects
        return
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def return_large_blocks() -> None:
    """Have the C library give every large freed block (an Arrow column) back at once.

    glibc maps a block larger than a threshold on its own and unmaps it when freed, but each
    time such a block is freed it raises the threshold to that block's size (up to 32 MB).
    Once the stages free their first columns, later ones come from the heap instead, where
    freed space is kept for reuse and the next stage's objects scatter over it: at 50k
    articles, fixing the threshold at its first value took the peak from 2046 to 1774 MB.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the running C library
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows): nothing to set
        return
    mallopt(_M_MMAP_THRESHOLD, _MAPPED_FROM)
