"""Read YAML: the package's data files and the user's rule files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's loader reads the data files about ten times faster; the pure one where it is missing.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The value of a YAML document, with only plain types (as yaml.safe_load gives)."""
    return yaml.load(text, Loader=_LOADER)


# Several modules read lexicon.yaml; parsed once, the value is shared: never change it.
@cache
def package_data(name: str) -> Any:
    """The value of one of the package's YAML data files (consistency/data/NAME), read-only."""
    text = resources.files("consistency").joinpath("data", name).read_text(encoding="utf-8")
    return parse_yaml(text)
