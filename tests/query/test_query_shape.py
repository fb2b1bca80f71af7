"""The top-level WHERE group and the projection come from the SPARQL grammar, not the first brace."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from jeugdgraph.errors import InputError, QueryError
from jeugdgraph.query.named import example_sparql, parse_named_query
from jeugdgraph.query.remote_backend import bind_values
from jeugdgraph.query.shape import query_shape

A = ox.NamedNode("http://example.org/a")
DATA = "<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n" \
       "<http://example.org/c> <http://example.org/p> <http://example.org/d> .\n"


def _store() -> ox.Store:
    store = ox.Store()
    store.load(DATA.encode(), ox.RdfFormat.N_TRIPLES)
    return store


def test_values_go_into_the_where_group_not_an_exists_in_the_projection() -> None:
    query = "SELECT ?x (EXISTS { ?x <http://example.org/p> ?o } AS ?e) WHERE { ?x <http://example.org/p> ?y }"
    shape = query_shape(query)
    assert query[: shape.where_open].endswith("WHERE {")
    assert shape.projected == frozenset({"x", "e"})
    bound = bind_values(query, {"x": A})
    assert "EXISTS { ?x <http://example.org/p> ?o }" in bound
    rows = list(_store().query(bound))
    assert [(row["x"], row["e"]) for row in rows] == [(A, ox.Literal(True))]  # one row: the block binds ?x


def test_the_where_group_after_a_template_a_subselect_and_comments() -> None:
    query = '# { a comment\nCONSTRUCT { ?s ?p "{" } WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }'
    assert query[: query_shape(query).where_open].endswith("WHERE {")
    assert query_shape("SELECT * { ?s ?p ?o }").projected is None
    assert query_shape("DESCRIBE <http://example.org/a>").where_open is None
    with pytest.raises(QueryError):
        query_shape("SELECT ?x WHERE { ?x ")


def test_a_named_query_is_parsed_once_and_its_example_lands_in_the_where_group() -> None:
    text = ("#+ summary: test\n#+ params:\n#+   x: iri\n#+ example:\n#+   x: http://example.org/a\n"
            "SELECT ?x (EXISTS { ?x <http://example.org/p> ?o } AS ?e)\n"
            "WHERE { ?x <http://example.org/p> ?y }\n")
    named = parse_named_query("test", text)
    assert named.shape.projected == frozenset({"x", "e"})
    example = example_sparql(named, {"x": A})
    assert example.startswith("SELECT ?x (EXISTS { ?x <http://example.org/p> ?o } AS ?e)\n"
                              "WHERE {\n  VALUES (?x)")
    with pytest.raises(InputError, match="projecteren"):
        parse_named_query("test", text.replace("SELECT ?x (EXISTS", "SELECT (EXISTS"))
