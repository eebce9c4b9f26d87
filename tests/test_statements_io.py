"""Statements written as TSV or JSONL and read back by the reader beside the writer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from graph.io.statements import read_rows, read_statements, write_statements
from graph.model import Statement

STATEMENTS = [
    Statement("d1", "Mali", "hostile", "Algeria", -1, 0.85, "Bamako accuse  Alger.", 0, 21,
              "accuse", 7, 13, doc_date="2025-04-07"),
    Statement("d1", "Mali", "cooperates", "Morocco", 1, 0.6, "Le Mali et le Maroc coopèrent.",
              22, 51, "coopèrent", 42, 51, level="context", doc_date="2025-04-07",
              event_date="2025-03", event_date_precision="month"),
]


def _written(statements, fmt: str) -> str:
    out = io.StringIO()
    write_statements(statements, out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
def test_statements_read_back_are_written_again_to_the_same_text(tmp_path: Path, fmt) -> None:
    path = tmp_path / f"pred.{fmt}"
    path.write_text(_written(STATEMENTS, fmt), encoding="utf-8")
    assert _written(read_statements(path), fmt) == path.read_text(encoding="utf-8")


def test_jsonl_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(_written(STATEMENTS, "jsonl"), encoding="utf-8")
    assert list(read_statements(path)) == STATEMENTS


def test_rows_of_a_folder_of_gold_files_are_read_in_file_order(tmp_path: Path) -> None:
    (tmp_path / "b.tsv").write_text("doc\tsubject\trelation\tobject\nb\tMali\thostile\tFrance\n")
    (tmp_path / "a.tsv").write_text("doc\tsubject\trelation\tobject\na\tMali\thostile\tAlgeria\n")
    assert [r["doc"] for r in read_rows(tmp_path)] == ["a", "b"]
