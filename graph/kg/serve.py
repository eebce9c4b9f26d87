"""`kg serve`: the store as a SPARQL 1.1 endpoint, Oxigraph's server behind a small guard.

The server (the `oxigraph` package's binary) speaks the full protocol: /query, /update and the
Graph Store protocol on /store, with the union of all graphs as the default graph, as
`kg query` has it. It listens on a private loopback port; what listens on the port the user
names is a proxy in this process that checks every request before passing it on:

- the Host header must name the bound address (127.0.0.1 or localhost with its port), so a
  web page cannot reach the endpoint through DNS rebinding;
- a `SERVICE` clause, which makes the server fetch a URL, is refused unless its endpoint is on
  the allow-list (graph.kg.guard);
- read-only (the default): writes are refused, and this process holds the store's write lock
  for as long as it serves, so a `kg build` on the same store says so instead of writing data
  the server would never see; --writable: writes need `Authorization: Bearer TOKEN`, and a
  request from a browser (an Origin header) must come from the endpoint's own page;
- CORS (--cors ORIGIN): the proxy, not Oxigraph (whose --cors answers every origin with `*`),
  answers preflights for the named origins only, on the query routes only (/query, /sparql),
  and marks their responses readable by that page; writes from another origin stay refused;
- queries time out: Oxigraph's --timeout-s, and since some queries (a cartesian COUNT) do not
  heed it, a query still silent a moment after the timeout gets a 503 and the Oxigraph child
  is restarted, which is the only way to stop it; a response stops at `max_result_bytes`.

Oxigraph also serves a YASGUI query page at `/`, which posts to `/sparql`: a POST there is a
read when its body is a query (not an `update=` form or `application/sparql-update`).

The Oxigraph child is killed with this process, even by SIGKILL (Linux: PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import ctypes
import errno
import hmac
import http.client
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from graph.errors import KgError
from graph.kg.guard import refuse_services
from graph.kg.store import hold_serve_lock, open_store

HOST = "127.0.0.1"
MAX_BODY = 16 * 1024 * 1024  # a query or update larger than this is refused (413)
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade",
               "proxy-authenticate", "proxy-authorization", "te", "trailer"}
_CHUNK = 64 * 1024
_START_TIMEOUT = 20.0


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise KgError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def server_command(store: str, port: int, writable: bool, timeout: float = 30.0) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    return [
        oxigraph_binary(),
        mode,
        "--location",
        store,
        "--bind",
        f"{HOST}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(max(1, round(timeout))),
    ]


@dataclass
class Policy:
    """What the proxy lets through."""

    port: int
    writable: bool = False
    token: str | None = None
    allow_service: tuple[str, ...] = ()
    max_result_bytes: int = 256 * 1024 * 1024
    cors: tuple[str, ...] = ()  # origins whose pages may query ("*": any)
    hosts: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        names = (HOST, "localhost")
        self.hosts = {f"{h}:{self.port}" for h in names}
        if self.port == 80:
            self.hosts |= set(names)
        self.origins = {f"http://{h}:{self.port}" for h in names}

    def refusal(self, method: str, path: str, headers, body: bytes) -> tuple[int, str] | None:
        """(status, reason) if the request must not reach the server, else None."""
        wrong_host = self.host_refusal(headers)
        if wrong_host:
            return wrong_host
        route, _, query = path.partition("?")
        writing = not _reads(method, route, headers, body)
        if writing:
            if not self.writable:
                return 403, "read-only endpoint (kg serve --writable to accept updates)"
            origin = headers.get("Origin")
            if origin is not None and origin not in self.origins:
                return 403, f"cross-origin write from {origin} refused"
            given = headers.get("Authorization") or ""
            expected = f"Bearer {self.token}"
            if not self.token or not hmac.compare_digest(given.encode(), expected.encode()):
                return 401, "writes need the header 'Authorization: Bearer TOKEN'"
        try:
            for text in _sparql_texts(query, body):
                refuse_services(text, self.allow_service)
        except KgError as exc:
            return 403, str(exc)
        return None

    def host_refusal(self, headers) -> tuple[int, str] | None:
        """(421, reason) unless the Host header names this endpoint (DNS rebinding)."""
        host = (headers.get("Host") or "").strip().lower()
        if host not in self.hosts:
            return 421, f"Host {host or '(none)'} is not this endpoint ({HOST}:{self.port})"
        return None

    def cors_origin(self, headers) -> str | None:
        """The Origin to allow in the response, if the request comes from a --cors origin."""
        origin = headers.get("Origin")
        if origin and ("*" in self.cors or origin in self.cors):
            return origin
        return None


def check_origin(origin: str) -> str:
    """A --cors value: `*` or scheme://host[:port], as a browser sends it in Origin."""
    if origin == "*":
        return origin
    parts = urllib.parse.urlsplit(origin)
    if (parts.scheme not in ("http", "https") or not parts.hostname or parts.path
            or parts.query or parts.fragment or parts.username):
        raise KgError(f"--cors {origin}: expected an origin such as https://yasgui.example.org "
                      "(scheme://host[:port], no path) or *")
    return origin.lower()


_READ_ROUTES = ("/query", "/sparql")


def _reads(method: str, route: str, headers, body: bytes) -> bool:
    """True for a request that can only read: GET and HEAD, a POST to /query, and a POST to
    /sparql (the query page's endpoint, which also takes updates) whose body is a query."""
    if method in ("GET", "HEAD"):
        return True
    if method != "POST" or route not in _READ_ROUTES:
        return False
    if route == "/query":
        return True
    ctype = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype == "application/sparql-query":
        return True
    if ctype == "application/x-www-form-urlencoded":
        text = body.decode("utf-8", "replace")
        names = {n for n, _ in urllib.parse.parse_qsl(text, keep_blank_values=True)}
        return "query" in names and "update" not in names
    return False


def _sparql_texts(query_string: str, body: bytes) -> Iterable[str]:
    """Every place a request can carry SPARQL: URL parameters, a form body, a raw body
    (both readings of a body are checked, whatever its declared type)."""
    for _name, value in urllib.parse.parse_qsl(query_string, keep_blank_values=True):
        yield value
    if body:
        text = body.decode("utf-8", "replace")
        for _name, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
            yield value
        yield text


class Upstream:
    """The Oxigraph child: started, restarted when a query will not stop, stopped."""

    GRACE = 2.0  # seconds after Oxigraph's own timeout before the proxy gives up on it

    def __init__(self, store: str, writable: bool, timeout: float) -> None:
        self.store, self.writable, self.timeout = store, writable, timeout
        self.lock = threading.RLock()
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.closing = False
        # the child dies with the thread that started it (PR_SET_PDEATHSIG), so restarts are
        # done by one thread that lives as long as the server, never by a request's thread
        self.restarts: queue.SimpleQueue[tuple | None] = queue.SimpleQueue()
        self.restarter = threading.Thread(target=self._restart_loop, daemon=True)

    def start(self) -> None:
        with self.lock:
            port = _free_port()
            proc = subprocess.Popen(
                server_command(self.store, port, self.writable, self.timeout),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                preexec_fn=_die_with_parent,  # a bare prctl call: no Python lock is taken
            )
            try:
                _wait_ready(proc, port)
            except KgError:
                end_process(proc)
                raise
            self.proc, self.port = proc, port

    def restart(self, proc: subprocess.Popen | None) -> None:
        """Have the child restarted, unless another request did since `proc` was current;
        returns once it answers again."""
        done = threading.Event()
        self.restarts.put((proc, done))
        done.wait(_START_TIMEOUT + 15)

    def current(self) -> tuple[subprocess.Popen | None, int]:
        with self.lock:  # waits while a restart is under way
            return self.proc, self.port

    def _restart_loop(self) -> None:
        while (item := self.restarts.get()) is not None:
            proc, done = item
            try:
                with self.lock:
                    if self.closing or proc is not self.proc:
                        continue
                    end_process(proc)
                    self.start()
            except KgError:
                return  # the watcher sees the child gone and stops the server
            finally:
                done.set()

    def stop(self) -> None:
        self.restarts.put(None)
        with self.lock:
            self.closing = True
            if self.proc is not None:
                end_process(self.proc)

    def watch(self, server: ThreadingHTTPServer) -> None:
        """Stop serving if the child exits on its own (not when restarted or stopped)."""
        while True:
            proc = self.proc
            if proc is None:
                return
            proc.wait()
            with self.lock:
                if self.closing:
                    return
                if self.proc is proc:
                    server.shutdown()
                    return


def end_process(proc: subprocess.Popen) -> None:
    """Stop a server process: politely, then for good after 10 s; close its error pipe."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr:
        proc.stderr.close()


def _handler(policy: Policy, upstream: Upstream) -> type[BaseHTTPRequestHandler]:
    class Proxy(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal is the user's: no line per request

        def _cors_headers(self) -> None:
            origin = policy.cors_origin(self.headers)
            if origin:
                self.send_header("Access-Control-Allow-Origin", origin)
            if policy.cors:
                self.send_header("Vary", "Origin")

        def _refuse(self, status: int, reason: str) -> None:
            data = (reason + "\n").encode()
            self.send_response(status)
            self._cors_headers()
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _preflight(self) -> None:
            """Answer a CORS preflight here: Oxigraph never sees OPTIONS."""
            origin = policy.cors_origin(self.headers)
            route = self.path.partition("?")[0]
            asked = (self.headers.get("Access-Control-Request-Method") or "").upper()
            if not origin:
                given = self.headers.get("Origin") or "(none)"
                return self._refuse(403, f"origin {given} may not query this endpoint "
                                    "(kg serve --cors ORIGIN)")
            if route not in _READ_ROUTES or asked not in ("GET", "POST", "HEAD"):
                return self._refuse(403, "cross-origin pages may only query (GET or POST "
                                    "/query, /sparql)")
            self.send_response(204)
            self._cors_headers()
            self.send_header("Access-Control-Allow-Methods", "GET, POST, HEAD")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Access-Control-Max-Age", "600")
            if (self.headers.get("Access-Control-Request-Private-Network") or "") == "true":
                self.send_header("Access-Control-Allow-Private-Network", "true")
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()

        def _forward(self) -> None:
            if self.command == "OPTIONS" and policy.cors:
                wrong_host = policy.host_refusal(self.headers)
                if wrong_host:
                    return self._refuse(*wrong_host)
                return self._preflight()
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                return self._refuse(411, "send a Content-Length, not a chunked body")
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self._refuse(400, "bad Content-Length")
            if length < 0 or length > MAX_BODY:
                return self._refuse(413, f"request body over {MAX_BODY} bytes")
            body = self.rfile.read(length) if length else b""
            refused = policy.refusal(self.command, self.path, self.headers, body)
            if refused:
                return self._refuse(*refused)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            proc, port = upstream.current()
            headers["Host"] = f"{HOST}:{port}"
            wait = upstream.timeout + upstream.GRACE
            conn = http.client.HTTPConnection(HOST, port, timeout=wait)
            try:
                conn.request(self.command, self.path, body=body or None, headers=headers)
                try:
                    resp = conn.getresponse()
                except TimeoutError:
                    upstream.restart(proc)
                    return self._refuse(
                        503, f"query stopped: no answer within {upstream.timeout:g} s "
                        "(kg serve --timeout)"
                    )
                except (OSError, http.client.HTTPException):
                    return self._refuse(502, "the server was restarted; send the request again")
                self.send_response(resp.status, resp.reason)
                for k, v in resp.getheaders():
                    low = k.lower()
                    if low not in _HOP_BY_HOP and not low.startswith("access-control-"):
                        self.send_header(k, v)
                self._cors_headers()
                self.send_header("Connection", "close")
                self.end_headers()
                sent = 0
                while chunk := resp.read(_CHUNK):
                    sent += len(chunk)
                    if sent > policy.max_result_bytes:
                        break  # the client sees a cut response, never an endless one
                    self.wfile.write(chunk)
            except (OSError, http.client.HTTPException):
                self.close_connection = True
            finally:
                conn.close()

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward

    Proxy.protocol_version = "HTTP/1.0"
    return Proxy


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False


def _listen(port: int, handler: type[BaseHTTPRequestHandler]) -> _Server:
    try:
        return _Server((HOST, port), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise KgError(f"port {port} on {HOST} is in use; choose another --port") from None
        raise KgError(f"cannot listen on {HOST}:{port}: {exc.strerror}") from None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent dies, however it dies."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _wait_ready(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = (proc.stderr.read() if proc.stderr else b"").decode("utf-8", "replace")
            lines = [line for line in err.splitlines() if line.strip()]
            raise KgError(f"the oxigraph server stopped: {lines[0] if lines else proc.returncode}")
        try:
            socket.create_connection((HOST, port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise KgError(f"the oxigraph server did not start within {_START_TIMEOUT:.0f} s")


class _Stop(Exception):
    pass


def _stop(*_: object) -> None:
    raise _Stop


def serve(
    store: str,
    port: int = 7878,
    writable: bool = False,
    announce: Callable[[str], None] = lambda _url: None,
    token: str | None = None,
    allow_service: Iterable[str] = (),
    timeout: float = 30.0,
    max_result_mb: float = 256.0,
    cors: Iterable[str] = (),
) -> int:
    """Serve until Ctrl-C or SIGTERM; the exit status.

    `announce` is told the query URL once the server answers.
    """
    if "://" in store:
        raise KgError(f"{store}: kg serve needs a store directory, not an endpoint URL")
    if not 0 < port < 65536:
        raise KgError(f"--port {port}: not a TCP port")
    if not 0 < timeout <= 86400:
        raise KgError(f"--timeout {timeout}: must be between 1 and 86400 seconds")
    if max_result_mb <= 0:
        raise KgError(f"--max-result-mb {max_result_mb}: must be positive")
    if writable and not token:
        raise KgError("--writable needs a token: --token TOKEN or $KG_SERVE_TOKEN")
    if writable and len(token or "") < 16:
        raise KgError("--token: use at least 16 characters")
    origins = tuple(check_origin(o) for o in cors)
    policy = Policy(port, writable, token, tuple(allow_service), int(max_result_mb * 2**20),
                    origins)
    upstream = Upstream(store, writable, timeout)
    server = _listen(port, _handler(policy, upstream))
    try:
        require_store(store)
        # bring its ontology graph up to date, then let go; read-only,
        # hold the serve lock so that a build says the store is served (writable: the server
        # holds the store's own lock)
        open_store(store).close()
        held = None if writable else hold_serve_lock(store)
        try:
            upstream.start()
            announce(f"http://{HOST}:{port}/query")
            previous = signal.signal(signal.SIGTERM, _stop)
            upstream.restarter.start()
            threading.Thread(target=upstream.watch, args=(server,), daemon=True).start()
            try:
                server.serve_forever(poll_interval=0.2)
            except _Stop:
                return 0
            finally:
                signal.signal(signal.SIGTERM, previous)
            return upstream.proc.returncode or 0 if upstream.proc else 0
        finally:
            upstream.stop()
            if held is not None:
                held.close()
    finally:
        server.server_close()


def require_store(store: str) -> None:
    """KgError unless `store` is a store directory: a typo must not serve a new, empty one."""
    path = Path(store)
    if not path.exists():
        raise KgError(f"{store}: no store here (create it with `kg build FILES --store {store}`)")
    if not path.is_dir() or not (path / "CURRENT").is_file():
        raise KgError(f"{store}: not a kg store (no Oxigraph database in it)")

