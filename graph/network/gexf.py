"""GEXF 1.3 for Gephi: valid against the official schema (gephi/gexf, specs/1.3), dynamic,
coloured, sized and laid out as a map.

- Time: every edge spans `start` = its first date to `end` = the last day its last date covers
  (a relation last seen in "2025-06" lasts until 2025-06-30); every actor from its first tie's
  start to its last tie's end, so Gephi's timeline shows actors and ties appear. GEXF's `date`
  timeformat wants full YYYY-MM-DD values; month and year precision are padded. An undated edge
  (or an actor with one) gets no span and Gephi shows it at every time.
- Direction per edge: `type="undirected"` for alliance edges and symmetric relations,
  `directed` otherwise. Relations carry `kind` = the relation, so that Gephi 0.10 keeps
  "attacks" and "sanctions" on one pair as two edges instead of merging them.
- Looks: `color`, `position` (x = longitude x 10, y = latitude x 10) and `size` on nodes,
  `color` on edges. In GEXF 1.3 these elements inherit the GEXF namespace (the `viz` prefix of
  1.2draft is gone), which is how the official 1.3 schema and Gephi read them.

networkx reads these files back (`nx.read_gexf`) except a relations view that mixes directed
and undirected edges, which networkx refuses and Gephi reads.
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
    edge_span,
    first_day,
    last_day,
    node_looks,
    node_spans,
    view_of,
)

__all__ = ["first_day", "last_day", "gexf_tree", "write"]

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = f"{NS} http://gexf.net/1.3/gexf.xsd"
# attributes written as GEXF's own (label, weight, start/end) rather than as attvalues
_OWN = {"label", "weight"}


def _declare(parent: ET.Element, cls: str, rows: list[dict]) -> dict[str, str]:
    """<attributes class=cls>: name -> GEXF type, ids being the names themselves."""
    names: dict[str, set[type]] = {}
    for d in rows:
        for k, v in d.items():
            if k not in _OWN:
                names.setdefault(k, set()).add(type(v))
    block = ET.SubElement(parent, f"{{{NS}}}attributes", {"class": cls, "mode": "static"})
    types = {}
    for name, kinds in names.items():
        kind = attr_type(kinds)
        ET.SubElement(block, f"{{{NS}}}attribute", {"id": name, "title": name, "type": kind})
        types[name] = kind
    return types


def _attvalues(parent: ET.Element, d: dict, types: dict[str, str]) -> None:
    values = ET.SubElement(parent, f"{{{NS}}}attvalues")
    for name, value in d.items():
        if name in _OWN:
            continue
        text = ("true" if value else "false") if types[name] == "boolean" else str(value)
        ET.SubElement(values, f"{{{NS}}}attvalue", {"for": name, "value": text})


def _span(attrs: dict[str, str], span: tuple[str | None, str | None]) -> None:
    if span[0] and span[1]:
        attrs["start"], attrs["end"] = span


def _colour(parent: ET.Element, rgb: tuple[int, int, int]) -> None:
    r, g, b = rgb
    ET.SubElement(parent, f"{{{NS}}}color", {"r": str(r), "g": str(g), "b": str(b)})


def gexf_tree(g: nx.MultiDiGraph) -> ET.ElementTree:
    view = view_of(g)
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{NS}}}gexf", {f"{{{XSI}}}schemaLocation": SCHEMA, "version": "1.3"})
    meta = ET.SubElement(root, f"{{{NS}}}meta")
    ET.SubElement(meta, f"{{{NS}}}creator").text = "geokg (kg export)"
    description = f"{g.graph.get('name', 'alliances')}: {view} view"
    ET.SubElement(meta, f"{{{NS}}}description").text = description
    graph = ET.SubElement(root, f"{{{NS}}}graph", {
        "defaultedgetype": "undirected" if view == "alliance" else "directed",
        "mode": "dynamic", "timeformat": "date", "timerepresentation": "interval"})
    node_types = _declare(graph, "node", [d for _, d in g.nodes(data=True)])
    edge_types = _declare(graph, "edge", [d for *_, d in g.edges(data=True)])
    looks, spans = node_looks(g), node_spans(g)
    nodes = ET.SubElement(graph, f"{{{NS}}}nodes", {"count": str(g.number_of_nodes())})
    for n, d in g.nodes(data=True):
        attrs = {"id": str(n), "label": str(d.get("label", n))}
        _span(attrs, spans[n])
        node = ET.SubElement(nodes, f"{{{NS}}}node", attrs)
        _attvalues(node, d, node_types)
        look = looks[n]
        _colour(node, look.rgb)
        ET.SubElement(node, f"{{{NS}}}position", {"x": str(look.x), "y": str(look.y), "z": "0.0"})
        ET.SubElement(node, f"{{{NS}}}size", {"value": str(look.size)})
    edges = ET.SubElement(graph, f"{{{NS}}}edges", {"count": str(g.number_of_edges())})
    for u, v, key, d in g.edges(keys=True, data=True):
        attrs = {"id": str(key).replace("|", "."), "source": str(u), "target": str(v),
                 "type": "directed" if directed(d) else "undirected",
                 "label": str(d.get("label", "")), "weight": repr(float(d.get("weight", 1.0)))}
        if view == "relations":
            attrs["kind"] = str(d["relation"])
        _span(attrs, edge_span(d))
        edge = ET.SubElement(edges, f"{{{NS}}}edge", attrs)
        _attvalues(edge, d, edge_types)
        _colour(edge, edge_rgb(d))
    ET.indent(root, space="  ")
    return ET.ElementTree(root)


def write(g: nx.MultiDiGraph, path: Path) -> list[Path]:
    with atomic_output(path) as tmp:
        gexf_tree(g).write(tmp, encoding="utf-8", xml_declaration=True)
    return [path]
