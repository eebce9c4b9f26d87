"""Structural balance of a signed network: triangles and the frustration index.

A triangle is balanced when the product of its three signs is positive ("the enemy of my enemy
is my friend"). The share of balanced triangles is compared with the same network's signs
shuffled over its ties (seeded), so that a network that is merely mostly positive does not pass
for balanced. The frustration index is the fewest ties whose sign contradicts the best split
into two sides (Aref, Mason & Wilson 2018 solve it exactly as a binary program): here scipy's
MILP (HiGHS) with a time limit; when the limit is hit the answer is the interval between the
solver's bound and its best split.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

SHUFFLES = 200
TIME_LIMIT = 5.0  # seconds of MILP per period; past it, a bound


@dataclass(frozen=True, slots=True)
class Balance:
    triangles: int
    balanced: int
    baseline: float | None  # mean share of balanced triangles over the shuffles
    baseline_sd: float | None
    p_value: float | None  # share of shuffles at least as balanced (with the +1 correction)

    @property
    def share(self) -> float | None:
        return self.balanced / self.triangles if self.triangles else None


@dataclass(frozen=True, slots=True)
class Frustration:
    lower: int  # the index is at least this
    upper: int  # a split with this many frustrated ties exists
    ties: int

    @property
    def exact(self) -> bool:
        return self.lower == self.upper

    def __str__(self) -> str:
        return str(self.upper) if self.exact else f"{self.lower}-{self.upper}"


def triangles(g: nx.Graph) -> list[tuple[str, str, str]]:
    """Every triangle of signed ties, each once."""
    out = []
    for u in g:
        for v, w in combinations(sorted(x for x in g[u] if x > u), 2):
            if g.has_edge(v, w):
                out.append((u, v, w))
    return out


def _balanced(tris: list[tuple[str, str, str]], sign: dict[frozenset, int]) -> int:
    return sum(1 for u, v, w in tris
               if sign[frozenset((u, v))] * sign[frozenset((v, w))] * sign[frozenset((u, w))] > 0)


def balance(g: nx.Graph, shuffles: int = SHUFFLES, seed: int = 0) -> Balance:
    tris = triangles(g)
    sign = {frozenset((u, v)): d["sign"] for u, v, d in g.edges(data=True)}
    observed = _balanced(tris, sign)
    if not tris or not shuffles:
        return Balance(len(tris), observed, None, None, None)
    rng = random.Random(seed)
    keys, values = list(sign), list(sign.values())
    shares = []
    for _ in range(shuffles):
        rng.shuffle(values)
        shares.append(_balanced(tris, dict(zip(keys, values, strict=True))) / len(tris))
    mean = sum(shares) / len(shares)
    sd = math.sqrt(sum((x - mean) ** 2 for x in shares) / len(shares))
    above = sum(1 for x in shares if x >= observed / len(tris) - 1e-12)
    return Balance(len(tris), observed, round(mean, 4), round(sd, 4),
                   round((above + 1) / (shuffles + 1), 4))


def frustration(g: nx.Graph, time_limit: float = TIME_LIMIT) -> Frustration:
    """Fewest ties to delete (or flip) for the network to split into two hostile sides.

    Variables: a side x_i in {0, 1} per actor, a frustration f_e in [0, 1] per tie;
    positive tie: f >= x_i - x_j and f >= x_j - x_i; negative tie: f >= x_i + x_j - 1 and
    f >= 1 - x_i - x_j. Minimise the sum of f.

    >>> g = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": -1})])
    >>> str(frustration(g))
    '1'
    """
    nodes = sorted(g)
    edges = list(g.edges(data="sign"))
    if not edges:
        return Frustration(0, 0, 0)
    n, m = len(nodes), len(edges)
    index = {v: i for i, v in enumerate(nodes)}
    a = lil_matrix((2 * m, n + m))
    lo = np.full(2 * m, -np.inf)
    hi = np.zeros(2 * m)
    for k, (u, v, sign) in enumerate(edges):
        i, j, f = index[u], index[v], n + k
        if sign > 0:  # x_i - x_j - f <= 0 ; x_j - x_i - f <= 0
            a[2 * k, i], a[2 * k, j], a[2 * k, f] = 1, -1, -1
            a[2 * k + 1, j], a[2 * k + 1, i], a[2 * k + 1, f] = 1, -1, -1
        else:  # x_i + x_j - f <= 1 ; -x_i - x_j - f <= -1
            a[2 * k, i], a[2 * k, j], a[2 * k, f] = 1, 1, -1
            hi[2 * k] = 1
            a[2 * k + 1, i], a[2 * k + 1, j], a[2 * k + 1, f] = -1, -1, -1
            hi[2 * k + 1] = -1
    cost = np.concatenate([np.zeros(n), np.ones(m)])
    upper = np.ones(n + m)
    upper[0] = 0  # the two sides are interchangeable: fix the first actor's
    res = milp(cost, constraints=LinearConstraint(a.tocsr(), lo, hi),
               integrality=np.concatenate([np.ones(n), np.zeros(m)]),
               bounds=Bounds(np.zeros(n + m), upper),
               options={"time_limit": time_limit, "disp": False})
    if res.x is None:  # no split found in time: every tie is an upper bound
        return Frustration(0, m, m)
    best = round(float(res.fun))
    bound = getattr(res, "mip_dual_bound", None)
    lower = best if res.status == 0 or bound is None else max(0, math.ceil(bound - 1e-6))
    return Frustration(lower, best, m)
