"""Two CSV tables named after the output: `-o out` and `-o out.csv` both give `out_nodes.csv`
and `out_edges.csv`. Their headers follow Gephi's spreadsheet import (Id, Label / Source, Target,
Type, Id, Label, Weight), so the two files load in Gephi's Data Laboratory as they are.

>>> csv_paths(Path("output/graph.csv"))
(PosixPath('output/graph_nodes.csv'), PosixPath('output/graph_edges.csv'))
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from graph.io.atomic import atomic_output
from graph.network.gephi import directed


def csv_paths(output: Path) -> tuple[Path, Path]:
    """`out` or `out.csv` -> (`out_nodes.csv`, `out_edges.csv`)."""
    stem = output.with_suffix("") if output.suffix.lower() == ".csv" else output
    return (stem.with_name(f"{stem.name}_nodes.csv"), stem.with_name(f"{stem.name}_edges.csv"))


def _columns(rows: list[dict], first: list[str]) -> list[str]:
    seen = dict.fromkeys(first)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _write_csv(rows: list[dict], first: list[str], path: Path) -> None:
    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=_columns(rows, first))
        writer.writeheader()
        writer.writerows(rows)


def write(g: nx.MultiDiGraph, output: Path) -> list[Path]:
    nodes_path, edges_path = csv_paths(output)
    nodes = [{"Id": n, "Label": d.get("label", n), **{k: v for k, v in d.items() if k != "label"}}
             for n, d in g.nodes(data=True)]
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        rest = {k: v for k, v in d.items() if k not in ("label", "weight")}
        edges.append({"Source": u, "Target": v, "Type": "Directed" if directed(d) else "Undirected",
                      "Id": key, "Label": d.get("label", ""), "Weight": d.get("weight", 1.0),
                      **rest})
    _write_csv(nodes, ["Id", "Label"], nodes_path)
    _write_csv(edges, ["Source", "Target", "Type", "Id", "Label", "Weight"], edges_path)
    return [nodes_path, edges_path]
