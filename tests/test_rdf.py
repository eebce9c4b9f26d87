"""Statements and documents to RDF and back, on hand-written statements."""

from __future__ import annotations

import pyoxigraph as ox
from rdf_samples import DOC_HELICOPTERS, DOC_RIVALS, DOCUMENTS, STATEMENTS, all_statements
from rdflib import namespace as ns

from graph import gazetteer
from graph.kg import rdf
from graph.kg.store import open_store
from graph.kg.vocab import ACTOR, KG
from graph.model import in_period


def _filled(tmp_path):
    store = open_store(tmp_path / "kg")
    store.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
    return store


def test_statements_round_trip_through_rdf(tmp_path):
    with _filled(tmp_path) as store:
        assert set(store.statements()) == all_statements()


def test_min_confidence_drops_weaker_statements(tmp_path):
    with _filled(tmp_path) as store:
        kept = list(store.statements(min_confidence=0.8))
    assert {s.confidence for s in kept} == {0.9, 0.85}


def test_period_uses_event_date_before_document_date(tmp_path):
    # the helicopters were delivered in May although the article is from June
    with _filled(tmp_path) as store:
        may = list(store.statements(period=("2025-05", "2025-05")))
    assert [(s.subject, s.relation) for s in may] == [("Russia", "military_cooperation")]


def test_year_precision_date_overlaps_a_month_period():
    assert in_period("2024", ("2024-11", "2024-12"))
    assert not in_period("2024-10-31", ("2024-11", "2024-12"))
    assert not in_period(None, ("2024-11", None))


def test_negated_statement_is_stored_without_direct_edge():
    negated = next(s for s in STATEMENTS[DOC_RIVALS.id] if s.negated)
    quads = rdf.document_quads(DOC_RIVALS, [negated])
    edges = [q for q in quads if q.predicate == rdf.n(KG.suspendsCooperationWith)]
    statement_nodes = [q for q in quads if q.object == rdf.n(KG.RelationStatement)]
    assert edges == [] and len(statement_nodes) == 1


def test_direct_edge_is_in_the_document_graph():
    russia = next(s for s in STATEMENTS[DOC_HELICOPTERS.id] if s.subject == "Russia")
    quads = rdf.document_quads(DOC_HELICOPTERS, [russia])
    edge = ox.Triple(
        rdf.actor_iri("Russia"), rdf.n(KG.militarilyCooperatesWith), rdf.actor_iri("Mali")
    )
    assert ox.Quad(*edge, rdf.doc_iri(DOC_HELICOPTERS.id)) in quads


def test_dates_are_typed_by_their_precision():
    assert rdf.date_literal("2025").datatype == rdf.n(ns.XSD.gYear)
    assert rdf.date_literal("2025-05").datatype == rdf.n(ns.XSD.gYearMonth)
    assert rdf.date_literal("2025-05-02").datatype == rdf.n(ns.XSD.date)


def test_actor_iri_uses_the_gazetteer_id():
    assert rdf.actor_iri("Mali") == rdf.n(ACTOR["MLI"])
    assert rdf.actor_name(str(ACTOR["MLI"])) == "Mali"


def test_actor_carries_labels_in_both_languages_and_wikidata():
    mali = gazetteer.load().by_name["Mali"]
    triples = set(rdf.actor_triples(mali))
    node = rdf.n(ACTOR[mali.id])
    assert ox.Triple(node, rdf.n(ns.RDF.type), rdf.n(KG.State)) in triples
    assert (
        ox.Triple(node, rdf.n(ns.RDFS.label), ox.Literal(mali.label_fr, language="fr")) in triples
    )
    assert ox.Triple(node, rdf.n(ns.RDFS.label), ox.Literal("Mali", language="en")) in triples
    sameas = [t.object.value for t in triples if t.predicate == rdf.n(ns.OWL.sameAs)]
    assert sameas == [f"http://www.wikidata.org/entity/{mali.wikidata}"]


def test_organisation_members_are_member_of_it():
    org = next(a for a in gazetteer.load().actors if a.members)
    triples = set(rdf.actor_triples(org))
    member = ox.Triple(rdf.n(ACTOR[org.members[0]]), rdf.n(KG.memberOf), rdf.n(ACTOR[org.id]))
    assert member in triples


def test_document_graph_carries_provenance():
    quads = rdf.document_quads(DOC_HELICOPTERS, [])
    node = rdf.doc_iri(DOC_HELICOPTERS.id)
    facts = {(q.predicate.value, q.object.value) for q in quads if q.subject == node}
    assert (str(KG.contentHash), DOC_HELICOPTERS.content_hash) in facts
    assert ("http://purl.org/dc/terms/date", "2025-06-02") in facts
    assert all(q.graph_name == node for q in quads)
