"""Where nodes and labels go in the alliance diagrams.

Geographic positions are (longitude, latitude) of the capitals; nodes closer than a minimum
distance are pushed apart (Sahel capitals are a few degrees from each other) and actors without
coordinates are put beside their partners. Labels are placed in display space, measured by the
renderer, at the best free spot among a few rings of candidates around their node: that is all
the diagrams need and avoids a layout dependency.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text

from graph.network.visual import map_points, members_in_graph

Pos = dict[str, tuple[float, float]]


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

    Map points come from graph.network.visual.map_points: states at their capitals,
    organisations at their members' (else partners') centroid, so that a headquarters far away
    does not stretch the map. Works in a locally equal-area frame (longitude scaled by cos of
    the mean latitude) so that the minimum distance is the same in every direction.
    """
    points, derived = map_points(g)
    own = {n for n, d in g.nodes(data=True) if "longitude" in d and "latitude" in d}
    # an organisation placed among its members is where it belongs, not a missing coordinate
    missing = [n for n in derived if n not in own
               and not (g.nodes[n].get("type") == "organisation" and members_in_graph(g, n))]
    located = {n: points[n] for n in g if n in own and n not in derived}
    lat0 = float(np.mean([lat for _, lat in points.values()])) if points else 0.0
    kx = math.cos(math.radians(lat0))
    names = list(g)
    frame = np.array([(points[n][0] * kx, points[n][1]) for n in names], dtype=float)
    frame = frame.reshape(-1, 2)
    span = max(float(np.ptp(frame[:, 0])) if len(frame) else 0.0,
               float(np.ptp(frame[:, 1])) if len(frame) else 0.0, 10.0)
    _separate(frame, span * min_fraction, np.ones(len(names)))
    shown = {n: (float(x) / kx, float(y)) for n, (x, y) in zip(names, frame, strict=True)}
    return shown, located, missing


def force_positions(g: nx.Graph, iterations: int = 400, seed: int = 7) -> Pos:
    """A signed force layout: allies attract in proportion to their net weight, adversaries
    repel each other beyond the repulsion every pair gets, and a weak pull to the centre keeps
    components together. Deterministic for a seed."""
    names = list(g)
    if len(names) == 1:
        return {names[0]: (0.0, 0.0)}
    index = {n: i for i, n in enumerate(names)}
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1, 1, size=(len(names), 2))
    k = 1.0 / math.sqrt(len(names))
    signed = np.zeros((len(names), len(names)))
    for u, v, d in g.edges(data=True):
        w = max(abs(float(d.get("net_weight", 1.0))), 0.3)
        sign = (d.get("polarity", 0) > 0) - (d.get("polarity", 0) < 0)
        signed[index[u], index[v]] = signed[index[v], index[u]] = sign * w
    step = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 1e-3)
        push = k * k / dist * (1 + 2.0 * np.clip(-signed, 0, None))  # adversaries: 3x or more
        pull = dist * dist / k * np.clip(signed, 0, None)  # allies only
        force = ((push - pull) / dist)[..., None] * delta
        move = force.sum(axis=1) - 0.05 * pos  # gravity
        length = np.maximum(np.hypot(move[:, 0], move[:, 1]), 1e-9)
        pos += move / length[:, None] * np.minimum(length, step)[:, None]
        step *= 0.99
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    _separate(pos, 0.12, np.ones(len(pos)))
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, pos, strict=True)}


# candidate directions around a node, preferred first: above, right, left, below, diagonals
_ANGLES = np.radians([90, 0, 180, 270, 45, 135, 315, 225,
                      22.5, 157.5, 337.5, 202.5, 67.5, 112.5, 292.5, 247.5])
_RINGS = (0.0, 5.0, 12.0, 22.0, 36.0, 56.0, 84.0)  # extra pixels between node edge and label
_PAD = 3.0  # pixels around a label's ink, for the white halo and breathing room
_LEADER = 10.0  # a label further than this from its node's edge gets a leader line
_COLLIDE = 1000.0  # cost of touching another label or node: above any soft preference


def _candidates(node: np.ndarray, r: float, half: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(centres (C, 2), soft costs (C,)): boxes touching a circle around the node at each angle,
    aligned the way a cartographer would (box left of the point when the point is on the left)."""
    c, s = np.cos(_ANGLES), np.sin(_ANGLES)
    align = np.column_stack([np.clip(c * 2.6, -1, 1), np.clip(s * 2.6, -1, 1)]) * half
    centres, costs = [], []
    for extra in _RINGS:
        gap = r + 2 + extra
        centres.append(node + np.column_stack([c, s]) * gap + align)
        costs.append(extra * 0.8 + np.arange(len(_ANGLES)) * 1.2)
    return np.vstack(centres), np.concatenate(costs)


def _box_overlaps(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Overlap areas (C, M) of candidate boxes with other boxes, all as (x0, y0, x1, y1)."""
    w = np.minimum(boxes[:, None, 2], others[None, :, 2]) - np.maximum(boxes[:, None, 0],
                                                                      others[None, :, 0])
    h = np.minimum(boxes[:, None, 3], others[None, :, 3]) - np.maximum(boxes[:, None, 1],
                                                                      others[None, :, 1])
    return np.clip(w, 0, None) * np.clip(h, 0, None)


def _circle_depth(boxes: np.ndarray, centres: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """How deep (C, N) each node circle reaches into each box, 0 when apart."""
    dx = np.maximum(np.maximum(boxes[:, None, 0] - centres[None, :, 0],
                               centres[None, :, 0] - boxes[:, None, 2]), 0)
    dy = np.maximum(np.maximum(boxes[:, None, 1] - centres[None, :, 1],
                               centres[None, :, 1] - boxes[:, None, 3]), 0)
    return np.clip(radii[None, :] + 1 - np.hypot(dx, dy), 0, None)


def _crossing(boxes: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Total length (C,) of the segments (E, 4) inside each box (Liang-Barsky clipping)."""
    if not len(segments):
        return np.zeros(len(boxes))
    p0, d = segments[None, :, :2], segments[None, :, 2:] - segments[None, :, :2]
    lo, hi = boxes[:, None, :2], boxes[:, None, 2:]
    with np.errstate(divide="ignore", invalid="ignore"):
        t0, t1 = (lo - p0) / d, (hi - p0) / d
    inside = (p0 >= lo) & (p0 <= hi)
    flat = d == 0  # a segment parallel to an axis is inside or outside that slab entirely
    enter = np.where(flat, np.where(inside, -np.inf, np.inf), np.minimum(t0, t1))
    leave = np.where(flat, np.where(inside, np.inf, -np.inf), np.maximum(t0, t1))
    t_in = np.maximum(enter.max(axis=2), 0)
    t_out = np.minimum(leave.min(axis=2), 1)
    return (np.clip(t_out - t_in, 0, None) * np.hypot(d[..., 0], d[..., 1])).sum(axis=1)


def place_labels(ax: Axes, texts: list[Text], anchors: list[tuple[float, float]],
                 radii: list[float], segments: list[tuple[float, float, float, float]] = (),
                 order: list[int] | None = None, rounds: int = 4) -> None:
    """Move each label to a free spot around its node: never on another label or node, inside
    the axes, preferably off the drawn lines (segments, in data coordinates) and close to its
    node. Labels are placed one by one (order, default largest node first), then each is
    placed again against all the others until nothing moves, so that an early label does not
    keep a spot a later one needed. Sizes come from the renderer, so any font and name works;
    a label put far from its node gets a thin leader line."""
    ax.apply_aspect()  # a map's equal-aspect box is only fixed at draw time: fix it now
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    to_data = ax.transData.inverted()
    nodes = ax.transData.transform(np.array(anchors, dtype=float).reshape(-1, 2))
    node_r = np.array(radii, dtype=float)
    half = np.array([(b.width / 2 + _PAD, b.height / 2 + _PAD)
                     for b in (t.get_window_extent(renderer) for t in texts)], dtype=float)
    half = half.reshape(-1, 2)
    frame = ax.get_window_extent(renderer)
    lines = np.array(segments, dtype=float).reshape(-1, 4)
    lines = np.hstack([ax.transData.transform(lines[:, :2]), ax.transData.transform(lines[:, 2:])])
    options = [_candidates(nodes[i], node_r[i], half[i]) for i in range(len(texts))]
    boxes = np.full((len(texts), 4), np.nan)

    def costs(i: int) -> tuple[np.ndarray, np.ndarray]:
        centres, soft = options[i]
        cand = np.hstack([centres - half[i], centres + half[i]])
        others = np.delete(boxes, i, axis=0)
        others = others[~np.isnan(others[:, 0])]
        clash = _box_overlaps(cand, others).sum(axis=1) if len(others) else 0.0
        depth = _circle_depth(cand, nodes, node_r).sum(axis=1)
        outside = ((cand[:, 0] < frame.x0 + 1) | (cand[:, 2] > frame.x1 - 1)
                   | (cand[:, 1] < frame.y0 + 1) | (cand[:, 3] > frame.y1 - 1))
        total = (soft + 0.6 * _crossing(cand, lines) + outside * _COLLIDE * 100
                 + (clash + depth > 0) * _COLLIDE + clash + 40 * depth)
        return cand, total

    sequence = order if order is not None else sorted(range(len(texts)), key=lambda k: -radii[k])
    for i in sequence:
        cand, total = costs(i)
        boxes[i] = cand[int(np.argmin(total))]
    for _ in range(rounds):
        moved = False
        for i in sequence:
            cand, total = costs(i)
            best = int(np.argmin(total))
            current = int(np.argmin(np.abs(cand - boxes[i]).sum(axis=1)))
            if total[best] < total[current] - 1e-6:
                boxes[i], moved = cand[best], True
        if not moved:
            break

    for text, b, node, r in zip(texts, boxes, nodes, node_r, strict=True):
        centre = (b[:2] + b[2:]) / 2
        text.set_position(tuple(to_data.transform(centre)))
        text.set_horizontalalignment("center")
        text.set_verticalalignment("center")
        inner = np.array([b[0] + _PAD, b[1] + _PAD, b[2] - _PAD, b[3] - _PAD])
        edge = np.clip(node, inner[:2], inner[2:])
        if np.hypot(*(edge - node)) > r + _LEADER:
            start = node + (edge - node) / np.hypot(*(edge - node)) * r
            (x0, y0), (x1, y1) = to_data.transform(start), to_data.transform(edge)
            ax.plot([x0, x1], [y0, y1], color="#555555", lw=0.5, zorder=4)
