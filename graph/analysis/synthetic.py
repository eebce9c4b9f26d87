"""A generated, dated signed network with known answers, to test the analysis against.

Three camps (A1-A7, B1-B6, C1-C5) over the eight quarters of 2023-2024: inside a camp actors
cooperate, across camps they are hostile, and a share of events carries the wrong sign (noise).
A7 defects from camp A to camp B at the start of 2024. Each event is told by one to three
independently written reports dated within two days; some reports are then syndicated: copied
word for word under a wire prefix and republished months later, undated in their text, so that
a reader who counts reports would see the old act again in a later period.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from graph.model import Document, Statement

CAMPS = {"A": [f"A{i}" for i in range(1, 8)], "B": [f"B{i}" for i in range(1, 7)],
         "C": [f"C{i}" for i in range(1, 6)]}
DEFECTOR, DEFECTION = "A7", "2024-Q1"
QUARTERS = [(y, q) for y in (2023, 2024) for q in range(1, 5)]
POSITIVE = ("cooperates", "military_cooperation", "supports")
NEGATIVE = ("hostile", "sanctions", "expels", "recalls_ambassador", "attacks")
_FILLER = ("officials ministry talks border capital statement envoy summit delegation week "
           "government spokesman press agency region security trade council visit army "
           "negotiators reporters analysts sources morning evening").split()


@dataclass
class Planted:
    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)  # copy document -> original
    events: int = 0
    camps: dict[str, dict[str, str]] = field(default_factory=dict)  # quarter -> actor -> camp


def _camp_of(actor: str, label: str) -> str:
    if actor == DEFECTOR and label >= DEFECTION:
        return "B"
    return actor[0]


def planted(seed: int = 7, p_in: float = 0.5, p_out: float = 0.35, noise: float = 0.05,
            syndicated: float = 0.15) -> Planted:
    rng = random.Random(seed)
    out = Planted()
    actors = [a for members in CAMPS.values() for a in members]
    n_doc = 0
    for year, quarter in QUARTERS:
        label = f"{year}-Q{quarter}"
        out.camps[label] = {a: _camp_of(a, label) for a in actors}
        start = date(year, 3 * quarter - 2, 1)
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                same = out.camps[label][a] == out.camps[label][b]
                if rng.random() >= (p_in if same else p_out):
                    continue
                positive = same != (rng.random() < noise)
                relation = rng.choice(POSITIVE if positive else NEGATIVE)
                subject, obj = (a, b) if rng.random() < 0.5 else (b, a)
                # mid-quarter, so that one pair's events of consecutive quarters stay apart
                day = start + timedelta(days=rng.randint(20, 70))
                out.events += 1
                for _ in range(rng.randint(1, 3)):
                    n_doc += 1
                    when = (day + timedelta(days=rng.randint(0, 2))).isoformat()
                    words = " ".join(rng.choice(_FILLER) for _ in range(14))
                    text = f"{subject} {relation.replace('_', ' ')} {obj}: {words}."
                    doc = f"doc{n_doc:05d}"
                    out.documents.append(Document(doc, text, "synthetic", when, "en"))
                    out.statements.append(_statement(doc, subject, relation, obj, positive,
                                                     text, when, when))
                    if rng.random() < syndicated:
                        later = (day + timedelta(days=rng.randint(100, 200))).isoformat()
                        copy = f"{doc}-wire"
                        wire = f"(Wire) - {text}"
                        out.copies[copy] = doc
                        out.documents.append(Document(copy, wire, "synthetic", later, "en"))
                        out.statements.append(_statement(copy, subject, relation, obj,
                                                         positive, wire, later, None))
    return out


def _statement(doc: str, subject: str, relation: str, obj: str, positive: bool, text: str,
               doc_date: str, event_date: str | None) -> Statement:
    return Statement(doc, subject, relation, obj, 1 if positive else -1, 0.8, text, 0,
                     len(text), relation, 0, 1, doc_date=doc_date, event_date=event_date,
                     event_date_precision="day" if event_date else None)
