"""Where nodes and labels go in the alliance diagrams.

Geographic positions are (longitude, latitude) of the capitals; nodes closer than a minimum
distance are pushed apart (Sahel capitals are a few degrees from each other) and actors without
coordinates are put beside their partners. Labels are nudged apart in display space by a small
repulsion pass, which is all the diagrams need and avoids a layout dependency.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text

COASTLINES = Path(__file__).parent / "data" / "coastlines.json"
Pos = dict[str, tuple[float, float]]


@cache
def coastlines() -> list[list[tuple[float, float]]]:
    with open(COASTLINES, encoding="utf-8") as fh:
        return [[(x, y) for x, y in line] for line in json.load(fh)["polylines"].values()]


def _separate(points: np.ndarray, min_dist: float, movable: np.ndarray, rounds: int = 200) -> None:
    """Push pairs of points closer than min_dist apart, in place; fixed points do not move."""
    rng = np.random.default_rng(0)
    for _ in range(rounds):
        moved = False
        for i in range(len(points)):
            for j in range(i + 1, len(points)):
                delta = points[j] - points[i]
                dist = float(np.hypot(*delta))
                if dist >= min_dist:
                    continue
                moved = True
                direction = delta / dist if dist > 1e-9 else rng.normal(size=2)
                direction = direction / np.hypot(*direction)
                share = (min_dist - dist) / (movable[i] + movable[j] or 1)
                points[i] -= direction * share * movable[i]
                points[j] += direction * share * movable[j]
        if not moved:
            return


def geo_positions(g: nx.Graph, min_fraction: float = 0.07) -> tuple[Pos, Pos, list[str]]:
    """(shown positions, true capital positions, names of actors without coordinates).

    Works in a locally equal-area frame (longitude scaled by cos of the mean latitude) so that
    the minimum distance is the same in every direction on the drawn map.
    """
    located = {n: (d["longitude"], d["latitude"]) for n, d in g.nodes(data=True)
               if "longitude" in d and "latitude" in d}
    missing = [n for n in g if n not in located]
    lat0 = float(np.mean([lat for _, lat in located.values()])) if located else 0.0
    kx = math.cos(math.radians(lat0))
    frame = {n: (lon * kx, lat) for n, (lon, lat) in located.items()}
    if frame:
        xs, ys = zip(*frame.values(), strict=True)
        span = max(max(xs) - min(xs), max(ys) - min(ys), 10.0)
        bottom, left = min(ys), min(xs)
    else:
        span, bottom, left = 40.0, 0.0, 0.0
    for i, n in enumerate(missing):
        partners = [frame[m] for m in g.neighbors(n) if m in frame]
        if partners:
            cx, cy = np.mean(partners, axis=0)
            frame[n] = (float(cx), float(cy) - span * 0.08)
        else:
            frame[n] = (left + i * span * 0.15, bottom - span * 0.15)
    names = list(frame)
    points = np.array([frame[n] for n in names], dtype=float)
    movable = np.array([1.0 for _ in names])
    _separate(points, span * min_fraction, movable)
    shown = {n: (float(x) / kx, float(y)) for n, (x, y) in zip(names, points, strict=True)}
    return shown, located, missing


def force_positions(g: nx.Graph) -> Pos:
    """Spring layout where cooperation pulls partners together and hostility barely does."""
    h = nx.Graph()
    h.add_nodes_from(g)
    for u, v, d in g.edges(data=True):
        pull = abs(d.get("net_weight", 0.0)) + 0.5 if d.get("polarity", 0) > 0 else 0.15
        h.add_edge(u, v, pull=pull)
    if len(h) == 1:
        return {n: (0.0, 0.0) for n in h}
    pos = nx.spring_layout(h, weight="pull", seed=7, k=1.6 / math.sqrt(len(h)), iterations=200)
    points = np.array([pos[n] for n in h])
    _separate(points, 0.12, np.ones(len(points)))
    return {n: (float(x), float(y)) for n, (x, y) in zip(h, points, strict=True)}


def _overlap(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def _area(a: np.ndarray, b: np.ndarray) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return float(w * h) if w > 0 and h > 0 else 0.0


# candidate label centres around a node, as (dx, dy) multiples, preferred first
_SLOTS = [(0, 1), (1, 0), (-1, 0), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]


def _candidates(node: np.ndarray, r: float, w: float, h: float) -> list[np.ndarray]:
    gap = r + 2
    return [node + (dx * (gap + w / 2), dy * (gap + h / 2)) for dx, dy in _SLOTS] + [
        node + (dx * (gap + w / 2 + 14), dy * (gap + h / 2 + 10)) for dx, dy in _SLOTS
    ]


def place_labels(ax: Axes, texts: list[Text], anchors: list[tuple[float, float]],
                 radii: list[float], rounds: int = 150) -> None:
    """Put each label (largest node first) in the free slot around its node that overlaps
    the fewest placed labels and nodes, then nudge any remaining overlaps apart. A label that
    ends away from its node gets a thin leader line."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    to_data = ax.transData.inverted()
    nodes = ax.transData.transform(np.array(anchors, dtype=float).reshape(-1, 2))
    sizes = np.array([(b.width + 10, b.height + 3)
                      for b in (t.get_window_extent(renderer) for t in texts)], dtype=float)
    frame = ax.get_window_extent(renderer)
    node_boxes = np.array([(x - r, y - r, x + r, y + r) for (x, y), r
                           in zip(nodes, radii, strict=True)])
    half = sizes / 2
    centres = nodes.copy()
    placed: list[int] = []

    def box(i: int, c: np.ndarray) -> np.ndarray:
        return np.concatenate([c - half[i], c + half[i]])

    def inside(b: np.ndarray) -> bool:
        return bool(b[0] >= frame.x0 and b[2] <= frame.x1 and b[1] >= frame.y0
                    and b[3] <= frame.y1)

    for i in sorted(range(len(texts)), key=lambda k: -radii[k]):
        best, best_cost = None, math.inf
        for rank, c in enumerate(_candidates(nodes[i], radii[i], *sizes[i])):
            b = box(i, c)
            cost = rank * 2.0 + (0 if inside(b) else 1e6)
            cost += sum(_area(b, box(j, centres[j])) for j in placed) * 4
            cost += sum(_area(b, nb) for nb in node_boxes) * 4
            if cost < best_cost:
                best, best_cost = c, cost
        centres[i] = best
        placed.append(i)

    for _ in range(rounds):
        bx = np.hstack([centres - half, centres + half])
        push = np.zeros_like(centres)
        for i in range(len(texts)):
            for j in range(len(texts)):
                if i != j and _overlap(bx[i], bx[j]):
                    d = centres[i] - centres[j]
                    push[i] += d / (np.hypot(*d) or 1.0) * 2 + (0, 1 if i > j else -1)
                if _overlap(bx[i], node_boxes[j]):
                    d = centres[i] - nodes[j]
                    push[i] += d / (np.hypot(*d) or 1.0) * 2
        if not push.any():
            break
        centres += push
        centres[:, 0] = np.clip(centres[:, 0], frame.x0 + half[:, 0], frame.x1 - half[:, 0])
        centres[:, 1] = np.clip(centres[:, 1], frame.y0 + half[:, 1], frame.y1 - half[:, 1])

    for text, centre, node, r, (w, h) in zip(texts, centres, nodes, radii, sizes, strict=True):
        text.set_position(tuple(to_data.transform(centre)))
        text.set_horizontalalignment("center")
        text.set_verticalalignment("center")
        gap = np.abs(centre - node) - (w / 2, h / 2)
        if max(gap) > r + 8:
            edge = np.clip(node, centre - (w / 2, h / 2), centre + (w / 2, h / 2))
            (x0, y0), (x1, y1) = to_data.transform(node), to_data.transform(edge)
            ax.plot([x0, x1], [y0, y1], color="#555555", lw=0.5, zorder=4)
