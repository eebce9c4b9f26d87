"""`kg build`: extract relations from documents and write them to the store, incrementally.

Three stages joined by generators: `pending` drops documents whose content hash is already
stored, an extractor turns the rest into (Document, statements) pairs, and `write_batches`
replaces each batch of documents' graphs in one transaction. A run killed midway therefore
leaves whole documents behind, and the next run redoes only those still missing or stale.
A parallel extractor (Dask) plugs in as another `Extractor`; the writer stays serial because
the embedded store has a single writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

from graph import gazetteer
from graph.errors import KgError
from graph.kg.distributed import batches, dask_extract
from graph.kg.store import Store, open_store
from graph.kg.vocab import relations
from graph.model import Document, Statement

Pair = tuple[Document, list[Statement]]
Extractor = Callable[[Iterable[Document]], Iterator[Pair]]
Problem = Callable[[str], None]
BATCH_SIZE = 16


Progress = Callable[[Iterator[Pair], Callable[[], int]], Iterator[Pair]]


@dataclass
class BuildStats:
    read: int = 0
    skipped: int = 0
    updated: int = 0
    statements: int = 0
    location: str = ""
    triples: int = 0  # in the whole store once the build is done
    problems: list[str] = field(default_factory=list)  # when no `on_problem` was given

    def summary(self) -> str:
        return (
            f"{self.read} documents read, {self.skipped} unchanged, "
            f"{self.updated} updated, {self.statements} statements; "
            f"{self.location}: {self.triples} triples"
        )


def pending(
    documents: Iterable[Document], store: Store, stats: BuildStats, on_problem: Problem
) -> Iterator[Document]:
    """The documents whose stored graph is missing or was built from other content."""
    seen: set[str] = set()
    for doc in documents:
        stats.read += 1
        if doc.id in seen:
            on_problem(f"{doc.source}: duplicate document id {doc.id!r}, skipped")
            continue
        seen.add(doc.id)
        if store.document_hash(doc.id) == doc.content_hash:
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
) -> None:
    """The writer loop: one transaction per batch of documents."""
    checked = ((doc, _writable(doc, statements, on_problem)) for doc, statements in pairs)
    for batch in batches(checked, batch_size):
        documents, statements = store.replace_documents(batch, on_problem)
        stats.updated += documents
        stats.statements += statements


def serial_extract(documents: Iterable[Document]) -> Iterator[Pair]:
    """graph.extract.pipeline.extract, imported (spaCy loaded) only if some document needs it."""
    todo = iter(documents)
    first = next(todo, None)
    if first is None:
        return
    from graph.extract.pipeline import extract

    yield from extract(chain([first], todo))


def build(
    documents: Iterable[Document],
    store: str | Path | Store,
    workers: int = 0,
    scheduler: str | None = None,
    on_problem: Problem | None = None,
    extractor: Extractor | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> BuildStats:
    """Bring the store up to date with `documents`; the counts, for a summary.

    Each skipped input or statement goes to `on_problem` (else to `stats.problems`).
    `progress(pairs, done_elsewhere)` may wrap the extracted pairs, e.g. in a progress bar;
    `done_elsewhere()` counts the unchanged documents that never reach it.
    """
    if workers < 0:
        raise KgError(f"--workers must be 0 or more, not {workers}")
    extract = extractor or serial_extract
    if extractor is None and (workers or scheduler):
        extract = partial(dask_extract, workers=workers, scheduler=scheduler)
    target = store if isinstance(store, Store) else open_store(store)
    stats = BuildStats(location=target.location)
    report = on_problem or stats.problems.append
    try:
        todo = pending(documents, target, stats, report)
        pairs = extract(todo)
        if progress is not None:
            pairs = progress(pairs, lambda: stats.skipped)
        write_batches(target, pairs, stats, report, batch_size)
        stats.triples = target.triple_count()
    finally:
        if target is not store:
            target.close()
    return stats
