"""Extraction spread over Dask workers, for `kg build --workers N` and `--scheduler ADDRESS`.

Documents go out in batches; each worker process loads the spaCy pipeline once (graph.extract.nlp
caches it per process) and sends back (Document, statements) pairs. Only a bounded window of
batches is in flight, so the client never holds the corpus: memory stays flat however long
the input. The client alone writes to the store, which has a single writer; results arrive in
completion order, which the store does not care about (one named graph per document).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import TypeVar

from graph.errors import KgError
from graph.model import Document, Statement

Pair = tuple[Document, list[Statement]]
T = TypeVar("T")
BATCH_DOCS = 16
IN_FLIGHT_PER_WORKER = 2  # one batch computing, one queued, so a worker never waits
CONNECT_TIMEOUT = "10s"


def extract_batch(documents: list[Document]) -> list[Pair]:
    """Run on a worker: the serial extractor over one batch."""
    from graph.extract.pipeline import extract

    return list(extract(documents, batch_docs=len(documents) or 1))


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last may be shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _client(stack: ExitStack, workers: int, scheduler: str | None):
    """A client of the given scheduler, else of a local cluster started (and stopped) here."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError) as exc:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    )
    return stack.enter_context(Client(cluster))


def dask_extract(
    documents: Iterable[Document],
    workers: int = 0,
    scheduler: str | None = None,
    batch_docs: int = BATCH_DOCS,
) -> Iterator[Pair]:
    """(Document, statements) pairs computed on Dask workers, in completion order.

    The cluster is started only once a document needs extracting, and shut down when the
    iterator is exhausted or closed.
    """
    from distributed import as_completed

    pending = batches(documents, batch_docs)
    first = next(pending, None)
    if first is None:
        return
    with ExitStack() as stack:
        client = _client(stack, workers, scheduler)
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        queue = as_completed()
        queue.add(client.submit(extract_batch, first, pure=False))
        for batch in islice(pending, window - 1):
            queue.add(client.submit(extract_batch, batch, pure=False))
        for future in queue:
            pairs = future.result()
            future.release()
            nxt = next(pending, None)
            if nxt is not None:
                queue.add(client.submit(extract_batch, nxt, pure=False))
            yield from pairs
