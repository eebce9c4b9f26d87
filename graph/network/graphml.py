"""GraphML for Gephi, yEd, networkx and igraph: valid against the official GraphML 1.0 schema.

Written here rather than by networkx so that the file is what Gephi needs: key ids are the
attribute names (`label`, `weight`, `latitude`; an edge key whose name a node key already uses
gets `edge_` in front), never `d0`...`d27` that shift when an attribute is added; node and edge
ids are NMTOKENs (`FRA.hostile.MLI`); every node carries `r`, `g`, `b`, `x`, `y` and `size`,
which Gephi reads as its colour, position and size, and every edge `r`, `g`, `b`. Direction is
per file: `edgedefault` says it, and an edge that differs says `directed` itself.

The relations view goes out as one file per relation (`out.graphml` -> `out_hostile.graphml`,
`out_attacks.graphml`, ...): GraphML has no edge kind, and Gephi would merge two relations on
one pair into one edge. A relation is symmetric or not, so each of these files has a single
direction.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.MultiDiGraph()
>>> g.add_node("MLI", label="Mali", type="state", degree=1, longitude=-8.0, latitude=12.6)
>>> g.add_node("DZA", label="Algeria", type="state", degree=1, longitude=3.0, latitude=36.7)
>>> _ = g.add_edge("DZA", "MLI", key="DZA|alliance|MLI", view="alliance", polarity=-1,
...                weight=1.0)
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> [p.name for p in write(g, path)]
['g.graphml']
>>> h = nx.read_graphml(path)
>>> h.number_of_edges(), h.is_directed(), h.nodes["MLI"]["x"]
(1, False, -80.0)
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx

from graph.io.atomic import atomic_output
from graph.network.gephi import (
    attr_type,
    directed,
    edge_rgb,
    node_looks,
    unique_ids,
    view_of,
    xml_id,
)

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
def _text(value: object, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))  # type: ignore[arg-type]
    return str(value)


def _rows(g: nx.MultiDiGraph) -> tuple[list[tuple[str, dict]], list[tuple[str, str, str, dict]]]:
    """Node and edge attribute dicts with the visual attributes Gephi reads added."""
    looks = node_looks(g)
    nodes = []
    for n, d in g.nodes(data=True):
        look = looks[n]
        r, gr, b = look.rgb
        nodes.append((n, {**d, "r": r, "g": gr, "b": b, "x": look.x, "y": look.y,
                          "size": look.size}))
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        r, gr, b = edge_rgb(d)
        edges.append((u, v, str(key), {**d, "r": r, "g": gr, "b": b}))
    return nodes, edges


def _declare(root: ET.Element, domain: str, rows: list[dict], taken: set[str],
             prefix: str) -> dict[str, tuple[str, str]]:
    """<key> elements for one domain; name -> (key id, type)."""
    names: dict[str, set[type]] = {}
    for d in rows:
        for k, v in d.items():
            names.setdefault(k, set()).add(type(v))
    keys = {}
    for name, kinds in names.items():
        key_id = xml_id(name if name not in taken else f"{prefix}{name}")
        kind = attr_type(kinds)
        ET.SubElement(root, f"{{{NS}}}key", {"id": key_id, "for": domain,
                                              "attr.name": xml_id(name), "attr.type": kind})
        keys[name] = (key_id, kind)
        taken.add(key_id)
    return keys


def _data(parent: ET.Element, d: dict, keys: dict[str, tuple[str, str]]) -> None:
    for name, value in d.items():
        key_id, kind = keys[name]
        ET.SubElement(parent, f"{{{NS}}}data", {"key": key_id}).text = _text(value, kind)


def graphml_tree(g: nx.MultiDiGraph) -> ET.ElementTree:
    nodes, edges = _rows(g)
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{NS}}}graphml", {f"{{{XSI}}}schemaLocation": SCHEMA})
    taken: set[str] = set()
    graph_keys = _declare(root, "graph", [g.graph], taken, "graph_")
    node_keys = _declare(root, "node", [d for _, d in nodes], taken, "node_")
    edge_keys = _declare(root, "edge", [d for *_, d in edges], taken, "edge_")
    default_directed = sum(directed(d) for *_, d in edges) * 2 > len(edges)
    graph = ET.SubElement(root, f"{{{NS}}}graph", {
        "id": "G", "edgedefault": "directed" if default_directed else "undirected"})
    _data(graph, g.graph, graph_keys)
    ids = unique_ids([n for n, _ in nodes])
    for n, d in nodes:
        _data(ET.SubElement(graph, f"{{{NS}}}node", {"id": ids[n]}), d, node_keys)
    edge_ids = unique_ids([key for _, _, key, _ in edges])
    for u, v, key, d in edges:
        attrs = {"id": edge_ids[key], "source": ids[u], "target": ids[v]}
        if directed(d) != default_directed:
            attrs["directed"] = "true" if directed(d) else "false"
        _data(ET.SubElement(graph, f"{{{NS}}}edge", attrs), d, edge_keys)
    ET.indent(root, space="  ")
    return ET.ElementTree(root)


def relation_paths(path: Path, relations: list[str]) -> dict[str, Path]:
    """`out.graphml` -> {relation: `out_<relation>.graphml`}."""
    suffix = path.suffix or ".graphml"
    stem = path.with_suffix("") if path.suffix else path
    return {r: stem.with_name(f"{stem.name}_{r}{suffix}") for r in relations}


def _write_one(g: nx.MultiDiGraph, path: Path) -> None:
    with atomic_output(path) as tmp:
        graphml_tree(g).write(tmp, encoding="utf-8", xml_declaration=True)


def write(g: nx.MultiDiGraph, path: Path) -> list[Path]:
    if view_of(g) != "relations":
        _write_one(g, path)
        return [path]
    relations = sorted({d["relation"] for _, _, d in g.edges(data=True)})
    written = []
    for relation, target in relation_paths(path, relations).items():
        part = nx.MultiDiGraph(g.subgraph(
            {n for u, v, d in g.edges(data=True) if d["relation"] == relation for n in (u, v)}))
        part.remove_edges_from([(u, v, k) for u, v, k, d in list(part.edges(keys=True, data=True))
                                if d["relation"] != relation])
        part.graph.update(g.graph, relation=relation)
        _write_one(part, target)
        written.append(target)
    return written
