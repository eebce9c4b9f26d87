"""`kg serve` over real HTTP: a subprocess on a free port of 127.0.0.1, always terminated."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdf_samples import DOCUMENTS, STATEMENTS

from graph.kg.query import bindings, saved_query
from graph.kg.store import open_store

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


def _post(url: str, body: str, content_type: str) -> tuple[int, bytes]:
    req = urllib.request.Request(
        url, data=body.encode(), headers={"Content-Type": content_type, "Accept": RESULTS_JSON}
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _query(base: str, sparql: str) -> dict:
    status, body = _post(f"{base}/query", sparql, "application/sparql-query")
    assert status == 200, body
    return json.loads(body)


@pytest.fixture
def server(tmp_path, request):
    location = tmp_path / "kg"
    with open_store(location) as store:
        store.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
    port = _free_port()
    flags = ["--writable"] if request.param else []
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
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


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
    )
    assert status in (200, 204)
    values = {b["o"]["value"] for b in _query(server, MALI_ADVERSARIES)["results"]["bindings"]}
    assert "https://w3id.org/geokg/actor/ESH" in values


@pytest.mark.parametrize("server", [True], indirect=True)
def test_endpoint_store_reads_statements_back_over_http(server):
    store = open_store(server)
    assert len(list(store.statements())) == sum(len(s) for s in STATEMENTS.values())


@pytest.mark.parametrize("server", [True], indirect=True)
def test_endpoint_store_rewrites_a_document_without_duplicates(server):
    store = open_store(server)
    before = store.triple_count()
    store.replace_documents([(DOCUMENTS[0], STATEMENTS[DOCUMENTS[0].id])])
    assert store.triple_count() == before


@pytest.mark.parametrize("server", [False], indirect=True)
def test_saved_query_with_parameters_runs_on_the_endpoint(server):
    query = saved_query("allies")
    rows = open_store(server, read_only=True).query(query.text, bindings(query, ["actor=MLI"]))
    assert {row["name"].value for row in rows.dicts()} == {"Morocco", "Russia"}
