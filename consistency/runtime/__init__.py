"""How the process runs the pipeline: memory, the garbage collector, shared cells, caches.

Everything that tunes the runtime rather than reads the news is here, as one seam:

- `process.tune_process()` changes settings of the whole process (the C library's malloc,
  Arrow's memory pool). Only the command line calls it, before a run (`check
  --no-memory-tuning` skips it), and the benchmark; no library function does, so a program
  that calls `run_check` keeps its own settings. It is not exported here, and an import
  contract (pyproject.toml) lets only the command line import `consistency.runtime.process`.
- `collector_paused()` pauses the cyclic garbage collector over one stage and restores it.
- `shared()` makes equal cells of a table one object; `contiguous()` joins a table's Arrow
  chunks.
- `corpus_cache()` makes an lru_cache of a corpus's readings, registered where it is made;
  `forget_corpus()` empties all of them once the corpus is read.
"""

from consistency.runtime.caches import corpus_cache, corpus_caches, forget_corpus
from consistency.runtime.collector import collector_paused
from consistency.runtime.contiguous import contiguous
from consistency.runtime.sharing import shared

__all__ = [
    "collector_paused",
    "contiguous",
    "corpus_cache",
    "corpus_caches",
    "forget_corpus",
    "shared",
]
