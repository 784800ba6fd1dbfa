"""Generated hostile inputs through `consistency check` itself (issue 22): never a traceback.

Folders of files with odd names in nested subfolders, random bytes, text in other encodings,
empty files, huge numbers, deep nesting, JSONL and CSV feeds whose cells have the wrong types,
a sources.csv of junk, a link loop, a named pipe, a link to a device or to nothing, and bytes
piped to `-`. Beside them one good page, so the run has an article to report. For every
example: no traceback, exit 0 (1 only when the gate is asked for), a complete report.json,
every input file an article or a rejected entry, and each odd file-system shape rejected with
its reason.

Deterministic in CI: derandomized, no example database, few examples, no deadline.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from consistency.cli import app

SETTINGS = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
GOOD = (
    "Harbour Courier\n\nTalks in Tallinn\n\nMarch 12, 2025\n\n"
    "Foreign Minister Adaeze Okafor met President Lars Brekke in Tallinn on Tuesday. "
    "The talks lasted two hours, officials said.\n"
)
SENTENCES = st.sampled_from(
    [
        "Foreign Minister Adaeze Okafor met President Lars Brekke in Tallinn on Tuesday.",
        "The talks lasted 99999999999999999999999999999 hours.",
        "They met for 1e308 minutes, the 10000000000000000000000th meeting since 0.",
        f"Okafor said the summit was the {'9' * 400}th of its kind.",
        "The visit, on February 30, 2025, was the first since 99999 BC.",
        "Okafor and Brekke spoke for -5 hours on 31/31/2025.",
        "“We agreed,” said Brekke. “",
        "Harbour Courier\u202e\u0000\x1b[31m",
        "",
    ]
)
PROSE = st.lists(SENTENCES, max_size=12).map(" ".join)
#: Numbers as JSON text: some too large for Python to convert, or for a float.
NUMBERS = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["9" * 5000, "-1" + "0" * 400, "1e400", "NaN", "-Infinity", "1.5e-400"]),
)
#: A JSON value (as JSON text) of the wrong type for any feed column.
JUNK = st.one_of(
    st.just("null"),
    st.sampled_from(["true", "false"]),
    NUMBERS,
    st.text(max_size=60).map(json.dumps),
    PROSE.map(json.dumps),
    st.lists(st.text(max_size=5), max_size=3).map(json.dumps),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2).map(json.dumps),
)
ROW_KEYS = st.sampled_from(["text", "outlet", "published", "title", "url", "TEXT", ""])


def _deep(depth: int) -> str:
    """A JSON line nested `depth` arrays deep (the parser's recursion limit is ~1,000)."""
    return "[" * depth + "]" * depth


def _jsonl(rows: list[dict[str, str]], deep: int | None) -> bytes:
    """Feed lines: objects whose values (JSON text) have any type, perhaps a deep line."""
    lines = ["{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in row.items()) + "}" for row in rows]
    if deep is not None:
        lines.append(_deep(deep))
    return "\n".join(lines).encode("utf-8")


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    """A CSV feed written naively: cells may hold commas, quotes, NUL, or be very long."""
    return "\n".join(",".join(line) for line in [header, *rows]).encode("utf-8", "replace")


def _encoded(text: str, encoding: str) -> bytes:
    """Text in an encoding, whatever it cannot represent replaced."""
    return text.encode(encoding, errors="replace")


CONTENT = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv", ""]), st.binary()),
    st.tuples(st.just(".txt"), st.just(b"")),
    st.tuples(
        st.sampled_from([".txt", ".md"]),
        st.builds(
            _encoded,
            PROSE,
            st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"]),
        ),
    ),
    st.tuples(
        st.just(".jsonl"),
        st.builds(
            _jsonl,
            st.lists(st.dictionaries(ROW_KEYS, JUNK, max_size=5), max_size=4),
            st.one_of(st.none(), st.sampled_from([50, 5000])),
        ),
    ),
    st.tuples(
        st.just(".csv"),
        st.builds(
            _csv,
            st.lists(ROW_KEYS, min_size=1, max_size=4),
            st.lists(
                st.lists(
                    st.one_of(
                        st.text(max_size=20), PROSE, st.just("x" * 140_000), st.just("a\x00b")
                    ),
                    max_size=4,
                ),
                max_size=3,
            ),
        ),
    ),
    st.tuples(st.just(".html"), PROSE.map(lambda t: f"<html><p>{t}</p>".encode())),
)
#: Odd but legal file names (no "/" and no NUL); hidden names and sources.csv are made apart.
NAME = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="/\x00"),
    min_size=1,
    max_size=20,
).filter(lambda name: not name.startswith(".") and name.lower() != "sources.csv")
FOLDER = st.sampled_from(["", "sub", "sub/deeper", "ünïcode dir", "-dash"])


def _files(
    draws: list[tuple[str, str, tuple[str, bytes]]],
) -> dict[str, bytes]:
    """Relative path -> bytes, each name made unique, under at most 200 bytes a component."""
    files: dict[str, bytes] = {}
    for number, (folder, name, (suffix, data)) in enumerate(draws):
        base = name.encode("utf-8")[:150].decode("utf-8", "ignore") or "x"
        relative = f"{folder}/{number}{base}{suffix}".lstrip("/")
        files[relative] = data
    return files


def _fifo(path: Path) -> None:
    """A named pipe: opening it to read would wait for a writer forever."""
    os.mkfifo(path)


#: File-system shapes by name: how each is made, and the reason it is rejected with.
SHAPES: dict[str, tuple[Callable[[Path], None], str]] = {
    "round": (lambda p: p.symlink_to(p.parent, target_is_directory=True), "(a loop)"),
    "pipe.txt": (_fifo, "not a regular file"),
    "gone.txt": (lambda p: p.symlink_to(p.parent / "deleted"), "leads to no file"),
    "zero.txt": (lambda p: p.symlink_to("/dev/zero"), "not a regular file"),
}


def _accounted(report: dict[str, Any], folder: Path, files: dict[str, bytes]) -> None:
    """Every input file is an article or a rejected entry (a feed, by its rows)."""
    sources = [a["source"] for a in report["articles"]] + [r["source"] for r in report["rejected"]]
    assert len(sources) == len(set(sources)), "a source listed twice"
    for relative in files:
        path = str(folder / relative)
        rows = re.compile(re.escape(path) + r":\d+")
        assert any(s == path or rows.fullmatch(s) for s in sources), f"{path!r} is nowhere"


@SETTINGS
@given(
    st.lists(st.tuples(FOLDER, NAME, CONTENT), max_size=5),
    st.one_of(st.none(), st.binary(max_size=400), JUNK.map(str.encode)),
    st.one_of(st.none(), st.binary(max_size=300)),
    st.sets(st.sampled_from(sorted(SHAPES))),
    st.booleans(),
)
def test_hostile_folders_through_check(
    draws: list[tuple[str, str, tuple[str, bytes]]],
    sidecar: bytes | None,
    stdin: bytes | None,
    shapes: set[str],
    gate: bool,
) -> None:
    """No traceback; exit 0, or 1 only with --fail-on; every input accounted for."""
    files = _files(draws)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        corpus, out = root / "in", root / "out"
        corpus.mkdir()
        (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
        for relative, data in files.items():
            path = corpus / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if sidecar is not None:
            (corpus / "sources.csv").write_bytes(b"file,outlet,published\n" + sidecar)
        for name in shapes:
            SHAPES[name][0](corpus / name)
        args = ["check", str(corpus), "--out", str(out)]
        if stdin is not None:
            args.append("-")
        if gate:
            args += ["--fail-on", "conflict"]
        result = CliRunner().invoke(app, args, input=stdin)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.exception
        )
        printed = result.stdout + result.stderr
        assert "Traceback" not in printed
        assert result.exit_code in ((0, 1) if gate else (0,)), printed[-2000:]
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        _accounted(report, corpus, {**files, "good.txt": b""})
        if stdin is not None:
            assert any(
                s == "<stdin>" or s.startswith("<stdin>:")
                for s in [a["source"] for a in report["articles"]]
                + [r["source"] for r in report["rejected"]]
            )
        rejected = {r["source"]: r["reason"] for r in report["rejected"]}
        for name in shapes:
            assert SHAPES[name][1] in rejected[str(corpus / name)]
