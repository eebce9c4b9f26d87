"""`kg serve`: the store as a SPARQL 1.1 endpoint, by Oxigraph's own HTTP server.

The server (the `oxigraph` package's binary) speaks the full protocol: /query, /update and the
Graph Store protocol on /store. It is read-only unless --writable, binds to 127.0.0.1 only, and
shows the union of all graphs as the default graph, as `kg query` does.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from graph.errors import KgError
from graph.kg.store import open_store


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise KgError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def server_command(store: str, port: int, writable: bool) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    return [
        oxigraph_binary(),
        mode,
        "--location",
        store,
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
    ]


def serve(
    store: str,
    port: int = 7878,
    writable: bool = False,
    announce: Callable[[str], None] = lambda _url: None,
) -> int:
    """Run the server in the foreground until it exits or Ctrl-C; its exit status.

    `announce` is told the query URL once the store is ready, before the server starts.
    """
    if "://" in store:
        raise KgError(f"{store}: kg serve needs a store directory, not an endpoint URL")
    if not 0 < port < 65536:
        raise KgError(f"--port {port}: not a TCP port")
    # open once to create the store and bring its ontology graph up to date, then let go
    open_store(store).close()
    command = server_command(store, port, writable)
    announce(f"http://127.0.0.1:{port}/query")
    with subprocess.Popen(command) as proc:
        # a terminated `kg serve` must not leave the server running without it
        signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            raise
