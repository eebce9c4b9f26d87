"""Events -> a signed, undirected network per period: one tie per pair of actors.

A tie's net weight is the sum over its events of polarity x confidence (the event's most
confident report), so ten copies of one wire weigh what one report does; its sign is the sign of
the net weight (0: as much cooperation as hostility, left out of camps and balance).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graph.analysis.events import Event
from graph.kg.vocab import unordered
from graph.network.views import bins


@dataclass
class Tie:
    a: str
    b: str
    net: float = 0.0
    events: list[Event] = field(default_factory=list)

    @property
    def sign(self) -> int:
        return (self.net > 1e-9) - (self.net < -1e-9)

    @property
    def reports(self) -> int:
        return sum(len(e.reports) for e in self.events)

    def add(self, e: Event) -> None:
        self.events.append(e)
        self.net += e.polarity * e.confidence


def ties(events: Iterable[Event]) -> dict[tuple[str, str], Tie]:
    out: dict[tuple[str, str], Tie] = {}
    for e in events:
        if e.subject == e.object:
            continue
        pair = unordered(e.subject, e.object)
        out.setdefault(pair, Tie(*pair)).add(e)
    return out


def signed_graph(pair_ties: dict[tuple[str, str], Tie]) -> nx.Graph:
    """Ties with a sign as edges: `sign` (+1/-1), `weight` (|net|), `events`, `reports`."""
    g = nx.Graph()
    for (a, b), t in pair_ties.items():
        g.add_nodes_from((a, b))
        if t.sign:
            g.add_edge(a, b, sign=t.sign, weight=abs(t.net), events=len(t.events),
                       reports=t.reports)
    return g


def periods(events: Iterable[Event], by: str | None) -> list[tuple[str, list[Event]]]:
    """Events grouped by period label in time order; `by=None` is one period, "all".

    An event dated too coarsely for the bin (a year when binning by month) is left out.
    """
    events = list(events)
    if by is None:
        return [("all", events)] if events else []
    return list(bins(events, by))
