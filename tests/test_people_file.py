"""Another people file than the bundled one: --people FILE or CONSISTENCY_PEOPLE."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.defaults import PEOPLE_VARIABLE
from consistency.extract.document import Document
from consistency.knowledge import KnowledgeError, known_people, people_from
from consistency.normalise.names import canonical_names

runner = CliRunner()

BEAT = """\
people:
  - name: Adaeze Okafor
    aliases: [Adaize Okafor]
    roles:
      - title: Foreign Minister
        country: Norland
        from: 2024-01-01
        refs: [Norland's top diplomat]
"""


@pytest.fixture
def beat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A people file of one invented person, in force through the environment."""
    path = tmp_path / "beat.yaml"
    path.write_text(BEAT, encoding="utf-8")
    monkeypatch.setenv(PEOPLE_VARIABLE, str(path))
    return path


def test_the_environment_names_the_people_file(beat: Path) -> None:
    """CONSISTENCY_PEOPLE replaces the bundled people by the file's."""
    assert [p.name for p in known_people()] == ["Adaeze Okafor"]
    assert canonical_names(["Adaize Okafor"])["Adaize Okafor"] == "Adaeze Okafor"


def test_roles_of_the_file_link_references(beat: Path) -> None:
    """A role reference of the file's person ("Norland's top diplomat") names her."""
    doc = Document.from_body(
        "Norland's top diplomat held talks with Lars Brekke in Tallinn on Tuesday.",
        dt.date(2024, 5, 2),
    )
    assert "Adaeze Okafor" in {m.name for m in doc.mentions[0]}


def test_bundled_people_are_gone_with_another_file(beat: Path) -> None:
    """A bundled spelling variant is not corrected when another file is in force."""
    assert canonical_names(["Anthony Blinken"])["Anthony Blinken"] == "Anthony Blinken"


def test_an_empty_file_knows_no_one(tmp_path: Path) -> None:
    """An empty file, or an empty list, is no one rather than an error."""
    empty, blank = tmp_path / "empty.yaml", tmp_path / "blank.yaml"
    empty.write_text("people: []\n", encoding="utf-8")
    blank.write_text("", encoding="utf-8")
    assert people_from(str(empty)) == ()
    assert people_from(str(blank)) == ()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("people: {name: x}\n", "a list"),
        ("people:\n  - aliases: [A]\n", "needs a name"),
        ("people:\n  - name: Ana Lind\n    roles: [{title: X, from: soon}]\n", "no day"),
        ("people: [\n", "not YAML"),
    ],
)
def test_a_malformed_file_is_an_error_naming_it(tmp_path: Path, text: str, says: str) -> None:
    """Each malformed shape is a KnowledgeError that names the file."""
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=says) as caught:
        people_from(str(path))
    assert str(path) in str(caught.value)


def test_cli_people_option_errors_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing or malformed --people file is exit 2 with one line naming it."""
    monkeypatch.setenv(PEOPLE_VARIABLE, "")
    (tmp_path / "a.txt").write_text("Okafor met Brekke on Monday.\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("people: 3\n", encoding="utf-8")
    for path in (tmp_path / "absent.yaml", bad):
        result = runner.invoke(
            app,
            ["check", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--people", str(path)],
        )
        assert result.exit_code == 2
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]


def test_cli_people_option_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`check --people FILE` reads the file's role references: two outlets agree on one meeting."""
    # Set then removed, so that the variable the command sets is undone after the test.
    monkeypatch.setenv(PEOPLE_VARIABLE, "")
    monkeypatch.delenv(PEOPLE_VARIABLE)
    people = tmp_path / "beat.yaml"
    people.write_text(BEAT, encoding="utf-8")
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "one.txt").write_text(
        "Norland Herald\nMay 2, 2024\n\nForeign Minister Adaeze Okafor met Lars Brekke in "
        "Tallinn on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    (articles / "two.txt").write_text(
        "Baltic Wire\nMay 2, 2024\n\nNorland's top diplomat met Lars Brekke in "
        "Tallinn on Tuesday, officials said.\n",
        encoding="utf-8",
    )

    def meeting_outlets(*options: str) -> int:
        out = tmp_path / f"out{len(options)}"
        result = runner.invoke(app, ["check", str(articles), "--out", str(out), *options])
        assert result.exit_code == 0, result.output
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        return max(
            (
                len(f["outlets"])
                for f in report["findings"]
                if f["fact"] == "meeting.date" and "Adaeze Okafor" in f["subject"]
            ),
            default=0,
        )

    assert meeting_outlets() == 1
    assert meeting_outlets("--people", str(people)) == 2
