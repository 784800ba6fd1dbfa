"""Editorial review: a SQLite ledger of verdicts on findings, re-opened when evidence changes."""

# The review commands and page render reports, so they live above the report, in
# consistency/app; the report imports this package for the ledger and the review state.
from consistency.review.evidence import evidence_hashes
from consistency.review.ledger import (
    VERDICTS,
    Ledger,
    LedgerError,
    Review,
    open_ledger,
    read_reviews,
)
from consistency.review.location import LEDGER_NAME, LedgerPath, ledger_path
from consistency.review.state import REOPENED_TEXT, State, open_conflicts, review_state

__all__ = [
    "LEDGER_NAME",
    "REOPENED_TEXT",
    "VERDICTS",
    "Ledger",
    "LedgerError",
    "LedgerPath",
    "Review",
    "State",
    "evidence_hashes",
    "ledger_path",
    "open_conflicts",
    "open_ledger",
    "read_reviews",
    "review_state",
]
