"""Fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from consistency.knowledge import fold


def _fold_by_definition(text: str) -> str:
    """Decompose, drop every combining mark, fold case and spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("\u2019", "'").casefold().split())


@given(st.text())
def test_fold_is_its_definition(text: str) -> None:
    assert fold.__wrapped__(text) == _fold_by_definition(text)


def test_fold_drops_accents_beyond_ascii() -> None:
    assert fold("Zo\u00eb  \u00c9ric\u2019s Stra\u00dfe") == "zoe eric's strasse"
