"""`kg check`: validate the store against ontology/shapes.ttl with pyshacl.

Validation runs on the union of all graphs: statements live in their documents' graphs while
the actors and relation properties they point to live in the ontology graph.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from graph.kg import rdf
from graph.kg.store import Store
from graph.paths import ONTOLOGY_DIR

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}".replace("  ", " ")


def _union_graph(store: Store) -> Graph:
    data = ox.serialize(
        dict.fromkeys(q.triple for q in store.quads()), format=ox.RdfFormat.N_TRIPLES
    )
    graph = Graph()
    graph.parse(data=data, format="nt")
    return graph


def _short(graph: Graph, node: object) -> str:
    if node is None:
        return ""
    return graph.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node)


def violations(store: Store) -> list[Violation]:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, report, _ = validate(_union_graph(store), shacl_graph=shapes, allow_warnings=True)
    if conforms:
        return []
    for prefix, iri in rdf.PREFIXES.items():
        report.bind(prefix, iri, replace=True)
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        found.append(
            Violation(
                focus=_short(report, report.value(result, SH.focusNode)),
                path=_short(report, report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "violation"),
            )
        )
    return sorted(found)
