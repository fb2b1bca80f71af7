"""Common clients read streamed answers whole, and see a transfer cut off at the time limit as
an error, not as a shorter answer."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import httpx
import pytest
from prerequisites import missing
from rdflib import Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
ENDLESS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # far more rows than any time limit allows


def quads(live) -> int:  # noqa: ANN001
    return len(list(live.store.query(ALL_QUADS)))


def test_the_answer_used_here_is_streamed(live) -> None:  # noqa: ANN001
    with httpx.stream("GET", live.query, params={"query": ALL_QUADS}, timeout=60) as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers
        assert response.headers["transfer-encoding"] == "chunked"
        assert sum(len(chunk) for chunk in response.iter_raw()) > 1_000_000


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_reads_a_streamed_answer_whole(live, fmt: str) -> None:  # noqa: ANN001
    client = SPARQLWrapper(live.query)
    client.setQuery(ALL_QUADS)
    client.setReturnFormat(fmt)
    converted = client.query().convert()
    if fmt == JSON:
        rows = len(converted["results"]["bindings"])
    elif fmt == XML:
        rows = len(converted.getElementsByTagName("result"))
    elif fmt == CSV:  # a quoted field may hold a line break
        rows = len(list(csv.reader(io.StringIO(converted.decode("utf-8"))))) - 1
    else:  # TSV: a header and one line per row (line breaks in literals are escaped)
        rows = converted.count(b"\n") - 1
    assert rows == quads(live)


@pytest.mark.parametrize("return_format", ["xml", "json", "csv", "tsv"])
def test_sparqlstore_reads_a_streamed_answer_whole(live, return_format: str) -> None:  # noqa: ANN001
    store = SPARQLStore(live.query, returnFormat=return_format)
    rows = list(Dataset(store=store).query(ALL_QUADS))
    assert len(rows) == quads(live)


def test_curl_reads_a_streamed_answer_whole_and_reports_a_cut_off_one(live) -> None:  # noqa: ANN001
    if shutil.which("curl") is None:
        missing("curl is not installed")

    def curl(query: str, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            ["curl", "-sS", "-G", live.query, "--data-urlencode", f"query={query}",
             "-H", "Accept: text/tab-separated-values", *args],
            capture_output=True, check=False, timeout=120,
        )

    whole = curl(ALL_QUADS)
    assert whole.returncode == 0, whole.stderr.decode()
    assert whole.stdout.count(b"\n") == 1 + quads(live)
    cut = curl(ENDLESS, "--data-urlencode", "timeout=5")
    assert cut.returncode == 18, cut.stderr.decode()  # CURLE_PARTIAL_FILE: transfer closed early
    assert len(cut.stdout) > 64 * 1024  # the answer had started
