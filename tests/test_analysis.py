"""Events, copies, camps, balance and turning points on a planted network with known answers."""

from __future__ import annotations

import dataclasses
import itertools
import random

import networkx as nx
import pytest
from sklearn.metrics import adjusted_rand_score

from graph.analysis.analyze import analyze
from graph.analysis.balance import balance, frustration
from graph.analysis.copies import evidence_texts, find_copies
from graph.analysis.draw import mark_camps
from graph.analysis.events import group_events
from graph.analysis.signed import ties
from graph.analysis.synthetic import DEFECTION, DEFECTOR, planted
from graph.analysis.turning import turning_points
from graph.cli import main
from graph.draw.diagram import make_diagram
from graph.gazetteer import load
from graph.kg.store import open_store
from graph.model import Document, Statement


def _st(doc: str, subject: str, relation: str, obj: str, when: str, polarity: int = -1,
        sentence: str = "...") -> Statement:
    return Statement(doc, subject, relation, obj, polarity, 0.8, sentence, 0, 3, "x", 0, 1,
                     doc_date=when)


@pytest.fixture(scope="module")
def world():
    return planted()


@pytest.fixture(scope="module")
def by_quarter(world):
    return analyze(world.statements, by="quarter", shuffles=20)


@pytest.fixture(scope="module")
def by_year(world):
    return analyze(world.statements, by="year", shuffles=20)


def test_two_documents_reporting_one_expulsion_within_its_window_are_one_event():
    events = group_events([_st("a", "Mali", "expels", "France", "2022-01-31"),
                           _st("b", "Mali", "expels", "France", "2022-02-02")])
    assert [len(e.reports) for e in events] == [2]


def test_strikes_a_month_apart_are_two_events():
    events = group_events([_st("a", "India", "attacks", "Pakistan", "2025-05-07"),
                           _st("b", "India", "attacks", "Pakistan", "2025-06-07")])
    assert len(events) == 2


def test_a_symmetric_relation_read_either_way_is_one_event():
    events = group_events([_st("a", "Mali", "hostile", "Algeria", "2025-04-07"),
                           _st("b", "Algeria", "hostile", "Mali", "2025-04")])
    assert len(events) == 1


def test_a_directed_relation_read_the_other_way_is_another_event():
    events = group_events([_st("a", "Mali", "expels", "France", "2022-01-31"),
                           _st("b", "France", "expels", "Mali", "2022-01-31")])
    assert len(events) == 2


def test_a_copy_republished_months_later_joins_its_originals_event():
    events = group_events([_st("a", "Mali", "expels", "France", "2022-01-31"),
                           _st("a-wire", "Mali", "expels", "France", "2022-06-01")],
                          copies={"a-wire": "a"})
    assert [(len(e.reports), e.sources) for e in events] == [(2, 1)]


def test_planted_syndicated_copies_are_found_and_nothing_else(world):
    assert find_copies(evidence_texts(world.statements)) == world.copies


def test_independent_reports_of_one_event_are_not_copies():
    docs = [Document("a", "Mali expelled the French ambassador on Monday, state TV said.", "x"),
            Document("b", "Bamako gave France's envoy 72 hours to leave, a government "
                          "spokesman announced in a televised statement.", "x")]
    assert find_copies((d.id, d.date, d.text) for d in docs) == {}


def test_copies_are_counted_once(world, by_quarter):
    assert len(by_quarter.events) == world.events
    counted_as_news = group_events(world.statements, copies={})
    assert len(counted_as_news) > world.events


def test_camps_are_recovered_each_year(world, by_year):
    for p in by_year.periods:
        truth = world.camps[f"{p.label}-Q4"]  # A7 sits in B for the whole of 2024
        if p.label == "2023":
            truth = world.camps["2023-Q4"]
        actors = sorted(p.camps)
        assert adjusted_rand_score([truth[a] for a in actors],
                                   [p.camps[a] for a in actors]) >= 0.9


def test_camps_are_recovered_each_quarter_on_average(world, by_quarter):
    scores = [adjusted_rand_score([world.camps[p.label][a] for a in sorted(p.camps)],
                                  [p.camps[a] for a in sorted(p.camps)])
              for p in by_quarter.periods]
    assert sum(scores) / len(scores) >= 0.9


def test_the_defection_is_dated_to_its_quarter(by_quarter):
    lasting = [(m.actor, m.period) for m in by_quarter.moves() if m.lasting]
    assert lasting == [(DEFECTOR, DEFECTION)]


def test_the_defection_is_dated_to_its_year(by_year):
    assert [(m.actor, m.period, m.lasting) for m in by_year.moves()] == [(DEFECTOR, "2024", True)]


def test_the_defectors_ties_with_its_old_camp_turn_hostile(by_year):
    turned = {t.b if t.a == DEFECTOR else t.a for t in by_year.turning
              if DEFECTOR in (t.a, t.b) and t.change == "+ -> -"}
    assert len(turned & {"A1", "A2", "A3", "A4", "A5", "A6"}) >= 4


def test_planted_camps_are_more_balanced_than_shuffled_signs(by_year):
    for p in by_year.periods:
        assert p.balance.share > p.balance.baseline and p.balance.p_value <= 0.05


def test_a_triangle_of_three_enemies_is_unbalanced_and_frustrated_once():
    g = nx.Graph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")], sign=-1, weight=1.0)
    assert (balance(g, shuffles=5).balanced, frustration(g).upper) == (0, 1)


def test_exact_frustration_matches_brute_force_on_small_graphs():
    rng = random.Random(3)
    for _ in range(5):
        g = nx.gnp_random_graph(8, 0.5, seed=rng.randint(0, 999))
        nx.set_edge_attributes(g, {e: rng.choice((1, -1)) for e in g.edges}, "sign")
        brute = min(
            sum(1 for u, v, s in g.edges(data="sign") if (side[u] == side[v]) != (s > 0))
            for side in itertools.product((0, 1), repeat=8))
        f = frustration(g)
        assert f.exact and f.upper == brute


def test_a_pair_turning_from_cooperation_to_hostility_is_a_turning_point():
    before = ties(group_events([_st("a", "France", "military_cooperation", "Mali", "2019-03", 1)]))
    after = ties(group_events([_st("b", "Mali", "expels", "France", "2022-01-31")]))
    turns = turning_points([("2019", before), ("2020", {}), ("2022", after)])
    assert [(t.a, t.b, t.before_period, t.period, t.change) for t in turns] == [
        ("France", "Mali", "2019", "2022", "+ -> -")]


NAMES = ["France", "Germany", "Italy", "Spain", "Belgium", "Netherlands", "Poland",
         "Russia", "Iran", "Syria", "Belarus", "Venezuela", "Cuba",
         "China", "Pakistan", "North Korea", "Laos", "Cambodia"]


def _named(world) -> list[Statement]:
    """The planted statements with real state names, so that the gazetteer knows them."""
    planted_names = [a for camp in ("A", "B", "C") for a in sorted(
        {s.subject for s in world.statements if s.subject[0] == camp}, key=lambda x: int(x[1:]))]
    rename = dict(zip(planted_names, NAMES, strict=True))
    return [dataclasses.replace(s, subject=rename[s.subject], object=rename[s.object])
            for s in world.statements]


def test_analyze_writes_camps_and_turning_points_to_the_store(world, tmp_path, capsys):
    docs: dict[str, list[Statement]] = {}
    for s in _named(world):
        docs.setdefault(s.doc_id, []).append(s)
    store = tmp_path / "kg"
    with open_store(store) as st:
        st.replace_documents((Document(d, "", "synthetic", stmts[0].doc_date, "en"), stmts)
                             for d, stmts in docs.items())
    assert main(["analyze", "--store", str(store), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "move,2024,Poland,,A->B,lasting" in out
    main(["query", "--store", str(store), "--saved", "camps", "--format", "csv"])
    camps = capsys.readouterr().out
    assert "2024,B," in camps and "Poland" in camps
    main(["query", "--store", str(store), "--saved", "turning_points", "--format", "csv"])
    assert "2024,2023,France,Poland,1,-1" in capsys.readouterr().out


def test_draw_camps_fills_the_defector_like_its_new_camp_and_stars_the_turn(world):
    statements = _named(world)
    diagram = make_diagram(statements, by="year")
    mark_camps(diagram, statements, "year", load())
    panel = {p.title: p for p in diagram.panels}["2024"]
    fra, pol, ger = (load().get(n).id for n in ("France", "Poland", "Germany"))
    assert panel.camps[pol] != panel.camps[fra] and frozenset((fra, pol)) in panel.turns
    assert panel.camps[fra] == panel.camps[ger]
