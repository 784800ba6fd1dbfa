"""A fixed workload timed beside each measurement: how fast the machine was during the run.

The project's machine is shared: the same Python loop has taken from one to more than two
times as long a few minutes apart. A figure measured while this workload was slow was
measured on a slow machine, and says so in the table.
"""

from __future__ import annotations

import re
import time

# Sentence-like text and the kinds of work the pipeline does on it: regex scans, splitting,
# dict look-ups and small object creation, in pure Python.
_TEXT = " ".join(
    f"The minister met {n} delegates on Monday, {n % 28 + 1} June 2023, for {n % 9} hours."
    for n in range(400)
)
_WORD = re.compile(r"[A-Za-z]+|\d+")
_ROUNDS = 150


def reference_seconds() -> float:
    """Seconds one fixed pure-Python workload takes now (about 0.3 s on a quiet machine)."""
    start = time.perf_counter()
    for _ in range(_ROUNDS):
        counts: dict[str, int] = {}
        for sentence in _TEXT.split(". "):
            for word in _WORD.findall(sentence):
                counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return time.perf_counter() - start
