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
from graph.model import Statement, in_period
from graph.network import write_network
from graph.network.csv import csv_paths
from graph.network.gexf import first_day, last_day
from graph.network.views import build_network, keep, parse_period

GEXF_NS = {"g": "http://www.gexf.net/1.2draft"}


def statement(subject: str, relation: str, obj: str, polarity: int, confidence: float,
              date: str, sentence: str, doc: str = "t1", **flags: bool) -> Statement:
    return Statement(doc, subject, relation, obj, polarity, confidence, sentence, 0,
                     len(sentence), sentence.split()[1], 0, 1, doc_date=date, **flags)


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return build_network(keep(read_sample()), gazetteer=sample_gazetteer())


@pytest.fixture(scope="module")
def files(network: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("export")
    return {fmt: write_network(network, fmt, out / f"sample.{fmt}")[0]
            for fmt in ("graphml", "gexf", "json")}


def edge(g: nx.MultiDiGraph, key: str) -> dict:
    return next(d for _, _, k, d in g.edges(keys=True, data=True) if k == key)


def test_graphml_reads_back_with_attribute_types_preserved(files: dict[str, Path]) -> None:
    g = nx.read_graphml(files["graphml"], force_multigraph=True)
    mali = g.nodes["MLI"]
    assert (mali["label"], mali["label_fr"], mali["type"]) == ("Mali", "Mali", "state")
    assert isinstance(mali["latitude"], float) and isinstance(mali["degree"], int)
    hostile = edge(g, "DZA|hostile|MLI")
    assert hostile["count"] == 1 and isinstance(hostile["count"], int)
    assert hostile["symmetric"] is True and hostile["polarity"] == -1
    assert isinstance(hostile["mean_confidence"], float)


def test_graphml_is_valid_against_the_graphml_schema(files: dict[str, Path]) -> None:
    schema = etree.XMLSchema(etree.parse(str(DATA / "graphml.xsd")))
    doc = etree.parse(str(files["graphml"]))
    assert schema.validate(doc), schema.error_log


def test_graphml_declares_typed_keys_that_gephi_geo_layout_uses(files: dict[str, Path]) -> None:
    keys = etree.parse(str(files["graphml"])).getroot().findall(
        "{http://graphml.graphdrawing.org/xmlns}key")
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert types[("node", "latitude")] == types[("node", "longitude")] == "double"
    assert types[("edge", "count")] == "long" and types[("edge", "view")] == "string"


def test_both_views_are_in_one_file_told_apart_by_the_view_attribute(
        files: dict[str, Path]) -> None:
    g = nx.read_graphml(files["graphml"], force_multigraph=True)
    views = {d["view"] for _, _, d in g.edges(data=True)}
    assert views == {"relations", "alliance"}
    # hostile, attacks, sanctions from Algeria; suspends_cooperation, recalls_ambassador from Mali
    assert g.number_of_edges("DZA", "MLI") + g.number_of_edges("MLI", "DZA") == 5 + 1


def test_gexf_edges_are_dynamic_with_full_dates(files: dict[str, Path]) -> None:
    root = etree.parse(str(files["gexf"])).getroot()
    graph = root.find("g:graph", GEXF_NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    edges = root.findall(".//g:edge", GEXF_NS)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("start")) for e in edges)
    assert all(e.get("start") <= e.get("end") for e in edges)
    # Mali and Russia: a day in 2023-02 first, a month (2025-06) last, padded to its last day
    alliance = next(e for e in edges if e.get("label") == "cooperation"
                    and {e.get("source"), e.get("target")} == {"MLI", "RUS"})
    assert (alliance.get("start"), alliance.get("end")) == ("2023-02-14", "2025-06-30")


def test_gexf_reads_back_with_attribute_types_preserved(files: dict[str, Path]) -> None:
    g = nx.read_gexf(files["gexf"])
    assert isinstance(g.nodes["NER"]["longitude"], float)
    assert edge(g, "AES|alliance|MLI")["cooperative_count"] == 2
    assert edge(g, "AES|alliance|MLI")["net_weight"] == pytest.approx(1.8)


def test_month_and_year_dates_pad_to_the_period_they_cover() -> None:
    assert (first_day("2024-02"), last_day("2024-02")) == ("2024-02-01", "2024-02-29")
    assert (first_day("2025"), last_day("2025")) == ("2025-01-01", "2025-12-31")
    assert last_day("2025-06-12") == "2025-06-12"


def test_json_node_link_round_trips(files: dict[str, Path], network: nx.MultiDiGraph) -> None:
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert set(g.nodes) == set(network.nodes)
    assert g.number_of_edges() == network.number_of_edges()
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
