"""Office-holders by date: which state a leader's name stands for on a given day.

ontology/lexicon/office_holders.tsv lists heads of state, heads of government and foreign
ministers with their terms; a name resolves to a state only within a term, so "Macron" is France
from 2017-05-14 and nobody before, and "Traoré" is Mali in 2013 and Burkina Faso in 2023. Names
match without case or accents ("Erdogan", "Erdoğan"), as full names or listed aliases.

>>> resolve("Emmanuel Macron", "2017-06"), resolve("Macron", "2016-06-01")
('France', None)
>>> resolve("Traoré", "2013-01-11"), resolve("Traoré", "2023-05")
('Mali', 'Burkina Faso')
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from graph.extract.lexicon import LEXICON_DIR, read_tsv
from graph.gazetteer import load
from graph.model import interval

OFFICES_FILE = LEXICON_DIR / "office_holders.tsv"
_WORD = re.compile(r"\w+")
_MAX_WORDS = 8


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    state: str  # ISO 3166 alpha-3
    office: str  # head_of_state | head_of_government | foreign_minister
    start: date
    end: date | None  # None: in office
    aliases: tuple[str, ...] = ()

    def overlaps(self, lo: date, hi: date) -> bool:
        return self.start <= hi and (self.end is None or lo < self.end)


def normalise(text: str) -> str:
    """Casefolded words without accents or punctuation: "Erdoğan" and "erdogan" meet."""
    return " ".join(_WORD.findall(unaccented(text).casefold()))


def unaccented(text: str) -> str:
    """The name as written without its accents ("Vučić" -> "Vucic", "Sánchez" -> "Sanchez"):
    the press often drops them, and the ruler matches words as written."""
    plain = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


@cache
def terms() -> tuple[Term, ...]:
    return tuple(
        Term(r["name"], r["state"], r["office"], date.fromisoformat(r["start"]),
             date.fromisoformat(r["end"]) if r["end"] else None,
             tuple(a for a in r["aliases"].split(";") if a))
        for r in read_tsv(OFFICES_FILE))


@cache
def _index() -> dict[str, tuple[Term, ...]]:
    out: dict[str, list[Term]] = defaultdict(list)
    for t in terms():
        for key in {normalise(t.name), *(normalise(a) for a in t.aliases)}:
            out[key].append(t)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _state_names() -> dict[str, str]:
    """ISO alpha-3 -> gazetteer name (the first actor with that code)."""
    out: dict[str, str] = {}
    for a in load().actors:
        if a.iso3:
            out.setdefault(a.iso3, a.name)
    return out


@cache
def latest_states() -> dict[str, str]:
    """Every listed name and alias with the state of its latest term (gazetteer names)."""
    by_iso3 = _state_names()
    out: dict[str, tuple[date, str]] = {}
    for t in terms():
        for phrase in (t.name, *t.aliases):
            if phrase not in out or t.start > out[phrase][0]:
                out[phrase] = (t.start, by_iso3.get(t.state, t.state))
    return {phrase: state for phrase, (_, state) in out.items()}


def listed(name: str) -> bool:
    """Does the table know this name at all (whatever the date)?"""
    return normalise(name) in _index()


def holders(name: str, when: str) -> list[Term]:
    """The terms of office a name held at a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    lo, hi = interval(when)
    return [t for t in _index().get(normalise(name), ()) if t.overlaps(lo, hi)]


def resolve(name: str, when: str) -> str | None:
    """The state (gazetteer name) a leader's name stands for at that date; None when the name
    held no listed office then, or offices of two states (a shared surname in one year)."""
    states = {t.state for t in holders(name, when)}
    if len(states) != 1:
        return None
    iso3 = states.pop()
    return _state_names().get(iso3, iso3)


def mentions(text: str, when: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, text, state) for every office-holder named in the text who was in office
    at that date; the longest name wins ("Vladimir Poutine" over "Poutine")."""
    words = list(_WORD.finditer(text))
    keys = _index()
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            span = text[words[i].start():words[i + n - 1].end()]
            if normalise(span) in keys:
                state = resolve(span, when)
                if state is not None:
                    yield words[i].start(), words[i + n - 1].end(), span, state
                    i += n - 1
                    break
        i += 1
