"""Statements as TSV (for people and the evaluation script) or JSONL (every field): the
writer and its readers side by side."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path
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
            tsv_escape(st.doc_id), st.subject, st.relation, st.object, str(st.polarity),
            f"{st.confidence:.2f}", st.date or "", _clean(st.sentence),
            st.level, st.event_date or "", _clean(st.trigger),
            str(st.negated).lower(), str(st.hypothetical).lower(),
        ]
        out.write("\t".join(row) + "\n")
        n += 1
    return n


def _clean(text: str) -> str:
    return " ".join(text.split())


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {v[1]: k for k, v in _ESCAPES.items()}


def tsv_escape(text: str) -> str:
    """A cell that keeps its row whole: backslash, tab, newline and carriage return written
    as `\\\\`, `\\t`, `\\n`, `\\r` (a document id is a file name, which may hold them).

    >>> print(tsv_escape("a\\tb\\nc\\\\d"))
    a\\tb\\nc\\\\d
    """
    if not any(c in text for c in _ESCAPES):
        return text
    return "".join(_ESCAPES.get(c, c) for c in text)


def tsv_unescape(text: str) -> str:
    """The inverse of tsv_escape (a backslash before another letter stays as written)."""
    if "\\" not in text:
        return text
    out, chars = [], iter(text)
    for c in chars:
        if c == "\\":
            nxt = next(chars, "")
            out.append(_UNESCAPES.get(nxt, c + nxt))
        else:
            out.append(c)
    return "".join(out)


def read_rows(path: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a statements TSV (ours or a gold file with the same first columns), or of every
    .tsv in a folder, as dicts by column name: what scripts/evaluate.py scores."""
    path = Path(path)
    for file in sorted(path.glob("*.tsv")) if path.is_dir() else [path]:
        with file.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def read_statements(path: str | Path) -> Iterator[Statement]:
    """Read back what `write_statements` wrote, TSV or JSONL (by the file's suffix).

    JSONL holds every field. TSV holds what people read: offsets come back as 0 and the one
    date column as the document date unless an event date is given, so that writing the
    statements again gives the same TSV.
    """
    path = Path(path)
    if path.suffix.lower() == ".jsonl":
        names = {f.name for f in fields(Statement)}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield Statement(**{k: v for k, v in json.loads(line).items() if k in names})
        return
    for row in read_rows(path):
        event = row.get("event_date") or None
        yield Statement(
            doc_id=tsv_unescape(row["doc"]), subject=row["subject"], relation=row["relation"],
            object=row["object"], polarity=int(row["polarity"]),
            confidence=float(row["confidence"]), sentence=row["sentence"],
            sentence_start=0, sentence_end=0, trigger=row.get("trigger") or "",
            trigger_start=0, trigger_end=0, level=row.get("level") or "explicit",
            doc_date=None if event else (row.get("date") or None), event_date=event,
            negated=row.get("negated") == "true", hypothetical=row.get("hypothetical") == "true",
        )
