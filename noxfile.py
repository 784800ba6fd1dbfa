"""Developer and CI sessions: `nox` runs lint, typecheck and tests; `nox -s demo` runs the tool."""

from __future__ import annotations

import re
from pathlib import Path

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
EXTRAS = PYPROJECT["project"]["optional-dependencies"]
TYPED = ("consistency", "tests", "benchmarks")
REPORTS = "reports"
BROWSER_ENV = {"CONSISTENCY_BROWSER_REQUIRED": "1"}

nox.needs_version = ">=2024.3.2"
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "typecheck", "tests"]
#: The shared scorer beside the project (CI has the same layout): `nox -s accuracy` runs it.
ACCURACY = "../shared/tools/accuracy"
#: Floors `nox -s accuracy` holds over every shared corpus; raise them as the tool gets better.
ACCURACY_FLOOR = {"verdicts right": 83, "conflicts caught": 13}
#: Ceilings: false alarms and findings standing on page chrome.
ACCURACY_CEILING = {"unexpected conflicts": 0, "findings on chrome": 0}


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite; arguments after `--` go to pytest."""
    session.install(".[test,html,dask,tables]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check lint rules and formatting with ruff, and the import layers with import-linter."""
    session.install(*EXTRAS["lint"])
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The contracts are in pyproject.toml; the package is read from this folder, not installed.
    session.run("lint-imports", "--no-cache")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy (strict, config in pyproject)."""
    session.install(".[typecheck]")
    session.run("mypy", *TYPED)


@nox.session
def demo(session: nox.Session) -> None:
    """Install the package and check the bundled demo corpus, writing reports/."""
    session.install(".")
    session.run("consistency", "check", "--out", REPORTS, *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Drive the review page in headless Chromium (needs Debian's chromium and chromium-driver)."""
    session.install(".[test,html,browser]")
    # Here a missing browser fails the run instead of skipping the test.
    session.run("pytest", "-m", "browser", *session.posargs, env=BROWSER_ENV)


@nox.session
def accuracy(session: nox.Session) -> None:
    """Score the tool on every shared corpus (../shared/tools/accuracy) and hold the floors."""
    session.install(".")
    consistency = Path(session.bin) / "consistency"
    output = session.run(ACCURACY, str(consistency), silent=True, external=True)
    print(output)
    totals = accuracy_totals(str(output))
    failures = [f"{k} {totals[k]} < {v}" for k, v in ACCURACY_FLOOR.items() if totals[k] < v]
    failures += [f"{k} {totals[k]} > {v}" for k, v in ACCURACY_CEILING.items() if totals[k] > v]
    if failures:
        session.error("accuracy below its floor: " + "; ".join(failures))


def accuracy_totals(output: str) -> dict[str, int]:
    """The figures of the scorer's last line ("all corpora: verdicts right 28/83, ...")."""
    last = output.strip().splitlines()[-1]
    figures = {
        name: re.search(rf"{name} (\d+)", last) for name in (*ACCURACY_FLOOR, *ACCURACY_CEILING)
    }
    missing = [name for name, found in figures.items() if found is None]
    if missing:
        raise ValueError(f"the scorer's last line lacks {', '.join(missing)}: {last!r}")
    return {name: int(found.group(1)) for name, found in figures.items() if found}


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark generated corpora of 1k, 10k and 50k articles (`-- --quick`), then growth.

    The growth check times single pages of 16 KB, 256 KB and 4 MB and fails the session when
    time per MB grows over twice (`-- --growth-only` runs just it).
    """
    session.install(".[bench,tables]")  # Arrow text columns, as a large corpus is run
    session.run("python", "benchmarks/run.py", *session.posargs)
