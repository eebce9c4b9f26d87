"""Statements -> networkx graphs: the shape that Gephi, web tools and the diagrams consume.

The graph is a MultiDiGraph keyed by actor id with two kinds of edges, told apart by the edge
attribute `view`:

- `relations`: one edge per (subject, relation, object). Symmetric relations (cooperates,
  hostile, ...) are stored once, from the smaller actor id to the larger, so that "Mali hostile
  to Algeria" and "Algeria hostile to Mali" count as one relation.
- `alliance`: one signed edge per pair of actors, from the smaller id to the larger.
  `net_weight` = sum over the pair's events of polarity x confidence (an event's confidence is
  that of its most confident report): the net number of confident events, positive for
  cooperation. Polarity rather than Goldstein, because a single "attacks" (-9) would otherwise
  outweigh several agreements and the reader of the diagram counts events; the
  confidence-weighted Goldstein sum over events is kept as `goldstein_sum`.
  `weight` is |net_weight| (at least 0.01) because Gephi drops or mis-renders edges whose
  weight is zero or negative; the sign lives in `polarity` (+1, -1, 0 for a balanced pair).
  `count_<relation>` gives the number of statements of each relation on the pair.

Both views count an edge twice: `statements` (= `count`, every report, syndicated copies
included) and `events` (distinct acts, graph.analysis.events: reports of one act from several
documents, and every report of a document recorded as a copy, count once). A relation edge
weighs its events.

Every attribute value is a str, int, float or bool so that GraphML and GEXF can hold it; an
unknown value (no capital, no date) is left out rather than written as None.

>>> from graph.model import Period, Statement, in_period
>>> s = Statement("d1", "Mali", "hostile", "Algeria", -1, 0.9, "...", 0, 3, "x", 0, 1,
...               doc_date="2025-04")
>>> g = build_network([s], gazetteer=Gazetteer([]))
>>> sorted(d["view"] for _, _, d in g.edges(data=True))
['alliance', 'relations']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar

import networkx as nx

from graph.errors import KgError
from graph.gazetteer import Actor, Gazetteer, load
from graph.kg.vocab import oriented, relations, unordered
from graph.model import Period, Statement, in_period

VIEWS = ("both", "relations", "alliance")
# what one exported file holds: Gephi merges parallel edges, so a file never mixes the two views
EXPORT_VIEWS = ("alliance", "relations")
BINS = ("month", "quarter", "year")  # small-multiple panels, see bin_label

_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MIN_WEIGHT = 0.01


def parse_period(text: str | None) -> Period | None:
    """'2025-01:2025-06' -> ('2025-01', '2025-06'); either side may be empty."""
    if not text:
        return None
    if ":" not in text:
        raise KgError(f"--period {text!r}: expected FROM:TO, e.g. 2025-01:2025-06 or 2024:")
    lo, hi = (part.strip() or None for part in text.split(":", 1))
    for side in (lo, hi):
        if side is not None and not _ISO_PREFIX.match(side):
            raise KgError(f"--period {text!r}: {side!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if lo and hi and lo[: len(hi)] > hi:
        raise KgError(f"--period {text!r}: starts after it ends")
    return (lo, hi)


def keep(statements: Iterable[Statement], period: Period | None = None,
         min_confidence: float = 0.0) -> list[Statement]:
    """The statements a network should show: asserted (neither negated nor hypothetical),
    confident enough, dated within the period, between two different actors.

    The store filters too; filtering again here makes the network's meaning independent of
    how precisely a given store implements the period.
    """
    return [
        s for s in statements
        if not s.negated and not s.hypothetical and s.subject != s.object
        and s.confidence >= min_confidence and in_period(s.date, period)
    ]


def period_label(period: Period | None, statements: list[Statement]) -> str:
    """The period a figure or file covers: the requested one, else the span of the dates."""
    dates = sorted(d for d in (s.date for s in statements) if d)
    lo = (period and period[0]) or (dates[0] if dates else None)
    hi = (period and period[1]) or (dates[-1] if dates else None)
    if lo is None and hi is None:
        return "undated"
    return f"{lo or '…'} – {hi or '…'}"


@dataclass(slots=True)
class _Evidence:
    """What several statements say about one edge, accumulated in one pass."""

    count: int = 0
    confidence: float = 0.0
    net: float = 0.0
    goldstein: float = 0.0
    cooperative: int = 0
    hostile: int = 0
    first: str | None = None
    last: str | None = None

    def add(self, s: Statement, goldstein: float) -> None:
        self.count += 1
        self.confidence += s.confidence
        self.net += s.polarity * s.confidence
        self.goldstein += goldstein * s.confidence
        if s.polarity > 0:
            self.cooperative += 1
        else:
            self.hostile += 1
        if s.date:
            # "2025-06" sorts before "2025-06-01": lexical order is chronological order here
            self.first = min(self.first or s.date, s.date)
            self.last = max(self.last or s.date, s.date)

    def attributes(self, docs: set[str]) -> dict[str, str | int | float]:
        out: dict[str, str | int | float] = {
            "count": self.count,
            "mean_confidence": round(self.confidence / self.count, 4),
            "documents": "; ".join(sorted(docs)),
        }
        if self.first:
            out["first_date"] = self.first
        if self.last:
            out["last_date"] = self.last
        return out


def node_id(name: str, gaz: Gazetteer) -> str:
    return gaz.id_of.get(name, name)


def _node_attributes(name: str, actor: Actor | None) -> dict[str, str | float]:
    if actor is None:
        return {"label": name, "type": "unknown"}
    out: dict[str, str | float] = {
        "label": actor.name,
        "label_fr": actor.label_fr,
        "type": actor.type.lower(),
    }
    if actor.iso3:
        out["iso"] = actor.iso3
    if actor.lat is not None and actor.lon is not None:
        out["latitude"] = float(actor.lat)
        out["longitude"] = float(actor.lon)
    if actor.members:
        out["members"] = "; ".join(actor.members)
    return out


@dataclass(slots=True)
class _Events:
    """What the events of one edge say: how many, and their net and Goldstein weights."""

    count: int = 0
    net: float = 0.0
    goldstein: float = 0.0


def build_network(statements: Iterable[Statement], *, gazetteer: Gazetteer | None = None,
                  view: str = "both", copies: Mapping[str, str] | None = None
                  ) -> nx.MultiDiGraph:
    """The export graph of already-filtered statements (see `keep`); `copies` maps a copy
    document to its original (Store.copies), so that its reports join the original's events."""
    from graph.analysis.events import group_events

    if view not in VIEWS:
        raise KgError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    statements = list(statements)
    gaz = gazetteer if gazetteer is not None else load()
    vocab = relations()
    g = nx.MultiDiGraph()
    rel_ev: dict[tuple[str, str, str], _Evidence] = defaultdict(_Evidence)
    rel_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    pair_ev: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)
    pair_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    pair_codes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    neighbours: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    count = 0
    for s in statements:
        if s.relation not in vocab:
            raise KgError(f"statement {s.key} of {s.doc_id}: unknown relation {s.relation!r}")
        rel = vocab[s.relation]
        u, v = node_id(s.subject, gaz), node_id(s.object, gaz)
        for nid, name in ((u, s.subject), (v, s.object)):
            if nid not in g:
                g.add_node(nid, **_node_attributes(name, gaz.by_name.get(name)))
        count += 1
        kind = "cooperative" if s.polarity > 0 else "hostile"
        for a, b in ((u, v), (v, u)):
            neighbours[a]["all"].add(b)
            neighbours[a][kind].add(b)
        edge = oriented(u, s.relation, v)
        rel_ev[edge].add(s, rel.goldstein)
        rel_docs[edge].add(s.doc_id)
        pair = unordered(u, v)
        pair_ev[pair].add(s, rel.goldstein)
        pair_docs[pair].add(s.doc_id)
        pair_codes[pair][s.relation] += 1

    rel_events: dict[tuple[str, str, str], _Events] = defaultdict(_Events)
    pair_events: dict[tuple[str, str], _Events] = defaultdict(_Events)
    for e in group_events(statements, copies):
        u, v = node_id(e.subject, gaz), node_id(e.object, gaz)
        goldstein = vocab[e.relation].goldstein * e.confidence
        for ev in (rel_events[oriented(u, e.relation, v)], pair_events[unordered(u, v)]):
            ev.count += 1
            ev.net += e.polarity * e.confidence
            ev.goldstein += goldstein

    for nid in g:
        g.nodes[nid]["degree"] = len(neighbours[nid]["all"])
        g.nodes[nid]["cooperative_degree"] = len(neighbours[nid]["cooperative"])
        g.nodes[nid]["hostile_degree"] = len(neighbours[nid]["hostile"])

    if view in ("both", "relations"):
        for (u, code, v), ev in rel_ev.items():
            rel = vocab[code]
            g.add_edge(u, v, key=f"{u}|{code}|{v}", view="relations", relation=code,
                       label=rel.label_en, polarity=rel.polarity, goldstein=rel.goldstein,
                       symmetric=rel.symmetric, statements=ev.count,
                       events=rel_events[(u, code, v)].count,
                       weight=float(rel_events[(u, code, v)].count),
                       **ev.attributes(rel_docs[(u, code, v)]))
    if view in ("both", "alliance"):
        for (u, v), ev in pair_ev.items():
            acts = pair_events[(u, v)]
            net = round(acts.net, 4)
            sign = (net > 0) - (net < 0)
            g.add_edge(u, v, key=f"{u}|alliance|{v}", view="alliance", relation="alliance",
                       label={1: "cooperation", -1: "hostility", 0: "mixed"}[sign],
                       polarity=sign, net_weight=net,
                       goldstein_sum=round(acts.goldstein, 4),
                       weight=max(abs(net), _MIN_WEIGHT),
                       statements=ev.count, events=acts.count,
                       cooperative_count=ev.cooperative, hostile_count=ev.hostile,
                       relations="; ".join(sorted(pair_codes[(u, v)])),
                       **{f"count_{code}": n for code, n in sorted(pair_codes[(u, v)].items())},
                       **ev.attributes(pair_docs[(u, v)]))
    g.graph["statements"] = count
    return g


def alliance_view(g: nx.MultiDiGraph) -> nx.Graph:
    """The signed, undirected alliance edges alone: what the diagrams draw."""
    out = nx.Graph()
    out.add_nodes_from(g.nodes(data=True))
    for u, v, d in g.edges(data=True):
        if d["view"] == "alliance":
            out.add_edge(u, v, **d)
    out.graph.update(g.graph)
    return out


def bin_label(date: str, by: str) -> str:
    """The small-multiple panel a date falls in; a date too coarse for the bin gets none."""
    if by == "year":
        return date[:4]
    if len(date) < 7:
        return ""
    if by == "month":
        return date[:7]
    quarter = (int(date[5:7]) - 1) // 3 + 1
    return f"{date[:4]}-Q{quarter}"


class _Dated(Protocol):
    @property
    def date(self) -> str | None: ...


D = TypeVar("D", bound=_Dated)


def bins(items: Iterable[D], by: str) -> Iterator[tuple[str, list[D]]]:
    """Statements (or events) grouped by period, in time order; undated or too coarse ones
    are dropped."""
    groups: dict[str, list[D]] = defaultdict(list)
    for s in items:
        label = bin_label(s.date, by) if s.date else ""
        if label:
            groups[label].append(s)
    for label in sorted(groups):
        yield label, groups[label]


def store_statements(store: str, period: Period | None, min_confidence: float) -> list[Statement]:
    """The statements of a store, filtered the way every network view needs them."""
    from graph.kg.store import open_store

    with open_store(store, read_only=True) as st:
        return keep(st.statements(period=period, min_confidence=min_confidence),
                    period, min_confidence)


def store_copies(store: str, statements: list[Statement]) -> dict[str, str]:
    """The copies `kg build` recorded in a store; for a store built before documents carried
    their MinHash, those found over the statements' evidence sentences (graph.analysis)."""
    from graph.analysis.copies import evidence_texts, find_copies
    from graph.kg.store import open_store

    with open_store(store, read_only=True) as st:
        copies = st.copies()
    return find_copies(evidence_texts(statements)) if copies is None else copies


_PLAIN = (str, bool, int, float)


def plain(value: object) -> str | bool | int | float | None:
    """The one place where values become what GraphML and GEXF can hold; None means drop."""
    if value is None or isinstance(value, _PLAIN):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def plain_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update({k: p for k, v in g.graph.items() if (p := plain(v)) is not None})
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: p for k, v in d.items() if (p := plain(v)) is not None})
    for u, v, key, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **{k: p for k, v in d.items() if (p := plain(v)) is not None})
    return out
