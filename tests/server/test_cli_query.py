"""``jeugdgraph query --format json|xml|csv|tsv`` prints the standard formats for every query form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from jeugdgraph.cli import app

ASK = "ASK { ?d a jg:Document }"
SELECT = "SELECT ?d WHERE { ?d a jg:Document } ORDER BY ?d"
CONSTRUCT = "CONSTRUCT { ?d a jg:Document } WHERE { ?d a jg:Document }"
RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "tsv": ox.QueryResultsFormat.TSV,
}


def run(store: Path, query: str, fmt: str) -> bytes:
    result = CliRunner().invoke(app, ["query", "--store", str(store), query, "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_ask_in_each_standard_format(seed_store_dir: Path, fmt: str) -> None:
    out = run(seed_store_dir, ASK, fmt)
    if fmt == "json":
        assert json.loads(out) == {"head": {}, "boolean": True}
    elif fmt == "csv":
        assert out.decode().strip() == "true"  # what the server answers too (pyoxigraph)
    else:
        assert bool(ox.parse_query_results(out, RESULTS[fmt])) is True


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_in_each_standard_format(seed_store_dir: Path, seed_store: ox.Store, fmt: str) -> None:
    from jeugdgraph.namespaces import PREFIXES

    expected = len(list(seed_store.query(SELECT, prefixes=PREFIXES, use_default_graph_as_union=True)))
    out = run(seed_store_dir, SELECT, fmt)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.decode())))[1:]
    else:
        rows = list(ox.parse_query_results(out, RESULTS[fmt]))
    assert len(rows) == expected > 0


@pytest.mark.parametrize(
    ("fmt", "syntax"),
    [
        ("json", ox.RdfFormat.JSON_LD),
        ("xml", ox.RdfFormat.RDF_XML),
        ("ttl", ox.RdfFormat.TURTLE),
        ("nt", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_construct_in_each_standard_format(seed_store_dir: Path, fmt: str, syntax: ox.RdfFormat) -> None:
    assert len(list(ox.parse(run(seed_store_dir, CONSTRUCT, fmt), syntax))) > 0


def test_csv_for_a_construct_is_refused_in_words(seed_store_dir: Path) -> None:
    result = CliRunner().invoke(app, ["query", "--store", str(seed_store_dir), CONSTRUCT, "--format", "csv"])
    assert result.exit_code == 1 and "CSV en TSV passen alleen bij SELECT" in result.output
