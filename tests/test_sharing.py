"""Equal cells of a column share one object, in the order given."""

from __future__ import annotations

from consistency.runtime import shared


def test_equal_cells_become_one_object_and_order_is_kept() -> None:
    """Two equal tuples made apart come back as the first one; others stay as they are."""
    first, again = tuple(["Ilse Varga"]), tuple(["Ilse Varga"])
    assert first == again and first is not again  # made apart, as each claim makes its own
    made = shared([first, ("Tomas Renn",), again])
    assert made == [("Ilse Varga",), ("Tomas Renn",), ("Ilse Varga",)]
    assert made[0] is made[2] is first


def test_cells_seen_in_an_earlier_part_are_reused() -> None:
    """A table made in parts shares cells across the parts through one `first` mapping."""
    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    part_one = shared([("A", "B")], seen)
    part_two = shared([tuple(["A", "B"])], seen)
    assert part_two[0] is part_one[0]
