"""`kg export`: the graph as files for Gephi (GraphML, GEXF), spreadsheets (CSV) and web tools
(JSON node-link), or as RDF (delegated to the store's own dump).

CSV writes two tables named after `-o`: `-o out` and `-o out.csv` both give `out_nodes.csv` and
`out_edges.csv`. Their headers follow Gephi's spreadsheet import (Id, Label / Source, Target,
Type, Id, Label, Weight), so the two files load in Gephi's Data Laboratory as they are.

Every file is written to a temporary file in the target directory and renamed into place, so a
crash never leaves half a file where a previous export was.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import networkx as nx

from graph.errors import KgError
from graph.io.atomic import atomic_output
from graph.network.views import build_network, parse_period, period_label, store_statements

NETWORK_FORMATS = ("graphml", "gexf", "csv", "json")
RDF_FORMATS = ("ttl", "trig", "nq", "jsonld")
EXIT_OK, EXIT_EMPTY = 0, 1
_PLAIN = (str, bool, int, float)


def plain(value: object) -> str | bool | int | float | None:
    """The one place where values become what GraphML and GEXF can hold; None means drop."""
    if value is None or isinstance(value, _PLAIN):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _plain_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update({k: p for k, v in g.graph.items() if (p := plain(v)) is not None})
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: p for k, v in d.items() if (p := plain(v)) is not None})
    for u, v, key, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: p for k, v in d.items() if (p := plain(v)) is not None})
    return out


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


def write_csv(g: nx.MultiDiGraph, output: Path) -> list[Path]:
    nodes_path, edges_path = csv_paths(output)
    nodes = [{"Id": n, "Label": d.get("label", n), **{k: v for k, v in d.items() if k != "label"}}
             for n, d in g.nodes(data=True)]
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        directed = d["view"] == "relations" and not d.get("symmetric", False)
        rest = {k: v for k, v in d.items() if k not in ("label", "weight")}
        edges.append({"Source": u, "Target": v, "Type": "Directed" if directed else "Undirected",
                      "Id": key, "Label": d.get("label", ""), "Weight": d.get("weight", 1.0),
                      **rest})
    _write_csv(nodes, ["Id", "Label"], nodes_path)
    _write_csv(edges, ["Source", "Target", "Type", "Id", "Label", "Weight"], edges_path)
    return [nodes_path, edges_path]


def write_network(g: nx.MultiDiGraph, fmt: str, output: Path) -> list[Path]:
    """Write g in a network format; return the files written."""
    g = _plain_graph(g)
    if fmt == "csv":
        return write_csv(g, output)
    with atomic_output(output) as tmp:
        if fmt == "graphml":
            nx.write_graphml(g, tmp, encoding="utf-8", prettyprint=True)
        elif fmt == "gexf":
            from graph.network.gexf import write_gexf

            write_gexf(g, tmp)
        elif fmt == "json":
            data = nx.node_link_data(g, edges="edges")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            raise KgError(f"unknown network format {fmt!r}; choose one of {NETWORK_FORMATS}")
    return [output]


def run_export_command(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if args.format in RDF_FORMATS:
        from graph.kg.store import open_store

        if args.period or args.min_confidence:
            print("kg: --period and --min-confidence do not apply to RDF dumps; dumping all",
                  file=sys.stderr)
        with open_store(args.store, read_only=True) as store:
            store.dump(output, args.format)
        print(f"kg: wrote {output}", file=sys.stderr)
        return EXIT_OK
    period = parse_period(args.period)
    statements = store_statements(args.store, period, args.min_confidence)
    if not statements:
        print(f"kg: no statements in {args.store} match the period and confidence; "
              "nothing written", file=sys.stderr)
        return EXIT_EMPTY
    g = build_network(statements, view=args.view)
    g.graph["name"] = f"alliances {period_label(period, statements)}"
    written = write_network(g, args.format, output)
    edges = g.number_of_edges()
    print(f"kg: wrote {', '.join(map(str, written))} ({g.number_of_nodes()} actors, "
          f"{edges} edges, {len(statements)} statements)", file=sys.stderr)
    return EXIT_OK
