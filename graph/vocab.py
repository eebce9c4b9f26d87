"""Kept for scripts that import `graph.vocab`: the vocabulary lives in graph.kg.vocab."""

from graph.kg.vocab import ACTOR, DOC, KG, STATEMENT, Relation, by_iri, relation, relations

__all__ = ["ACTOR", "DOC", "KG", "STATEMENT", "Relation", "by_iri", "relation", "relations"]
