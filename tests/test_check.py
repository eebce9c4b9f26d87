"""`kg check` validates a real store against ontology/shapes.ttl."""

from __future__ import annotations

from rdf_samples import DOC_RABAT, DOCUMENTS, STATEMENTS

from graph.cli import main
from graph.kg.store import open_store


def _store(tmp_path):
    location = tmp_path / "kg"
    with open_store(location) as store:
        store.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
    return location


def test_check_passes_on_a_store_built_from_valid_statements(tmp_path, capsys):
    status = main(["check", "--store", str(_store(tmp_path))])
    assert status == 0, capsys.readouterr().err


def test_check_names_the_statement_missing_its_evidence(tmp_path, capsys):
    location = _store(tmp_path)
    key = STATEMENTS[DOC_RABAT.id][0].key
    with open_store(location) as store:
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ st:{key} kg:evidence ?e }} }}")
    status = main(["check", "--store", str(location)])
    err = capsys.readouterr().err
    assert status == 1
    assert f"kg check: st:{key} kg:evidence: a statement needs its evidence sentence" in err


def test_check_flags_a_polarity_contradicting_the_relation(tmp_path, capsys):
    location = _store(tmp_path)
    key = STATEMENTS[DOC_RABAT.id][0].key  # cooperates, polarity 1
    with open_store(location) as store:
        store.update(
            f"DELETE {{ GRAPH ?g {{ st:{key} kg:polarity 1 }} }}"
            f" INSERT {{ GRAPH ?g {{ st:{key} kg:polarity -1 }} }}"
            f" WHERE {{ GRAPH ?g {{ st:{key} kg:polarity 1 }} }}"
        )
    assert main(["check", "--store", str(location)]) == 1
    assert f"st:{key}" in capsys.readouterr().err
