"""Network exports: what Gephi and web tools read back from the files we write."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from network_fixtures import DATA, read_sample, sample_gazetteer, store_with_sample

from graph.cli import main
from graph.errors import KgError
from graph.gazetteer import Gazetteer
from graph.io.atomic import atomic_output
from graph.kg.vocab import relations
from graph.model import Statement, in_period
from graph.network import write_network
from graph.network.csv import csv_paths
from graph.network.gephi import unique_ids
from graph.network.gexf import first_day, last_day
from graph.network.views import EXPORT_VIEWS, build_network, keep, parse_period

GEXF_NS = {"g": "http://gexf.net/1.3"}
GRAPHML_NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
SCHEMAS = DATA / "schemas"
VIEWS = ("alliance", "relations")


def statement(subject: str, relation: str, obj: str, polarity: int, confidence: float,
              date: str, sentence: str, doc: str = "t1", **flags: bool) -> Statement:
    return Statement(doc, subject, relation, obj, polarity, confidence, sentence, 0,
                     len(sentence), sentence.split()[1], 0, 1, doc_date=date, **flags)


@pytest.fixture(scope="module")
def graphs() -> dict[str, nx.MultiDiGraph]:
    return {view: build_network(keep(read_sample()), gazetteer=sample_gazetteer(), view=view)
            for view in VIEWS}


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return build_network(keep(read_sample()), gazetteer=sample_gazetteer())


@pytest.fixture(scope="module")
def files(graphs: dict[str, nx.MultiDiGraph],
          tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], list[Path]]:
    out = tmp_path_factory.mktemp("export")
    return {(view, fmt): write_network(graphs[view], fmt, out / f"{view}.{fmt}")
            for view in VIEWS for fmt in ("graphml", "gexf", "json")}


@pytest.fixture(scope="module")
def schemas() -> dict[str, etree.XMLSchema]:
    return {"graphml": etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml-1.0/graphml.xsd"))),
            "gexf": etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf-1.3/gexf.xsd")))}


def edge(g: nx.MultiDiGraph, key: str) -> dict:
    return next(d for _, _, k, d in g.edges(keys=True, data=True) if k == key)


def xml_edges(path: Path, fmt: str) -> list[etree._Element]:
    ns = GRAPHML_NS if fmt == "graphml" else GEXF_NS
    return etree.parse(str(path)).getroot().findall(".//g:edge", ns)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_every_file_passes_the_official_schema(files, schemas, view: str, fmt: str) -> None:
    for path in files[(view, fmt)]:
        doc = etree.parse(str(path))
        assert schemas[fmt].validate(doc), (path.name, schemas[fmt].error_log)


def test_the_official_graphml_schema_rejects_ids_that_are_not_nmtokens(schemas) -> None:
    bad = (b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
           b'<node id="FRA"/><node id="MLI"/><edge id="FRA|hostile|MLI" source="FRA" '
           b'target="MLI"/></graph></graphml>')
    assert not schemas["graphml"].validate(etree.fromstring(bad))


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_no_two_edges_of_one_kind_on_the_same_pair(files, view: str, fmt: str) -> None:
    for path in files[(view, fmt)]:
        seen = set()
        for e in xml_edges(path, fmt):
            ends = (e.get("source"), e.get("target"))
            undirected = e.get("type") == "undirected" or e.get("directed") == "false" or (
                fmt == "graphml" and "undirected" in path.read_text(encoding="utf-8")[:4000]
                and e.get("directed") != "true")
            pair = tuple(sorted(ends)) if undirected else ends
            key = (pair, e.get("kind"))
            assert key not in seen, (path.name, key)
            seen.add(key)


def test_the_alliance_view_is_the_default_and_has_one_undirected_edge_per_pair(
        files, graphs) -> None:
    assert EXPORT_VIEWS[0] == "alliance"
    (path,) = files[("alliance", "gexf")]
    root = etree.parse(str(path)).getroot()
    assert root.find("g:graph", GEXF_NS).get("defaultedgetype") == "undirected"
    edges = xml_edges(path, "gexf")
    assert {e.get("type") for e in edges} == {"undirected"}
    assert len(edges) == len({frozenset((e.get("source"), e.get("target"))) for e in edges})
    (graphml,) = files[("alliance", "graphml")]
    g = nx.read_graphml(graphml)
    assert not g.is_directed() and g.number_of_edges() == graphs["alliance"].number_of_edges()


def test_symmetric_relations_are_undirected_and_the_others_directed(files) -> None:
    (path,) = files[("relations", "gexf")]
    vocab = relations()
    for e in xml_edges(path, "gexf"):
        expected = "undirected" if vocab[e.get("kind")].symmetric else "directed"
        assert e.get("type") == expected, e.get("id")


def test_relations_view_in_graphml_is_one_file_per_relation_each_of_one_direction(
        files, graphs) -> None:
    paths = files[("relations", "graphml")]
    codes = {d["relation"] for _, _, d in graphs["relations"].edges(data=True)}
    assert sorted(p.name for p in paths) == sorted(f"relations_{c}.graphml" for c in codes)
    vocab = relations()
    total = 0
    for path in paths:
        code = path.stem.removeprefix("relations_")
        g = nx.read_graphml(path, force_multigraph=True)
        assert g.is_directed() == (not vocab[code].symmetric), path.name
        assert {d["relation"] for _, _, d in g.edges(data=True)} == {code}
        total += g.number_of_edges()
    assert total == graphs["relations"].number_of_edges()


def test_relations_view_in_gexf_keeps_each_relation_as_its_own_kind(files, graphs) -> None:
    (path,) = files[("relations", "gexf")]
    edges = xml_edges(path, "gexf")
    assert len(edges) == graphs["relations"].number_of_edges()
    between = {e.get("kind") for e in edges if {e.get("source"), e.get("target")} == {"DZA", "MLI"}}
    assert between == {"hostile", "attacks", "sanctions", "suspends_cooperation",
                       "recalls_ambassador"}


def test_graphml_nodes_and_edges_carry_the_colour_size_and_position_gephi_reads(files) -> None:
    for path in files[("alliance", "graphml")] + files[("relations", "graphml")]:
        g = nx.read_graphml(path, force_multigraph=True)
        for n, d in g.nodes(data=True):
            assert {"r", "g", "b", "x", "y", "size"} <= set(d), (path.name, n)
        for *_, d in g.edges(data=True):
            assert {"r", "g", "b"} <= set(d)
            assert (d["r"], d["g"], d["b"]) == ((0, 114, 178) if d["polarity"] > 0
                                                else (213, 94, 0) if d["polarity"] < 0
                                                else (119, 119, 119))


def test_gexf_nodes_and_edges_carry_colour_position_and_size(files) -> None:
    for view in VIEWS:
        (path,) = files[(view, "gexf")]
        root = etree.parse(str(path)).getroot()
        for node in root.findall(".//g:node", GEXF_NS):
            for part in ("color", "position", "size"):
                assert node.find(f"g:{part}", GEXF_NS) is not None, (view, node.get("id"), part)
        assert all(e.find("g:color", GEXF_NS) is not None for e in xml_edges(path, "gexf"))


def test_positions_follow_longitude_and_latitude(files) -> None:
    g = nx.read_graphml(files[("alliance", "graphml")][0])
    mali = g.nodes["MLI"]
    assert (mali["x"], mali["y"]) == pytest.approx((mali["longitude"] * 10,
                                                    mali["latitude"] * 10))
    assert g.nodes["MAR"]["y"] > g.nodes["MLI"]["y"]  # north is up


def test_an_organisation_sits_at_its_members_centroid_not_its_headquarters(files) -> None:
    g = nx.read_graphml(files[("alliance", "graphml")][0])
    members = ["MLI", "BFA", "NER"]
    assert g.nodes["AES"]["x"] == pytest.approx(
        sum(g.nodes[m]["longitude"] for m in members) / 3 * 10, abs=0.01)


def test_graphml_key_ids_are_the_attribute_names(files) -> None:
    root = etree.parse(str(files[("alliance", "graphml")][0])).getroot()
    keys = root.findall("g:key", GRAPHML_NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    for k in keys:
        prefix = "" if k.get("id") == k.get("attr.name") else f"{k.get('for')}_"
        assert k.get("id") == prefix + k.get("attr.name")
    assert not any(re.fullmatch(r"d\d+", i) for i in ids)


def test_gexf_graph_element_has_no_name(files) -> None:
    for view in VIEWS:
        graph = etree.parse(str(files[(view, "gexf")][0])).getroot().find("g:graph", GEXF_NS)
        assert graph.get("name") is None


def test_graphml_reads_back_with_attribute_types_preserved(files) -> None:
    g = nx.read_graphml(files[("relations", "graphml")][3], force_multigraph=True)
    mali = g.nodes["MLI"]
    assert (mali["label"], mali["label_fr"], mali["type"]) == ("Mali", "Mali", "state")
    assert isinstance(mali["latitude"], float) and isinstance(mali["degree"], int)
    hostile = edge(g, "DZA.hostile.MLI")
    assert hostile["count"] == 1 and isinstance(hostile["count"], int)
    assert hostile["symmetric"] is True and hostile["polarity"] == -1
    assert isinstance(hostile["mean_confidence"], float)


def test_graphml_reads_back_in_igraph_with_the_same_counts(files, graphs) -> None:
    igraph = pytest.importorskip("igraph")
    for view in VIEWS:
        for path in files[(view, "graphml")]:
            ig = igraph.Graph.Read_GraphML(str(path))
            nxg = nx.read_graphml(path, force_multigraph=True)
            assert (ig.vcount(), ig.ecount()) == (nxg.number_of_nodes(), nxg.number_of_edges())
    ig = igraph.Graph.Read_GraphML(str(files[("alliance", "graphml")][0]))
    assert ig.ecount() == graphs["alliance"].number_of_edges()
    assert "MLI" in ig.vs["id"] and "Mali" in ig.vs["label"]


def test_alliance_edges_count_each_relation(graphs) -> None:
    d = edge(graphs["alliance"], "DZA|alliance|MLI")
    assert d["count_attacks"] == 1 and d["count_recalls_ambassador"] == 1
    assert sum(v for k, v in d.items() if k.startswith("count_")) == d["count"]


def test_gexf_edges_and_actors_are_dynamic_with_full_dates(files) -> None:
    root = etree.parse(str(files[("alliance", "gexf")][0])).getroot()
    graph = root.find("g:graph", GEXF_NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    edges = xml_edges(files[("alliance", "gexf")][0], "gexf")
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("start")) for e in edges)
    assert all(e.get("start") <= e.get("end") for e in edges)
    # Mali and Russia: a day in 2023-02 first, a month (2025-06) last, padded to its last day
    alliance = next(e for e in edges if {e.get("source"), e.get("target")} == {"MLI", "RUS"})
    assert (alliance.get("start"), alliance.get("end")) == ("2023-02-14", "2025-06-30")
    nodes = {n.get("id"): n for n in root.findall(".//g:node", GEXF_NS)}
    russia_ties = [e for e in edges if "RUS" in (e.get("source"), e.get("target"))]
    assert nodes["RUS"].get("start") == min(e.get("start") for e in russia_ties)
    assert nodes["RUS"].get("end") == max(e.get("end") for e in russia_ties)


def test_gexf_reads_back_with_attribute_types_preserved(files, graphs) -> None:
    g = nx.read_gexf(files[("alliance", "gexf")][0])
    assert g.number_of_edges() == graphs["alliance"].number_of_edges()
    assert isinstance(g.nodes["NER"]["longitude"], float)
    aes_mali = g.edges["AES", "MLI"]
    assert aes_mali["id"] == "AES.alliance.MLI" and aes_mali["cooperative_count"] == 2
    # Mali's membership reported in 2023-09 and 2024-07: two statements, one event (the
    # member_of window is a year), and the weight counts the event once
    assert (aes_mali["statements"], aes_mali["events"]) == (2, 1)
    assert aes_mali["net_weight"] == pytest.approx(0.9)


def test_a_graph_holding_both_views_is_refused_for_gephi(network, tmp_path: Path) -> None:
    with pytest.raises(KgError, match="one view"):
        write_network(network, "gexf", tmp_path / "both.gexf")


def test_ids_that_are_not_name_tokens_are_cleaned_and_kept_distinct() -> None:
    assert unique_ids(["Front Polisario", "Front/Polisario", "MLI"]) == {
        "Front Polisario": "Front_Polisario", "Front/Polisario": "Front_Polisario_2",
        "MLI": "MLI"}


def test_month_and_year_dates_pad_to_the_period_they_cover() -> None:
    assert (first_day("2024-02"), last_day("2024-02")) == ("2024-02-01", "2024-02-29")
    assert (first_day("2025"), last_day("2025")) == ("2025-01-01", "2025-12-31")
    assert last_day("2025-06-12") == "2025-06-12"


def test_json_node_link_round_trips(files, graphs) -> None:
    data = json.loads(files[("alliance", "json")][0].read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert set(g.nodes) == set(graphs["alliance"].nodes)
    assert g.number_of_edges() == graphs["alliance"].number_of_edges()
    assert g.nodes["DZA"]["label_fr"] == "Algérie"


@pytest.mark.parametrize("output", ["graph", "graph.csv"])
def test_csv_writes_nodes_and_edges_tables_named_after_output(
        network: nx.MultiDiGraph, tmp_path: Path, output: str) -> None:
    written = write_network(network, "csv", tmp_path / output)
    assert written == [tmp_path / "graph_nodes.csv", tmp_path / "graph_edges.csv"]
    with open(written[0], encoding="utf-8", newline="") as fh:
        nodes = {row["Id"]: row for row in csv.DictReader(fh)}
    with open(written[1], encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert nodes["MAR"]["Label"] == "Morocco" and float(nodes["MAR"]["latitude"]) == 34.0209
    assert len(edges) == network.number_of_edges()
    expels = next(e for e in edges if e["Id"] == "BFA|expels|FRA")
    assert (expels["Type"], expels["Weight"]) == ("Directed", "1.0")


def test_csv_output_names_drop_a_csv_suffix_only() -> None:
    assert csv_paths(Path("out/kg.v2")) == (Path("out/kg.v2_nodes.csv"),
                                            Path("out/kg.v2_edges.csv"))


def test_symmetric_relation_stated_both_ways_is_one_edge() -> None:
    g = build_network([
        statement("Mali", "hostile", "Algeria", -1, 0.8, "2024-01", "Bamako accuse Alger."),
        statement("Algeria", "hostile", "Mali", -1, 0.6, "2024-02", "Alger dénonce Bamako."),
    ], gazetteer=sample_gazetteer())
    rel = [d for _, _, d in g.edges(data=True) if d["view"] == "relations"]
    assert len(rel) == 1 and rel[0]["count"] == 2
    assert (rel[0]["first_date"], rel[0]["last_date"]) == ("2024-01", "2024-02")


def test_alliance_weight_is_net_confidence_weighted_polarity() -> None:
    g = build_network([
        statement("Mali", "cooperates", "Morocco", 1, 0.9, "2024-01", "Bamako salue Rabat."),
        statement("Mali", "rejects", "Morocco", -1, 0.4, "2024-03", "Bamako rejette l'offre."),
    ], gazetteer=sample_gazetteer())
    alliance = edge(g, "MAR|alliance|MLI")
    assert alliance["net_weight"] == pytest.approx(0.5)
    assert alliance["polarity"] == 1 and alliance["weight"] == pytest.approx(0.5)
    assert alliance["goldstein_sum"] == pytest.approx(3.5 * 0.9 - 4.0 * 0.4)


def test_negated_and_hypothetical_statements_are_left_out() -> None:
    kept = keep([
        statement("Senegal", "expels", "France", -1, 0.8, "2024-12", "Dakar exige le départ."),
        statement("Senegal", "suspends_cooperation", "France", -1, 0.8, "2024-12",
                  "Dakar n'a pas rompu.", negated=True),
        statement("Mali", "supports", "Russia", 1, 0.8, "2024-12", "Bamako pourrait aider.",
                  hypothetical=True),
    ])
    assert [s.relation for s in kept] == ["expels"]


def test_actor_absent_from_gazetteer_keeps_its_name_and_no_coordinates(tmp_path: Path) -> None:
    g = build_network([statement("Wakanda", "cooperates", "Mali", 1, 0.9, "2025",
                                 "Le Wakanda soutient Bamako.")], gazetteer=Gazetteer([]))
    assert g.nodes["Wakanda"] == {"label": "Wakanda", "type": "unknown", "degree": 1,
                                  "cooperative_degree": 1, "hostile_degree": 0}
    g.remove_edges_from([e for e in list(g.edges(keys=True)) if "|alliance|" not in e[2]])
    path = write_network(g, "graphml", tmp_path / "g.graphml")[0]
    assert "latitude" not in nx.read_graphml(path).nodes["Wakanda"]


def test_period_compares_dates_at_the_coarser_precision() -> None:
    period = parse_period("2025-01:2025-06")
    assert in_period("2025-06-30", period) and in_period("2025", period)
    assert not in_period("2025-07-01", period) and not in_period(None, period)
    assert parse_period(":2024") == (None, "2024")


@pytest.mark.parametrize("text", ["2025", "2025-13x:", "2025-06:2025-01"])
def test_malformed_period_is_a_usage_error(text: str) -> None:
    with pytest.raises(KgError):
        parse_period(text)


def test_failed_write_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "previous"
    assert list(tmp_path.iterdir()) == [target]


def test_export_command_writes_gexf_from_the_store(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    store_with_sample(tmp_path / "kg")
    out = tmp_path / "alliances.gexf"
    status = main(["export", "--format", "gexf", "--store", str(tmp_path / "kg"),
                   "--period", "2025-01:", "--view", "alliance", "-o", str(out)])
    assert status == 0
    g = nx.read_gexf(out)
    assert {d["view"] for _, _, d in g.edges(data=True)} == {"alliance"}
    assert all(d["start"] >= "2025-01-01" for _, _, d in g.edges(data=True))
    assert "wrote" in capsys.readouterr().err


def test_export_command_with_nothing_in_the_period_exits_1(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    store_with_sample(tmp_path / "kg")
    out = tmp_path / "x.graphml"
    status = main(["export", "--format", "graphml", "--store", str(tmp_path / "kg"),
                   "--period", "2030:", "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and "no statements" in err


def test_undated_statements_fall_outside_even_an_open_period() -> None:
    assert not in_period(None, parse_period(":")) and in_period(None, None)
