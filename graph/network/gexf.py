"""GEXF with dynamic edges, so that Gephi's timeline shows relations appearing over time.

Each edge gets `start` = its first date and `end` = the last day its last date covers
(a relation last seen in "2025-06" lasts until 2025-06-30). GEXF's `date` timeformat wants full
YYYY-MM-DD values, so month and year precision are padded here. An undated edge gets neither
and Gephi shows it at every time.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import networkx as nx

from graph.io.atomic import atomic_output


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


def dynamic(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of g whose dated edges carry GEXF start/end."""
    out = g.copy()
    out.graph["mode"] = "dynamic"
    for _, _, d in out.edges(data=True):
        if "first_date" in d:
            d["start"] = first_day(d["first_date"])
        if "last_date" in d:
            d["end"] = last_day(d["last_date"])
    return out


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    # GEXF's graph element holds no free attributes: only mode, direction and name survive
    nx.write_gexf(dynamic(g), path, version="1.2draft")


def write(g: nx.MultiDiGraph, path: Path) -> list[Path]:
    with atomic_output(path) as tmp:
        write_gexf(g, tmp)
    return [path]
