"""Remember what was made for a configuration object, found by the object's identity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class PerObject(Generic[Key, Value]):
    """`make(key)`, made once per key object and then looked up by its identity.

    The rules and outlets are frozen dataclasses: hashing one hashes every field (about
    20 µs a page for the chrome rules), and the outlets cannot be hashed at all.
    """

    def __init__(self, make: Callable[[Key], Value]) -> None:
        """Make values with `make`."""
        self._make = make
        # The key is kept beside its value, so its id is never reused by another object.
        self._made: dict[int, tuple[Key, Value]] = {}

    def __call__(self, key: Key) -> Value:
        """The value made for `key`, made now if it is new."""
        found = self._made.get(id(key))
        if found is None or found[0] is not key:
            found = (key, self._make(key))
            self._made[id(key)] = found
        return found[1]
