"""Event dates stated in a sentence, resolved against the document date.

News rarely gives a full date: "en août", "dans la nuit du 31 mars au 1er avril", "depuis 2022",
"on Monday". Each expression is resolved to ISO 8601 with its precision (day, month, year), in
the past of the document date when the year is left out, since news reports what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str  # ISO 8601 truncated to the precision
    precision: str  # day | month | year
    start: int  # character offsets in the sentence
    end: int


def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    months = {v.lower(): k for k, v in get_month_names("wide", locale=lang).items()}
    short = get_month_names("abbreviated", locale=lang)
    months |= {v.lower().rstrip("."): k for k, v in short.items()}
    if lang == "fr":
        months |= {"fevrier": 2, "aout": 8, "decembre": 12}
    # babel numbers weekdays from Monday = 0, like date.weekday()
    days = {v.lower(): k for k, v in get_day_names("wide", locale=lang).items()}
    return months, days


_MONTHS = {lang: _names(lang)[0] for lang in ("fr", "en")}
_DAYS = {lang: _names(lang)[1] for lang in ("fr", "en")}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words if len(w) > 2), key=len, reverse=True))


def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    m, d = _alt(_MONTHS[lang]), _alt(_DAYS[lang])
    year = r"(?P<year>(?:19|20)\d\d)"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
    span = r"(?:et|au|and|to|-)\s+[0-3]?\d(?:er)?"  # "du 27 au 29 mai": the first day counts
    pats = [
        ("iso", r"\b(?P<iso>(?:19|20)\d\d-\d\d(?:-\d\d)?)\b"),
        ("dmy", rf"\b{day}\s+(?:{span}\s+)?(?P<month>{m})(?:\s+{year})?\b"),
        ("mdy", rf"\b(?P<month>{m})\s+{day}(?:,?\s+{year})?\b"),
        ("my", rf"\b(?P<month>{m})\s+{year}\b"),
        ("m", rf"\b(?:en|in|début|fin|mi-|early|late|mid-)\s*(?P<month>{m})\b"),
        ("y", rf"\b(?:en|depuis|in|since|au printemps|à l'été|à l’automne|en hiver)\s+{year}\b"),
        ("wd", rf"\b(?P<weekday>{d})\b"),
    ]
    return [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]


_PATTERNS = {lang: _patterns(lang) for lang in ("fr", "en")}


def parse_doc_date(value: str | None) -> date | None:
    """The document date as a day (the first of the month or year when less precise)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    parts += [1] * (3 - len(parts))
    try:
        return date(*parts[:3])
    except ValueError:
        return None


def find_dates(sentence: str, lang: str, doc_date: str | None) -> list[EventDate]:
    """Dates stated in `sentence`, left to right, without overlaps."""
    ref = parse_doc_date(doc_date)
    found: list[EventDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS.get(lang, _PATTERNS["fr"]):
        for m in pat.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            resolved = _resolve(kind, m, lang, ref)
            if resolved:
                found.append(EventDate(resolved[0], resolved[1], m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match[str], lang: str, ref: date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind == "iso":
        iso = g["iso"]
        return iso, "day" if iso.count("-") == 2 else "month"
    if kind == "wd":
        if ref is None:
            return None
        back = (ref.weekday() - _DAYS[lang][g["weekday"].lower()]) % 7
        return (ref - timedelta(days=back)).isoformat(), "day"
    month = _MONTHS[lang].get(g["month"].lower().rstrip(".")) if g.get("month") else None
    year = int(g["year"]) if g.get("year") else None
    if year is None and month is not None:
        if ref is None:
            return None
        year = ref.year if month <= ref.month else ref.year - 1
    if year is None:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if g.get("day"):
        try:
            return date(year, month, int(g["day"])).isoformat(), "day"
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}", "month"


def nearest(dates: list[EventDate], position: int) -> EventDate | None:
    """The date expression closest to a trigger at `position` in the sentence."""
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - position), abs(d.end - position)))
