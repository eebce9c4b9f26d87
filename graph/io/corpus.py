"""Read articles from files, directories and globs into Documents, one at a time.

Corpora can be larger than memory, so everything streams: paths are expanded lazily, a
JSONL file is read line by line, and only one .txt article is held at a time. A bad input
never stops the run: it is reported as one line, `path[:line]: problem`, and skipped, so that
a batch of thousands of files is not lost to one stray binary.

Text files may start with a header line as in the articles the project was built on:
` date 2025-06-12 Photo caption`. The date becomes Document.date at the precision given,
the caption goes to meta["caption"], and the text is the body after the header and the
blank lines that follow it, so that character offsets count from the body's first character
(meta["first_line"] is its line number in the file). Line endings are normalised to "\\n".

>>> docs = list(iter_documents(["corpus/"]))  # doctest: +SKIP
"""

from __future__ import annotations

import glob
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from graph.errors import KgWarning
from graph.io.language import detect_language, language_name, supported_languages
from graph.model import Document

TEXT_SUFFIX, JSONL_SUFFIX = ".txt", ".jsonl"
READABLE_SUFFIXES = (TEXT_SUFFIX, JSONL_SUFFIX)
# Whatever a header looks like, it starts with the word "date"; what follows is checked.
_HEADER_START = re.compile(r"^ ?date(?=\s|$)")
_HEADER = re.compile(r"^ ?date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<caption>.*?))?[ \t]*$")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_GLOB_CHARS = re.compile(r"[*?[]")
# Keys of a JSONL record copied to meta (besides those Document has fields for).
_JSONL_META = ("url", "title")

Report = Callable[[str], None]


class _Skip(Exception):
    """A document (or a whole file) cannot be read; the message says why."""


def _warn(message: str) -> None:
    warnings.warn(message, KgWarning, stacklevel=3)


def iter_documents(
    paths: Sequence[str],
    lang: str | None = None,
    on_problem: Report | None = None,
) -> Iterator[Document]:
    """Yield every readable document under `paths`, reporting each unreadable one.

    `lang` forces the language; otherwise a JSONL record's `lang` field, else detection.
    """
    report = on_problem or _warn
    seen_ids: set[str] = set()
    for path in input_files(paths, report):
        reader = _read_text if path.suffix.lower() == TEXT_SUFFIX else _read_jsonl
        for doc in reader(path, report):
            located = _with_language(doc, lang, report)
            if located is None:
                continue
            if located.id in seen_ids:
                report(f"{_where(located)}: duplicate document id {located.id!r}, skipped")
                continue
            seen_ids.add(located.id)
            yield located


# --- paths -----------------------------------------------------------------------------


def count_documents(paths: Sequence[str]) -> int:
    """How many documents `paths` hold, counted cheaply: one per .txt file, one per non-blank
    .jsonl line (bad ones included: the reader reports them later)."""
    total = 0
    for path in input_files(paths, lambda _message: None):
        if path.suffix.lower() != JSONL_SUFFIX:
            total += 1
            continue
        try:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            continue  # the reader reports it
    return total


def input_files(paths: Sequence[str], report: Report) -> Iterator[Path]:
    """Files to read, in a stable order; each file once even if several arguments reach it."""
    done: set[Path] = set()
    for raw in paths:
        for path in _files_for(raw, report):
            key = path.resolve()
            if key not in done:
                done.add(key)
                yield path


def _files_for(raw: str, report: Report) -> Iterator[Path]:
    """The readable files one argument names; an argument that yields none is reported."""
    path = Path(raw)
    if path.is_file():
        if path.suffix.lower() in READABLE_SUFFIXES:
            yield path
        else:
            kind = path.suffix or "(no extension)"
            report(f"{raw}: unsupported file type {kind}, expected .txt or .jsonl")
        return
    if path.is_dir():
        found = _walk(path, report)
    elif path.exists():
        report(f"{raw}: not a regular file or directory")
        return
    elif _GLOB_CHARS.search(raw):
        found = _glob(raw, report)
    else:
        report(f"{raw}: no such file or directory")
        return
    empty = True
    for hit in found:
        empty = False
        yield hit
    if empty:
        report(f"{raw}: no .txt or .jsonl file found")


def _glob(pattern: str, report: Report) -> Iterator[Path]:
    """Matches of a pattern (`**` recurses); matched directories are read whole."""
    for match in sorted(glob.glob(pattern, recursive=True)):
        hit = Path(match)
        if hit.is_dir():
            yield from _walk(hit, report)
        elif hit.suffix.lower() in READABLE_SUFFIXES:
            yield hit


def _walk(root: Path, report: Report) -> Iterator[Path]:
    """Readable files under `root` in path order (a/b/x before a/c.txt), like `find | sort`,
    skipping hidden entries (.git, editor files)."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        report(f"{root}: cannot read directory ({exc.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        # Symlinked directories are not followed: a link back up would loop forever.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, report)
        elif entry.is_file() and path.suffix.lower() in READABLE_SUFFIXES:
            yield path


# --- decoding --------------------------------------------------------------------------


def _decode(data: bytes, offset: int = 0) -> str:
    """UTF-8 text (a BOM is dropped) with "\\n" line endings, or _Skip saying what is wrong."""
    nul = data.find(b"\0")
    if nul >= 0:
        raise _Skip(f"binary file (NUL byte at offset {offset + nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise _Skip(f"not UTF-8 text (byte 0x{bad:02x} at offset {offset + exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_date(value: str) -> str:
    """The date at the precision given (YYYY, YYYY-MM, YYYY-MM-DD); a timestamp keeps its day."""
    if _ISO_DATE.match(value):
        year, month, day = ([int(p) for p in value.split("-")] + [1, 1])[:3]
        try:
            date(year, month, day)
        except ValueError:
            raise _Skip(f"invalid date {value!r}") from None
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise _Skip(f"invalid date {value!r}, expected YYYY-MM-DD or YYYY-MM") from None


# --- .txt ------------------------------------------------------------------------------


def _read_text(path: Path, report: Report) -> Iterator[Document]:
    try:
        raw = _decode(path.read_bytes())
    except _Skip as exc:
        report(f"{path}: {exc}")
        return
    except OSError as exc:
        report(f"{path}: cannot read ({exc.strerror})")
        return
    if not raw.strip():
        report(f"{path}: empty file")
        return
    first, _, rest = raw.partition("\n")
    meta: dict[str, str] = {}
    doc_date = None
    text = raw
    if _HEADER_START.match(first):
        header = _HEADER.match(first)
        try:
            if header is None:
                raise _Skip("malformed header, expected ' date YYYY-MM[-DD] caption'")
            doc_date = _check_date(header["date"])
        except _Skip as exc:
            report(f"{path}:1: {exc}")
            return
        if header["caption"]:
            meta["caption"] = header["caption"]
        # The blank line that usually separates header and body is layout, not body.
        text = rest.lstrip("\n")
        meta["first_line"] = str(2 + len(rest) - len(text))
        if not text.strip():
            report(f"{path}: no text after the header")
            return
    yield Document(id=path.stem, text=text, source=str(path), date=doc_date, meta=meta)


# --- .jsonl ----------------------------------------------------------------------------


def _read_jsonl(path: Path, report: Report) -> Iterator[Document]:
    try:
        with path.open("rb") as f:
            offset, empty = 0, True
            for number, line in enumerate(f, start=1):
                where, start = f"{path}:{number}", offset
                offset += len(line)
                try:
                    decoded = _decode(line, start)
                    if decoded.strip():
                        empty = False
                        yield _record(path, number, decoded)
                except _Skip as exc:
                    if str(exc).startswith("binary file"):
                        report(f"{path}: {exc}")
                        return
                    report(f"{where}: {exc}")
            if empty:
                report(f"{path}: empty file")
    except OSError as exc:
        report(f"{path}: cannot read ({exc.strerror})")


def _record(path: Path, number: int, line: str) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Skip(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _Skip(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Skip("no text (the 'text' field is missing or empty)")
    doc_id = obj.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else f"{path.stem}:{number}"
    doc_date = obj.get("date")
    if doc_date not in (None, ""):
        doc_date = _check_date(str(doc_date))
    else:
        doc_date = None
    meta = {k: str(obj[k]) for k in _JSONL_META if obj.get(k) not in (None, "")}
    meta["line"] = str(number)
    lang = str(obj["lang"]) if obj.get("lang") not in (None, "") else None
    text = text.replace("\r\n", "\n")
    # The record's language is checked later, with detection, in _with_language.
    return Document(doc_id, text, str(path), doc_date, lang, meta)


# --- language --------------------------------------------------------------------------


def _where(doc: Document) -> str:
    line = doc.meta.get("line")
    return f"{doc.source}:{line}" if line else doc.source


def _with_language(doc: Document, forced: str | None, report: Report) -> Document | None:
    """The document with its language set, or None (reported) if it is not fr or en."""
    if forced:
        lang = forced
    elif doc.lang is not None:
        lang = doc.lang.strip().lower().replace("_", "-").split("-")[0]  # fr-FR -> fr
        if lang not in supported_languages():
            report(f"{_where(doc)}: language not supported ({doc.lang})")
            return None
    else:
        guess = detect_language(doc.text)
        if guess.unsupported:
            name = language_name(guess.unsupported)
            report(f"{_where(doc)}: language not supported (looks like {name})")
            return None
        lang = guess.lang
    return Document(doc.id, doc.text, doc.source, doc.date, lang, doc.meta)
