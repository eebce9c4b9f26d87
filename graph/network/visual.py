"""What a graph looks like, decided once for the exports (Gephi's colours, sizes, positions) and
the diagrams: colour by sign, node size by number of partners, a map point per actor.

Colours are Okabe-Ito blue and vermillion, distinguishable with the common colour-vision
deficiencies. Map points: a state at its capital; an organisation at the centroid of its members
present in the graph (the gazetteer's member list and `member_of` ties), else of its partners,
so that the UN drawn among Sahel states does not sit in New York and stretch the map across the
Atlantic; an actor without coordinates beside its partners too.

>>> hex_rgb("#0072B2")
(0, 114, 178)
>>> node_size(0), node_size(4)
(10.0, 22.0)
"""

from __future__ import annotations

import networkx as nx

SIGN_COLOURS = {1: "#0072B2", -1: "#D55E00", 0: "#777777"}  # cooperation, hostility, balanced
NODE_COLOURS = {"state": "#4D4D4D", "organisation": "#009E73", "unknown": "#999999"}
GEPHI_SCALE = 10.0  # Gephi units per degree: x = longitude x 10, y = latitude x 10 (north up)

Point = tuple[float, float]


def hex_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def edge_colour(polarity: int) -> str:
    return SIGN_COLOURS[(polarity > 0) - (polarity < 0)]


def node_colour(kind: str) -> str:
    return NODE_COLOURS.get(kind, NODE_COLOURS["unknown"])


def node_size(partners: int) -> float:
    """Gephi node size: 10 for an isolated actor, +3 per partner."""
    return 10.0 + 3.0 * partners


def members_in_graph(g: nx.Graph, org: str) -> list[str]:
    """The members of organisation `org` among g's nodes: its gazetteer members (node attribute
    `members`, ids joined by '; ') and the actors with a `member_of` tie to it."""
    listed = str(g.nodes[org].get("members", "")).split("; ")
    found = [m for m in listed if m and m in g and m != org]
    edges = g.edges(org, data=True) if not g.is_directed() else (
        list(g.in_edges(org, data=True)) + list(g.out_edges(org, data=True)))
    for u, v, d in edges:
        other = v if u == org else u
        if "member_of" in str(d.get("relations", d.get("relation", ""))) and other not in found:
            found.append(other)
    return sorted(found)


def map_points(g: nx.Graph) -> tuple[dict[str, Point], list[str]]:
    """({node: (longitude, latitude)}, nodes placed without coordinates of their own).

    Organisations and actors without coordinates are placed from the others, members first,
    then partners; those with neither go below-left of the rest, in a row."""
    points: dict[str, Point] = {}
    derived: list[str] = []
    for n, d in g.nodes(data=True):
        if d.get("type") != "organisation" and "longitude" in d and "latitude" in d:
            points[n] = (float(d["longitude"]), float(d["latitude"]))
    pending = [n for n in g if n not in points]
    for _ in range(3):  # an organisation of organisations needs its members placed first
        for n in list(pending):
            anchors = [points[m] for m in members_in_graph(g, n) if m in points] \
                if g.nodes[n].get("type") == "organisation" else []
            if not anchors:
                anchors = [points[m] for m in nx.all_neighbors(g, n) if m in points]
            if anchors:
                points[n] = (sum(x for x, _ in anchors) / len(anchors),
                             sum(y for _, y in anchors) / len(anchors))
                pending.remove(n)
                derived.append(n)
    xs = [x for x, _ in points.values()] or [0.0]
    ys = [y for _, y in points.values()] or [0.0]
    for i, n in enumerate(pending):  # no placed partner: its own point, else a row below-left
        d = g.nodes[n]
        if "longitude" in d and "latitude" in d:
            points[n] = (float(d["longitude"]), float(d["latitude"]))
        else:
            points[n] = (min(xs) + 4.0 * i, min(ys) - 4.0)
            derived.append(n)
    return points, derived
