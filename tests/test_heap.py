"""The C library gives large freed blocks back to the system, however large the last one was."""

from __future__ import annotations

import os
import platform

import pytest

from consistency.runtime.process import return_large_blocks

MB = 1 << 20


def _resident_mb() -> float:
    """The process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the setting is glibc's")
def test_a_freed_column_leaves_no_resident_memory_after_a_larger_one() -> None:
    """A 10 MB block freed after a 20 MB one goes back to the system at once.

    Left to itself glibc would, after the 20 MB block, serve the 10 MB one from its heap and
    keep it there when freed (the trim threshold is then 40 MB).
    """
    return_large_blocks()
    larger = b"x" * (20 * MB)
    del larger
    before = _resident_mb()
    block = b"y" * (10 * MB)
    assert _resident_mb() - before > 9
    del block
    assert _resident_mb() - before < 2
