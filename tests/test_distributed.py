"""`kg build --workers/--scheduler`: extraction on Dask workers stores what a serial build does."""

from __future__ import annotations

import logging

import pytest
from distributed import LocalCluster
from sample_corpus import SAMPLE_CORPUS

from graph.cli import main
from graph.io.corpus import iter_documents
from graph.kg.build import build
from graph.kg.store import open_store

pytestmark = pytest.mark.slow  # Dask clusters / whole-set scoring: run by make test

CORPUS = SAMPLE_CORPUS


def _quads(location) -> set[str]:
    with open_store(location, read_only=True) as store:
        return {str(q) for q in store.quads()}


def _statements(location) -> set:
    with open_store(location, read_only=True) as store:
        return set(store.statements())


@pytest.fixture(scope="module")
def serial_store(tmp_path_factory):
    location = tmp_path_factory.mktemp("serial") / "kg"
    build(iter_documents(CORPUS), location, on_problem=pytest.fail)
    return location


def test_two_worker_local_cluster_stores_the_same_quads_as_a_serial_build(serial_store, tmp_path):
    stats = build(iter_documents(CORPUS), tmp_path / "kg", workers=2, on_problem=pytest.fail)
    assert stats.updated == 11 and stats.statements > 0
    assert _quads(tmp_path / "kg") == _quads(serial_store)


def test_build_through_a_running_scheduler_stores_the_same_statements(serial_store, tmp_path):
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        build(
            iter_documents(CORPUS),
            tmp_path / "kg",
            scheduler=cluster.scheduler_address,
            on_problem=pytest.fail,
        )
    assert _statements(tmp_path / "kg") == _statements(serial_store)


def test_parallel_rebuild_of_an_unchanged_corpus_skips_every_document(serial_store, tmp_path):
    # no document is pending, so no cluster is started: an address nobody listens on is fine
    stats = build(
        iter_documents(CORPUS),
        serial_store,
        scheduler="tcp://127.0.0.1:9",
        on_problem=pytest.fail,
    )
    assert (stats.skipped, stats.updated) == (11, 0)


def test_unreachable_scheduler_is_reported_in_one_line(tmp_path, capsys):
    status = main(
        ["build", *CORPUS, "--store", str(tmp_path / "kg"), "--scheduler", "tcp://127.0.0.1:9"]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err[-1].startswith("kg: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in "\n".join(err)
