"""A progress bar on stderr for long runs of `kg build` and `kg extract`.

Shown only when stderr is a terminal: in a pipe, a log file or CI the bar would be noise mixed
with the one-line problem reports. The total is counted cheaply from the inputs (one per .txt
file, one per non-blank .jsonl line) so that the bar can show an ETA; counting reads the bytes
once, which costs little beside parsing them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

from graph.model import Document, Statement

Pair = TypeVar("Pair", bound=tuple[Document, list[Statement]])


def enabled() -> bool:
    return sys.stderr.isatty()


def track(
    pairs: Iterable[Pair],
    total: int | None = None,
    done_elsewhere: Callable[[], int] = lambda: 0,
) -> Iterator[Pair]:
    """Yield `pairs` unchanged while counting documents and statements on a bar.

    `done_elsewhere` counts documents finished without passing here (unchanged ones that
    `kg build` skips), so that the bar reaches its total.
    """
    if not enabled():
        yield from pairs
        return
    done = statements = 0
    with tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True) as bar:
        for pair in pairs:
            done += 1
            statements += len(pair[1])
            bar.set_postfix(statements=statements, refresh=False)
            bar.update(done + done_elsewhere() - bar.n)
            yield pair
