"""Start-up: `--version` and `--help` answer without the pipeline's heavy modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pandas", "pandera", "jinja2", "dateparser")

# Run in a fresh interpreter (this one has imported everything already); prints what got loaded.
PROBE = """
import sys
sys.argv = ["consistency", *{args!r}]
try:
    {statement}
except SystemExit:
    pass
print(" ".join(m for m in {heavy!r} if m in sys.modules))
"""


def _loaded(statement: str, args: tuple[str, ...] = ()) -> list[str]:
    """The heavy modules present in a fresh interpreter after running the statement."""
    code = PROBE.format(statement=statement, args=list(args), heavy=HEAVY)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.split("\n")[-2].split()


def test_importing_the_command_line_loads_no_pandas_pandera_or_jinja() -> None:
    assert _loaded("import consistency.cli") == []


@pytest.mark.parametrize(
    "args", [("--version",), ("--help",), ("check", "--help"), ("review", "--help")]
)
def test_version_and_help_answer_without_the_pipeline(args: tuple[str, ...]) -> None:
    assert _loaded("from consistency.cli import main; main()", args) == []


def test_the_probe_sees_a_command_that_loads_the_engine() -> None:
    # So that the empty lists above mean something: `rules` reads the engine, built on pandas.
    assert "pandas" in _loaded("from consistency.cli import main; main()", ("rules",))
