"""Copies at ingest: `kg build` finds near-duplicate documents by the MinHash of their full text
and records them as kg:copyOf; a copy's reports stay in the store but count once as events,
in the exports and in `kg analyze`, while the statements count every report."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator

import pytest

from graph.analysis.events import group_events
from graph.cli import main
from graph.kg.build import build
from graph.kg.store import open_store
from graph.model import Document, Statement
from graph.network.views import build_network, keep

WIRE = ("Le Mali a rappelé lundi son ambassadeur en poste à Alger après la destruction d'un drone "
        "malien près de la frontière, un incident que Bamako impute à l'armée algérienne. Les "
        "autorités de transition dénoncent une agression et saisissent les instances régionales, "
        "tandis qu'Alger affirme que l'appareil avait violé son espace aérien.")
ORIGINAL = Document(id="wire-2025-04-07", source="wire.txt", date="2025-04-07", lang="fr",
                    text=WIRE)
# republished three months later by another outlet with its own dateline: a copy, not news
COPY = Document(id="reprise-2025-07-10", source="reprise.txt", date="2025-07-10", lang="fr",
                text="BAMAKO (Agence) - " + WIRE)
OTHER = Document(id="rabat-2025-03", source="rabat.txt", date="2025-03-10", lang="fr",
                 text="Le Mali et le Maroc ont renforcé leur coopération diplomatique lors d'une "
                      "visite officielle à Rabat, où les deux ministres ont signé trois accords.")


def _recall(doc: Document) -> Statement:
    start = doc.text.index("Le Mali")
    end = doc.text.index(". ", start) + 1
    trigger = doc.text.index("rappelé")
    return Statement(doc.id, "Mali", "recalls_ambassador", "Algeria", -1, 0.85,
                     doc.text[start:end], start, end, "rappelé", trigger, trigger + 7,
                     doc_date=doc.date)


def _extractor(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
    for doc in documents:
        yield doc, ([] if doc.id == OTHER.id else [_recall(doc)])


def _build(location, documents):
    problems: list[str] = []
    stats = build(documents, location, on_problem=problems.append, extractor=_extractor)
    assert problems == []
    return stats


def _stored(location) -> tuple[list[Statement], dict[str, str] | None, set]:
    with open_store(location, read_only=True) as store:
        return list(store.statements()), store.copies(), set(store.quads())


@pytest.mark.parametrize("order", ["together", "copy in a later build"])
def test_a_syndicated_copy_is_recorded_as_a_copy_and_building_again_changes_nothing(
        tmp_path, order):
    location = tmp_path / "kg"
    if order == "together":
        first = _build(location, [OTHER, COPY, ORIGINAL])
    else:
        _build(location, [OTHER, ORIGINAL])
        first = _build(location, [OTHER, ORIGINAL, COPY])
    assert first.copies == 1 and "1 copies of another" in first.summary()
    statements, copies, quads = _stored(location)
    assert copies == {COPY.id: ORIGINAL.id}
    # the copy keeps its report as evidence: two statements, one event
    recalls = [s for s in statements if s.relation == "recalls_ambassador"]
    assert sorted(s.doc_id for s in recalls) == sorted([ORIGINAL.id, COPY.id])
    assert [len(e.reports) for e in group_events(recalls, copies)] == [2]
    assert len(group_events(recalls)) == 2  # three months apart: without the copy, two events

    again = _build(location, [OTHER, COPY, ORIGINAL])
    assert (again.updated, again.skipped, again.copies) == (0, 3, None)
    assert _stored(location) == (statements, copies, quads)


def test_a_pruned_original_leaves_no_copy_behind(tmp_path):
    location = tmp_path / "kg"
    _build(location, [OTHER, ORIGINAL, COPY])
    stats = build([OTHER, COPY], location, extractor=_extractor, prune=True)
    assert (stats.removed, stats.copies) == (1, 0)
    assert _stored(location)[1] == {}


def test_unrelated_documents_are_not_copies(tmp_path):
    location = tmp_path / "kg"
    stats = _build(location, [OTHER, ORIGINAL])
    assert stats.copies == 0 and _stored(location)[1] == {}


def test_a_copy_counts_once_in_events_and_twice_in_statements_in_exports(tmp_path):
    location = tmp_path / "kg"
    _build(location, [OTHER, ORIGINAL, COPY])
    statements, copies, _ = _stored(location)
    g = build_network(keep(statements), copies=copies)
    alliance = next(d for _, _, d in g.edges(data=True) if d["view"] == "alliance")
    assert (alliance["statements"], alliance["events"]) == (2, 1)
    assert alliance["net_weight"] == pytest.approx(-0.85)  # weighed by events
    relation = next(d for _, _, d in g.edges(data=True) if d["view"] == "relations")
    assert (relation["statements"], relation["events"], relation["weight"]) == (2, 1, 1.0)
    # without the copies, three months apart the reports would be two events
    plain = build_network(keep(statements))
    assert next(d["events"] for _, _, d in plain.edges(data=True)
                if d["view"] == "alliance") == 2


def test_export_and_analyze_commands_use_the_recorded_copies(tmp_path, capsys):
    location = tmp_path / "kg"
    _build(location, [OTHER, ORIGINAL, COPY])
    out = tmp_path / "alliance.graphml"
    assert main(["export", "--store", str(location), "--format", "graphml",
                 "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert 'attr.name="events"' in text and 'attr.name="statements"' in text
    import networkx as nx

    edge = next(iter(nx.read_graphml(out).edges(data=True)))[2]
    assert (edge["statements"], edge["events"]) == (2, 1)
    capsys.readouterr()
    assert main(["analyze", "--store", str(location), "--by", "all", "--format", "json",
                 "--no-write"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["copies"] == {COPY.id: ORIGINAL.id}
    tie = result["periods"][0]["ties"][0]
    assert (tie["events"], tie["reports"]) == (1, 2)


def test_a_store_without_signatures_has_no_recorded_copies(tmp_path):
    location = tmp_path / "kg"
    with open_store(location) as store:
        store.replace_documents([(dataclasses.replace(ORIGINAL, text=""), [])])
        assert store.copies() is None


def test_saved_pair_queries_count_every_report_as_a_statement(tmp_path):
    from graph.kg.query import resolve_query

    location = tmp_path / "kg"
    _build(location, [OTHER, ORIGINAL, COPY])
    with open_store(location, read_only=True) as store:
        rows = list(store.query(resolve_query(None, None, "most_hostile_pairs").text).dicts())
    assert [(r["a"].value, r["b"].value, int(r["statements"].value)) for r in rows] == [
        ("Algeria", "Mali", 2)]
