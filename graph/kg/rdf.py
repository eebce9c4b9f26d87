"""Statements and documents as RDF quads, and back.

Each document's triples live in a named graph whose name is the document IRI, so that a
changed document is replaced by dropping one graph. A relation is written twice: as an
rdf:Statement node carrying its evidence (sentence, offsets, dates, confidence), and as the
direct edge `actor:MLI kg:hostileTo actor:DZA` that plain SPARQL and reasoners can follow.
Negated and hypothetical statements keep their node but assert no edge: the text denies or
only envisages the relation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, XSD

from graph.analysis.copies import signature
from graph.gazetteer import ACTORS_FILE, Actor, load
from graph.kg.vocab import ACTOR, DOC, KG, STATEMENT, by_iri, relation
from graph.model import Document, Statement
from graph.paths import ONTOLOGY_DIR

ONTOLOGY_GRAPH = NamedNode("https://w3id.org/geokg/ontology")
# `doc:copy kg:copyOf doc:original` for every near-duplicate document, found again by each
# `kg build` that changes the documents (graph.kg.build.record_copies)
COPIES_GRAPH = NamedNode("https://w3id.org/geokg/copies")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
PLACE = Namespace("https://w3id.org/geokg/place/")
PREFIXES = {
    "kg": str(KG),
    "actor": str(ACTOR),
    "place": str(PLACE),
    "doc": str(DOC),
    "st": str(STATEMENT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SDO),
    "geo": str(GEO),
}
# bump when actor_triples or ontology_triples change shape, so stores reload their ontology graph
ONTOLOGY_LAYOUT = b"2"
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def n(term: str) -> NamedNode:
    """An rdflib namespace term as a pyoxigraph node: IRIs are built by Namespace, never by hand."""
    return NamedNode(str(term))


def doc_iri(doc_id: str) -> NamedNode:
    return n(DOC[quote(doc_id, safe="")])


def actor_iri(name: str) -> NamedNode:
    """The IRI of an actor given by canonical name (or id); unknown names keep a quoted slug."""
    actor = load().get(name)
    return n(ACTOR[actor.id if actor else quote(name.replace(" ", "_"), safe="")])


def actor_name(iri: str) -> str:
    local = unquote(iri.removeprefix(str(ACTOR)))
    actor = load().by_id.get(local)
    return actor.name if actor else local.replace("_", " ")


def date_literal(iso: str) -> Literal:
    """An ISO date at its own precision: 2025 -> xsd:gYear, 2025-03 -> xsd:gYearMonth."""
    datatype = _DATE_TYPES.get(len(iso))
    if datatype is None:
        raise ValueError(f"date {iso!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return Literal(iso, datatype=n(datatype))


def _text(value: str, lang: str | None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def statement_triples(st: Statement, lang: str | None = None) -> Iterator[Triple]:
    node = n(STATEMENT[st.key])
    subject, obj = actor_iri(st.subject), actor_iri(st.object)
    predicate = n(relation(st.relation).iri)
    yield Triple(node, n(RDF.type), n(RDF.Statement))
    yield Triple(node, n(RDF.type), n(KG.RelationStatement))
    yield Triple(node, n(RDF.subject), subject)
    yield Triple(node, n(RDF.predicate), predicate)
    yield Triple(node, n(RDF.object), obj)
    yield Triple(node, n(KG.polarity), Literal(int(st.polarity)))
    yield Triple(node, n(KG.confidence), Literal(float(st.confidence)))
    yield Triple(node, n(KG.evidence), _text(st.sentence, lang))
    yield Triple(node, n(KG.sentenceStart), Literal(st.sentence_start))
    yield Triple(node, n(KG.sentenceEnd), Literal(st.sentence_end))
    yield Triple(node, n(KG.trigger), _text(st.trigger, lang))
    yield Triple(node, n(KG.triggerStart), Literal(st.trigger_start))
    yield Triple(node, n(KG.triggerEnd), Literal(st.trigger_end))
    yield Triple(node, n(KG.level), Literal(st.level))
    yield Triple(node, n(KG.negated), Literal(bool(st.negated)))
    yield Triple(node, n(KG.hypothetical), Literal(bool(st.hypothetical)))
    yield Triple(node, n(PROV.wasDerivedFrom), doc_iri(st.doc_id))
    if st.doc_date:
        yield Triple(node, n(KG.documentDate), date_literal(st.doc_date))
    if st.event_date:
        yield Triple(node, n(KG.eventDate), date_literal(st.event_date))
    if st.event_date_precision:
        yield Triple(node, n(KG.eventDatePrecision), Literal(st.event_date_precision))
    if not (st.negated or st.hypothetical):
        yield Triple(subject, predicate, obj)


def stored_hash(doc: Document, stamp: str = "") -> str:
    """The hash a document's graph is stored with: its content's, and with a `stamp` (the
    extractor's fingerprint) that of content and extractor together, so either change shows."""
    if not stamp:
        return doc.content_hash
    return hashlib.sha256(f"{doc.content_hash}\0{stamp}".encode()).hexdigest()


def document_triples(doc: Document, stamp: str = "") -> Iterator[Triple]:
    node = doc_iri(doc.id)
    yield Triple(node, n(RDF.type), n(PROV.Entity))
    yield Triple(node, n(RDF.type), n(KG.Document))
    yield Triple(node, n(DCTERMS.identifier), Literal(doc.id))
    yield Triple(node, n(KG.contentHash), Literal(stored_hash(doc, stamp)))
    yield Triple(node, n(DCTERMS.source), Literal(doc.source))
    if doc.date:
        yield Triple(node, n(DCTERMS.date), date_literal(doc.date))
    if doc.lang:
        yield Triple(node, n(DCTERMS.language), Literal(doc.lang))
    if doc.meta.get("title"):
        yield Triple(node, n(DCTERMS.title), _text(doc.meta["title"], doc.lang))
    if doc.meta.get("url"):
        yield Triple(node, n(SDO.url), Literal(doc.meta["url"], datatype=n(XSD.anyURI)))
    sig = signature(doc.text)
    if sig:
        yield Triple(node, n(KG.minhash), Literal(sig))


def document_quads(
    doc: Document, statements: Iterable[Statement], stamp: str = ""
) -> list[Quad]:
    """Everything one document contributes, in its own named graph, without duplicates."""
    graph = doc_iri(doc.id)
    triples = dict.fromkeys(document_triples(doc, stamp))
    for st in statements:
        triples.update(dict.fromkeys(statement_triples(st, doc.lang)))
    return [Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def actor_triples(actor: Actor) -> Iterator[Triple]:
    node = n(ACTOR[actor.id])
    yield Triple(node, n(RDF.type), n(KG[actor.type]))
    yield Triple(node, n(RDFS.label), Literal(actor.name, language="en"))
    yield Triple(node, n(RDFS.label), Literal(actor.label_fr, language="fr"))
    if actor.iso2:
        yield Triple(node, n(KG.isoAlpha2), Literal(actor.iso2))
    if actor.iso3:
        yield Triple(node, n(KG.isoAlpha3), Literal(actor.iso3))
    if actor.wikidata:
        yield Triple(node, n(OWL.sameAs), n(WIKIDATA[actor.wikidata]))
    if actor.un_status:
        yield Triple(node, n(KG.unStatus), Literal(actor.un_status))
    for member in actor.members:
        yield Triple(n(ACTOR[member]), n(KG.memberOf), node)
    place = node  # an organisation's coordinates are those of its seat
    if actor.capital_en or actor.capital_fr:
        place = n(PLACE[f"{actor.id}-capital"])
        yield Triple(node, n(KG.capital), place)
        yield Triple(place, n(RDF.type), n(KG.Capital))
        if actor.capital_en:
            yield Triple(place, n(RDFS.label), Literal(actor.capital_en, language="en"))
        if actor.capital_fr:
            yield Triple(place, n(RDFS.label), Literal(actor.capital_fr, language="fr"))
    if actor.lat is not None and actor.lon is not None:
        yield Triple(place, n(GEO.lat), Literal(str(actor.lat), datatype=n(XSD.decimal)))
        yield Triple(place, n(GEO.long), Literal(str(actor.lon), datatype=n(XSD.decimal)))


def ontology_triples() -> Iterator[Triple]:
    """The relation ontology plus one individual per gazetteer actor."""
    with open(ONTOLOGY_DIR / "alliances.ttl", "rb") as fh:
        for quad in parse(fh, format=RdfFormat.TURTLE):
            yield quad.triple
    for actor in load().actors:
        yield from actor_triples(actor)


def ontology_fingerprint() -> str:
    """Changes whenever alliances.ttl or the gazetteer changes, so a stale store gets reloaded."""
    h = hashlib.sha256(ONTOLOGY_LAYOUT)
    for path in (ONTOLOGY_DIR / "alliances.ttl", ACTORS_FILE):
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def ontology_quads() -> list[Quad]:
    triples = dict.fromkeys(ontology_triples())
    triples[Triple(ONTOLOGY_GRAPH, n(KG.sourceHash), Literal(ontology_fingerprint()))] = None
    return [Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples]


# Reading statements back: one row per statement node, optional fields left unbound.
STATEMENTS_QUERY = """
SELECT ?st ?s ?p ?o ?polarity ?confidence ?sentence ?ss ?se ?trigger ?ts ?te ?level
       ?neg ?hyp ?docId ?docDate ?eventDate ?precision
WHERE {
  GRAPH ?g {
    ?st a kg:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        kg:polarity ?polarity ; kg:confidence ?confidence ; kg:evidence ?sentence ;
        kg:sentenceStart ?ss ; kg:sentenceEnd ?se ; kg:trigger ?trigger ;
        kg:triggerStart ?ts ; kg:triggerEnd ?te ; prov:wasDerivedFrom ?doc .
    ?doc dcterms:identifier ?docId .
    OPTIONAL { ?st kg:level ?level }
    OPTIONAL { ?st kg:negated ?neg }
    OPTIONAL { ?st kg:hypothetical ?hyp }
    OPTIONAL { ?st kg:documentDate ?docDate }
    OPTIONAL { ?st kg:eventDate ?eventDate }
    OPTIONAL { ?st kg:eventDatePrecision ?precision }
  }
  FILTER (?confidence >= ?minConfidence)
}
ORDER BY ?docId ?ss ?ts ?st
"""


def _value(row: Mapping[str, object], name: str) -> str | None:
    term = row.get(name)
    return None if term is None else term.value  # type: ignore[attr-defined]


@cache
def _relation_codes() -> dict[str, str]:
    """Relation code by property IRI (as text), built once, not once per row."""
    return {str(iri): r.code for iri, r in by_iri().items()}


def statement_from_row(row: Mapping[str, object]) -> Statement:
    """The inverse of statement_triples, from one STATEMENTS_QUERY solution."""
    codes = _relation_codes()
    level = _value(row, "level")
    return Statement(
        doc_id=_value(row, "docId") or "",
        subject=actor_name(_value(row, "s") or ""),
        relation=codes.get(_value(row, "p") or "", _value(row, "p") or ""),
        object=actor_name(_value(row, "o") or ""),
        polarity=int(_value(row, "polarity") or 0),
        confidence=float(_value(row, "confidence") or 0.0),
        sentence=_value(row, "sentence") or "",
        sentence_start=int(_value(row, "ss") or 0),
        sentence_end=int(_value(row, "se") or 0),
        trigger=_value(row, "trigger") or "",
        trigger_start=int(_value(row, "ts") or 0),
        trigger_end=int(_value(row, "te") or 0),
        level=level or "explicit",
        doc_date=_value(row, "docDate"),
        event_date=_value(row, "eventDate"),
        event_date_precision=_value(row, "precision"),
        negated=_value(row, "neg") == "true",
        hypothetical=_value(row, "hyp") == "true",
    )
