"""Events, not reports: the statements of one act from several documents are one event.

Two statements report the same act when they have the same subject, relation and object (a
symmetric relation's sides in either order) and dates no further apart than the window their
relation type sets (ontology/event_windows.tsv). A date is an interval at its own precision:
"2025-03" overlaps every day of March. Statements of a document recorded as a copy of another
(graph/analysis/copies.py) join the original's event whatever their date: a syndicated copy
republished months later is the same report, not new evidence.

>>> from graph.model import interval, Statement
>>> s = lambda doc, date: Statement(doc, "Mali", "hostile", "Algeria", -1, 0.9, "...", 0, 3,
...                                 "x", 0, 1, doc_date=date)
>>> [len(e.reports) for e in group_events([s("a", "2025-04-07"), s("b", "2025-04-09"),
...                                        s("c", "2025-09-01")])]
[2, 1]
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from graph.extract.lexicon import read_tsv
from graph.kg.vocab import oriented
from graph.model import Statement, interval
from graph.paths import ONTOLOGY_DIR

WINDOWS_FILE = ONTOLOGY_DIR / "event_windows.tsv"
DEFAULT_WINDOW = 14


@cache
def windows() -> dict[str, int]:
    """Days two reports of one act may lie apart, by relation code."""
    return {row["relation"]: int(row["days"]) for row in read_tsv(WINDOWS_FILE)}


def gap(a: str, b: str) -> int:
    """Days between two ISO dates taken as intervals; 0 when they overlap."""
    (a0, a1), (b0, b1) = interval(a), interval(b)
    return max((b0 - a1).days, (a0 - b1).days, 0)


@dataclass(frozen=True, slots=True)
class Event:
    """One act and every report of it. `sources` counts documents, copies folded into their
    original; `reports` keeps every statement as evidence."""

    subject: str
    relation: str
    object: str
    polarity: int
    date: str | None  # the anchor: the earliest date reported, at its precision
    reports: tuple[Statement, ...]
    sources: int

    @property
    def id(self) -> str:
        raw = "\x1f".join([self.subject, self.relation, self.object, self.date or ""])
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]

    @property
    def confidence(self) -> float:
        """The most confident report: several weak reports do not add up to certainty."""
        return max(s.confidence for s in self.reports)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({s.doc_id for s in self.reports}))

    def evidence(self) -> Statement:
        """The report to quote: the most confident, then the earliest document."""
        return min(self.reports, key=lambda s: (-s.confidence, s.doc_id, s.sentence_start))


def _sort_key(s: Statement) -> tuple[str, str, int]:
    return (s.date or "9999", s.doc_id, s.trigger_start)


def group_events(statements: Iterable[Statement],
                 copies: Mapping[str, str] | None = None) -> list[Event]:
    """Statements grouped into events, in (date, subject, relation, object) order.

    `copies` maps a copy's document id to its original's (see copies.find_copies).
    """
    copies = copies or {}
    win = windows()
    by_act: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for s in statements:
        by_act[oriented(s.subject, s.relation, s.object)].append(s)
    events: list[Event] = []
    for act, group in by_act.items():
        window = win.get(act[1], DEFAULT_WINDOW)
        clusters: list[list[Statement]] = []
        originals = sorted((s for s in group if s.doc_id not in copies), key=_sort_key)
        for s in originals:
            last = clusters[-1] if clusters else None
            # anchored on the cluster's first date, so a month of daily strikes stays many events
            if (last is not None and s.date and last[0].date
                    and gap(last[0].date, s.date) <= window):
                last.append(s)
            else:
                clusters.append([s])
        for s in sorted((s for s in group if s.doc_id in copies), key=_sort_key):
            home = next((c for c in clusters if any(r.doc_id == copies[s.doc_id] for r in c)),
                        None)
            if home is None:
                home = next((c for c in clusters if s.date and c[0].date
                             and gap(c[0].date, s.date) <= window), None)
            if home is None:
                clusters.append([s])
            else:
                home.append(s)
        for c in clusters:
            dated = sorted((s.date for s in c if s.date), key=lambda d: interval(d)[0])
            sources = {copies.get(s.doc_id, s.doc_id) for s in c}
            events.append(Event(act[0], act[1], act[2], c[0].polarity,
                                dated[0] if dated else None, tuple(c), len(sources)))
    events.sort(key=lambda e: (e.date or "9999", e.subject, e.relation, e.object))
    return events
