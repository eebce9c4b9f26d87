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

import fnmatch
import glob
import hashlib
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from graph.errors import KgWarning
from graph.io.language import detect_language, language_name, supported_languages
from graph.model import Document, interval

TEXT_SUFFIX, JSONL_SUFFIX = ".txt", ".jsonl"
READABLE_SUFFIXES = (TEXT_SUFFIX, JSONL_SUFFIX)
# Whatever a header looks like, it starts with the word "date"; what follows is checked.
_HEADER_START = re.compile(r"^ ?date(?=\s|$)")
_HEADER = re.compile(r"^ ?date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<caption>.*?))?[ \t]*$")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_GLOB_CHARS = re.compile(r"[*?[]")
# Keys of a JSONL record copied to meta (besides those Document has fields for).
_JSONL_META = ("url", "title")
# No sentence of news is this long; the parser's memory grows with it and spaCy refuses
# anything over 1,000,000 characters (E088), so longer ones are cut at spaces.
MAX_SENTENCE = 5_000
_HARD_LIMIT = 1_000_000
_LONG_LINE = re.compile(rf"[^\n]{{{MAX_SENTENCE + 1}}}")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A file whose first lines are all bad is not a feed: stop rather than report every line.
_BAD_LINES_BEFORE_GIVING_UP = 20

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
    for path, root in input_entries(paths, report):
        reader = _read_text if path.suffix.lower() == TEXT_SUFFIX else _read_jsonl
        for doc in reader(path, root, report):
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
    for path, _root in input_entries(paths, report):
        yield path


def input_entries(paths: Sequence[str], report: Report) -> Iterator[tuple[Path, Path]]:
    """(file, corpus root) pairs: the root is the directory the argument names, the fixed
    part of a glob, or a file's own directory; document ids are paths relative to it."""
    done: set[Path] = set()
    for raw in paths:
        root = _root_of(raw)
        for path in _files_for(raw, report):
            key = path.resolve()
            if key not in done:
                done.add(key)
                yield path, root


def _root_of(raw: str) -> Path:
    path = Path(raw)
    if path.is_dir():
        return path
    if path.exists() or not _GLOB_CHARS.search(raw):
        return path.parent
    fixed = list(_takewhile_fixed(path.parts))
    return Path(*fixed) if fixed else Path(".")


def _takewhile_fixed(parts: tuple[str, ...]) -> Iterator[str]:
    for part in parts[:-1]:
        if _GLOB_CHARS.search(part):
            return
        yield part


def document_id(path: Path, root: Path) -> str:
    """The id of a .txt document: its path under the corpus root, without the extension.

    >>> document_id(Path("corpus/a/doc.txt"), Path("corpus"))
    'a/doc'
    """
    try:
        relative = path.relative_to(root)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


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


def id_collisions(paths: Sequence[str]) -> list[str]:
    """Documents that would share an id, one line each, found before anything is read for
    extraction (a .txt file's id is its path; a JSONL record's its `id`). Records without an
    id are named by their content hash: identical ones are duplicates, skipped when read."""
    first: dict[str, str] = {}
    found = []
    for path, root in input_entries(paths, lambda _message: None):
        if path.suffix.lower() == TEXT_SUFFIX:
            ids: Iterator[tuple[str, str]] = iter([(document_id(path, root), str(path))])
        else:
            ids = _jsonl_ids(path)
        for doc_id, where in ids:
            if doc_id in first:
                found.append(f"{where}: document id {doc_id!r} already given by {first[doc_id]}")
            else:
                first[doc_id] = where
    return found


def _jsonl_ids(path: Path) -> Iterator[tuple[str, str]]:
    try:
        with path.open("rb") as f:
            for number, line in enumerate(f, start=1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue  # reported when read
                if isinstance(obj, dict) and isinstance(obj.get("id"), str) and obj["id"]:
                    yield obj["id"], f"{path}:{number}"
    except OSError:
        return


def _glob(pattern: str, report: Report) -> Iterator[Path]:
    """Matches of a pattern (`**` recurses); matched directories are read whole."""
    for match in sorted(_matches(pattern)):
        hit = Path(match)
        if hit.is_dir():
            yield from _walk(hit, report)
        elif hit.suffix.lower() in READABLE_SUFFIXES:
            yield hit


def _matches(pattern: str) -> list[str]:
    """glob.glob(pattern, recursive=True), except that `**` does not descend into symlinked
    directories, as the directory walk does not: glob's `**` follows them, and a link back up
    (`d/sub/loop -> d`) made it run forever. Hidden names match only a pattern part that
    starts with a dot, as with glob."""
    parts = Path(pattern).parts
    if "**" not in parts:
        return glob.glob(pattern)
    fixed = list(_takewhile_fixed(parts))
    rest = parts[len(fixed):]
    root = os.path.join(*fixed) if fixed else ""
    file_rest = (*rest[:-1], "**", "*") if rest[-1] == "**" and len(rest) > 1 else rest
    found = []
    for directory, dirs, files in os.walk(root or ".", followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # `**` skips hidden directories
        here = os.path.relpath(directory, root or ".")
        base = () if here == "." else Path(here).parts
        if root and not base and _glob_match((), rest):
            found.append(os.path.join(root, ""))
        for name in dirs:
            if _glob_match((*base, name), rest):
                found.append(os.path.join(root, *base, name))
        for name in files:  # a trailing `**` matches no file by matching nothing
            if _glob_match((*base, name), file_rest):
                found.append(os.path.join(root, *base, name))
    return found


def _glob_match(names: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Whether path parts match pattern parts, `**` standing for any number of them."""
    if not pattern:
        return not names
    if pattern[0] == "**":
        return _glob_match(names, pattern[1:]) or (
            bool(names) and not names[0].startswith(".") and _glob_match(names[1:], pattern))
    if not names or (names[0].startswith(".") and not pattern[0].startswith(".")):
        return False
    return fnmatch.fnmatchcase(names[0], pattern[0]) and _glob_match(names[1:], pattern[1:])


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
        where = f"byte 0x{bad:02x} at offset {offset + exc.start}"
        line = data.count(b"\n", 0, exc.start) + 1
        if offset == 0 and line > 1:  # a whole file: name the line too
            where += f", line {line}"
        raise _Skip(f"not UTF-8 text ({where})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_date(value: str) -> str:
    """The date at the precision given (YYYY, YYYY-MM, YYYY-MM-DD); a timestamp keeps its day."""
    if _ISO_DATE.match(value):
        try:
            interval(value)
        except ValueError:
            raise _Skip(f"invalid date {value!r}") from None
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise _Skip(f"invalid date {value!r}, expected YYYY-MM-DD or YYYY-MM") from None


# --- long sentences and stray characters ----------------------------------------------


def _cut_long_sentences(text: str, where: str, first_line: int | None) -> str:
    """The text with each sentence over MAX_SENTENCE characters cut at spaces into pieces
    (a space becomes a line break, so offsets do not move), each cut a warning; _Skip if a
    piece still exceeds what spaCy accepts (a megabyte without a single space)."""
    if not _LONG_LINE.search(text):
        return text
    from graph.extract.segment import sentences

    chars = list(text)
    for start, end in sentences(text):
        if end - start <= MAX_SENTENCE:
            continue
        line = None if first_line is None else first_line + text.count("\n", 0, start)
        at = where if line is None else f"{where}:{line}"
        piece_start = start
        while end - piece_start > MAX_SENTENCE:
            cut = text.rfind(" ", piece_start + 1, piece_start + MAX_SENTENCE)
            if cut < 0:
                cut = text.find(" ", piece_start + MAX_SENTENCE, end)
            longest = (end if cut < 0 else cut) - piece_start
            if longest > _HARD_LIMIT:
                raise _Skip(f"{longest:,} characters without a space")
            if cut < 0:
                break
            chars[cut] = "\n"
            piece_start = cut + 1
        _warn(
            f"{at}: a sentence of {end - start:,} characters was cut "
            f"at spaces into pieces of at most {MAX_SENTENCE:,}"
        )
    return "".join(chars)


def _clean(value: str, field_name: str, where: str) -> str:
    """The string with lone surrogates (JSON escapes of half a character) replaced by U+FFFD,
    with a warning: they cannot be encoded, hashed or stored."""
    bad = _SURROGATE.search(value)
    if bad is None:
        return value
    _warn(
        f"{where}: lone surrogate U+{ord(bad[0]):04X} at character {bad.start()} "
        f"of {field_name!r}, replaced by U+FFFD"
    )
    return _SURROGATE.sub("\ufffd", value)


# --- .txt ------------------------------------------------------------------------------


def _read_text(path: Path, root: Path, report: Report) -> Iterator[Document]:
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
    try:
        text = _cut_long_sentences(text, str(path), int(meta.get("first_line", 1)))
    except _Skip as exc:
        report(f"{path}: {exc}, skipped")
        return
    doc_id = document_id(path, root)
    yield Document(id=doc_id, text=text, source=str(path), date=doc_date, meta=meta)


# --- .jsonl ----------------------------------------------------------------------------


def _read_jsonl(path: Path, root: Path, report: Report) -> Iterator[Document]:
    prefix = document_id(path, root)
    try:
        with path.open("rb") as f:
            offset, empty, bad_run = 0, True, 0
            for number, line in enumerate(f, start=1):
                where, start = f"{path}:{number}", offset
                offset += len(line)
                try:
                    nul = line.find(b"\0")
                    if nul >= 0:  # one bad line, not a binary file: the others go on
                        raise _Skip(f"NUL byte at offset {start + nul}")
                    decoded = _decode(line, start)
                    if decoded.strip():
                        empty = False
                        yield _record(path, number, decoded, prefix)
                        bad_run = -1
                except _Skip as exc:
                    report(f"{where}: {exc}")
                    if bad_run >= 0:
                        bad_run += 1
                        if bad_run >= _BAD_LINES_BEFORE_GIVING_UP:
                            report(f"{path}: the first {bad_run} lines are bad: not JSONL, skipped")
                            return
            if empty:
                report(f"{path}: empty file")
    except OSError as exc:
        report(f"{path}: cannot read ({exc.strerror})")


def _record(path: Path, number: int, line: str, prefix: str) -> Document:
    where = f"{path}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Skip(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _Skip("not JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise _Skip(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Skip("no text (the 'text' field is missing or empty)")
    text = _clean(text, "text", where)
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        # named by content, so removing or adding another line renames nothing
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        doc_id = f"{prefix}#{digest}"
    elif not isinstance(doc_id, str):
        raise _Skip(f"'id' must be a string, not {type(doc_id).__name__} {json.dumps(doc_id)}")
    else:
        doc_id = _clean(doc_id, "id", where)
    doc_date = obj.get("date")
    if doc_date not in (None, ""):
        doc_date = _check_date(_clean(str(doc_date), "date", where))
    else:
        doc_date = None
    meta = {
        k: _clean(str(obj[k]), k, where)
        for k in _JSONL_META
        if obj.get(k) not in (None, "")
    }
    meta["line"] = str(number)
    lang = str(obj["lang"]) if obj.get("lang") not in (None, "") else None
    text = text.replace("\r\n", "\n")
    text = _cut_long_sentences(text, where, None)
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
