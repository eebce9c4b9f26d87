"""Nothing lost, nothing stale: the reader never aborts a run, the store follows the corpus,
output files are written safely, arguments are range-checked (issue 12)."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from pathlib import Path

import pytest
from files import write as _write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdf_samples import DOCUMENTS, sample_extractor

from graph.cli import main
from graph.errors import KgError, KgWarning
from graph.io.atomic import atomic_output
from graph.io.corpus import MAX_SENTENCE, id_collisions, iter_documents
from graph.kg import build as build_module
from graph.kg.build import build, extraction_fingerprint, isolated
from graph.kg.store import hold_serve_lock, open_store
from graph.model import Document

SENTENCE = "Le Niger a suspendu sa coopération militaire avec la France.\n"


def _read(paths, **kw) -> tuple[list[Document], list[str]]:
    problems: list[str] = []
    docs = list(iter_documents([str(p) for p in paths], on_problem=problems.append, **kw))
    return docs, problems




# --- the reader never aborts a run -------------------------------------------------------


def test_sentence_longer_than_the_limit_is_cut_at_spaces_with_a_warning_naming_the_file(
    tmp_path,
):
    big = _write(tmp_path / "big.txt", "Le Mali " + "et encore une phrase " * 2000 + "\n")
    with pytest.warns(KgWarning, match=rf"{big}:1: a sentence of 42,007 characters was cut"):
        (doc,), problems = _read([big])
    assert problems == []
    assert len(doc.text) == len(big.read_text())  # same offsets: spaces became line breaks
    assert max(len(line) for line in doc.text.split("\n")) <= MAX_SENTENCE


def test_a_megabyte_without_a_space_skips_only_its_document(tmp_path):
    _write(tmp_path / "blob.txt", "x" * 1_000_100 + "\n")
    good = _write(tmp_path / "good.txt", SENTENCE)
    docs, problems = _read([tmp_path])
    assert [d.source for d in docs] == [str(good)]
    assert problems == [f"{tmp_path / 'blob.txt'}: 1,000,100 characters without a space, skipped"]


@pytest.mark.slow
def test_kg_extract_survives_a_sentence_over_spacy_length_limit(tmp_path, capsys):
    _write(tmp_path / "a-big.txt", "Le Mali et " + "la très longue phrase sans fin " * 33000)
    _write(tmp_path / "b-good.txt", SENTENCE)
    status = main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 0 and "b-good\tNiger\tsuspends_cooperation\tFrance" in out
    assert "a-big.txt:1: a sentence of 1,023,010 characters was cut" in err


def test_a_document_the_extractor_fails_on_is_reported_and_the_others_extracted():
    def fragile(documents):
        for doc in documents:
            if doc.id == DOCUMENTS[1].id:
                raise ValueError("[E088] Text of length 1000001 exceeds maximum")
            yield doc, []

    problems: list[str] = []
    done = [doc.id for doc, _ in isolated(fragile, DOCUMENTS, problems.append)]
    assert done == [DOCUMENTS[0].id, DOCUMENTS[2].id]
    assert problems == [
        f"{DOCUMENTS[1].source}: document {DOCUMENTS[1].id!r} not extracted "
        "(ValueError: [E088] Text of length 1000001 exceeds maximum), skipped"
    ]


def test_lone_surrogate_in_jsonl_is_replaced_and_reported_with_its_line(tmp_path):
    feed = _write(tmp_path / "feed.jsonl", '{"id": "s", "text": "Rabat \\ud800 et Madrid."}\n')
    with pytest.warns(KgWarning, match=rf"{feed}:1: lone surrogate U\+D800 at character 6"):
        (doc,), problems = _read([feed])
    assert problems == [] and doc.text == "Rabat \ufffd et Madrid."
    assert len(doc.content_hash) == 64


def test_nul_byte_in_a_jsonl_line_skips_that_line_only(tmp_path):
    lines = [b'{"id": "a", "text": "Rabat hosts talks."}', b'{"id": "b", "text": "Li\0ma"}',
             b'{"id": "c", "text": "Quito hosts talks."}']
    feed = _write(tmp_path / "feed.jsonl", b"\n".join(lines) + b"\n")
    docs, problems = _read([feed])
    assert [d.id for d in docs] == ["a", "c"]
    assert problems == [f"{feed}:2: NUL byte at offset {len(lines[0]) + 1 + 23}"]


def test_jsonl_id_that_is_not_a_string_is_rejected(tmp_path):
    feed = _write(tmp_path / "feed.jsonl", '{"id": 7, "text": "Rabat hosts talks."}\n')
    docs, problems = _read([feed])
    assert docs == [] and problems == [f"{feed}:1: 'id' must be a string, not int 7"]


def test_ids_are_paths_under_the_corpus_root_given(tmp_path):
    _write(tmp_path / "c" / "a" / "doc.txt", SENTENCE)
    _write(tmp_path / "c" / "b" / "doc.txt", SENTENCE)
    by_dir, _ = _read([tmp_path / "c"])
    by_glob, _ = _read([tmp_path / "c" / "**" / "*.txt"])
    assert [d.id for d in by_dir] == ["a/doc", "b/doc"] == sorted(d.id for d in by_glob)


def test_id_collisions_are_found_before_anything_is_read(tmp_path):
    _write(tmp_path / "doc.txt", SENTENCE)
    feed = _write(tmp_path / "feed.jsonl", json.dumps({"id": "doc", "text": SENTENCE}) + "\n")
    assert id_collisions([str(tmp_path)]) == [
        f"{feed}:1: document id 'doc' already given by {tmp_path / 'doc.txt'}"
    ]


def test_kg_build_with_colliding_ids_writes_nothing(tmp_path, capsys):
    _write(tmp_path / "c" / "doc.txt", SENTENCE)
    _write(tmp_path / "c" / "feed.jsonl", json.dumps({"id": "doc", "text": SENTENCE}) + "\n")
    store = tmp_path / "kg"
    assert main(["build", str(tmp_path / "c"), "--store", str(store)]) == 2
    assert "already given by" in capsys.readouterr().err
    assert not store.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "csv", "-o", "x", "--min-confidence", "5"],
        ["export", "--format", "csv", "-o", "x", "--min-confidence", "nan"],
        ["export", "--format", "csv", "-o", "x", "--period", "2025-13:"],
        ["draw", "--period", "2025-02-30:2025-03"],
    ],
)
def test_out_of_range_arguments_are_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2 and "error: argument" in capsys.readouterr().err


# --- property-based: whatever the bytes, the reader reports and goes on -------------------

_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                               max_size=3),
    max_leaves=8,
)


def _read_one(path: Path) -> tuple[list[Document], list[str]]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KgWarning)
        return _read([path], lang="fr")


def _storable(doc: Document) -> bool:
    doc.text.encode("utf-8")  # no lone surrogate left
    return bool(doc.content_hash) and bool(doc.text.strip())


@_SETTINGS
@given(data=st.binary(max_size=400))
def test_any_bytes_as_a_text_file_give_a_document_or_one_problem(tmp_path, data):
    path = _write(tmp_path / "any.txt", data)
    docs, problems = _read_one(path)
    assert len(docs) + len(problems) == 1
    assert all(_storable(d) for d in docs)
    assert all(p.startswith(str(path)) and "\n" not in p for p in problems)


@_SETTINGS
@given(lines=st.lists(st.binary(max_size=80) | st.text(max_size=80).map(str.encode), max_size=6))
def test_any_lines_as_a_jsonl_file_never_stop_the_reader(tmp_path, lines):
    path = _write(tmp_path / "any.jsonl", b"\n".join(line.replace(b"\n", b" ") for line in lines))
    docs, problems = _read_one(path)
    assert all(_storable(d) for d in docs)
    assert all(p.startswith(str(path)) for p in problems)


@_SETTINGS
@given(
    record=st.dictionaries(
        st.sampled_from(["id", "text", "date", "lang", "url", "title"]), _JSON_VALUES, max_size=6
    ),
    text=st.text(min_size=1, max_size=60)
    | st.text(st.sampled_from(list('Rabat é\n"\\\x00\ud800\udfff')), min_size=1, max_size=30),
)
def test_any_json_record_gives_a_document_or_names_its_line(tmp_path, record, text):
    record = {"text": text, **record}
    path = _write(tmp_path / "r.jsonl", json.dumps(record) + "\n" + json.dumps({"text": "Ok."}))
    docs, problems = _read_one(path)
    assert any(d.meta["line"] == "2" for d in docs)  # the next record is never lost
    assert all(_storable(d) for d in docs)
    assert all(p.startswith((f"{path}:1:", f"{path}:2:")) for p in problems)


# --- the store follows the corpus ---------------------------------------------------------


def _build(location, documents, **kw):
    problems: list[str] = []
    stats = build(documents, location, on_problem=problems.append, extractor=sample_extractor, **kw)
    return stats, problems


def _ids(location) -> set[str]:
    with open_store(location, read_only=True) as store:
        return store.document_ids()


def test_prune_removes_documents_no_longer_in_the_corpus(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    kept, _ = _build(location, DOCUMENTS[:2])
    assert _ids(location) == {d.id for d in DOCUMENTS}  # without --prune, nothing removed
    stats, _ = _build(location, DOCUMENTS[:2], prune=True)
    assert stats.removed == 1 and _ids(location) == {d.id for d in DOCUMENTS[:2]}


def test_prune_is_not_applied_when_some_input_could_not_be_read(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    stats, problems = _build(location, DOCUMENTS[:2], prune=True, complete=lambda: False)
    assert stats.removed == 0 and _ids(location) == {d.id for d in DOCUMENTS}
    assert problems == [
        "--prune not applied: some inputs could not be read, so nothing was removed"
    ]


def test_kg_build_prune_follows_a_deleted_file(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "serial_extract", sample_extractor)
    corpus = tmp_path / "c"
    _write(corpus / "a.txt", SENTENCE)
    _write(corpus / "b.txt", SENTENCE.replace("Niger", "Mali"))
    store = str(tmp_path / "kg")
    assert main(["build", str(corpus), "--store", store]) == 0
    (corpus / "b.txt").unlink()
    assert main(["build", str(corpus), "--store", store, "--prune"]) == 0
    assert _ids(store) == {"a"}


def test_a_changed_extractor_fingerprint_re_extracts_unchanged_documents(tmp_path, monkeypatch):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    monkeypatch.setattr(build_module, "extraction_fingerprint", lambda: "another lexicon")
    stats, _ = _build(location, DOCUMENTS)
    assert (stats.updated, stats.skipped) == (len(DOCUMENTS), 0)


def test_the_fingerprint_follows_the_lexicon_files(tmp_path, monkeypatch):
    import shutil

    ontology = tmp_path / "ontology"
    shutil.copytree(build_module.ONTOLOGY_DIR, ontology)
    monkeypatch.setattr(build_module, "ONTOLOGY_DIR", ontology)
    extraction_fingerprint.cache_clear()
    before = extraction_fingerprint()
    with open(ontology / "lexicon" / "modality.tsv", "a", encoding="utf-8") as fh:
        fh.write("# one more row\n")
    extraction_fingerprint.cache_clear()
    after = extraction_fingerprint()
    monkeypatch.undo()
    extraction_fingerprint.cache_clear()
    assert before != after


def test_a_served_store_refuses_a_build_with_one_line(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS[:1])
    with hold_serve_lock(location), pytest.raises(KgError, match="being served by `kg serve`"):
        _build(location, DOCUMENTS)


# --- output files ------------------------------------------------------------------------


def test_output_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    target = _write(tmp_path / "real.csv", "old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with atomic_output(link) as tmp:
        tmp.write_text("new")
    assert link.is_symlink() and target.read_text() == "new"


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = _write(tmp_path / "secret.csv", "old")
    target.chmod(0o600)
    with atomic_output(target) as tmp:
        tmp.write_text("new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "new"


def test_output_to_a_pipe_is_written_in_place(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with atomic_output(fifo) as tmp, open(tmp, "wb") as out:
        out.write(b"streamed")
    reader.join(timeout=10)
    assert got == [b"streamed"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_means_stdout():
    with atomic_output("-") as tmp:
        assert str(tmp) == "/dev/stdout"


@pytest.mark.parametrize("where", ["dir", "under-a-file"])
def test_unwritable_output_paths_are_one_line_errors(tmp_path, where):
    _write(tmp_path / "file", "x")
    (tmp_path / "dir").mkdir()
    path = tmp_path / "dir" if where == "dir" else tmp_path / "file" / "out.csv"
    with pytest.raises(KgError, match="directory"), atomic_output(path) as tmp:
        tmp.write_text("never")


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = _write(tmp_path / "out.csv", "old")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(KgError, match="no space left"), atomic_output(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.csv"]


# --- one-line errors, Ctrl-C, streaming (issue 12, second part) ---------------------------


def _corrupt(location: Path) -> None:
    """Garbage over every file of a store, each keeping its size."""
    for path in location.iterdir():
        if path.is_file():
            path.write_bytes((b"garbage " * (path.stat().st_size // 8 + 1))[: path.stat().st_size])


@pytest.mark.parametrize("command", [
    ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
    ["export", "--format", "nq", "-o", "OUT/dump.nq"],
    ["export", "--format", "gexf", "-o", "OUT/graph.gexf"],
    ["build", "DOC"],
])
def test_a_corrupted_store_is_a_one_line_error_naming_it(tmp_path, capsys, command):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS[:1])
    _corrupt(location)
    doc = _write(tmp_path / "corpus" / "a.txt", SENTENCE)
    argv = [str(doc) if a == "DOC" else a.replace("OUT", str(tmp_path)) for a in command]
    assert main([*argv, "--store", str(location)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"kg: {location}: ") and "corrupt" in err[0], err
    assert not list(tmp_path.glob("*.n*")) and not list(tmp_path.glob("*.gexf"))


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_allowed_service_that_fails_is_a_one_line_error_naming_it(tmp_path, capsys):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS[:1])
    endpoint = f"http://127.0.0.1:{_free_port()}/sparql"  # nothing listens there
    query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
    status = main(["query", query, "--allow-service", endpoint, "--store", str(location)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1, err
    assert err[0].startswith(f"kg: SERVICE <{endpoint}> failed: "), err


@pytest.mark.slow
def test_ctrl_c_stops_a_long_kg_query_with_one_line_and_status_130(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    # a shell without job control starts background jobs with SIGINT ignored, and children
    # inherit it (Python then installs no handler): the query gets Ctrl-C as at a terminal
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "query", endless, "--store", str(location)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(3)  # imports done, the engine counting
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("kg query went on 15 s after Ctrl-C")
    assert (proc.returncode, out, err) == (130, "", "kg: interrupted\n")


def _lazy_rows(out, rows):
    """Rows that check, before giving each one, that the previous one is already written."""
    for i, row in enumerate(rows):
        if i:
            assert rows[i - 1][0].value in out.getvalue(), "rows held back, not streamed"
        yield row


@pytest.mark.parametrize("fmt", ["csv", "json", "tsv"])
def test_query_results_are_written_as_they_come(fmt):
    import io

    import pyoxigraph as ox

    from graph.kg.query import write_result
    from graph.kg.store import Stream

    rows = [(ox.Literal(f"row-{i}"), ox.NamedNode(f"http://example.org/{i}")) for i in range(5)]
    out = io.StringIO()
    write_result(Stream(["name", "iri"], _lazy_rows(out, rows)), out, fmt)
    text = out.getvalue()
    assert all(f"row-{i}" in text for i in range(5))
    if fmt == "json":
        bound = json.loads(text)["results"]["bindings"]
        assert bound[4] == {"name": {"type": "literal", "value": "row-4"},
                            "iri": {"type": "uri", "value": "http://example.org/4"}}
    if fmt == "tsv":
        assert text.splitlines()[:2] == ["?name\t?iri", '"row-0"\t<http://example.org/0>']


def test_kg_query_tsv_keeps_tabs_and_newlines_of_values_inside_their_cell(tmp_path, capsys):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS[:1])
    query = 'SELECT ?a ?b WHERE { BIND("x\\ty\\nz" AS ?a) BIND(2 AS ?b) }'
    assert main(["query", query, "--format", "tsv", "--store", str(location)]) == 0
    lines = capsys.readouterr().out.splitlines()
    integer = "<http://www.w3.org/2001/XMLSchema#integer>"
    assert lines == ["?a\t?b", f'"x\\ty\\nz"\t"2"^^{integer}'], lines


def test_a_glob_over_a_symlink_loop_terminates(tmp_path):
    import subprocess
    import sys

    _write(tmp_path / "d" / "sub" / "a.txt", SENTENCE)
    _write(tmp_path / "d" / "b.txt", SENTENCE)
    (tmp_path / "d" / "sub" / "loop").symlink_to(tmp_path / "d")
    (tmp_path / "d" / "self").symlink_to(".")
    code = ("import sys; from graph.io.corpus import input_files; "
            "print('\\n'.join(map(str, input_files([sys.argv[1]], print))))")
    try:
        res = subprocess.run([sys.executable, "-c", code, f"{tmp_path}/d/**/*.txt"],
                             capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("the glob went on for 30 s")
    assert res.stdout.splitlines() == [f"{tmp_path}/d/b.txt", f"{tmp_path}/d/sub/a.txt"], res


def test_a_glob_matches_what_glob_matches_without_links(tmp_path):
    import glob

    from graph.io.corpus import input_files

    for name in ["a.txt", "x/b.txt", "x/y/c.jsonl", "x/y/z/d.txt", "x/e.md", "w/f.txt"]:
        _write(tmp_path / name, "{}\n" if name.endswith("jsonl") else SENTENCE)
    for pattern in ["**/*.txt", "x/**/*.txt", "x/**", "**/y/*", "*/**/c.jsonl", "**"]:
        full = f"{tmp_path}/{pattern}"
        hits = [m for m in glob.glob(full, recursive=True) if os.path.exists(m)]
        expected = sorted({p for m in hits for p in input_files([m], lambda _m: None)})
        assert sorted(input_files([full], lambda _m: None)) == expected, pattern


def test_file_names_with_a_newline_or_a_tab_keep_tsv_rows_whole(tmp_path):
    import io
    from dataclasses import replace

    from rdf_samples import STATEMENTS

    from graph.io.statements import read_statements, write_statements

    statement = next(s for stmts in STATEMENTS.values() for s in stmts)
    odd = [replace(statement, doc_id=name) for name in ("a\nb", "c\td", "back\\slash\\n")]
    out = io.StringIO()
    assert write_statements(odd, out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 4 and {line.count("\t") for line in lines} == {12}
    path = tmp_path / "s.tsv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert [s.doc_id for s in read_statements(path)] == ["a\nb", "c\td", "back\\slash\\n"]


def test_kg_actors_keeps_a_file_name_with_a_newline_on_one_row(tmp_path, capsys):
    _write(tmp_path / "odd\nname.txt", SENTENCE)
    assert main(["actors", str(tmp_path)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows and all(r.startswith("odd\\nname\t") and r.count("\t") == 5 for r in rows), rows


def test_an_endpoint_answer_cut_by_a_failing_service_is_a_one_line_error(monkeypatch):
    from graph.kg.store import EndpointStore

    endpoint = "http://127.0.0.1:9/sparql"
    cut = b'{"head":{"vars":["s"]},"results":{"bindings":[Connection refused (os error 111)'
    store = EndpointStore("http://127.0.0.1:1/query", read_only=True)
    monkeypatch.setattr(store, "_post", lambda *_a: ("application/sparql-results+json", cut))
    with pytest.raises(KgError, match=rf"^SERVICE <{endpoint}> failed: the answer broke off, "
                                      r"ending with: .*Connection refused \(os error 111\)$"):
        store.query(f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}")
