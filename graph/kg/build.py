"""`kg build`: extract relations from documents and write them to the store, incrementally.

Three stages joined by generators: `pending` drops documents whose hash is already stored
(the hash covers the text, its date and language, and the extractor's fingerprint: its code,
lexicon, gazetteer and pair model, so a changed lexicon re-extracts everything), an extractor
turns the rest into (Document, statements) pairs, and `write_batches` replaces each batch of
documents' graphs in one transaction. A run killed midway therefore leaves whole documents
behind, and the next run redoes only those still missing or stale. With `prune`, documents
stored but absent from the input are removed at the end, once every input was read.
Each document is stored with the MinHash of its full text; once the documents are written,
`record_copies` finds the near-duplicates among all of them (graph.analysis.copies) and records
each as `kg:copyOf` its earliest near-duplicate, in the store's copies graph: a syndicated copy
keeps its statements (every report is evidence of its event) but is no new evidence.
A parallel extractor (Dask) plugs in as another `Extractor`; the writer stays serial because
the embedded store has a single writer.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import chain
from pathlib import Path

from pyoxigraph import Literal, Quad

from graph import gazetteer
from graph.analysis.copies import from_signature, match_copies, signature_setting
from graph.errors import KgError
from graph.kg import rdf
from graph.kg.distributed import Pair, batches, dask_extract
from graph.kg.store import Store, open_store
from graph.kg.vocab import KG, relations
from graph.model import Document, Statement
from graph.paths import ONTOLOGY_DIR

Extractor = Callable[[Iterable[Document]], Iterator[Pair]]
Problem = Callable[[str], None]
BATCH_SIZE = 16
_EXTRACT_DIR = Path(__file__).resolve().parent.parent / "extract"


Progress = Callable[[Iterator[Pair], Callable[[], int]], Iterator[Pair]]


@dataclass
class BuildStats:
    read: int = 0
    skipped: int = 0
    updated: int = 0
    statements: int = 0
    removed: int = 0  # documents pruned
    copies: int | None = None  # documents stored that are copies of another; None: not counted
    location: str = ""
    triples: int = 0  # in the whole store once the build is done
    problems: list[str] = field(default_factory=list)  # when no `on_problem` was given

    def summary(self) -> str:
        return (
            f"{self.read} documents read, {self.skipped} unchanged, "
            f"{self.updated} updated, {self.statements} statements"
            f"{f', {self.removed} removed' if self.removed else ''}"
            f"{f', {self.copies} copies of another' if self.copies else ''}; "
            f"{self.location}: {self.triples} triples"
        )


@cache
def extraction_fingerprint() -> str:
    """Changes with anything that changes what extraction makes of a text: the extractor's
    code (graph/extract/*.py), the trigger lexicon and word lists, the gazetteer, the
    relation ontology and the pair model."""
    h = hashlib.sha256()
    files = [
        *sorted((ONTOLOGY_DIR / "triggers").glob("*.tsv")),
        ONTOLOGY_DIR / "actors.json",
        ONTOLOGY_DIR / "alliances.ttl",
        *sorted((ONTOLOGY_DIR / "lexicon").glob("*.tsv")),
        *sorted((_EXTRACT_DIR / "data").glob("*.json")),
        *sorted(_EXTRACT_DIR.glob("*.py")),
    ]
    for path in files:
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.is_file() else b"(missing)")
        h.update(b"\0")
    return h.hexdigest()


def pending(
    documents: Iterable[Document],
    store: Store,
    stats: BuildStats,
    on_problem: Problem,
    stamp: str = "",
    seen: set[str] | None = None,
) -> Iterator[Document]:
    """The documents whose stored graph is missing or was built from other content or by
    another extractor (`stamp`); `seen` collects the ids of every document read."""
    seen = set() if seen is None else seen
    for doc in documents:
        stats.read += 1
        if doc.id in seen:
            on_problem(f"{doc.source}: duplicate document id {doc.id!r}, skipped")
            continue
        seen.add(doc.id)
        if store.document_hash(doc.id) == rdf.stored_hash(doc, stamp):
            stats.skipped += 1
            continue
        yield doc


def _writable(doc: Document, statements: list[Statement], on_problem: Problem) -> list[Statement]:
    """Statements that can be written; the others are reported, not silently stored wrong."""
    known = relations()
    gaz = gazetteer.load()
    kept = []
    for st in statements:
        unknown = [a for a in (st.subject, st.object) if gaz.get(a) is None]
        if st.relation not in known:
            on_problem(f"{doc.source}: unknown relation {st.relation!r}, statement dropped")
        elif unknown:
            on_problem(f"{doc.source}: unknown actor {unknown[0]!r}, statement dropped")
        elif st.doc_id != doc.id:
            on_problem(f"{doc.source}: statement of document {st.doc_id!r} dropped")
        else:
            kept.append(st)
    return kept


def write_batches(
    store: Store,
    pairs: Iterable[Pair],
    stats: BuildStats,
    on_problem: Problem,
    batch_size: int = BATCH_SIZE,
    stamp: str = "",
) -> None:
    """The writer loop: one transaction per batch of documents."""
    checked = ((doc, _writable(doc, statements, on_problem)) for doc, statements in pairs)
    for k, batch in enumerate(batches(checked, batch_size)):
        if k == 0:
            invalidate_copies(store)  # a run killed midway finds them again next time
        documents, statements = store.replace_documents(batch, on_problem, stamp)
        stats.updated += documents
        stats.statements += statements


def _copies_marker() -> Quad:
    return Quad(rdf.COPIES_GRAPH, rdf.n(KG.sourceHash), Literal(signature_setting()),
                rdf.COPIES_GRAPH)


def invalidate_copies(store: Store) -> None:
    store.replace_graphs({rdf.COPIES_GRAPH: []})


def copies_current(store: Store) -> bool:
    """Whether the copies graph was found after the last change, with today's settings."""
    marker = _copies_marker()
    res = store.query("ASK WHERE { GRAPH ?g { ?g kg:sourceHash ?h } }",
                      {"g": rdf.COPIES_GRAPH, "h": marker.object})
    return bool(res.boolean)


def record_copies(store: Store) -> int:
    """Find the near-duplicates among every document stored, from their MinHash signatures,
    and replace the copies graph with them; how many documents are copies."""
    found = match_copies((doc_id, date, from_signature(sig))
                         for doc_id, date, sig in store.signatures())
    quads = [Quad(rdf.doc_iri(c), rdf.n(KG.copyOf), rdf.doc_iri(o), rdf.COPIES_GRAPH)
             for c, o in sorted(found.items())]
    store.replace_graphs({rdf.COPIES_GRAPH: [*quads, _copies_marker()]})
    return len(found)


def serial_extract(documents: Iterable[Document]) -> Iterator[Pair]:
    """graph.extract.pipeline.extract, imported (spaCy loaded) only if some document needs it."""
    todo = iter(documents)
    first = next(todo, None)
    if first is None:
        return
    from graph.extract.pipeline import extract

    yield from extract(chain([first], todo))


_EXTRACTION_ERRORS = (ValueError, RuntimeError, MemoryError, RecursionError, IndexError)


def isolated(
    extract: Extractor, documents: Iterable[Document], on_problem: Problem
) -> Iterator[Pair]:
    """`extract` run so that a document it fails on is reported and skipped, not the run.

    Documents stream through as before; when extraction raises, the documents it held (read
    but not yet given back) are redone one at a time, and the rest go on in a new stream.
    An error of the input itself (not of extraction) is raised as it is.
    """
    source = iter(documents)
    input_error: list[BaseException] = []
    held: deque[Document] = deque()

    def feed() -> Iterator[Document]:
        while True:
            try:
                doc = next(source)
            except StopIteration:
                return
            except BaseException as exc:
                input_error.append(exc)
                raise
            held.append(doc)
            yield doc

    while True:
        try:
            for doc, statements in extract(feed()):
                while held and held[0] is not doc:
                    held.popleft()  # given back without output: nothing to redo
                if held:
                    held.popleft()
                yield doc, statements
            return
        except _EXTRACTION_ERRORS:
            if input_error:
                raise input_error[0] from None
        retry = list(held)
        held.clear()
        for doc in retry:
            try:
                yield from list(extract([doc]))
            except _EXTRACTION_ERRORS as exc:
                text = str(exc).strip()
                first = text.splitlines()[0][:200] if text else ""
                on_problem(f"{doc.source}: document {doc.id!r} not extracted "
                           f"({type(exc).__name__}: {first}), skipped")


def build(
    documents: Iterable[Document],
    store: str | Path | Store,
    workers: int = 0,
    scheduler: str | None = None,
    on_problem: Problem | None = None,
    extractor: Extractor | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    prune: bool = False,
    complete: Callable[[], bool] = lambda: True,
) -> BuildStats:
    """Bring the store up to date with `documents`; the counts, for a summary.

    Each skipped input or statement goes to `on_problem` (else to `stats.problems`).
    `progress(pairs, done_elsewhere)` may wrap the extracted pairs, e.g. in a progress bar;
    `done_elsewhere()` counts the unchanged documents that never reach it. With `prune`, the
    documents stored but not among `documents` are removed, provided `complete()` says,
    once all are read, that no input was skipped (an unreadable file loses nothing).
    """
    if workers < 0:
        raise KgError(f"--workers must be 0 or more, not {workers}")
    extract = extractor or serial_extract
    distributed = extractor is None and bool(workers or scheduler)
    if distributed:
        extract = partial(dask_extract, workers=workers, scheduler=scheduler)
    target = store if isinstance(store, Store) else open_store(store)
    stats = BuildStats(location=target.location)
    report = on_problem or stats.problems.append
    stamp = extraction_fingerprint()
    seen: set[str] = set()
    try:
        todo = pending(documents, target, stats, report, stamp, seen)
        # a Dask cluster keeps its batches; in one process each document fails alone
        pairs = extract(todo) if distributed else isolated(extract, todo, report)
        if progress is not None:
            pairs = progress(pairs, lambda: stats.skipped)
        write_batches(target, pairs, stats, report, batch_size, stamp)
        if prune and complete():
            gone = target.document_ids() - seen
            if gone:
                invalidate_copies(target)
            stats.removed = target.remove_documents(gone)
        elif prune:
            report("--prune not applied: some inputs could not be read, so nothing was removed")
        if not copies_current(target):
            stats.copies = record_copies(target)
        stats.triples = target.triple_count()
    finally:
        if target is not store:
            target.close()
    return stats
