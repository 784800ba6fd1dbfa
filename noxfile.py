"""Developer and CI sessions: `nox` runs lint, typecheck and tests; `nox -s demo` runs the tool."""

from __future__ import annotations

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
EXTRAS = PYPROJECT["project"]["optional-dependencies"]
TYPED = ("consistency", "tests")
REPORTS = "reports"

nox.needs_version = ">=2024.3.2"
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "typecheck", "tests"]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite; arguments after `--` go to pytest."""
    session.install(".[test,html]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check lint rules and formatting with ruff."""
    session.install(*EXTRAS["lint"])
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


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
