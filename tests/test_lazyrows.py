"""Rows shaped only when read behave as the list of those rows would."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from consistency.report import lazyrows, render_claims_csv, render_json, to_json_dict
from consistency.report.contract import report_of
from consistency.report.jsontext import json_chunks
from consistency.report.lazyrows import LazyRows
from tests.test_report import sample_result

TABLE = pd.DataFrame({"name": ["a", "b", "c", "d", "e"], "size": [5, 4, 3, 2, 1]})
ORDER = np.asarray([4, 2, 0, 1, 3], dtype=np.intp)
EXPECTED = [{"name": n, "size": int(TABLE["size"][i])} for i, n in zip(ORDER, "ecabd", strict=True)]


def _rows() -> LazyRows[dict[str, object]]:
    """The table's rows in ORDER, as dicts."""
    return LazyRows(TABLE, ("name", "size"), ORDER, lambda name, size: {"name": name, "size": size})


def test_rows_read_as_the_list_they_stand_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """Iterated, indexed, sliced and compared, across chunk boundaries."""
    monkeypatch.setattr(lazyrows, "CHUNK", 2)
    rows = _rows()
    assert len(rows) == 5
    assert list(rows) == EXPECTED
    assert rows[0] == EXPECTED[0]
    assert rows[-1] == EXPECTED[-1]
    assert rows[1:4] == EXPECTED[1:4]
    assert rows == EXPECTED
    assert rows != EXPECTED[:4]
    with pytest.raises(IndexError):
        rows[5]


def test_rows_stream_as_a_json_array() -> None:
    """report.json's encoder writes them as the array of their dicts."""
    text = "".join(json_chunks({"rows": _rows()}))
    assert json.loads(text) == {"rows": EXPECTED}
    rows = ",\n".join("    " + json.dumps(row) for row in EXPECTED)
    assert text == '{\n  "rows": [\n' + rows + "\n  ]\n}"


def test_only_keeps_the_rows_holding_the_values_in_order() -> None:
    """Picking rows by a column's values keeps their order and shapes nothing up front."""
    picked = _rows().only("name", {"a", "d", "zzz"})
    assert len(picked) == 2
    assert list(picked) == [row for row in EXPECTED if row["name"] in ("a", "d")]


def test_claims_written_from_the_table_read_as_their_dicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """report.json and claims.csv made a column at a time match those made from each dict."""
    monkeypatch.setattr(lazyrows, "CHUNK", 2)
    result = sample_result()
    lazy, listed = report_of(result), to_json_dict(result)
    assert isinstance(lazy["claims"], LazyRows)
    assert render_json(lazy) == render_json(listed)
    assert render_claims_csv(lazy) == render_claims_csv(listed)
