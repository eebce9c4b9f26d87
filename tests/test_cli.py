"""The `kg` command end to end: exit status and one-line messages on bad input.

`main([...])` runs in-process (spaCy loads once for the whole suite); one test runs the command
as a real process, to check what only a process shows: the exit status and the two streams."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main
from graph.paths import REPO_ROOT


def _write_bad_and_good_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text(
        " date 2025-02-01 Photo AFP\nLe Niger a expulsé l'ambassadeur de France.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    latin = "Le Mali a rappelé son ambassadeur à Alger.".encode("latin-1")
    (folder / "latin.txt").write_bytes(latin)
    wires = '{"text": "Ghana backed Togo in the talks with the neighbours."}\nnot json\n'
    (folder / "wires.jsonl").write_text(wires, encoding="utf-8")


def test_bad_files_are_named_skipped_and_the_good_one_still_extracted(tmp_path, capsys):
    _write_bad_and_good_inputs(tmp_path)
    status = main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 1
    errors = err.strip().splitlines()
    for name in ("empty.txt", "blob.txt", "latin.txt", "wires.jsonl:2"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "good\tNiger\texpels\tFrance" in out
    assert "Ghana\tsupports\tTogo" in out


def test_clean_input_exits_zero_with_jsonl_offsets(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Rabat renforce ses liens avec Dakar.\n", encoding="utf-8")
    status = main(["extract", str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert '"trigger_start": 6' in out and '"subject": "Morocco"' in out


def test_unusable_arguments_exit_two(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "x", "--format", "xml"])
    assert exit_.value.code == 2


def test_kg_as_a_process_gives_results_on_stdout_problems_on_stderr_and_status_1(tmp_path):
    _write_bad_and_good_inputs(tmp_path)
    res = subprocess.run(
        [sys.executable, "-m", "graph.cli", "extract", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO_ROOT,
    )
    assert res.returncode == 1
    assert "good\tNiger\texpels\tFrance" in res.stdout and "empty.txt" in res.stderr
    assert "empty.txt" not in res.stdout
