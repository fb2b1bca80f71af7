"""curl with every Accept type the endpoint offers (and a few it does not), and ``format=``."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph as ox
import pytest
from prerequisites import missing

from jeugdgraph.query.formats import GRAPH_FORMATS, RESULT_FORMATS

SELECT = "SELECT ?d ?t WHERE { ?d a jg:Document ; dcterms:title ?t }"
CONSTRUCT = "CONSTRUCT { ?d dcterms:title ?t } WHERE { ?d a jg:Document ; dcterms:title ?t }"
RESULT_SYNTAX = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "tsv": ox.QueryResultsFormat.TSV,
}


def curl(url: str, query: str, *args: str) -> tuple[str, bytes]:
    """(Content-Type, body) of a GET with ``query`` url-encoded by curl itself."""
    if shutil.which("curl") is None:
        missing("curl is not installed")
    done = subprocess.run(
        [
            "curl",
            "-sS",
            "--fail-with-body",
            "-G",
            url,
            "--data-urlencode",
            f"query={query}",
            "-w",
            "\n%{content_type}",
            *args,
        ],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    body, _, content_type = done.stdout.rpartition(b"\n")
    return content_type.decode(), body


def titles(live) -> int:  # noqa: ANN001
    return len(
        list(
            live.store.query(
                "PREFIX jg: <https://w3id.org/jeugdgraph/def#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + SELECT,
                use_default_graph_as_union=True,
            )
        )
    )


@pytest.mark.parametrize(("key", "media"), [(f.key, m) for f in RESULT_FORMATS for m in f.media_types])
def test_select_with_each_accept_type(live, key: str, media: str) -> None:  # noqa: ANN001
    content_type, body = curl(live.query, SELECT, "-H", f"Accept: {media}")
    fmt = next(f for f in RESULT_FORMATS if f.key == key)
    assert content_type.split(";")[0] == fmt.media_type
    if key == "csv":  # CSV results are lossy: pyoxigraph does not read them back
        import csv
        import io

        rows = list(csv.reader(io.StringIO(body.decode())))[1:]
    else:
        rows = list(ox.parse_query_results(body, RESULT_SYNTAX[key]))
    assert len(rows) == titles(live)


@pytest.mark.parametrize(("key", "media"), [(f.key, m) for f in GRAPH_FORMATS for m in f.media_types])
def test_construct_with_each_accept_type(live, key: str, media: str) -> None:  # noqa: ANN001
    content_type, body = curl(live.query, CONSTRUCT, "-H", f"Accept: {media}")
    fmt = next(f for f in GRAPH_FORMATS if f.key == key)
    assert content_type.split(";")[0] == fmt.media_type
    assert len(list(ox.parse(body, fmt.rdf_format()))) == titles(live)


def test_curl_default_accept_gets_sparql_json(live) -> None:  # noqa: ANN001
    content_type, _body = curl(live.query, SELECT)  # curl sends Accept: */*
    assert content_type.startswith("application/sparql-results+json")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("csv", "text/csv"),
        ("tsv,text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("sparql", "application/sparql-results+xml"),  # unknown: the Accept header decides
    ],
)
def test_format_parameter_known_values_win_unknown_give_way(live, value: str, expected: str) -> None:  # noqa: ANN001
    content_type, _body = curl(
        live.query,
        SELECT,
        "--data-urlencode",
        f"format={value}",
        "-H",
        "Accept: application/sparql-results+xml",
    )
    assert content_type.split(";")[0] == expected


def test_a_graph_format_parameter_for_construct(live) -> None:  # noqa: ANN001
    for value, expected in [
        ("rdf+xml", "application/rdf+xml"),
        ("n3", "text/turtle"),
        ("json-ld", "application/ld+json"),
    ]:
        content_type, _body = curl(live.query, CONSTRUCT, "--data-urlencode", f"format={value}")
        assert content_type.split(";")[0] == expected
