"""Editorial review: a SQLite ledger of verdicts on findings, re-opened when evidence changes."""

# The review commands and page render reports, so they live above the report, in
# consistency/app; the report imports this package for the ledger and the review state.
from consistency.review.evidence import evidence_hashes
from consistency.review.ledger import (
    DEFAULT_LEDGER,
    VERDICTS,
    Ledger,
    LedgerError,
    Review,
    open_ledger,
    read_reviews,
)
from consistency.review.state import REOPENED_TEXT, State, open_conflicts, review_state

__all__ = [
    "DEFAULT_LEDGER",
    "REOPENED_TEXT",
    "VERDICTS",
    "Ledger",
    "LedgerError",
    "Review",
    "State",
    "evidence_hashes",
    "open_conflicts",
    "open_ledger",
    "read_reviews",
    "review_state",
]
