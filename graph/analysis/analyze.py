"""`kg analyze`: events, camps, balance and turning points per period, from statements.

>>> from graph.analysis.synthetic import planted
>>> result = analyze(planted().statements, by="year")
>>> [p.label for p in result.periods]
['2023', '2024']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graph.analysis import balance as bal
from graph.analysis.camps import align, find_camps, partition_frustration, remember, stability
from graph.analysis.copies import evidence_texts, find_copies
from graph.analysis.events import Event, group_events
from graph.analysis.signed import Tie, periods, signed_graph, ties
from graph.analysis.turning import TurningPoint, turning_points
from graph.model import Statement


@dataclass
class PeriodResult:
    label: str
    events: int
    reports: int
    graph: nx.Graph
    ties: dict[tuple[str, str], Tie]
    camps: dict[str, str]  # actor -> camp letter, aligned with the previous period's
    camp_frustration: int  # ties the camps contradict
    stability: float | None  # adjusted Rand index with the previous period's camps
    balance: bal.Balance
    frustration: bal.Frustration

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for actor, camp in sorted(self.camps.items()):
            out.setdefault(camp, []).append(actor)
        return dict(sorted(out.items()))


@dataclass
class Analysis:
    by: str | None
    statements: int
    events: list[Event]
    copies: dict[str, str]  # copy document -> original
    periods: list[PeriodResult] = field(default_factory=list)
    turning: list[TurningPoint] = field(default_factory=list)

    def trajectories(self) -> dict[str, list[tuple[str, str]]]:
        """Each actor's camp over time: [(period, camp letter)], periods it has a tie in."""
        out: dict[str, list[tuple[str, str]]] = {}
        for p in self.periods:
            for actor, camp in p.camps.items():
                out.setdefault(actor, []).append((p.label, camp))
        return dict(sorted(out.items()))

    def moves(self) -> list[Move]:
        """Every change of camp, in time order. `lasting`: the actor had been in the old camp
        for two periods (or since it was first seen) and is still in the new one the next
        period it is seen in (or the move is in the last period): not a one-period excursion."""
        out = []
        for actor, path in self.trajectories().items():
            for k in range(1, len(path)):
                (_, before), (label, after) = path[k - 1], path[k]
                if before != after:
                    settled = k == 1 or path[k - 2][1] == before
                    lasting = settled and (k + 1 == len(path) or path[k + 1][1] == after)
                    out.append(Move(actor, label, before, after, lasting))
        return sorted(out, key=lambda m: (m.period, m.actor))


@dataclass(frozen=True, slots=True)
class Move:
    actor: str
    period: str
    before: str
    after: str
    lasting: bool


def analyze(statements: Iterable[Statement], by: str | None = "year", *,
            copies: dict[str, str] | None = None, seed: int = 0,
            shuffles: int = bal.SHUFFLES, time_limit: float = bal.TIME_LIMIT) -> Analysis:
    """The whole analysis of already-filtered statements (graph.network.views.keep).

    `copies` maps copy documents to their originals; by default they are found by MinHash over
    the statements' evidence sentences (a store keeps no article bodies).
    """
    statements = list(statements)
    if copies is None:
        copies = find_copies(evidence_texts(statements))
    events = group_events(statements, copies)
    result = Analysis(by, len(statements), events, copies)
    previous_raw: dict[str, int] = {}
    history: dict[str, dict[str, float]] = {}
    used: set[str] = set()
    series = []
    for label, group in periods(events, by):
        pair_ties = ties(group)
        g = signed_graph(pair_ties)
        raw = find_camps(g, seed=seed)
        letters = align(history, raw, used)
        result.periods.append(PeriodResult(
            label=label, events=len(group), reports=sum(len(e.reports) for e in group),
            graph=g, ties=pair_ties, camps=letters,
            camp_frustration=partition_frustration(g, raw),
            stability=stability(previous_raw, raw),
            balance=bal.balance(g, shuffles=shuffles, seed=seed),
            frustration=bal.frustration(g, time_limit=time_limit),
        ))
        series.append((label, pair_ties))
        if raw:
            previous_raw = raw
            remember(history, letters)
    result.turning = turning_points(series)
    return result
