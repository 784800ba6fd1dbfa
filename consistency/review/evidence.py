"""Evidence hashes: what a finding rests on, as one value a review can be checked against."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from json.encoder import encode_basestring
from typing import Any

import numpy as np
import pandas as pd

from consistency.engine.rows import shared_cells

EVIDENCE_COLUMNS = ("outlet", "text", "sentence", "value")


def evidence_hashes(findings: pd.DataFrame, facts: pd.DataFrame) -> dict[str, str]:
    """Hash each finding's claims (outlet, claim text, sentence, normalised value) by finding id."""
    # Claim ids are left out on purpose: they change with any byte of the article, while a
    # review should only re-open when what the outlets say about this fact changes.
    # Columns are read as lists: iterating an Arrow-backed column makes a scalar per cell.
    # Each claim's canonical text is made when its finding is hashed, not all held at once.
    ids, outlets, texts, sentences, values = (
        shared_cells(facts[c]) for c in ("claim_id", *EVIDENCE_COLUMNS)
    )
    row_of = {str(claim_id): i for i, claim_id in enumerate(ids)}

    def evidence(claim_id: str) -> str:
        """The claim's canonical evidence; "" for a claim not in the table."""
        i = row_of.get(claim_id)
        if i is None:
            return ""
        # The canonical JSON list of the four, written out: an encoder call per claim (and its
        # checks) was most of the time the hashes took.
        outlet, text, sentence, value = outlets[i], texts[i], sentences[i], values[i]
        return f"[{_json(outlet)}, {_json(text)}, {_json(sentence)}, {_json(value)}]"

    pairs = zip(findings["finding_id"].tolist(), findings["claim_ids"].tolist(), strict=True)
    return {
        str(finding_id): _digest(evidence(str(c)) for c in claim_ids)
        for finding_id, claim_ids in pairs
    }


def _digest(claims: Iterable[str]) -> str:
    """Hash a set of canonical claims, in an order that does not depend on the run."""
    text = "\n".join(sorted(claims))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


#: What `json.dumps(sort_keys=True, ensure_ascii=False)` makes, made once rather than per claim.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _json(value: Any) -> str:
    """One cell as canonical JSON, as `_CANONICAL` writes it in a list; text by the C function."""
    if type(value) is str:  # most cells: skip the encoder's own checks
        return encode_basestring(value)
    return _CANONICAL.encode(_plain(value))


def _plain(value: Any) -> Any:
    """Turn a cell into plain JSON data: tuples as lists, missing values as None."""
    if type(value) is str:  # most cells: skip the checks below
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        # 450.0 and 450 are the same evidence, and NaN is no value at all.
        return None if math.isnan(value) else (int(value) if value.is_integer() else value)
    if isinstance(value, bool | int | str):
        return value
    return str(value)
