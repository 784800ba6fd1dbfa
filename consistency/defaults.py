"""Names and defaults the command line needs to define its options, before any stage is imported.

Kept to the standard library (nothing here imports pandas), so that `consistency --help` and
`--version` answer without loading the pipeline; the stages import these from here too.
"""

from __future__ import annotations

#: The path that means standard input.
STDIN = "-"
#: Input files larger than this are rejected (`check --max-bytes`).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: The environment variable that points the tool at another people file than the bundled one.
PEOPLE_VARIABLE = "CONSISTENCY_PEOPLE"
#: The JSON report in the reports folder, which `consistency review` reads back.
REPORT_NAME = "report.json"
#: The files a run writes into its reports folder, report.json first (see report/write.py).
REPORT_FILES = (REPORT_NAME, "report.md", "report.html", "claims.csv", "findings.csv")
