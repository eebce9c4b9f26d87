"""Statements as networkx graphs (`views`) and those graphs as files, one module per format
as in networkx's readwrite: `graphml`, `gexf`, `csv`, `json`. Each format module has
`write(g, path) -> list[Path]`; `write_network` picks one by name.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.errors import KgError
from graph.network import csv, gexf, graphml, json
from graph.network.views import plain_graph

WRITERS = {"graphml": graphml.write, "gexf": gexf.write, "csv": csv.write, "json": json.write}
NETWORK_FORMATS = tuple(WRITERS)


def write_network(g: nx.MultiDiGraph, fmt: str, output: Path) -> list[Path]:
    """Write g in a network format; return the files written."""
    if fmt not in NETWORK_FORMATS:
        raise KgError(f"unknown network format {fmt!r}; choose one of {NETWORK_FORMATS}")
    return WRITERS[fmt](plain_graph(g), Path(output))
