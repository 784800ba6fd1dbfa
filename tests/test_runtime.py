"""The runtime seam: only the command line tunes the process; corpus caches are registered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consistency.runtime import corpus_cache, corpus_caches, forget_corpus

pytest.importorskip("pyarrow")

DEMO = Path(__file__).resolve().parents[1] / "consistency" / "demo_corpus"
# Prints Arrow's memory pool before and after `run`, in a fresh process (the pool is
# process-wide, and other tests in this one may have set it).
POOLS = """
import sys
import pyarrow as pa
before = pa.default_memory_pool().backend_name
{run}
print(before, pa.default_memory_pool().backend_name)
"""
LIBRARY = "from consistency.pipeline import run_check; run_check([sys.argv[1]])"
COMMAND = (
    "from consistency.cli import app\n"
    "app(['check', sys.argv[1], '--out', sys.argv[2], '-q', *sys.argv[3:]], standalone_mode=False)"
)


def pools(run: str, *arguments: str) -> tuple[str, str]:
    """Arrow's memory pool before and after `run`, in a fresh interpreter."""
    script = POOLS.format(run=run)
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"},
    )
    before, after = done.stdout.split()[-2:]
    return before, after


def test_run_check_leaves_the_process_settings_alone() -> None:
    """A program calling the library keeps its own memory settings."""
    before, after = pools(LIBRARY, str(DEMO))
    assert before != "system"  # Arrow's own allocator, as a fresh process has it
    assert after == before


def test_the_command_line_tunes_the_process(tmp_path: Path) -> None:
    """`consistency check` has Arrow allocate from the heap Python uses, before the run."""
    assert pools(COMMAND, str(DEMO), str(tmp_path))[1] == "system"


def test_the_command_line_tuning_can_be_turned_off(tmp_path: Path) -> None:
    """`--no-memory-tuning` leaves the settings as the process had them."""
    before, after = pools(COMMAND, str(DEMO), str(tmp_path), "--no-memory-tuning")
    assert after == before != "system"


def test_a_corpus_cache_is_registered_where_it_is_made_and_forgotten() -> None:
    """A function decorated with corpus_cache is emptied by forget_corpus, with all others."""
    calls: list[str] = []

    @corpus_cache(maxsize=8)
    def reading(text: str) -> int:
        calls.append(text)
        return len(text)

    assert reading in corpus_caches()
    assert reading("Okafor met Brekke") == reading("Okafor met Brekke") == 17
    assert calls == ["Okafor met Brekke"]
    forget_corpus()
    assert reading.cache_info().currsize == 0
    reading("Okafor met Brekke")
    assert len(calls) == 2


def test_absent_packages_fail_to_import_within_and_load_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consistency.runtime.absent import absent

    name = "consistency_absent_probe"
    (tmp_path / name).mkdir()
    (tmp_path / name / "__init__.py").write_text("VALUE = 7\n", encoding="utf-8")
    (tmp_path / name / "sub.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with absent(name, "json"):
        with pytest.raises(ImportError):
            __import__(name)
        with pytest.raises(ImportError):
            __import__(f"{name}.sub")
        assert __import__("json") is sys.modules["json"]  # loaded before: still visible
    assert __import__(name).VALUE == 7  # the mark is gone: it loads as usual
    monkeypatch.delitem(sys.modules, name)
