"""GraphML for Gephi, yEd and networkx itself: every attribute typed, nothing lost.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.MultiDiGraph()
>>> _ = g.add_edge("MLI", "DZA", key="MLI|hostile|DZA", weight=1.0)
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> [p.name for p in write(g, path)]
['g.graphml']
>>> list(nx.read_graphml(path).edges())
[('MLI', 'DZA')]
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.io.atomic import atomic_output


def write(g: nx.MultiDiGraph, path: Path) -> list[Path]:
    with atomic_output(path) as tmp:
        nx.write_graphml(g, tmp, encoding="utf-8", prettyprint=True)
    return [path]
