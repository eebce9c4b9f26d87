"""Alliance diagrams: files are written in each format, variants draw what they promise."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import pytest
from network_fixtures import read_sample, sample_gazetteer, store_with_sample

from graph.cli import main
from graph.draw.basemap import countries
from graph.draw.diagram import EmptyDiagram, draw_statements, make_diagram
from graph.draw.layout import force_positions, geo_positions, place_labels
from graph.errors import KgError
from graph.network.views import keep

MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}


@pytest.fixture(scope="module")
def sample():
    return keep(read_sample())


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_draw_writes_the_format_of_the_output_extension(sample, tmp_path: Path,
                                                        suffix: str) -> None:
    out = tmp_path / f"alliances{suffix}"
    assert draw_statements(sample, out, gazetteer=sample_gazetteer()).panels
    data = out.read_bytes()
    assert data.startswith(MAGIC[suffix]) and len(data) > 10_000


def test_force_layout_draws_without_coordinates(sample, tmp_path: Path) -> None:
    out = tmp_path / "force.png"
    assert draw_statements(sample, out, layout="force", gazetteer=sample_gazetteer()).panels
    assert out.stat().st_size > 10_000


def test_focus_by_french_name_keeps_the_actors_ego_network(sample) -> None:
    diagram = make_diagram(sample, focus="Algérie", gazetteer=sample_gazetteer())
    (panel,) = diagram.panels
    assert set(panel.graph) == {"DZA", "MLI", "BFA", "NER", "FRA"}
    assert "around Algeria" in diagram.title


def test_focus_on_unknown_actor_is_a_usage_error(sample) -> None:
    with pytest.raises(KgError, match="Atlantis"):
        make_diagram(sample, focus="Atlantis", gazetteer=sample_gazetteer())


def test_by_year_draws_one_panel_per_year_in_order(sample, tmp_path: Path) -> None:
    diagram = make_diagram(sample, by="year", gazetteer=sample_gazetteer())
    assert [p.title for p in diagram.panels] == ["2023", "2024", "2025"]
    assert sum(p.statements for p in diagram.panels) == len(sample)
    out = tmp_path / "by_quarter.png"
    assert draw_statements(sample, out, by="quarter", focus="Mali",
                           gazetteer=sample_gazetteer()).panels
    assert out.stat().st_size > 10_000


def test_title_gives_period_and_counts(sample) -> None:
    title = make_diagram(sample, gazetteer=sample_gazetteer()).title
    assert "2023-01 – 2025-06" in title
    assert f"18 actors · 46 relations · {len(sample)} statements" in title


def test_empty_selection_draws_nothing(tmp_path: Path) -> None:
    out = tmp_path / "empty.png"
    with pytest.raises(EmptyDiagram, match="nothing to draw"):
        draw_statements([], out, gazetteer=sample_gazetteer())
    assert not out.exists()


def test_unsupported_extension_is_a_usage_error(sample, tmp_path: Path) -> None:
    with pytest.raises(KgError, match=r"\.png"):
        draw_statements(sample, tmp_path / "a.jpg", gazetteer=sample_gazetteer())


def test_geo_layout_separates_capitals_that_coincide() -> None:
    g = nx.Graph()
    g.add_node("NGA", latitude=9.07, longitude=7.40)
    g.add_node("ECOWAS", latitude=9.06, longitude=7.50)
    g.add_node("FRA", latitude=48.86, longitude=2.35)
    g.add_edges_from([("NGA", "ECOWAS"), ("NGA", "FRA")])
    shown, located, missing = geo_positions(g)
    (x0, y0), (x1, y1) = shown["NGA"], shown["ECOWAS"]
    assert math.hypot((x1 - x0) * math.cos(math.radians(29)), y1 - y0) > 2.0
    assert shown["FRA"] == pytest.approx(located["FRA"], abs=0.5) and missing == []


def test_actor_without_coordinates_is_placed_beside_its_partners() -> None:
    g = nx.Graph()
    g.add_node("MLI", latitude=12.64, longitude=-8.0)
    g.add_node("NER", latitude=13.51, longitude=2.13)
    g.add_node("AES")
    g.add_edges_from([("AES", "MLI"), ("AES", "NER")])
    shown, _, missing = geo_positions(g)
    assert missing == ["AES"]
    assert -8.0 < shown["AES"][0] < 2.13 and abs(shown["AES"][1] - 13) < 5


def test_draw_command_reads_the_store(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    store_with_sample(tmp_path / "kg")
    out = tmp_path / "mali.svg"
    status = main(["draw", "--store", str(tmp_path / "kg"), "--focus", "MLI",
                   "--period", "2024:2025", "-o", str(out)])
    assert status == 0 and out.read_bytes().startswith(b"<?xml")
    assert f"wrote {out}" in capsys.readouterr().err


def _crowded_map(names: dict[str, tuple[float, float]], radius_px: float = 6.0):
    """A map-shaped axes (equal-area aspect, as `kg draw` sets it) with a marker and a label at
    each point, labels still sitting on their nodes. The figure is wider than the map, so the
    axes box only shrinks to the map's shape when drawn."""
    fig, ax = plt.subplots(figsize=(12, 6), dpi=110)
    ax.set_xlim(-15, 45)
    ax.set_ylim(4, 61)
    ax.set_aspect(1 / math.cos(math.radians(32)))
    texts = []
    for name, (x, y) in names.items():
        ax.plot([x], [y], "o", ms=2 * radius_px * 72 / fig.dpi)
        texts.append(ax.text(x, y, name, fontsize=9, ha="center", va="center"))
    return fig, ax, texts


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_labels_of_neighbouring_capitals_overlap_neither_each_other_nor_nodes() -> None:
    points = {"Upper Volta Republic": (-1.5, 12.4), "Niger": (2.1, 13.5), "Mali": (-8.0, 12.6),
              "Sahel States": (-8.0, 9.2), "Benin": (2.4, 6.5), "Chad": (15.0, 12.1)}
    fig, ax, texts = _crowded_map(points)
    place_labels(ax, texts, list(points.values()), [6.0] * len(points))
    fig.canvas.draw()
    boxes = [t.get_window_extent() for t in texts]
    nodes = ax.transData.transform(list(points.values()))
    for i, a in enumerate(boxes):
        assert not any(_overlaps(a, b) for b in boxes[i + 1:]), texts[i].get_text()
        for x, y in nodes:
            near_x, near_y = min(max(x, a.x0), a.x1), min(max(y, a.y0), a.y1)
            assert math.hypot(near_x - x, near_y - y) > 6.0, texts[i].get_text()
    plt.close(fig)


def test_label_moves_off_a_line_leaving_its_node() -> None:
    fig, ax, (text,) = _crowded_map({"Timbuktu": (0.0, 30.0)})
    ax.plot([0, 0], [30, 60])
    place_labels(ax, [text], [(0.0, 30.0)], [6.0], segments=[(0.0, 30.0, 0.0, 60.0)])
    fig.canvas.draw()
    box = text.get_window_extent()
    x, _ = ax.transData.transform((0.0, 45.0))
    assert not box.x0 <= x <= box.x1 or box.y1 < ax.transData.transform((0.0, 30.0))[1]
    plt.close(fig)


def test_signed_force_layout_keeps_adversaries_farther_apart_than_allies() -> None:
    g = nx.Graph()
    for a, b in [("A", "B"), ("B", "C"), ("A", "C"), ("X", "Y"), ("Y", "Z"), ("X", "Z")]:
        g.add_edge(a, b, polarity=1, net_weight=1.0)
    for a, b in [("A", "X"), ("B", "Y"), ("C", "Z")]:
        g.add_edge(a, b, polarity=-1, net_weight=1.0)
    pos = force_positions(g)

    def dist(u: str, v: str) -> float:
        return math.dist(pos[u], pos[v])

    allies = [dist(u, v) for u, v, d in g.edges(data=True) if d["polarity"] > 0]
    enemies = [dist(u, v) for u, v, d in g.edges(data=True) if d["polarity"] < 0]
    assert min(enemies) > max(allies)


def test_every_label_of_every_panel_is_at_least_8_points(sample, tmp_path: Path) -> None:
    captured = []
    original = plt.Figure.savefig

    def spy(fig, *args, **kwargs):
        captured.extend(t.get_fontsize() for ax in fig.axes for t in ax.texts)
        return original(fig, *args, **kwargs)

    plt.Figure.savefig = spy
    try:
        draw_statements(sample, tmp_path / "y.png", by="year", gazetteer=sample_gazetteer())
    finally:
        plt.Figure.savefig = original
    assert captured and min(captured) >= 8


def test_organisation_is_drawn_among_its_members_without_a_missing_note(sample) -> None:
    g = nx.Graph()
    g.add_node("MLI", type="state", latitude=12.6, longitude=-8.0)
    g.add_node("NER", type="state", latitude=13.5, longitude=2.1)
    g.add_node("UN", type="organisation", latitude=40.7, longitude=-74.0, members="MLI; NER")
    g.add_edges_from([("UN", "MLI"), ("UN", "NER")])
    shown, _, missing = geo_positions(g)
    assert missing == [] and -8.0 < shown["UN"][0] < 2.1 and abs(shown["UN"][1] - 13) < 5


def test_basemap_is_natural_earth_countries() -> None:
    names = {c.iso3 for c in countries()}
    assert {"MLI", "DZA", "FRA", "MAR"} <= names and len(names) > 150
