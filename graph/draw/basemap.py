"""Map data drawn behind geographic layouts: Natural Earth 1:110m countries (public domain),
generated into graph/draw/data/countries.json by scripts/build_basemap.py.

>>> len(countries()) > 150
True
>>> "MLI" in {c.iso3 for c in countries()}
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

COUNTRIES = files("graph.draw") / "data" / "countries.json"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # [lon, lat] outer rings


@cache
def countries() -> tuple[Country, ...]:
    with COUNTRIES.open(encoding="utf-8") as fh:
        rows = json.load(fh)["countries"]
    return tuple(Country(r["iso3"], r["name"],
                         tuple(tuple((x, y) for x, y in ring) for ring in r["rings"]))
                 for r in rows)
