"""The records that flow between pipeline stages.

Frozen dataclasses so that a stage cannot silently alter what an earlier stage produced,
and so that statements can be deduplicated in sets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Document:
    """One article. `date` is ISO 8601 at the precision the source gives (YYYY[-MM[-DD]])."""

    id: str
    text: str
    source: str
    date: str | None = None
    lang: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_hash(self) -> str:
        """Hash of what extraction sees, so an unchanged document can be skipped on rebuild."""
        h = hashlib.sha256()
        for part in (self.text, self.date or "", self.lang or ""):
            h.update(part.encode("utf-8", "surrogatepass"))  # hashable whatever the text holds
            h.update(b"\0")
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in the text. Offsets are characters in the document text."""

    start: int
    end: int
    text: str
    actor: str  # canonical English short name, as in the gazetteer
    how: str  # name | acronym | capital | body | leader | demonym | compound


@dataclass(frozen=True, slots=True)
class Statement:
    """One extracted relation with everything needed to trace it back to its sentence."""

    doc_id: str
    subject: str  # canonical English short name
    relation: str  # relation code from ontology/alliances.ttl (kg:code), e.g. "hostile"
    object: str
    polarity: int  # +1 cooperation, -1 hostility
    confidence: float  # 0..1
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    level: str = "explicit"  # explicit | context (one side resolved from nearby sentences)
    doc_date: str | None = None
    event_date: str | None = None  # ISO 8601, truncated to its precision
    event_date_precision: str | None = None  # day | month | year
    negated: bool = False
    hypothetical: bool = False

    @property
    def date(self) -> str | None:
        """The best date of the event: stated in the sentence, else the document's."""
        return self.event_date or self.doc_date

    @property
    def key(self) -> str:
        """Stable identity of the statement, used for its IRI and to deduplicate."""
        raw = "\x1f".join(
            [self.doc_id, self.subject, self.relation, self.object, str(self.trigger_start)]
        )
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


Period = tuple[str | None, str | None]  # (from, to), ISO dates of any precision, either open


def in_period(date: str | None, period: Period | None) -> bool:
    """Whether an ISO date of any precision overlaps the period, compared at the coarser
    precision. Undated statements fall outside every period, even the open one (":").

    >>> in_period("2025-06-12", ("2025-01", "2025-06")), in_period("2025", ("2025-03", None))
    (True, True)
    >>> in_period(None, (None, None)), in_period(None, None)
    (False, True)
    """
    if period is None:
        return True
    if date is None:
        return False
    lo, hi = period
    if lo is not None and date[: len(lo)] < lo[: len(date)]:
        return False
    return not (hi is not None and date[: len(hi)] > hi[: len(date)])


def interval(iso: str) -> tuple[date, date]:
    """The days an ISO date of any precision covers.

    >>> interval("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    year = int(iso[:4])
    if len(iso) >= 10:
        d = date.fromisoformat(iso[:10])
        return d, d
    if len(iso) >= 7:
        month = int(iso[5:7])
        first = date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)
