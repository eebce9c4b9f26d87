"""Map data drawn behind geographic layouts: coarse coastlines shipped in graph/draw/data/.

>>> len(coastlines()) > 10
True
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

COASTLINES = files("graph.draw") / "data" / "coastlines.json"


@cache
def coastlines() -> list[list[tuple[float, float]]]:
    with COASTLINES.open(encoding="utf-8") as fh:
        return [[(x, y) for x, y in line] for line in json.load(fh)["polylines"].values()]
