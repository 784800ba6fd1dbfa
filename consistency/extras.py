"""How to install an optional extra: the project is installed from its own folder, not an index."""

from __future__ import annotations


def install_hint(extra: str) -> str:
    """The command that adds an extra (html, dask, tables) to an install from a clone."""
    # "pip install consistency[html]" would fetch another project of that name from PyPI.
    return f"pip install '.[{extra}]' in the project's folder"
