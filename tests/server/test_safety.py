"""What the endpoint refuses before a query runs, read from the query's tokens."""

from __future__ import annotations

import pytest

from jeugdgraph.errors import QueryRefused
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.query.lexer import tokens
from jeugdgraph.query.safety import check_graph_name, inspect_query, is_allowlisted


def inspect(query: str, allowlist: tuple[str, ...] = ()):  # noqa: ANN201
    return inspect_query(query, allowlist=allowlist, prefixes=PREFIXES)


def test_tokens_keep_strings_iris_and_comments_whole():
    query = 'SELECT ?s # SERVICE <x>\nWHERE { ?s ?p "SERVICE <http://a/>" . }'
    kinds = [(t.kind, t.text) for t in tokens(query)]
    assert ("word", "SELECT") in kinds and ("var", "?s") in kinds
    assert ("string", '"SERVICE <http://a/>"') in kinds
    assert not any(text == "SERVICE" for _, text in kinds)


def test_a_prefixed_name_does_not_swallow_the_dot_that_ends_a_triple():
    texts = [t.text for t in tokens("?s a jg:Gemeente.")]
    assert texts == ["?s", "a", "jg:Gemeente", "."]


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
    "select * where { service <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://127.0.0.1:9999/> SELECT * WHERE { SERVICE ex:sparql { ?s ?p ?o } }",
    "BASE <http://127.0.0.1:9999/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1\\u003A9999/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment\n SERVICE <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . FILTER(?o < 3) SERVICE <http://127.0.0.1:9999/sparql> { } }",
])
def test_service_to_a_target_off_the_allowlist_is_refused(query):
    with pytest.raises(QueryRefused, match="SERVICE"):
        inspect(query)


def test_service_with_a_variable_target_is_refused_even_with_an_allowlist():
    with pytest.raises(QueryRefused, match="variabele"):
        inspect("SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }", allowlist=("http://127.0.0.1:9999/",))


def test_words_that_only_look_like_service_are_not_refused():
    info = inspect(
        'SELECT ?service WHERE { ?service rdfs:comment "SERVICE <http://127.0.0.1/>" . '
        '# SERVICE <http://127.0.0.1/>\n ?service ?p <http://example.org/SERVICE> }'
    )
    assert info.form == "select" and info.services == ()


def test_an_allowlisted_service_passes_and_so_do_paths_under_it():
    allow = ("http://127.0.0.1:9999/sparql",)
    info = inspect("SELECT * WHERE { SERVICE <http://127.0.0.1:9999/sparql> { ?s ?p ?o } }", allow)
    assert info.services == ("http://127.0.0.1:9999/sparql",)
    assert is_allowlisted("http://127.0.0.1:9999/sparql/sub", allow)
    assert not is_allowlisted("http://127.0.0.1:9999/sparqlx", allow)


@pytest.mark.parametrize("query", [
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <FILE:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "BASE <file:///etc/> SELECT * FROM <passwd> WHERE { ?s ?p ?o }",
])
def test_file_iris_are_never_allowed_not_even_on_the_allowlist(query):
    with pytest.raises(QueryRefused, match="file:"):
        inspect(query, allowlist=("file:///etc/passwd", "file:///etc/"))


def test_from_may_name_the_stores_own_graphs_but_not_the_web():
    info = inspect("SELECT * FROM <https://w3id.org/jeugdgraph/id/graph/reference> WHERE { ?s ?p ?o }")
    assert info.from_graphs == ("https://w3id.org/jeugdgraph/id/graph/reference",)
    assert info.has_dataset_clause
    with pytest.raises(QueryRefused, match="FROM <http://example.org/data.ttl>"):
        inspect("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }")
    with pytest.raises(QueryRefused):
        check_graph_name("http://example.org/data.ttl", (), clause="default-graph-uri")


@pytest.mark.parametrize("update", [
    "DROP ALL", "INSERT DATA { <a:b> <a:c> <a:d> }", "CLEAR DEFAULT", "LOAD <http://example.org/x.ttl>",
    "PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }",
    "WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused_with_a_clear_message(update):
    with pytest.raises(QueryRefused, match="niet toegestaan"):
        inspect(update)


def test_query_forms_are_recognised_after_the_prologue():
    assert inspect("PREFIX x: <http://x/> BASE <http://y/> ASK {}").form == "ask"
    assert inspect("CONSTRUCT WHERE { ?s ?p ?o }").answer_kind == "graph"
    assert inspect("describe <http://x/>").answer_kind == "graph"
    assert inspect("this is no query").form is None


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { servicec:x { ?s ?p ?o } }",
    "PREFIX c: <http://127.0.0.1:9/> SELECT * WHERE { SERVICEc:x { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICESILENT<http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { # x\r SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { #\r\nSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_what_the_engine_reads_as_service_is_refused(query):  # noqa: ANN001
    with pytest.raises(QueryRefused):
        inspect(query)


def test_the_text_that_runs_has_its_comments_blanked_out():
    query = "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x>\nLIMIT 1"
    info = inspect(query)
    assert info.text == "SELECT * WHERE { ?s ?p ?o } " + " " * len("# SERVICE <http://x>") + "\nLIMIT 1"
    assert len(info.text) == len(query)
    assert inspect("SELECT * WHERE { ?s :service ?o }").form == "select"  # a name, not the keyword
