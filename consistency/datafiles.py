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


def key_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """The line (from 1) of every key and list item of a YAML document, by the path to it.

    `("options", "same")` is the line of `same:` inside `options:`, `("items", 0)` that of
    the first item of `items:`, `()` the document's first line: so that a problem found in
    the parsed value can be reported at its line.
    """
    lines: dict[tuple[str | int, ...], int] = {}
    root = yaml.compose(text, Loader=_LOADER)
    if root is not None:
        _walk(root, (), lines)
    return lines


def _walk(node: Any, at: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]) -> None:
    """Record the line of `node` at `at`, then of everything inside it."""
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            inner = (*at, key.value)
            lines[inner] = key.start_mark.line + 1
            _walk(value, inner, lines)
    elif isinstance(node, yaml.SequenceNode):
        for number, item in enumerate(node.value):
            _walk(item, (*at, number), lines)


# Several modules read lexicon.yaml; parsed once, the value is shared: never change it.
@cache
def package_data(name: str) -> Any:
    """The value of one of the package's YAML data files (consistency/data/NAME), read-only."""
    text = resources.files("consistency").joinpath("data", name).read_text(encoding="utf-8")
    return parse_yaml(text)
