"""`kg query`: SPARQL against the store, saved queries, parameters bound as RDF terms.

A saved query is ontology/queries/NAME.rq; its comment header describes it and declares its
parameters, one line each: `# param NAME: KIND, description`, KIND being `actor` (a canonical
name, id or French name, resolved through the gazetteer to the actor IRI) or `relation` (a
relation code); an actor or relation code that does not exist is an error naming the nearest
ones (difflib). Values become RDF terms bound through a VALUES block (store.bind), never text
spliced into the query, so `Mali" } DROP ALL {` is at most an unknown name.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox
from rdflib.namespace import XSD

from graph import gazetteer
from graph.errors import KgError
from graph.kg import rdf
from graph.kg.store import Result, Stream, Term
from graph.kg.vocab import ACTOR, relations
from graph.paths import ONTOLOGY_DIR

QUERIES_DIR = ONTOLOGY_DIR / "queries"
RESULT_FORMATS = ("table", "csv", "json")
# kg query also writes SPARQL 1.1 TSV: terms in N-Triples syntax, so tabs and newlines of a
# value are escaped inside its cell
QUERY_FORMATS = (*RESULT_FORMATS, "tsv")
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*,?\s*(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    description: str
    params: dict[str, str]  # name -> kind


def parse_saved(name: str, text: str) -> SavedQuery:
    header = [line for line in text.splitlines() if line.startswith("#")]
    first = header[0].lstrip("# ") if header else name
    return SavedQuery(
        name=name,
        text=text,
        description=first.split(":", 1)[-1].strip(),
        params={m[1]: m[2] for m in _PARAM.finditer(text)},
    )


def saved_queries(directory: Path = QUERIES_DIR) -> dict[str, SavedQuery]:
    return {
        p.stem: parse_saved(p.stem, p.read_text(encoding="utf-8"))
        for p in sorted(directory.glob("*.rq"))
    }


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise KgError(f"unknown saved query {name!r}; known: {', '.join(queries)}")
    return queries[name]


def term(kind: str, value: str, name: str = "") -> Term:
    """The RDF term a parameter value stands for; KgError for an actor or relation code that
    does not exist, proposing the nearest names."""
    label = f"--param {name}={value}" if name else repr(value)
    if kind == "actor":
        actor = gazetteer.load().get(value.strip())
        if actor is None:
            raise KgError(f"{label}: no such actor{_nearest(value, _actor_names())}")
        return rdf.n(ACTOR[actor.id])
    if kind == "relation":
        codes = list(relations())
        if value.strip() not in codes:
            raise KgError(f"{label}: no such relation{_nearest(value, {c: c for c in codes})}")
        return ox.Literal(value.strip())
    if kind == "text":
        return ox.Literal(value)
    raise KgError(f"unknown parameter kind {kind!r} (actor, relation or text)")


def _actor_names() -> dict[str, str]:
    """Every name an actor goes by (case-folded) -> its canonical name."""
    names: dict[str, str] = {}
    for a in gazetteer.load().actors:
        for form in (a.name, a.id, a.label_fr, *a.names_en, *a.names_fr, *a.acronyms):
            names.setdefault(form.casefold(), a.name)
    return names


def _nearest(value: str, names: dict[str, str]) -> str:
    """'; did you mean A, B or C?' over names (folded form -> shown name), or ''."""
    close = difflib.get_close_matches(value.strip().casefold(), list(names), n=8, cutoff=0.6)
    shown = list(dict.fromkeys(names[c] for c in close))[:3]
    if not shown:
        return ""
    if len(shown) == 1:
        return f"; did you mean {shown[0]}?"
    return f"; did you mean {', '.join(shown[:-1])} or {shown[-1]}?"


def bindings(query: SavedQuery, pairs: list[str]) -> dict[str, Term]:
    """`--param name=value` pairs as terms; a declared parameter left out is an error."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise KgError(f"--param {pair!r}: expected name=value")
        if query.params and name not in query.params:
            raise KgError(f"query {query.name} has no parameter {name!r}: {_usage(query)}")
        values[name] = value
    missing = [p for p in query.params if p not in values]
    if missing:
        raise KgError(f"query {query.name} needs --param {missing[0]}=...: {_usage(query)}")
    # without a header, a value naming an actor is taken as the actor
    kinds = {
        n: query.params.get(n, "actor" if gazetteer.load().get(v) else "text")
        for n, v in values.items()
    }
    return {n: term(kinds[n], v, n) for n, v in values.items()}


def _usage(query: SavedQuery) -> str:
    return " ".join(f"{p}=<{k}>" for p, k in query.params.items()) or "no parameters"


def compact(t: Term | None) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        for prefix, iri in rdf.PREFIXES.items():
            if t.value.startswith(iri):
                return f"{prefix}:{t.value[len(iri) :]}"
        return t.value
    return str(t) if isinstance(t, ox.Triple) else t.value


def _json_term(t: Term) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != str(XSD.string):
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": str(t)}


def write_result(result: Result | Stream, out: TextIO, fmt: str) -> None:
    """Write results in `fmt`; csv, tsv, json and triples row by row as they come (a Stream
    is never held whole), the aligned table after reading every row (for people)."""
    if result.triples is not None:
        for t in result.triples:
            out.write(f"{t} .\n")
    elif fmt == "json":
        if result.boolean is not None:
            json.dump({"head": {}, "boolean": result.boolean}, out, ensure_ascii=False, indent=1)
            out.write("\n")
            return
        head = json.dumps({"vars": result.variables}, ensure_ascii=False)
        out.write(f'{{"head": {head},\n "results": {{"bindings": [')
        sep = "\n  "
        for row in result.dicts():
            bound = {v: _json_term(t) for v, t in row.items()}
            out.write(sep + json.dumps(bound, ensure_ascii=False))
            sep = ",\n  "
        out.write("\n ]}}\n")
    elif result.boolean is not None:
        out.write(f"{str(result.boolean).lower()}\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([("" if t is None else t.value) for t in row])
    elif fmt == "tsv":
        out.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            out.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    else:
        _write_table(result, out)


def _write_table(result: Result | Stream, out: TextIO) -> None:
    cells = [[compact(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    for row in [result.variables, *cells]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(cells)} rows)\n")


def resolve_query(sparql: str | None, file: str | None, saved: str | None) -> SavedQuery:
    """The query given as text, as a .rq file or as a saved query's name (exactly one)."""
    given = [x for x in (sparql, file, saved) if x]
    if len(given) != 1:
        raise KgError("give exactly one of: a SPARQL query, --file Q.rq, --saved NAME")
    if saved:
        return saved_query(saved)
    if file:
        path = Path(file)
        try:
            return parse_saved(path.stem, path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise KgError(f"{path}: {exc.strerror}") from None
    return parse_saved("query", sparql or "")
