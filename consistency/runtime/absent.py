"""Import a library while optional modules it would load for nothing look absent."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

#: What pandera loads, when installed, though the pipeline never uses it: `dask.dataframe`
#: (to recognise Dask frames in a model's annotations, ~0.25 CPU s) and `hypothesis` (for
#: data synthesis strategies when its pandas checks register, ~0.1 CPU s). Both are
#: installed with the `dask` and `test` extras; pandera has no setting to skip them. The
#: Dask engine's workers have `dask` loaded but not `dask.dataframe`: both are named.
PANDERA_OPTIONAL = ("dask", "dask.dataframe", "hypothesis")


@contextmanager
def absent(*names: str) -> Iterator[None]:
    """Within, importing one of these modules that is not loaded yet fails as if absent.

    A `None` in `sys.modules` makes `import name` (and `import name.sub`) raise ImportError,
    which is how libraries probe for optional dependencies; on leaving, the marks are
    removed, so a later import loads the package as usual. A package already loaded is
    left visible: it costs nothing more.
    """
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
