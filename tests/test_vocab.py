"""The closed KG namespace and ontology/alliances.ttl list the same terms."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from graph.kg.vocab import KG, relations
from graph.paths import ONTOLOGY_DIR


def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "alliances.ttl", format="turtle")


def test_every_namespace_term_is_defined_in_the_ontology():
    defined = set(_ontology().subjects())
    missing = [term for term in dir(KG) if term not in defined]
    assert missing == []


def test_every_relation_property_of_the_ontology_is_in_the_namespace():
    g = _ontology()
    properties = [p for p in g.subjects(KG.code) if isinstance(p, URIRef)]
    assert properties and [p for p in properties if p not in KG] == []


def test_relation_iris_are_namespace_terms():
    assert all(r.iri in KG for r in relations().values())


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        _ = KG.hostilTo


def test_misspelt_term_by_key_raises():
    with pytest.raises(AttributeError):
        _ = KG["Stat"]
