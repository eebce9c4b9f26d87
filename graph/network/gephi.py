"""What every file written for Gephi shares: one view per file, valid ids, per-edge direction,
time spans and the visual attributes (colour, size, position), computed once for GraphML and
GEXF.

Gephi 0.10 merges parallel edges between the same nodes when it imports a file (strategy SUM,
under "More options"), unless they are of different kinds. So a file holds one view:

- `alliance` (the default): one undirected edge per pair of actors, weight |net|, the counts
  per relation as attributes. Nothing to merge.
- `relations`: one edge per (subject, relation, object), directed unless the relation is
  symmetric. In GEXF 1.3 every edge carries `kind` = its relation, which Gephi 0.10 keeps apart
  ("Mali attacks Algeria" and "Mali sanctions Algeria" stay two edges); GraphML has no edge
  kind, so the relations view is written as one GraphML file per relation.

>>> xml_id("FRA|hostile|MLI"), xml_id("Front Polisario")
('FRA.hostile.MLI', 'Front_Polisario')
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import networkx as nx

from graph.errors import KgError
from graph.network.visual import (
    GEPHI_SCALE,
    edge_colour,
    hex_rgb,
    map_points,
    node_colour,
    node_size,
)

_NOT_NAME_CHAR = re.compile(r"[^\w.\-:]")
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def attr_type(kinds: set[type]) -> str:
    """The GraphML / GEXF attribute type of values of these Python types."""
    if len(kinds) == 1:
        return _TYPES.get(next(iter(kinds)), "string")
    return "double" if kinds <= {int, float} else "string"


def first_day(date: str) -> str:
    """'2025' -> '2025-01-01', '2025-06' -> '2025-06-01'; a full date (or datetime) -> its day."""
    parts = date[:10].split("-")
    year, month, day = (parts + ["01", "01"])[:3]
    return f"{year}-{month}-{day}"


def last_day(date: str) -> str:
    """'2025' -> '2025-12-31', '2024-02' -> '2024-02-29'; a full date -> itself."""
    parts = date[:10].split("-")
    if len(parts) >= 3:
        return "-".join(parts[:3])
    year = int(parts[0])
    month = int(parts[1]) if len(parts) == 2 else 12
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def xml_id(text: str) -> str:
    """An XML NMTOKEN (what GraphML requires of ids): `|` becomes `.`, other characters that
    are not name characters become `_`."""
    return _NOT_NAME_CHAR.sub("_", text.replace("|", ".")) or "_"


def unique_ids(names: list[str]) -> dict[str, str]:
    """name -> NMTOKEN id, distinct even when two names clean to the same token."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = candidate = xml_id(name)
        i = 2
        while candidate in taken:
            candidate, i = f"{base}_{i}", i + 1
        out[name] = candidate
        taken.add(candidate)
    return out


def view_of(g: nx.MultiDiGraph) -> str:
    """The one view a graph holds ('alliance' when it has no edge); KgError when both."""
    views = {d["view"] for _, _, d in g.edges(data=True)}
    if len(views) > 1:
        raise KgError("a Gephi file holds one view: build the network with view='alliance' "
                      "or view='relations'")
    return views.pop() if views else "alliance"


def directed(d: dict) -> bool:
    """Relations are directed unless symmetric; alliance edges never are."""
    return d.get("view") == "relations" and not d.get("symmetric", False)


@dataclass(frozen=True, slots=True)
class NodeLook:
    rgb: tuple[int, int, int]
    size: float
    x: float
    y: float


def node_looks(g: nx.MultiDiGraph) -> dict[str, NodeLook]:
    """Colour by type, size by partners, position from the map point (x = lon x 10, y = lat x
    10), so that the file opens in Gephi as a map."""
    points, _ = map_points(g)
    return {
        n: NodeLook(hex_rgb(node_colour(str(d.get("type", "unknown")))),
                    node_size(int(d.get("degree", 0))),
                    round(points[n][0] * GEPHI_SCALE, 3), round(points[n][1] * GEPHI_SCALE, 3))
        for n, d in g.nodes(data=True)
    }


def edge_rgb(d: dict) -> tuple[int, int, int]:
    return hex_rgb(edge_colour(int(d.get("polarity", 0))))


def edge_span(d: dict) -> tuple[str | None, str | None]:
    """(first day, last day) the edge's statements cover, as full ISO dates."""
    first, last = d.get("first_date"), d.get("last_date")
    return (first_day(first) if first else None, last_day(last) if last else None)


def node_spans(g: nx.MultiDiGraph) -> dict[str, tuple[str | None, str | None]]:
    """When each actor is active: from its first tie's start to its last tie's end; None when
    one of its ties is undated (it is then active at every time)."""
    spans: dict[str, tuple[str | None, str | None]] = {}
    undated: set[str] = set()
    for u, v, d in g.edges(data=True):
        start, end = edge_span(d)
        for n in (u, v):
            if start is None or end is None:
                undated.add(n)
                continue
            lo, hi = spans.get(n, (start, end))
            spans[n] = (min(lo, start), max(hi, end))
    return {n: (None, None) if n in undated or n not in spans else spans[n] for n in g}
