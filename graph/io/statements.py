"""Statements as TSV (for people and the evaluation script) or JSONL (every field)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from typing import TextIO

from graph.model import Statement

STATEMENT_FORMATS = ("tsv", "jsonl")
TSV_COLUMNS = ["doc", "subject", "relation", "object", "polarity", "confidence", "date", "sentence"]
TSV_EXTRA = ["level", "event_date", "trigger", "negated", "hypothetical"]


def write_statements(statements: Iterable[Statement], out: TextIO, fmt: str = "tsv") -> int:
    """Write statements as they come (streaming); returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for st in statements:
            out.write(json.dumps(asdict(st), ensure_ascii=False) + "\n")
            n += 1
        return n
    out.write("\t".join(TSV_COLUMNS + TSV_EXTRA) + "\n")
    for st in statements:
        row = [
            st.doc_id, st.subject, st.relation, st.object, str(st.polarity),
            f"{st.confidence:.2f}", st.date or "", _clean(st.sentence),
            st.level, st.event_date or "", _clean(st.trigger),
            str(st.negated).lower(), str(st.hypothetical).lower(),
        ]
        out.write("\t".join(row) + "\n")
        n += 1
    return n


def _clean(text: str) -> str:
    return " ".join(text.split())


def read_statements(path: str) -> Iterator[Statement]:
    """Read back a JSONL file written by `kg extract --format jsonl`."""
    names = {f.name for f in fields(Statement)}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Statement(**{k: v for k, v in json.loads(line).items() if k in names})


def read_tsv_rows(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
