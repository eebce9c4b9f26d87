"""`kg serve` over real HTTP: a subprocess on a free port of 127.0.0.1, always terminated."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdf_samples import DOCUMENTS, STATEMENTS

from graph.kg.query import bindings, saved_query
from graph.kg.serve import end_process
from graph.kg.store import EndpointStore, open_store

RESULTS_JSON = "application/sparql-results+json"
MALI_ADVERSARIES = """
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX actor: <https://w3id.org/geokg/actor/>
SELECT DISTINCT ?o WHERE { actor:MLI kg:hostileTo ?o }
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


TOKEN = "test-token-0123456789abcdef"


def _post(url: str, body: str, content_type: str, **headers: str) -> tuple[int, bytes]:
    req = urllib.request.Request(
        url,
        data=body.encode(),
        headers={"Content-Type": content_type, "Accept": RESULTS_JSON, **headers},
    )
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _get(url: str, **headers: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url, headers={"Accept": RESULTS_JSON, **headers})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _query(base: str, sparql: str) -> dict:
    status, body = _post(f"{base}/query", sparql, "application/sparql-query")
    assert status == 200, body
    return json.loads(body)


def _sample_store(location):
    with open_store(location) as store:
        store.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
    return location


@pytest.fixture
def server(tmp_path, request):
    flags = ["--writable", "--token", TOKEN] if request.param else []
    with _serving(_sample_store(tmp_path / "kg"), *flags) as (base, _proc):
        yield base


@contextlib.contextmanager
def _serving(location, *flags):
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "graph.cli",
        "serve",
        "--store",
        str(location),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen([*cmd, *flags], stderr=subprocess.PIPE, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # poll until the server answers, not a timing assertion
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        yield base, proc
    finally:
        end_process(proc)


@pytest.mark.parametrize("server", [False], indirect=True)
def test_served_store_answers_sparql_json(server):
    data = _query(server, MALI_ADVERSARIES)
    values = {b["o"]["value"] for b in data["results"]["bindings"]}
    assert values == {"https://w3id.org/geokg/actor/DZA"}


@pytest.mark.parametrize("server", [False], indirect=True)
def test_read_only_server_refuses_updates(server):
    status, _ = _post(f"{server}/update", "DROP ALL", "application/sparql-update")
    assert status >= 400
    assert _query(server, MALI_ADVERSARIES)["results"]["bindings"]


@pytest.mark.parametrize("server", [True], indirect=True)
def test_writable_server_accepts_updates(server):
    status, _ = _post(
        f"{server}/update",
        "INSERT DATA { GRAPH <urn:g> { <https://w3id.org/geokg/actor/MLI> "
        "<https://w3id.org/geokg/ontology#hostileTo> <https://w3id.org/geokg/actor/ESH> } }",
        "application/sparql-update",
        Authorization=f"Bearer {TOKEN}",
    )
    assert status in (200, 204)
    values = {b["o"]["value"] for b in _query(server, MALI_ADVERSARIES)["results"]["bindings"]}
    assert "https://w3id.org/geokg/actor/ESH" in values


@pytest.mark.parametrize("server", [True], indirect=True)
def test_endpoint_store_reads_statements_back_over_http(server):
    store = EndpointStore(server, token=TOKEN)
    assert len(list(store.statements())) == sum(len(s) for s in STATEMENTS.values())


@pytest.mark.parametrize("server", [True], indirect=True)
def test_endpoint_store_rewrites_a_document_without_duplicates(server):
    store = EndpointStore(server, token=TOKEN)
    before = store.triple_count()
    store.replace_documents([(DOCUMENTS[0], STATEMENTS[DOCUMENTS[0].id])])
    assert store.triple_count() == before


@pytest.mark.parametrize("server", [False], indirect=True)
def test_saved_query_with_parameters_runs_on_the_endpoint(server):
    query = saved_query("allies")
    rows = open_store(server, read_only=True).query(query.text, bindings(query, ["actor=MLI"]))
    assert {row["name"].value for row in rows.dicts()} == {"Morocco", "Russia"}


# --- hardening (issue 12): SSRF, Host, tokens and Origin, timeout, busy port, orphan child ---


@contextlib.contextmanager
def _bystander():
    """An HTTP server on the loopback that counts the requests it gets (the SSRF target)."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *_):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def _service_query(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


@pytest.mark.parametrize("server", [False], indirect=True)
def test_service_clause_is_refused_and_nothing_is_fetched(server):
    with _bystander() as (url, hits):
        by_post = _post(f"{server}/query", _service_query(url), "application/sparql-query")
        form = urllib.parse.urlencode({"query": _service_query(url)})
        by_form = _post(f"{server}/query", form, "application/x-www-form-urlencoded")
        by_get = _get(f"{server}/query?{form}")
    assert [by_post[0], by_form[0], by_get[0]] == [403, 403, 403]
    assert b"SERVICE" in by_post[1] and hits == []


def test_service_on_the_allow_list_is_forwarded(tmp_path):
    with _bystander() as (url, hits):
        with _serving(_sample_store(tmp_path / "kg"), "--allow-service", url) as (base, _):
            status, _ = _post(f"{base}/query", _service_query(url), "application/sparql-query")
    assert status != 403 and hits  # the endpoint was called (its 500 makes the query fail)


@pytest.mark.parametrize("server", [False], indirect=True)
def test_foreign_host_header_is_refused(server):
    port = server.rsplit(":", 1)[1]
    status, body = _get(f"{server}/query?query=ASK%7B%7D", Host=f"attacker.example:{port}")
    assert status == 421 and b"not this endpoint" in body
    assert _get(f"{server}/query?query=ASK%7B%7D", Host=f"localhost:{port}")[0] == 200


@pytest.mark.parametrize("server", [True], indirect=True)
def test_writable_server_refuses_updates_without_token_or_from_another_origin(server):
    drop = urllib.parse.urlencode({"update": "DROP ALL"})
    form = "application/x-www-form-urlencoded"
    no_token = _post(f"{server}/update", drop, form)
    cross_site = _post(f"{server}/update", drop, form, Origin="http://evil.example",
                       Authorization=f"Bearer {TOKEN}")
    wrong = _post(f"{server}/update", drop, form, Authorization="Bearer guess")
    assert [no_token[0], cross_site[0], wrong[0]] == [401, 403, 401]
    assert _query(server, MALI_ADVERSARIES)["results"]["bindings"]


def test_writable_without_a_token_is_a_usage_error(tmp_path, monkeypatch, capsys):
    from graph.cli import main

    monkeypatch.delenv("KG_SERVE_TOKEN", raising=False)
    assert main(["serve", "--store", str(tmp_path / "kg"), "--writable"]) == 2
    assert "needs a token" in capsys.readouterr().err


def test_busy_port_is_a_one_line_error(tmp_path, capsys):
    from graph.cli import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        status = main(["serve", "--store", str(tmp_path / "kg"), "--port", str(port)])
    err = capsys.readouterr().err
    assert status == 2 and err == f"kg: port {port} on 127.0.0.1 is in use; choose another --port\n"


CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_over_the_timeout_is_stopped_and_the_server_recovers(tmp_path):
    with _serving(_sample_store(tmp_path / "kg"), "--timeout", "1") as (base, _):
        started = time.monotonic()
        status, body = _post(f"{base}/query", CARTESIAN, "application/sparql-query")
        elapsed = time.monotonic() - started
        assert status == 503 and b"no answer within 1 s" in body and elapsed < 8
        assert _query(base, MALI_ADVERSARIES)["results"]["bindings"]  # restarted, answering


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as fh:
        return [int(p) for p in fh.read().split()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux")
def test_oxigraph_child_dies_when_kg_serve_is_killed(tmp_path):
    with _serving(_sample_store(tmp_path / "kg")) as (_base, proc):
        (child,) = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        for _ in range(100):
            try:
                with open(f"/proc/{child}/stat") as fh:
                    if fh.read().split()[2] == "Z":  # exited, waiting for init to reap it
                        break
            except FileNotFoundError:
                break
            time.sleep(0.1)
        else:
            os.kill(child, signal.SIGKILL)
            pytest.fail("the oxigraph child outlived kg serve")


@pytest.mark.parametrize("server", [False], indirect=True)
def test_a_served_store_cannot_be_built_into(server, tmp_path, capsys):
    from graph.cli import main

    location = str(tmp_path / "kg")
    note = tmp_path / "note.txt"
    note.write_text("Le Mali coopère avec le Maroc.\n", encoding="utf-8")
    assert main(["build", str(note), "--store", location]) == 2
    assert "being served by `kg serve`" in capsys.readouterr().err


@pytest.mark.parametrize("server", [False], indirect=True)
def test_bounded_load_every_query_answered(server):
    """8 clients, 400 queries on the loopback: all answered, p99 printed for the README."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    url = f"{server}/query?" + urllib.parse.urlencode({"query": MALI_ADVERSARIES})

    def client():
        for _ in range(50):
            started = time.monotonic()
            status, _ = _get(url)
            with lock:
                latencies.append(time.monotonic() - started)
                if status != 200:
                    failures.append(status)

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    latencies.sort()
    print(f"p50 {latencies[len(latencies) // 2] * 1000:.1f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms")
    assert failures == [] and len(latencies) == 400


def test_kg_query_refuses_service_by_default(tmp_path, capsys):
    from graph.cli import main

    store = str(_sample_store(tmp_path / "kg"))
    with _bystander() as (url, hits):
        status = main(["query", _service_query(url), "--store", store])
    assert status == 2 and hits == []
    assert "SERVICE" in capsys.readouterr().err


# --- a browser can use it (issue 13): the query page, --cors, a store that is not there ---


def _request(url: str, method: str = "GET", body: bytes | None = None, **headers: str):
    """(status, headers, body) of any request, errors included."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


FORM = "application/x-www-form-urlencoded"
YASGUI_ORIGIN = "https://yasgui.example.org"


def test_query_page_is_served_and_announced(tmp_path):
    with _serving(_sample_store(tmp_path / "kg")) as (base, proc):
        status, headers, page = _request(f"{base}/")
        assert status == 200 and b"yasgui" in page.lower()
        assert _request(f"{base}/yasgui.min.js")[0] == 200  # served locally, not from a CDN
        # the page posts its queries to /sparql as a form: a read, answered
        query = urllib.parse.urlencode({"query": MALI_ADVERSARIES}).encode()
        status, _, body = _request(f"{base}/sparql", "POST", query, **{
            "Content-Type": FORM, "Accept": RESULTS_JSON, "Origin": base})
        assert status == 200 and b"DZA" in body
        # an update through the same route is a write: refused on a read-only endpoint
        update = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        assert _request(f"{base}/sparql", "POST", update, **{"Content-Type": FORM})[0] == 403
        raw = _request(f"{base}/sparql", "POST", b"DROP ALL",
                       **{"Content-Type": "application/sparql-update"})
        assert raw[0] == 403
        assert _query(base, MALI_ADVERSARIES)["results"]["bindings"]
        # printed before the first answer: two lines, read without waiting for the end
        announced = proc.stderr.readline().decode() + proc.stderr.readline().decode()
    assert f"open {base}/ for the query page" in announced


def test_cors_origin_gets_preflight_and_readable_answers(tmp_path):
    with _serving(_sample_store(tmp_path / "kg"), "--cors", YASGUI_ORIGIN) as (base, _):
        preflight = {"Origin": YASGUI_ORIGIN, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type"}
        status, headers, _ = _request(f"{base}/sparql", "OPTIONS", **preflight)
        assert status == 204
        assert headers["Access-Control-Allow-Origin"] == YASGUI_ORIGIN
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
        url = f"{base}/query?" + urllib.parse.urlencode({"query": MALI_ADVERSARIES})
        status, headers, body = _request(url, Origin=YASGUI_ORIGIN, Accept=RESULTS_JSON)
        assert status == 200 and headers["Access-Control-Allow-Origin"] == YASGUI_ORIGIN
        # another origin: no preflight, no permission to read
        other = {**preflight, "Origin": "https://evil.example"}
        assert _request(f"{base}/sparql", "OPTIONS", **other)[0] == 403
        status, headers, _ = _request(url, Origin="https://evil.example", Accept=RESULTS_JSON)
        assert "Access-Control-Allow-Origin" not in headers
        # the named origin may query, not write
        to_update = {**preflight, "Access-Control-Request-Method": "POST"}
        assert _request(f"{base}/update", "OPTIONS", **to_update)[0] == 403


@pytest.mark.parametrize("server", [False], indirect=True)
def test_without_cors_no_origin_may_read(server):
    url = f"{server}/query?" + urllib.parse.urlencode({"query": MALI_ADVERSARIES})
    status, headers, _ = _request(url, Origin=YASGUI_ORIGIN, Accept=RESULTS_JSON)
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    preflight = {"Origin": YASGUI_ORIGIN, "Access-Control-Request-Method": "POST"}
    assert _request(f"{server}/query", "OPTIONS", **preflight)[0] >= 400


def test_cors_value_must_be_an_origin(tmp_path, capsys):
    from graph.cli import main

    store = str(_sample_store(tmp_path / "kg"))
    status = main(["serve", "--store", store, "--port", str(_free_port()),
                   "--cors", "https://yasgui.example.org/page"])
    err = capsys.readouterr().err
    assert status == 2 and err.startswith("kg: --cors https://yasgui.example.org/page: expected")
    assert err.count("\n") == 1


def test_a_store_that_is_not_there_is_a_one_line_error_and_not_created(tmp_path, capsys):
    from graph.cli import main

    typo = tmp_path / "kgg"
    status = main(["serve", "--store", str(typo), "--port", str(_free_port())])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1
    assert err.startswith(f"kg: {typo}: no store here") and not typo.exists()
    (tmp_path / "empty").mkdir()
    assert main(["serve", "--store", str(tmp_path / "empty"), "--port", str(_free_port())]) == 2
    assert "not a kg store" in capsys.readouterr().err
    assert list((tmp_path / "empty").iterdir()) == []
