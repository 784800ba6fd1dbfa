"""The import contracts of pyproject.toml: kept by the package, broken by a stray import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="import-linter is not installed (the lint and test extras)"
)


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports on the project folder (its pyproject.toml and consistency/)."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the package's modules and the contracts, to add an import to."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(
        ROOT / "consistency",
        tmp_path / "consistency",
        ignore=lambda folder, names: [n for n in names if not _kept(Path(folder) / n)],
    )
    return tmp_path


def _kept(path: Path) -> bool:
    """Folders and Python modules: all the import graph is made of."""
    return path.suffix == ".py" or (path.is_dir() and path.name != "__pycache__")


def add_module(project: Path, name: str, source: str) -> None:
    """Write a module into the copy, e.g. `add_module(p, "ingest.extra", "import x")`."""
    path = project.joinpath("consistency", *name.split(".")).with_suffix(".py")
    path.write_text(f'"""An added module."""\n\n{source}\n', encoding="utf-8")


def test_the_package_keeps_its_contracts(copy: Path) -> None:
    """The copy as it is passes: every contract kept."""
    result = lint_imports(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_stage_importing_a_later_stage_fails(copy: Path) -> None:
    """Ingest reading something of the report is an import against the pipeline's order."""
    add_module(copy, "ingest.shortcut", "from consistency.report import write_reports")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "pipeline's order" in result.stdout
    assert "consistency.ingest.shortcut -> consistency.report" in result.stdout


def test_the_library_importing_the_command_line_fails(copy: Path) -> None:
    """An engine module importing the command line breaks the layers and the CLI's protection."""
    add_module(copy, "engine.shortcut", "from consistency.cli import main")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "The library never imports the command line or the review page BROKEN" in (result.stdout)


def test_a_library_function_tuning_the_process_fails(copy: Path) -> None:
    """The pipeline changing malloc for the whole process is the command line's job only."""
    add_module(copy, "engine.tuned", "from consistency.runtime.process import tune_process")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "Only the command line changes the process's memory settings" in result.stdout
    assert "BROKEN" in result.stdout


def test_an_import_cycle_inside_a_package_fails(copy: Path) -> None:
    """Two engine modules importing each other, even from inside a function, are a cycle."""
    add_module(copy, "engine.first", "def late() -> None:\n    import consistency.engine.second")
    add_module(copy, "engine.second", "import consistency.engine.first")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "No import cycle among the modules of any package BROKEN" in result.stdout


def test_a_new_top_level_module_must_be_given_a_layer(copy: Path) -> None:
    """The layers are exhaustive: a module added to consistency/ must be placed in one."""
    add_module(copy, "helpers", "import json")
    result = lint_imports(copy)
    assert result.returncode == 1
    assert "consistency.helpers" in result.stdout
