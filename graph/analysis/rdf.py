"""An Analysis as RDF, in its own named graph, replaced at every run: camps, turning points,
period counts and document copies, each result with its period.

Queried by ontology/queries/camps.rq and turning_points.rq.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import Namespace
from rdflib.namespace import RDF, RDFS

from graph.analysis.analyze import Analysis
from graph.kg.rdf import actor_iri, doc_iri, n
from graph.kg.vocab import KG

ANALYSIS_GRAPH = NamedNode("https://w3id.org/geokg/analysis")
RESULT = Namespace("https://w3id.org/geokg/analysis/")


def analysis_quads(a: Analysis) -> list[Quad]:
    g = ANALYSIS_GRAPH
    out: list[Quad] = []

    def add(s, p, o) -> None:
        out.append(Quad(s, n(p) if not isinstance(p, NamedNode) else p, o, g))

    for p in a.periods:
        node = n(RESULT[f"period/{p.label}"])
        add(node, RDF.type, n(KG.PeriodAnalysis))
        add(node, KG.period, Literal(p.label))
        add(node, KG.eventCount, Literal(p.events))
        add(node, KG.reportCount, Literal(p.reports))
        if p.balance.share is not None:
            add(node, KG.balancedShare, Literal(float(round(p.balance.share, 4))))
        add(node, KG.frustrationIndex, Literal(p.frustration.upper))
        for camp, members in p.members().items():
            c = n(RESULT[f"camp/{p.label}/{camp}"])
            add(c, RDF.type, n(KG.Camp))
            add(c, KG.period, Literal(p.label))
            add(c, RDFS.label, Literal(camp))
            for actor in members:
                add(c, KG.member, actor_iri(actor))
    for k, t in enumerate(a.turning):
        node = n(RESULT[f"turn/{t.period}/{k}"])
        add(node, RDF.type, n(KG.TurningPoint))
        add(node, KG.between, actor_iri(t.a))
        add(node, KG.between, actor_iri(t.b))
        add(node, KG.periodBefore, Literal(t.before_period))
        add(node, KG.period, Literal(t.period))
        add(node, KG.signBefore, Literal(t.before.sign))
        add(node, KG.signAfter, Literal(t.after.sign))
        add(node, KG.eventCount, Literal(len(t.after.events)))
    for copy, original in sorted(a.copies.items()):
        add(doc_iri(copy), KG.copyOf, doc_iri(original))
    return out
