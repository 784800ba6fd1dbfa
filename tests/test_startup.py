"""Start-up: `--version` and `--help` answer without the heavy modules; a check, without dask.

A check on one page loads none of the optional libraries pandera would pull in for nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pandas", "pandera", "jinja2", "dateparser")
#: What pandera imports when installed (`dask` and `test` extras), unused by a plain check:
#: dask.dataframe alone was a fifth of a one-page check's CPU time.
UNUSED_BY_A_CHECK = ("dask", "hypothesis")

PAGE = """Kestrel Daily

Talks in Tallinn

By Mara Linde, 3 March 2026

Foreign Minister Adaeze Okafor held talks with her counterpart Lars Brekke in Tallinn on
Tuesday. The meeting lasted two hours, officials said.
"""

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


def _loaded(
    statement: str, args: tuple[str, ...] = (), heavy: tuple[str, ...] = HEAVY
) -> list[str]:
    """The heavy modules present in a fresh interpreter after running the statement."""
    code = PROBE.format(statement=statement, args=list(args), heavy=heavy)
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


def _check_loads(tmp_path: Path, *options: str) -> list[str]:
    """Of UNUSED_BY_A_CHECK, what a fresh `consistency check` of one page leaves loaded."""
    page = tmp_path / "talks.txt"
    page.write_text(PAGE, encoding="utf-8")
    args = ("check", str(page), "--out", str(tmp_path / "out"), "-q", *options)
    loaded = _loaded("from consistency.cli import main; main()", args, UNUSED_BY_A_CHECK)
    assert (tmp_path / "out" / "report.json").is_file()  # the check ran to its reports
    return loaded


def test_a_one_page_check_loads_neither_dask_nor_hypothesis(tmp_path: Path) -> None:
    pytest.importorskip("dask")  # the probe means something only where dask is installed
    assert _check_loads(tmp_path) == []


def test_the_probe_sees_dask_when_the_check_runs_on_it(tmp_path: Path) -> None:
    # So that the empty list above means something: the Dask engine does load dask.
    pytest.importorskip("dask.distributed")
    assert "dask" in _check_loads(tmp_path, "--engine", "dask")
