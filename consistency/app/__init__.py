"""The applications over the library: the `consistency review` commands and the review page.

The `consistency` command itself is consistency/cli.py, above this package; nothing in the
library imports either (the import contracts in pyproject.toml hold that).
"""
