"""The relation vocabulary, read once from ontology/alliances.ttl.

The ontology is the single source of truth: codes, IRIs, polarity, symmetry, CAMEO codes and
Goldstein weights all come from the Turtle file, so adding a relation is an ontology edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, DefinedNamespace

from graph.paths import ONTOLOGY_DIR


class KG(DefinedNamespace):
    """The ontology's terms, closed: a misspelt term raises instead of minting a wrong IRI.

    tests/test_vocab.py checks this list against ontology/alliances.ttl both ways.

    >>> KG.hostileTo
    rdflib.term.URIRef('https://w3id.org/geokg/ontology#hostileTo')
    >>> KG.hostilTo
    Traceback (most recent call last):
    ...
    AttributeError: term 'hostilTo' not in namespace 'https://w3id.org/geokg/ontology#'
    """

    _NS = Namespace("https://w3id.org/geokg/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    State: URIRef
    Organisation: URIRef
    Capital: URIRef
    Document: URIRef
    RelationStatement: URIRef

    # annotations of a relation type
    code: URIRef
    polarity: URIRef
    cameo: URIRef
    goldstein: URIRef
    extractionRole: URIRef

    # relation types and their parents
    relatedTo: URIRef
    cooperativeRelation: URIRef
    hostileRelation: URIRef
    cooperatesWith: URIRef
    militarilyCooperatesWith: URIRef
    supports: URIRef
    memberOf: URIRef
    hostileTo: URIRef
    rejects: URIRef
    sanctions: URIRef
    suspendsCooperationWith: URIRef
    recallsAmbassadorFrom: URIRef
    expels: URIRef
    coerces: URIRef
    attacks: URIRef

    # actors
    capital: URIRef
    isoAlpha2: URIRef
    isoAlpha3: URIRef
    unStatus: URIRef

    # documents and statements
    contentHash: URIRef
    confidence: URIRef
    documentDate: URIRef
    eventDate: URIRef
    eventDatePrecision: URIRef
    evidence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    trigger: URIRef
    triggerStart: URIRef
    triggerEnd: URIRef
    level: URIRef
    negated: URIRef
    hypothetical: URIRef
    sourceHash: URIRef

    # analysis results (kg analyze), each with its period
    Camp: URIRef
    TurningPoint: URIRef
    PeriodAnalysis: URIRef
    period: URIRef
    member: URIRef
    between: URIRef
    periodBefore: URIRef
    signBefore: URIRef
    signAfter: URIRef
    eventCount: URIRef
    reportCount: URIRef
    balancedShare: URIRef
    frustrationIndex: URIRef
    copyOf: URIRef
    minhash: URIRef

ACTOR = Namespace("https://w3id.org/geokg/actor/")
DOC = Namespace("https://w3id.org/geokg/doc/")
STATEMENT = Namespace("https://w3id.org/geokg/statement/")


@dataclass(frozen=True, slots=True)
class Relation:
    code: str
    iri: URIRef
    polarity: int
    symmetric: bool
    cameo: str | None
    goldstein: float
    label_en: str
    label_fr: str
    roles: frozenset[str] = frozenset()  # kg:extractionRole: "claim", "ending"
    range: str | None = None  # rdfs:range's class name: "Organisation" for member_of


def _label(g: Graph, node: URIRef, lang: str) -> str:
    for lit in g.objects(node, RDFS.label):
        if isinstance(lit, Literal) and lit.language == lang:
            return str(lit)
    return ""


def _local(node: object) -> str | None:
    """The class name of an IRI in the kg namespace ("Organisation"), None for no IRI."""
    return str(node).removeprefix(str(KG)) if isinstance(node, URIRef) else None


@cache
def relations() -> dict[str, Relation]:
    """All relation types by code, in the order they are declared."""
    g = Graph()
    g.parse(ONTOLOGY_DIR / "alliances.ttl", format="turtle")
    out: dict[str, Relation] = {}
    for prop, code in g.subject_objects(KG.code):
        if not isinstance(prop, URIRef):
            continue
        cameo = g.value(prop, KG.cameo)
        out[str(code)] = Relation(
            code=str(code),
            iri=prop,
            polarity=int(g.value(prop, KG.polarity)),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in g,
            cameo=str(cameo) if cameo is not None else None,
            goldstein=float(g.value(prop, KG.goldstein) or 0.0),
            label_en=_label(g, prop, "en"),
            label_fr=_label(g, prop, "fr"),
            roles=frozenset(str(r) for r in g.objects(prop, KG.extractionRole)),
            range=_local(g.value(prop, RDFS.range)),
        )
    return dict(sorted(out.items()))


def has_role(code: str, role: str) -> bool:
    """Does the relation carry this kg:extractionRole ("claim", "verdict"...)? Unknown codes
    (the "same" of follow rows) carry none."""
    rel = relations().get(code)
    return rel is not None and role in rel.roles


def relation(code: str) -> Relation:
    try:
        return relations()[code]
    except KeyError:
        raise KeyError(f"unknown relation code {code!r}; known: {', '.join(relations())}") from None


def by_iri() -> dict[URIRef, Relation]:
    return {r.iri: r for r in relations().values()}


def unordered(a: str, b: str) -> tuple[str, str]:
    """The canonical order of a pair whose direction does not count: "Mali hostile to Algeria"
    and "Algeria hostile to Mali" are one relation. Actor names or ids, compared as text.

    >>> unordered("MLI", "DZA")
    ('DZA', 'MLI')
    """
    return (a, b) if a <= b else (b, a)


def oriented(subject: str, code: str, obj: str) -> tuple[str, str, str]:
    """(subject, relation, object) with a symmetric relation's sides in canonical order."""
    if relations()[code].symmetric:
        subject, obj = unordered(subject, obj)
    return subject, code, obj
