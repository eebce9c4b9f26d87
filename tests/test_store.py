"""The store: incremental, idempotent, transactional builds on a real Oxigraph directory."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdf_samples import DOC_RABAT, DOCUMENTS, STATEMENTS, sample_extractor

from graph.cli import main
from graph.errors import KgError
from graph.kg.build import build, extraction_fingerprint
from graph.kg.rdf import stored_hash
from graph.kg.store import open_store


def _build(location, documents, **kw):
    problems: list[str] = []
    stats = build(documents, location, on_problem=problems.append, extractor=sample_extractor, **kw)
    return stats, problems


def _quads(location) -> set:
    with open_store(location, read_only=True) as store:
        return set(store.quads())


def test_building_twice_leaves_the_store_unchanged(tmp_path):
    location = tmp_path / "kg"
    first, _ = _build(location, DOCUMENTS)
    before = _quads(location)
    second, _ = _build(location, DOCUMENTS)
    assert (first.updated, second.updated, second.skipped) == (3, 0, 3)
    assert _quads(location) == before


def test_changed_document_has_its_graph_replaced(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    edited = dataclasses.replace(DOC_RABAT, text=DOC_RABAT.text.replace("Rabat.", "Rabat, mardi."))
    stats, _ = _build(location, [edited, *DOCUMENTS[1:]])
    with open_store(location, read_only=True) as store:
        rabat = [s for s in store.statements() if s.doc_id == DOC_RABAT.id]
        assert store.document_hash(DOC_RABAT.id) == stored_hash(edited, extraction_fingerprint())
    assert stats.updated == 1
    assert len(rabat) == len(STATEMENTS[DOC_RABAT.id])


def test_rebuilding_a_changed_document_adds_no_triples(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    count = len(_quads(location))
    edited = dataclasses.replace(DOC_RABAT, date="2025-03-11")  # same number of triples
    _build(location, [edited])
    assert len(_quads(location)) == count


def test_interrupted_build_is_completed_by_the_next_run(tmp_path):
    def dies_after_two():
        yield from DOCUMENTS[:2]
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        _build(tmp_path / "interrupted", dies_after_two(), batch_size=1)
    assert len({q.graph_name for q in _quads(tmp_path / "interrupted")}) == 3  # ontology + 2
    _build(tmp_path / "interrupted", DOCUMENTS)
    _build(tmp_path / "clean", DOCUMENTS)
    assert _quads(tmp_path / "interrupted") == _quads(tmp_path / "clean")


def test_batch_interrupted_midway_writes_none_of_it(tmp_path):
    def dies_on_third():
        yield from DOCUMENTS[:2]
        raise RuntimeError("killed")

    location = tmp_path / "kg"
    with pytest.raises(RuntimeError):
        _build(location, dies_on_third(), batch_size=10)
    with open_store(location, read_only=True) as store:
        assert list(store.statements()) == []


def test_failed_write_leaves_the_store_as_it_was(tmp_path):
    location = tmp_path / "kg"
    _build(location, DOCUMENTS)
    before = _quads(location)
    edited = dataclasses.replace(DOC_RABAT, text=DOC_RABAT.text + " Fin.")
    broken = dataclasses.replace(DOCUMENTS[1], date="2025-1")  # not an ISO date
    with open_store(location) as store, pytest.raises(KgError):
        store.replace_documents([(edited, []), (broken, [])])
    assert _quads(location) == before


def test_document_with_a_malformed_date_is_reported_and_the_others_stored(tmp_path):
    broken = dataclasses.replace(DOCUMENTS[1], date="juin 2025")
    stats, problems = _build(tmp_path / "kg", [DOCUMENTS[0], broken, DOCUMENTS[2]])
    assert stats.updated == 2
    assert problems == [
        "samples/helicopteres.txt: document 'helicopteres-2025-06' not stored: "
        "date 'juin 2025' is not YYYY, YYYY-MM or YYYY-MM-DD"
    ]


def test_unknown_actor_is_reported_and_not_stored(tmp_path):
    bad = dataclasses.replace(STATEMENTS[DOC_RABAT.id][0], object="Atlantis")

    def extractor(documents):
        for doc in documents:
            yield doc, [bad]

    problems: list[str] = []
    build([DOC_RABAT], tmp_path / "kg", on_problem=problems.append, extractor=extractor)
    with open_store(tmp_path / "kg", read_only=True) as store:
        assert list(store.statements()) == []
    assert problems == ["samples/rabat.txt: unknown actor 'Atlantis', statement dropped"]


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_dump_reloads_to_the_same_quads(tmp_path, fmt):
    _build(tmp_path / "kg", DOCUMENTS)
    with open_store(tmp_path / "kg", read_only=True) as store:
        store.dump(tmp_path / f"out.{fmt}", fmt)
        quads = set(store.quads())
    copy = open_store(tmp_path / "copy")
    copy.update("DROP ALL")
    copy._store.load(path=str(tmp_path / f"out.{fmt}"))  # noqa: SLF001 - raw load, no ontology step
    assert set(copy.quads()) == quads


def test_turtle_dump_merges_the_graphs(tmp_path):
    _build(tmp_path / "kg", DOCUMENTS)
    with open_store(tmp_path / "kg", read_only=True) as store:
        store.dump(tmp_path / "out.ttl", "ttl")
        triples = {q.triple for q in store.quads()}
    from rdflib import Graph

    assert len(Graph().parse(tmp_path / "out.ttl", format="turtle")) == len(triples)


def test_missing_store_opened_read_only_is_a_one_line_error(tmp_path):
    with pytest.raises(KgError, match="no store here"):
        open_store(tmp_path / "nothing", read_only=True)


def test_kg_build_command_is_incremental_on_real_extraction(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        " date 2025-02-14\n\nLe Niger a suspendu sa coopération militaire avec la France.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        " date 2025-02-20\n\nLe Tchad renforce ses liens avec la Russie.\n", encoding="utf-8"
    )
    store = str(tmp_path / "kg")
    assert main(["build", str(corpus), "--store", store]) == 0
    first = capsys.readouterr().err.strip().splitlines()[-1]
    count = len(_quads(store))
    assert main(["build", str(corpus), "--store", store]) == 0
    second = capsys.readouterr().err.strip().splitlines()[-1]
    (corpus / "b.txt").write_text(
        " date 2025-02-21\n\nLe Tchad renforce ses liens avec la Russie.\n", encoding="utf-8"
    )
    assert main(["build", str(corpus), "--store", store]) == 0
    third = capsys.readouterr().err.strip().splitlines()[-1]
    assert first.startswith("kg build: 2 documents read, 0 unchanged, 2 updated")
    assert second.startswith("kg build: 2 documents read, 2 unchanged, 0 updated, 0 statements")
    assert third.startswith("kg build: 2 documents read, 1 unchanged, 1 updated")
    assert len(_quads(store)) == count


KILLED_BUILD = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from rdf_samples import DOCUMENTS, sample_extractor
from graph.kg.build import build

def killed_after_two(documents):
    for n, pair in enumerate(sample_extractor(documents)):
        if n == 2:
            os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, no flush, as with kill -9
        yield pair

build(DOCUMENTS, sys.argv[1], on_problem=print, extractor=killed_after_two, batch_size=1)
"""


def test_build_killed_midway_is_completed_by_the_next_run(tmp_path):
    killed = tmp_path / "killed"
    tests_dir = str(Path(__file__).parent)
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(killed), tests_dir], capture_output=True
    )
    assert proc.returncode == -signal.SIGKILL
    assert len({q.graph_name for q in _quads(killed)}) == 3  # ontology + the 2 documents done
    _build(killed, DOCUMENTS)
    _build(tmp_path / "clean", DOCUMENTS)
    assert _quads(killed) == _quads(tmp_path / "clean")
