"""The triple store: an embedded Oxigraph directory or a remote SPARQL 1.1 endpoint.

Both speak SPARQL text only (queries and updates), so they share every method but two. A
document's graph is replaced by one SPARQL Update request (DROP GRAPH then INSERT DATA), which
Oxigraph and SPARQL servers apply as one transaction: a write that fails or a run that is
killed leaves each document either wholly old or wholly new, never half written.

Queries see the union of all named graphs as their default graph; an endpoint must be set up
the same way (`oxigraph serve --union-default-graph`, which `kg serve` does).
"""

from __future__ import annotations

import fcntl
import os
import queue
import re
import threading
import traceback
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import KgError
from graph.io.atomic import atomic_output
from graph.kg import rdf
from graph.kg.guard import service_targets
from graph.model import Document, Period, Statement, in_period

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Batch = Iterable[tuple[Document, list[Statement]]]
DUMP_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
SERVE_LOCK = "kg-serve.lock"  # held by a read-only `kg serve`, so that no build writes unseen
_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in rdf.PREFIXES.items())
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# IRIs and strings may contain '#', so comments are found by skipping over them.
_TOKENS = re.compile(r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*""")


def _dicts(self: Result | Stream) -> Iterator[dict[str, Term]]:
    """Each row as {variable: term}, unbound variables left out."""
    for row in self.rows:
        yield {v: t for v, t in zip(self.variables, row, strict=True) if t is not None}


@dataclass
class Result:
    """Query results held in memory: rows for SELECT, a boolean for ASK, triples otherwise."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

    dicts = _dicts


@dataclass
class Stream:
    """Query results as they come: `rows` (SELECT) or `triples` (CONSTRUCT, DESCRIBE) are
    iterators read once, `boolean` is ASK's answer. Nothing is held beyond one batch."""

    variables: list[str] = field(default_factory=list)
    rows: Iterator[tuple[Term | None, ...]] = field(default_factory=lambda: iter(()))
    boolean: bool | None = None
    triples: Iterator[ox.Triple] | None = None

    dicts = _dicts


def engine_error(location: str, sparql: str, exc: Exception,
                 doing: str = "the query failed") -> KgError:
    """One line for an error the engine raised while answering: a SERVICE call that failed
    (named by its IRI), a corrupted store (named by its path), or another failure."""
    text = str(exc).strip()
    detail = " ".join(text.splitlines()[0].split()) if text else type(exc).__name__
    detail = detail.removesuffix(" with payload:")
    if "Corruption" in detail:
        return KgError(f"{location}: the store is corrupted ({detail}); "
                       "build it again into an empty directory")
    services = service_targets(sparql)
    if services and isinstance(exc, OSError):
        return KgError(f"SERVICE {' '.join(f'<{s}>' for s in services)} failed: {detail}")
    return KgError(f"{location}: {doing}: {detail}")


def in_background(produce: Callable[[], Iterable[object]], batch: int = 256) -> Iterator[object]:
    """The items of `produce()`, computed on a daemon thread and handed over in batches
    through a small queue: the caller writes them as they come, memory stays bounded, and
    Ctrl-C reaches the caller even while the engine computes (Oxigraph releases the GIL),
    instead of waiting for a count over a cartesian product to end. The caller stopping (an
    error, Ctrl-C) stops the thread at its next item; an item it is computing is abandoned,
    the thread being a daemon."""
    handed: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def hand(kind: str, value: object) -> bool:
        while not stop.is_set():
            try:
                handed.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            items: list[object] = []
            for item in produce():
                items.append(item)
                # a waiting reader gets each item at once, a busy one gets them in batches
                if len(items) >= batch or handed.empty():
                    if not hand("items", items):
                        return
                    items = []
            if not items or hand("items", items):
                hand("done", None)
        except BaseException as exc:  # raised again in the reader
            # the engine's result objects must be dropped on the thread that made them:
            # free the frames' locals here, keeping the lines of the traceback
            seen: BaseException | None = exc
            while seen is not None:
                traceback.clear_frames(seen.__traceback__)
                seen = seen.__context__
            hand("error", exc)

    threading.Thread(target=work, name="kg-query", daemon=True).start()
    try:
        while True:
            try:
                kind, value = handed.get(timeout=0.1)  # short waits: Ctrl-C is seen at once
            except queue.Empty:
                continue
            if kind == "done":
                return
            if kind == "error":
                raise value  # type: ignore[misc]
            yield from value  # type: ignore[misc]
    finally:
        stop.set()


def _result(raw: object) -> Result:
    if isinstance(raw, ox.QuerySolutions):
        names = [v.value for v in raw.variables]
        return Result(names, [tuple(sol[v] for v in names) for sol in raw])
    if isinstance(raw, ox.QueryBoolean):
        return Result(boolean=bool(raw))
    return Result(triples=list(raw))  # type: ignore[call-overload]


def _triples_text(quads: list[ox.Quad]) -> str:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)


def replace_graphs_update(graphs: Mapping[ox.NamedNode, list[ox.Quad]]) -> str:
    """One SPARQL Update that replaces whole graphs; terms are serialised, never spliced."""
    parts = [f"DROP SILENT GRAPH {g}" for g in graphs]
    body = "\n".join(
        f"GRAPH {g} {{\n{_triples_text(quads)}}}" for g, quads in graphs.items() if quads
    )
    if body:
        parts.append(f"INSERT DATA {{\n{body}\n}}")
    return " ;\n".join(parts)


def bind(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Pre-bind variables by a VALUES block opening the WHERE clause.

    The terms are serialised by pyoxigraph (N-Triples escaping), so a value can never close a
    string or an IRI and add SPARQL of its own. Every engine evaluates this the same way, which
    Oxigraph's `substitutions` would not: it requires the variable to be projected.
    """
    if not bindings:
        return sparql
    bad = [k for k in bindings if not _VARIABLE.fullmatch(k)]
    if bad:
        raise KgError(f"parameter name {bad[0]!r} is not a SPARQL variable name")
    # comments, strings and IRIs blanked (same length): a "WHERE {" inside them is no clause
    blanked = _TOKENS.sub(lambda m: " " * len(m[0]), sparql)
    match = _WHERE.search(blanked)
    if match is None:
        raise KgError("cannot bind parameters: the query has no WHERE { ... } clause")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(t) for t in bindings.values())
    cut = match.end()
    return f"{sparql[:cut]}\n  VALUES ({names}) {{ ({terms}) }}{sparql[cut:]}"


class Store:
    """What the pipeline needs from a triple store; subclasses only move SPARQL text."""

    location: str

    def _query(self, sparql: str) -> Result:
        raise NotImplementedError

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (the embedded one holds a lock on its directory)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        """Run a query; `bindings` pre-bind variables to RDF terms, see `bind`."""
        return self._query(bind(sparql, bindings or {}))

    def stream(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Stream:
        """Run a query whose results are read as they come (see Stream)."""
        return self._stream(bind(sparql, bindings or {}))

    def _stream(self, sparql: str) -> Stream:
        res = self._query(sparql)
        triples = None if res.triples is None else iter(res.triples)
        return Stream(res.variables, iter(res.rows), res.boolean, triples)

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update as one transaction."""
        self._update(sparql)

    def document_hash(self, doc_id: str) -> str | None:
        node = rdf.doc_iri(doc_id)
        res = self.query("SELECT ?h WHERE { GRAPH ?doc { ?doc kg:contentHash ?h } }", {"doc": node})
        return res.rows[0][0].value if res.rows else None  # type: ignore[union-attr]

    def document_ids(self) -> set[str]:
        """The ids of every document stored."""
        res = self.query(
            "SELECT ?id WHERE { GRAPH ?doc { ?doc a kg:Document ; dcterms:identifier ?id } }"
        )
        return {row[0].value for row in res.rows}  # type: ignore[union-attr]

    def remove_documents(self, doc_ids: Iterable[str]) -> int:
        """Drop the graphs of these documents in one transaction; how many."""
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {rdf.doc_iri(i): [] for i in doc_ids}
        self.replace_graphs(graphs)
        return len(graphs)

    def replace_documents(
        self,
        batch: Batch,
        on_problem: Callable[[str], None] | None = None,
        stamp: str = "",
    ) -> tuple[int, int]:
        """Replace the named graph of every document in the batch, all in one transaction.

        Returns (documents, statements) written. A document that cannot be written (a
        malformed date) is reported to `on_problem` and left out; without `on_problem` it
        fails the whole batch (KgError) before anything is written. `stamp` (the extractor's
        fingerprint) is stored with each content hash, see `rdf.stored_hash`.
        """
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        count = 0
        for doc, statements in batch:
            try:
                graphs[rdf.doc_iri(doc.id)] = rdf.document_quads(doc, statements, stamp)
            except (ValueError, KeyError) as exc:
                problem = f"{doc.source}: document {doc.id!r} not stored: {exc}"
                if on_problem is None:
                    raise KgError(problem) from None
                on_problem(problem)
                continue
            count += len(statements)
        self.replace_graphs(graphs)
        return len(graphs), count

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, list[ox.Quad]]) -> None:
        if graphs:
            self._update(replace_graphs_update(graphs))

    def ensure_ontology(self) -> None:
        """Load the ontology and actors into their graph unless the stored copy is current."""
        res = self.query(
            "SELECT ?h WHERE { GRAPH ?g { ?g kg:sourceHash ?h } }", {"g": rdf.ONTOLOGY_GRAPH}
        )
        if not any(r[0].value == rdf.ontology_fingerprint() for r in res.rows):  # type: ignore[union-attr]
            self.replace_graphs({rdf.ONTOLOGY_GRAPH: rdf.ontology_quads()})

    def statements(
        self,
        period: Period | None = None,
        min_confidence: float = 0.0,
    ) -> Iterator[Statement]:
        """Every statement stored, negated and hypothetical ones included (their flags say so).

        `period` is (from, to), ISO dates of any precision, either side None; it is compared
        with the event date, else the document date (graph.model.in_period).
        """
        res = self.query(rdf.STATEMENTS_QUERY, {"minConfidence": ox.Literal(float(min_confidence))})
        for row in res.dicts():
            st = rdf.statement_from_row(row)
            if in_period(st.date, period):
                yield st

    def signatures(self) -> list[tuple[str, str | None, str]]:
        """(id, date, MinHash signature) of every document stored with one."""
        res = self.query(
            "SELECT ?id ?date ?sig WHERE { GRAPH ?doc { ?doc a kg:Document ; "
            "dcterms:identifier ?id ; kg:minhash ?sig OPTIONAL { ?doc dcterms:date ?date } } }"
        )
        return [(i.value, d.value if d is not None else None, sig.value)  # type: ignore[union-attr]
                for i, d, sig in res.rows]

    def copies(self) -> dict[str, str] | None:
        """{copy document id: original id} as the last `kg build` found them; None when no
        document has a MinHash signature (a store built before signatures were stored)."""
        if not self.query("ASK { GRAPH ?doc { ?doc kg:minhash ?sig } }").boolean:
            return None
        res = self.query(
            "SELECT ?copy ?original WHERE { GRAPH ?g { ?c kg:copyOf ?o } "
            "GRAPH ?c { ?c dcterms:identifier ?copy } "
            "GRAPH ?o { ?o dcterms:identifier ?original } }",
            {"g": rdf.COPIES_GRAPH},
        )
        return {c.value: o.value for c, o in res.rows}  # type: ignore[union-attr]

    def quads(self) -> Iterator[ox.Quad]:
        res = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        for s, p, o, g in res.rows:
            yield ox.Quad(s, p, o, g)  # type: ignore[arg-type]

    def triple_count(self) -> int:
        """Number of quads over all named graphs (nothing is written to the default graph)."""
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(res.rows[0][0].value)  # type: ignore[union-attr]

    def dump(self, path: str | os.PathLike[str], fmt: str) -> None:
        """Write the dataset to a file atomically; Turtle, having no graphs, gets their merge."""
        if fmt not in DUMP_FORMATS:
            raise KgError(f"unknown RDF format {fmt!r}; known: {', '.join(DUMP_FORMATS)}")
        quads: Iterable[ox.Quad | ox.Triple] = self.quads()
        if fmt == "ttl":
            quads = dict.fromkeys(q.triple for q in quads)
        with atomic_output(path) as tmp, open(tmp, "wb") as out:
            ox.serialize(quads, out, DUMP_FORMATS[fmt], prefixes=rdf.PREFIXES)


def hold_serve_lock(path: str | os.PathLike[str]):
    """An open file holding the store's serve lock (released when closed); KgError if held."""
    lock = open(Path(path) / SERVE_LOCK, "a+b")  # noqa: SIM115 (the caller closes it)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise KgError(
            f"{path}: the store is being served by `kg serve`; stop it before writing "
            "(the server would not see new data), or build into another store"
        ) from None
    return lock


class OxigraphStore(Store):
    """The embedded store: a RocksDB directory, locked by one writing process at a time."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.location = str(path)
        self.read_only = read_only
        if not read_only and (path / SERVE_LOCK).exists():
            hold_serve_lock(path).close()  # only checks that no server holds it
        try:
            if read_only:
                if not path.is_dir():
                    raise KgError(f"{path}: no store here (run `kg build` first)")
                self._ox: ox.Store | None = ox.Store.read_only(str(path))
            else:
                self._ox = ox.Store(str(path))
        except OSError as exc:
            hint = " (is `kg serve` or another `kg build` using it?)" if "lock" in str(exc) else ""
            raise KgError(f"{path}: cannot open store: {exc}{hint}") from None
        except RuntimeError as exc:  # RocksDB's "Corruption: ..." (garbage in the directory)
            raise engine_error(str(path), "", exc, "cannot open store") from None
        if not read_only:
            self.ensure_ontology()

    @property
    def _store(self) -> ox.Store:
        if self._ox is None:
            raise KgError(f"{self.location}: store is closed")
        return self._ox

    @contextmanager
    def _answering(self, sparql: str) -> Iterator[None]:
        """The engine's errors while running or reading a query, as one-line KgErrors."""
        try:
            yield
        except SyntaxError as exc:
            raise KgError(f"bad SPARQL: {str(exc).splitlines()[0]}") from None
        except (OSError, RuntimeError) as exc:
            raise engine_error(self.location, sparql, exc) from None

    def _run(self, sparql: str) -> object:
        return self._store.query(sparql, prefixes=rdf.PREFIXES, use_default_graph_as_union=True)

    def _query(self, sparql: str) -> Result:
        with self._answering(sparql):
            return _result(self._run(sparql))

    def _stream(self, sparql: str) -> Stream:
        def produce() -> Iterator[object]:
            with self._answering(sparql):
                raw = self._run(sparql)
                if isinstance(raw, ox.QuerySolutions):
                    names = [v.value for v in raw.variables]
                    yield names
                    for sol in raw:
                        yield tuple(sol[v] for v in names)
                elif isinstance(raw, ox.QueryBoolean):
                    yield bool(raw)
                else:
                    yield None
                    yield from raw  # type: ignore[call-overload]

        items = in_background(produce)
        head = next(items)
        if isinstance(head, bool):
            return Stream(boolean=head)
        if head is None:
            return Stream(triples=items)  # type: ignore[arg-type]
        return Stream(head, items)  # type: ignore[arg-type]

    def _update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=rdf.PREFIXES)
        except SyntaxError as exc:
            raise KgError(f"bad SPARQL update: {str(exc).splitlines()[0]}") from None
        except (OSError, RuntimeError) as exc:
            raise engine_error(self.location, "", exc, "the update failed") from None

    def quads(self) -> Iterator[ox.Quad]:
        try:
            yield from self._store
        except (OSError, RuntimeError) as exc:
            raise engine_error(self.location, "", exc, "cannot read store") from None

    def triple_count(self) -> int:
        try:
            return len(self._store)
        except (OSError, RuntimeError) as exc:
            raise engine_error(self.location, "", exc, "cannot read store") from None

    def close(self) -> None:
        if self._ox is not None and not self.read_only:
            self._ox.flush()
            self._ox = None  # dropping the last reference releases the directory lock


class EndpointStore(Store):
    """A SPARQL 1.1 server: `URL/query` and `URL/update` (Oxigraph, Fuseki dataset URLs)."""

    def __init__(
        self, url: str, read_only: bool = False, timeout: float = 60.0, token: str | None = None
    ) -> None:
        self.location = url.rstrip("/")
        base = re.sub(r"/(query|sparql)$", "", self.location)
        self.query_url, self.update_url = f"{base}/query", f"{base}/update"
        self.timeout = timeout
        # the bearer token a `kg serve --writable` endpoint wants for updates
        self.token = token if token is not None else os.environ.get("KG_SERVE_TOKEN")
        if not read_only:
            self.ensure_ontology()

    def _post(self, url: str, body: str, content_type: str, accept: str) -> tuple[str, bytes]:
        headers = {"Content-Type": content_type, "Accept": accept}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(
            url, data=body.encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get_content_type(), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            first = detail[0] if detail else exc.reason
            raise KgError(f"{url}: HTTP {exc.code}: {first}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise KgError(f"{url}: cannot reach the SPARQL endpoint: {exc}") from None

    def _query(self, sparql: str) -> Result:
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        ctype, body = self._post(
            self.query_url, _PROLOGUE + sparql, "application/sparql-query", accept
        )
        try:
            if ctype == "application/sparql-results+json":
                return _result(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
            fmt = ox.RdfFormat.from_media_type(ctype)
            if fmt is None:
                raise KgError(f"{self.query_url}: unexpected response type {ctype}")
            return Result(triples=[q.triple for q in ox.parse(body, fmt)])
        except (SyntaxError, ValueError):
            # Oxigraph has sent 200 and part of the results when a SERVICE call (or anything
            # else) fails: it ends the body with the error's text
            tail = " ".join(body[-120:].decode("utf-8", "replace").split())
            broke = OSError(f"the answer broke off, ending with: {tail}")
            raise engine_error(self.query_url, sparql, broke) from None

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, _PROLOGUE + sparql, "application/sparql-update", "*/*")


def open_store(location: str | os.PathLike[str], read_only: bool = False) -> Store:
    """A directory path opens (or creates) an embedded store; an http(s) URL, an endpoint."""
    text = str(location)
    if re.match(r"https?://", text):
        return EndpointStore(text, read_only=read_only)
    return OxigraphStore(Path(text), read_only=read_only)
