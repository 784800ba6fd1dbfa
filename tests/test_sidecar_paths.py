"""sources.csv rows name files by path (issue 22, defect 5), never by a bare name alone.

A row `../../nowhere/story.txt,Spoofed Outlet` used to relabel both `a/story.txt` and
`b/story.txt` (the bare name matched), merging two outlets into one source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.ingest import Ingested, ingest

PAGE = (
    "{outlet}\n\nTalks in Tallinn\n\nMarch 12, 2025\n\n"
    "Foreign Minister Adaeze Okafor met President Lars Brekke in Tallinn on Tuesday. "
    "The talks lasted {hours} hours, officials said.\n"
)


def corpus(root: Path, pages: dict[str, str], sidecar: str | None = None) -> Path:
    """Write pages (relative path -> outlet) and, when given, a sources.csv at `root`."""
    for number, (name, outlet) in enumerate(pages.items(), start=2):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PAGE.format(outlet=outlet, hours=number), encoding="utf-8")
    if sidecar is not None:
        (root / "sources.csv").write_text(f"file,outlet\n{sidecar}", encoding="utf-8")
    return root


def outlets(result: Ingested, root: Path) -> dict[str, tuple[str, str]]:
    """Each article's outlet and where it came from, by path relative to `root`."""
    return {
        Path(source).relative_to(root).as_posix(): (outlet, origin)
        for source, outlet, origin in zip(
            result.articles["source"],
            result.articles["outlet"],
            result.articles["outlet_from"],
            strict=True,
        )
    }


TWO_STORIES = {"a/story.txt": "Harbour Courier", "b/story.txt": "Velm Post"}
PAGE_OUTLETS = {
    "a/story.txt": ("Harbour Courier", "page"),
    "b/story.txt": ("Velm Post", "page"),
}


def test_a_row_naming_a_path_elsewhere_relabels_nothing(tmp_path: Path) -> None:
    """The spoofed row named no input: both pages keep their outlets, and the row is said."""
    root = corpus(tmp_path / "c", TWO_STORIES, "../../nowhere/story.txt,Spoofed Outlet\n")
    result = ingest([root])
    assert outlets(result, root) == PAGE_OUTLETS
    sidecar = root / "sources.csv"
    assert result.warnings == (
        f"{sidecar}: no input file matches the row for '../../nowhere/story.txt'",
    )


def test_a_row_names_its_file_by_path_relative_to_the_sidecar(tmp_path: Path) -> None:
    """A row for a/story.txt relabels that file, not the other file of the same name."""
    root = corpus(tmp_path / "c", TWO_STORIES, "a/story.txt,Meridian Wire\n")
    assert outlets(ingest([root]), root) == {
        "a/story.txt": ("Meridian Wire", "sidecar"),
        "b/story.txt": ("Velm Post", "page"),
    }


def test_a_bare_name_two_files_share_is_ambiguous(tmp_path: Path) -> None:
    """A bare name that two input files have is applied to neither, with a warning."""
    root = corpus(tmp_path / "c", TWO_STORIES, "story.txt,Meridian Wire\n")
    result = ingest([root])
    assert outlets(result, root) == PAGE_OUTLETS
    assert result.warnings == (
        f"{root / 'sources.csv'}: row 2 ('story.txt') matches 2 input files by name "
        f"({root / 'a' / 'story.txt'}, {root / 'b' / 'story.txt'}); applied to none: give "
        "the file's path relative to the sidecar",
    )


def test_a_bare_name_one_file_has_is_that_file(tmp_path: Path) -> None:
    """A bare name that one file under the sidecar's folder has still names it."""
    pages = {"a/story.txt": "Harbour Courier", "b/report.txt": "Velm Post"}
    root = corpus(tmp_path / "c", pages, "story.txt,Meridian Wire\n")
    result = ingest([root])
    assert outlets(result, root) == {
        "a/story.txt": ("Meridian Wire", "sidecar"),
        "b/report.txt": ("Velm Post", "page"),
    }
    assert not [w for w in result.warnings if "matches" in w]


def test_a_found_sidecar_speaks_for_its_own_folder_only(tmp_path: Path) -> None:
    """A bare name in a sources.csv inside one folder does not reach a file of that name beside."""
    root = corpus(tmp_path / "c", TWO_STORIES)
    (root / "a" / "sources.csv").write_text("file,outlet\nother.txt,X\n", encoding="utf-8")
    (root / "b" / "other.txt").write_text(PAGE.format(outlet="Isle Post", hours=9), "utf-8")
    result = ingest([root])
    assert outlets(result, root)["b/other.txt"] == ("Isle Post", "page")
    assert f"{root / 'a' / 'sources.csv'}: no input file matches the row for 'other.txt'" in (
        result.warnings
    )


def test_a_given_sidecar_names_files_as_given_or_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--sidecar elsewhere: a path from where the command runs, or a name one input has."""
    corpus(tmp_path / "c", {**TWO_STORIES, "c/note.txt": "Isle Post"})
    given = tmp_path / "meta" / "outlets.csv"
    given.parent.mkdir()
    given.write_text("file,outlet\nc/a/story.txt,Meridian Wire\nnote.txt,Fjord Daily\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = ingest([Path("c")], sidecar=given)
    assert outlets(result, Path("c")) == {
        "a/story.txt": ("Meridian Wire", "sidecar"),
        "b/story.txt": ("Velm Post", "page"),
        "c/note.txt": ("Fjord Daily", "sidecar"),
    }


def test_a_given_sidecar_wins_over_a_found_one(tmp_path: Path) -> None:
    """The --sidecar row for a file beats the corpus's sources.csv row for it, path or name."""
    root = corpus(tmp_path / "c", TWO_STORIES, "a/story.txt,Meridian Wire\n")
    given = tmp_path / "outlets.csv"
    given.write_text("file,outlet\nc/a/story.txt,Fjord Daily\n", encoding="utf-8")
    assert outlets(ingest([root], sidecar=given), root)["a/story.txt"] == (
        "Fjord Daily",
        "sidecar",
    )
