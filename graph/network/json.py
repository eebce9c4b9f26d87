"""JSON node-link data (d3, Observable, networkx's `node_link_graph`)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from graph.io.atomic import atomic_output


def write(g: nx.MultiDiGraph, path: Path) -> list[Path]:
    data = nx.node_link_data(g, edges="edges")
    with atomic_output(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]
