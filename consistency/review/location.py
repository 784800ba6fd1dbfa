"""Where the review ledger is: beside the reports it reviews, unless `--ledger` says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The ledger's file name in the reports folder.
LEDGER_NAME = "reviews.sqlite"


@dataclass(frozen=True)
class LedgerPath:
    """The ledger a command uses, and whether the user named it (`--ledger`)."""

    path: Path
    given: bool

    def missing_warning(self) -> str | None:
        """A one-line warning when a ledger the user named does not exist; None otherwise."""
        # A ledger beside the reports is missing until the first verdict; one named on the
        # command line and missing is most likely a typo, which must not read as "no reviews".
        if self.given and not self.path.exists():
            return f"{self.path}: no such review ledger; no reviews read from it"
        return None


def ledger_path(reports: Path, given: Path | None) -> LedgerPath:
    """The ledger `--ledger` names, else `<reports>/reviews.sqlite`."""
    if given is not None:
        return LedgerPath(given, True)
    return LedgerPath(reports / LEDGER_NAME, False)
