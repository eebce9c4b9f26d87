"""Build graph/draw/data/countries.json, the basemap behind `kg draw --layout geo`, from Natural
Earth's 1:110m countries (public domain) as shipped in a registry package.

The `geopandas==0.14.4` wheel holds `geopandas/datasets/naturalearth_lowres/*.shp`; this script
reads them with pyshp alone (`pip install pyshp==3.1.6`), keeps each country's polygons as
[longitude, latitude] rings rounded to 0.01 degree with points closer than 0.05 degree dropped,
and writes compact JSON. Only the generated JSON is committed, never the wheel.

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    python scripts/build_basemap.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from pathlib import Path

import shapefile  # pyshp

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "graph" / "draw" / "data" / "countries.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
MIN_STEP = 0.05  # degrees: finer detail is invisible at the scale of a regional map


def _thin(ring: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        point = [round(x, 2), round(y, 2)]
        if not out or abs(point[0] - out[-1][0]) + abs(point[1] - out[-1][1]) >= MIN_STEP:
            out.append(point)
    if out[-1] != out[0]:
        out.append(out[0])
    return out


def _rings(shape: shapefile.Shape) -> list[list[tuple[float, float]]]:
    bounds = list(shape.parts) + [len(shape.points)]
    return [shape.points[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def build(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as zf:
        reader = shapefile.Reader(shp=io.BytesIO(zf.read(MEMBER + ".shp")),
                                  shx=io.BytesIO(zf.read(MEMBER + ".shx")),
                                  dbf=io.BytesIO(zf.read(MEMBER + ".dbf")),
                                  encoding="latin-1")  # the .cpg says UTF-8, the bytes are not
        fields = [f[0] for f in reader.fields[1:]]
        countries = []
        for record, shape in zip(reader.records(), reader.shapes(), strict=True):
            row = dict(zip(fields, record, strict=True))
            rings = [r for r in (_thin(ring) for ring in _rings(shape)) if len(r) >= 4]
            if rings:
                countries.append({"iso3": row["iso_a3"], "name": row["name"], "rings": rings})
    return {
        "about": "Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com), "
                 "from geopandas 0.14.4's naturalearth_lowres; [lon, lat] rings, 0.01 degree. "
                 "Built by scripts/build_basemap.py.",
        "countries": sorted(countries, key=lambda c: c["name"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = ap.parse_args()
    data = build(args.wheel)
    args.output.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    points = sum(len(r) for c in data["countries"] for r in c["rings"])
    print(f"{args.output}: {len(data['countries'])} countries, {points} points")


if __name__ == "__main__":
    main()
