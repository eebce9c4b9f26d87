"""Camps: a partition that puts positive ties inside and negative ties between.

Signed modularity (Traag & Bruggeman 2009): Q = (m+ Q+ - m- Q-) / (m+ + m-), the modularity of
the positive layer minus that of the negative layer, each weighted by its share of the total
tie weight; optimised by Leiden (leidenalg's multiplex optimiser, a negative layer weight), best
of a few seeded runs. Camps are then numbered by size and matched from period to period by
overlap (Hungarian assignment), so that camp "B" in 2024 is the successor of "B" in 2023.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Hashable, Sequence

import igraph as ig
import leidenalg as la
import networkx as nx
import numpy as np
from scipy.optimize import linear_sum_assignment

RUNS = 8


def find_camps(g: nx.Graph, seed: int = 0) -> dict[str, int]:
    """{actor: camp number}, camps numbered 0.. by decreasing size then first member.

    Each connected part of the network is partitioned on its own: nothing ties India's
    quarrel with Pakistan to the Sahel's, so no camp spans both. Actors without a signed tie
    are left out.
    """
    membership: dict[str, int] = {}
    for part in nx.connected_components(g.subgraph(n for n in g if g.degree(n))):
        local = _leiden(g.subgraph(part), seed)
        offset = len(set(membership.values()))
        membership.update({n: offset + c for n, c in local.items()})
    return _canonical(membership)


def _leiden(g: nx.Graph, seed: int) -> dict[str, int]:
    nodes = sorted(g)
    index = {n: i for i, n in enumerate(nodes)}
    layers, weights = [], []
    total = sum(d["weight"] for _, _, d in g.edges(data=True))
    for sign in (1, -1):
        edges = [(index[u], index[v], d["weight"]) for u, v, d in g.edges(data=True)
                 if d["sign"] == sign]
        if not edges:
            continue
        layer = ig.Graph(n=len(nodes), edges=[(u, v) for u, v, _ in edges])
        layer.es["weight"] = [w for _, _, w in edges]
        layers.append(la.ModularityVertexPartition(layer, weights="weight"))
        weights.append(sign * sum(w for _, _, w in edges) / total)
    best, best_q = None, -np.inf
    for run in range(RUNS):
        parts = [type(p)(p.graph, weights="weight") for p in layers]
        opt = la.Optimiser()
        opt.consider_comms = la.ALL_COMMS  # a node may join a camp it has no tie to
        opt.set_rng_seed(seed + run)
        opt.optimise_partition_multiplex(parts, layer_weights=weights, n_iterations=-1)
        q = sum(w * p.quality() for w, p in zip(weights, parts, strict=True))
        if q > best_q + 1e-12:
            best, best_q = list(parts[0].membership), q
    assert best is not None
    return {n: best[i] for n, i in index.items()}


def _canonical(membership: dict[str, int]) -> dict[str, int]:
    sizes = Counter(membership.values())
    first = {}
    for n in sorted(membership):
        first.setdefault(membership[n], n)
    order = sorted(sizes, key=lambda c: (-sizes[c], first[c]))
    rank = {c: i for i, c in enumerate(order)}
    return {n: rank[c] for n, c in membership.items()}


def partition_frustration(g: nx.Graph, camps: dict[str, int]) -> int:
    """Ties the partition contradicts: positive between camps, negative inside one."""
    return sum(1 for u, v, d in g.edges(data=True)
               if u in camps and v in camps and (camps[u] == camps[v]) != (d["sign"] > 0))


def align(history: dict[str, dict[str, float]], current: dict[str, int],
          used: set[str]) -> dict[str, str]:
    """Letters for the current camps: a camp takes the letter its actors carried most in the
    recent past (one-to-one, `history` weighs each actor's past letters), else a new letter.

    Weighing a few periods rather than the last one alone keeps the letters when two camps
    merge for a sparse period and split again.
    """
    ids = sorted(set(current.values()))
    old = sorted({letter for past in history.values() for letter in past})
    letters: dict[int, str] = {}
    if ids and old:
        overlap = np.zeros((len(ids), len(old)))
        for actor, c in current.items():
            for letter, weight in history.get(actor, {}).items():
                overlap[ids.index(c), old.index(letter)] += weight
        rows, cols = linear_sum_assignment(-overlap)
        letters = {ids[r]: old[c] for r, c in zip(rows, cols, strict=True) if overlap[r, c] > 0}
    fresh = (x for x in _labels() if x not in used and x not in letters.values())
    for c in ids:
        if c not in letters:
            letters[c] = next(fresh)
    used.update(letters.values())
    return {actor: letters[c] for actor, c in current.items()}


def remember(history: dict[str, dict[str, float]], letters: dict[str, str],
             decay: float = 0.5) -> None:
    """Fold one period's letters into the actors' histories, older periods weighing less."""
    for past in history.values():
        for letter in past:
            past[letter] *= decay
    for actor, letter in letters.items():
        past = history.setdefault(actor, {})
        past[letter] = past.get(letter, 0.0) + 1.0


def _labels():
    yield from string.ascii_uppercase
    yield from (a + b for a in string.ascii_uppercase for b in string.ascii_uppercase)


def adjusted_rand(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985); 1.0
    when both put everything in one group or both in singletons.

    >>> adjusted_rand([0, 0, 1, 1], ["x", "x", "y", "y"])
    1.0
    >>> round(adjusted_rand([0, 0, 1], [0, 1, 1]), 3)
    -0.5
    """
    n = len(a)
    if n < 2:
        return 1.0
    pairs = lambda counts: sum(c * (c - 1) / 2 for c in counts)  # noqa: E731
    index = pairs(Counter(zip(a, b, strict=True)).values())
    sum_a, sum_b = pairs(Counter(a).values()), pairs(Counter(b).values())
    expected = sum_a * sum_b / (n * (n - 1) / 2)
    top = (sum_a + sum_b) / 2
    if top == expected:
        return 1.0
    return (index - expected) / (top - expected)


def stability(previous: dict[str, int], current: dict[str, int]) -> float | None:
    """Adjusted Rand index of two periods' camps over the actors present in both."""
    common = sorted(set(previous) & set(current))
    if len(common) < 2:
        return None
    return adjusted_rand([previous[a] for a in common], [current[a] for a in common])
