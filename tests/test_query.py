"""Saved queries on hand-written statements: answers, parameter binding, and rdflib agreement."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from rdf_samples import DOCUMENTS, STATEMENTS
from rdflib import Dataset
from rdflib.term import Literal as RdfLiteral

from graph.analysis.analyze import analyze
from graph.analysis.rdf import ANALYSIS_GRAPH, analysis_quads
from graph.cli import main
from graph.errors import KgError
from graph.kg.query import bindings, parse_saved, saved_queries, saved_query
from graph.kg.store import bind, open_store
from graph.network.views import keep

PARAMS = {
    "allies": ["actor=Mali"],
    "adversaries": ["actor=Mali"],
    "timeline": ["actor=Mali", "other=Algeria"],
    "evidence": ["subject=Algeria", "relation=hostile", "object=Mali"],
    "common_adversaries": ["actor=Mali", "other=Morocco"],
    "most_hostile_pairs": [],
    "most_cooperative_pairs": [],
    "camps": [],
    "turning_points": [],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    location = tmp_path_factory.mktemp("kg") / "store"
    with open_store(location) as s:
        s.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
        s.replace_graphs({ANALYSIS_GRAPH: analysis_quads(_analysis())})
    with open_store(location, read_only=True) as s:
        yield s


def _analysis():
    """kg analyze's results on the samples, plus a French-Malian cooperation of 2019 that the
    2025 expulsion turns around (a turning point for turning_points.rq)."""
    earlier = dataclasses.replace(STATEMENTS[DOCUMENTS[0].id][0], doc_id="old", subject="France",
                                  relation="military_cooperation", object="Mali", polarity=1,
                                  doc_date="2019-03", event_date=None, negated=False,
                                  hypothetical=False)
    found = [s for doc in DOCUMENTS for s in STATEMENTS[doc.id]]
    return analyze(keep([*found, earlier]), by="year", shuffles=5)


def ask(store, name: str, *params: str) -> list[dict[str, str]]:
    query = saved_query(name)
    result = store.query(query.text, bindings(query, list(params)))
    return [{k: t.value for k, t in row.items()} for row in result.dicts()]


def test_every_saved_query_is_described_and_has_test_parameters():
    queries = saved_queries()
    assert set(queries) == set(PARAMS)
    assert all(q.description for q in queries.values())


def test_partners_of_mali_include_morocco_and_russia(store):
    rows = ask(store, "allies", "actor=Mali")
    assert {(r["name"], r["relation"]) for r in rows} == {
        ("Morocco", "cooperates"),
        ("Russia", "military_cooperation"),
    }


def test_adversaries_of_mali_include_algeria_and_france_but_not_a_denied_rupture(store):
    rows = ask(store, "adversaries", "actor=Mali")
    assert {(r["name"], r["relation"], r["direction"]) for r in rows} == {
        ("Algeria", "hostile", "mutual"),
        ("France", "expels", "out"),
    }


def test_symmetric_relation_is_found_from_the_object_side(store):
    rows = ask(store, "adversaries", "actor=Algeria")
    assert {r["name"] for r in rows} == {"Mali", "Morocco"}


def test_actor_parameter_accepts_id_and_french_name(store):
    by_name = ask(store, "allies", "actor=Mali")
    assert ask(store, "allies", "actor=MLI") == by_name
    assert {r["name"] for r in ask(store, "allies", "actor=Maroc")} == {"Mali"}


def test_evidence_of_a_symmetric_edge_is_found_in_either_direction(store):
    rows = ask(store, "evidence", "subject=Algeria", "relation=hostile", "object=Mali")
    assert [r["evidence"] for r in rows] == [
        "Le même jour, Bamako a accusé Alger de soutenir des groupes armés dans le nord du pays."
    ]


def test_evidence_of_a_directed_edge_is_not_found_reversed(store):
    assert ask(store, "evidence", "subject=France", "relation=expels", "object=Mali") == []
    assert len(ask(store, "evidence", "subject=Mali", "relation=expels", "object=France")) == 1


def test_timeline_is_ordered_by_event_date(store):
    rows = ask(store, "timeline", "actor=Russia", "other=Mali")
    assert [(r["date"], r["relation"]) for r in rows] == [("2025-05", "military_cooperation")]


def test_common_adversary_of_mali_and_morocco_is_algeria(store):
    rows = ask(store, "common_adversaries", "actor=Mali", "other=Morocco")
    assert [(r["name"], r["withActor"], r["withOther"]) for r in rows] == [("Algeria", "1", "1")]


def test_most_hostile_pair_weighs_goldstein_by_confidence(store):
    rows = ask(store, "most_hostile_pairs")
    # expels (-4.0 x 0.6) outweighs each of the two hostile statements (-2.0 x 0.7, -2.0 x 0.75)
    assert [(r["a"], r["b"]) for r in rows] == [
        ("France", "Mali"),
        ("Algeria", "Morocco"),
        ("Algeria", "Mali"),
    ]


def test_injected_text_is_an_unknown_name_and_deletes_nothing(store):
    before = store.triple_count()
    with pytest.raises(KgError, match="no such actor"):
        ask(store, "allies", 'actor=Mali" } DROP ALL { "')
    with pytest.raises(KgError, match="no such relation"):
        ask(store, "evidence", "subject=Mali", 'relation=hostile" } ; DROP ALL ; #',
            "object=Algeria")
    assert store.triple_count() == before
    # a query without a parameter header takes an unknown value as text, bound, never spliced
    rows = store.query("SELECT ?s WHERE { ?s ?p ?name }",
                       bindings(parse_saved("q", ""), ['name=Mali" } DROP ALL { "']))
    assert list(rows.dicts()) == [] and store.triple_count() == before


def test_parameter_name_cannot_carry_sparql(store):
    with pytest.raises(KgError, match="not a SPARQL variable name"):
        store.query("SELECT ?x WHERE { ?x ?p ?o }", {"x) {} } #": ox.Literal("1")})


def test_unknown_actor_or_relation_is_an_error_naming_the_nearest():
    with pytest.raises(KgError, match=r"--param actor=Malli: no such actor; did you mean Mali"):
        bindings(saved_query("allies"), ["actor=Malli"])
    with pytest.raises(KgError, match=r"relation=hostle: no such relation; did you mean hostile\?"):
        bindings(saved_query("evidence"), ["subject=Mali", "relation=hostle", "object=Algeria"])


def test_missing_parameter_is_a_one_line_error():
    with pytest.raises(KgError, match="needs --param actor="):
        bindings(saved_query("allies"), [])


def test_unknown_saved_query_is_a_one_line_error():
    with pytest.raises(KgError, match="unknown saved query 'friends'"):
        saved_query("friends")


def test_bad_sparql_is_a_one_line_error(store):
    with pytest.raises(KgError, match="bad SPARQL"):
        store.query("SELECT ?x WHERE { ?x ")


def test_update_is_not_a_query(store):
    with pytest.raises(KgError, match="bad SPARQL"):
        store.query("DROP ALL")


def test_binding_ignores_where_inside_comments_and_strings():
    text = '# no WHERE { here\nSELECT ?x WHERE { BIND("WHERE {" AS ?y) ?x ?p ?y }'
    bound = bind(text, {"x": ox.Literal("1")})
    assert bound.index("VALUES") > text.index("SELECT ?x WHERE {")
    # a string before the clause that reads like one
    text = 'SELECT ?x ("WHERE {" AS ?w) WHERE { ?x ?p ?o }'
    bound = bind(text, {"x": ox.Literal("1")})
    assert bound.index("VALUES") > text.index(") WHERE {")
    assert '("WHERE {" AS ?w)' in bound


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own TriG parser
@pytest.mark.parametrize("name", sorted(PARAMS))
def test_saved_query_gives_the_same_answer_in_rdflib(store, tmp_path, name):
    store.dump(tmp_path / "kg.trig", "trig")
    dataset = Dataset(default_union=True)
    dataset.parse(tmp_path / "kg.trig", format="trig")
    query = saved_query(name)
    terms = bindings(query, PARAMS[name])
    ours = [tuple(_norm(t) for t in row) for row in store.query(query.text, terms).rows]
    theirs = [tuple(_norm(t) for t in row) for row in dataset.query(bind(query.text, terms))]
    assert ours and theirs == ours


def _norm(term) -> str | float | None:
    """Compare numbers by value: engines write 2.0 and 2.0E0 differently."""
    if term is None:
        return None
    value = (
        str(term.value)
        if hasattr(term, "value") and not isinstance(term, RdfLiteral)
        else str(term)
    )
    try:
        return round(float(value), 9)
    except ValueError:
        return value


def test_kg_query_prints_csv(store, capsys):
    status = main(
        [
            "query",
            "--store",
            store.location,
            "--saved",
            "allies",
            "--param",
            "actor=Mali",
            "--format",
            "csv",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines[0] == "ally,name,relation,direction,statements,maxConfidence"
    assert "https://w3id.org/geokg/actor/MAR,Morocco,cooperates,mutual,1,0.9" in lines
