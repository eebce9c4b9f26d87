"""The `kg` command end to end: exit status and one-line messages on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.paths import REPO_ROOT

KG = [sys.executable, "-m", "graph.cli"]


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=REPO_ROOT)


def test_bad_files_are_named_skipped_and_the_good_one_still_extracted(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        " date 2025-02-01 Photo AFP\nLe Niger a expulsé l'ambassadeur de France.\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    latin = "Le Mali a rappelé son ambassadeur à Alger.".encode("latin-1")
    (tmp_path / "latin.txt").write_bytes(latin)
    wires = '{"text": "Ghana backed Togo in the talks with the neighbours."}\nnot json\n'
    (tmp_path / "wires.jsonl").write_text(wires, encoding="utf-8")
    res = kg("extract", str(tmp_path))
    assert res.returncode == 1
    errors = res.stderr.strip().splitlines()
    for name in ("empty.txt", "blob.txt", "latin.txt", "wires.jsonl:2"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "good\tNiger\texpels\tFrance" in res.stdout
    assert "Ghana\tsupports\tTogo" in res.stdout


def test_clean_input_exits_zero_with_jsonl_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rabat renforce ses liens avec Dakar.\n", encoding="utf-8")
    res = kg("extract", str(tmp_path), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    assert '"trigger_start": 6' in res.stdout and '"subject": "Morocco"' in res.stdout


def test_unusable_arguments_exit_two() -> None:
    assert kg("extract", "x", "--format", "xml").returncode == 2
