"""Refuse SPARQL that makes the engine fetch other URLs (`SERVICE`), unless allowed.

A federated query is a request the server sends on the caller's behalf: from `kg query` or an
endpoint on the loopback, it would reach hosts the caller cannot (server-side request forgery).
The query text is scanned, not parsed, and errs towards refusing: codepoint escapes are decoded
first (SPARQL applies them before parsing), comments, strings and IRIs are blanked so that a
word inside them does not count, and every `SERVICE` keyword left must name an IRI of the
allow-list, written out or through a PREFIX; a variable or a relative IRI never passes.

>>> service_targets("SELECT * WHERE { SERVICE <http://x.org/sparql> { ?s ?p ?o } }")
['http://x.org/sparql']
>>> service_targets('SELECT ?service WHERE { ?s <http://e/service> "SERVICE <http://y>" }')
[]
>>> refuse_services("SELECT * { SERVICE ?where { ?s ?p ?o } }")
Traceback (most recent call last):
...
graph.errors.KgError: SERVICE ?where refused: federated queries are off (allow an endpoint IRI)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.errors import KgError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Long strings before short ones: a scanner that took `"""` for three short strings could be
# made to see as a string what the engine reads as a keyword.
_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n\r]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w?$:.\-])SERVICE(?![\w:\-])", re.IGNORECASE)
_TARGET = re.compile(r"\s*(?:SILENT\s*)?(<[^<>\"{}|^`\\\s]*>|[?$]\w*|[^\s{]*)", re.IGNORECASE)
_PREFIX = re.compile(r"\bPREFIX\s+([\w.\-]*):\s*<([^<>\s]*)>", re.IGNORECASE)


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m[1] or m[2], 16)
        return chr(code) if code <= 0x10FFFF else m[0]

    return _ESCAPE.sub(one, text)


def _blanked(text: str) -> str:
    """Comments, strings and IRIs replaced by spaces of the same length (positions kept)."""
    return _LEXEMES.sub(lambda m: " " * len(m[0]), text)


def service_targets(sparql: str) -> list[str]:
    """What each SERVICE keyword of the query names: an IRI (prefixes expanded), or the
    variable or text found there as written."""
    text = _unescape(sparql)
    blank = _blanked(text)
    prefixes = {m[1]: m[2] for m in _PREFIX.finditer(text)}
    found = []
    for m in _SERVICE.finditer(blank):
        target = _TARGET.match(text, m.end())
        raw = target[1] if target else ""
        if raw.startswith("<"):
            found.append(raw[1:-1])
        elif ":" in raw and raw.split(":", 1)[0] in prefixes:
            prefix, local = raw.split(":", 1)
            found.append(prefixes[prefix] + local)
        else:
            found.append(raw or "(nothing)")
    return found


def refuse_services(sparql: str, allowed: Iterable[str] = ()) -> None:
    """KgError unless every SERVICE of the query names an allowed absolute IRI."""
    allow = set(allowed)
    for target in service_targets(sparql):
        if target not in allow or "://" not in target:
            why = "not in the allow-list" if allow else "federated queries are off"
            shown = target if target.startswith(("?", "$", "(")) else f"<{target}>"
            raise KgError(f"SERVICE {shown} refused: {why} (allow an endpoint IRI)")
