"""Content negotiation: Accept with q-values and specificity, the format= override, 406."""

from __future__ import annotations

import pytest

from jeugdgraph.errors import NotAcceptable
from jeugdgraph.query.formats import GRAPH_FORMATS, RESULT_FORMATS
from jeugdgraph.server.negotiation import choose, parse_accept


def key(accept: str | None, override: str | None = None, offered=RESULT_FORMATS) -> str:  # noqa: ANN001
    return choose(offered, accept, override).key


def test_no_accept_header_gives_the_first_choice_of_the_server():
    assert key(None) == "json"
    assert key("", offered=GRAPH_FORMATS) == "turtle"


def test_highest_quality_wins():
    assert key("application/sparql-results+json;q=0.5, text/csv;q=0.9") == "csv"
    assert key("text/tab-separated-values, application/sparql-results+xml;q=0.8") == "tsv"


def test_the_most_specific_range_decides_even_when_a_broader_one_has_a_higher_q():
    # text/csv is refused explicitly although text/* is wanted most
    assert key("text/*;q=1.0, text/csv;q=0, text/xml;q=0, application/json;q=0.2") == "tsv"


def test_ties_go_to_the_servers_order_of_preference():
    assert key("text/csv, application/sparql-results+json") == "json"
    assert key("*/*") == "json"


def test_media_type_parameters_other_than_q_are_ignored():
    assert key("text/csv; charset=utf-8; q=0.7, application/sparql-results+xml;q=0.6") == "csv"


def test_aliases_choose_the_same_format():
    assert key("application/json") == "json"
    assert key("application/json", offered=GRAPH_FORMATS) == "jsonld"
    assert key("application/xml", offered=GRAPH_FORMATS) == "rdfxml"


def test_nothing_acceptable_is_406_naming_what_is_available():
    with pytest.raises(NotAcceptable, match="text/turtle"):
        choose(RESULT_FORMATS, "text/turtle", None)
    with pytest.raises(NotAcceptable):
        choose(RESULT_FORMATS, "text/csv;q=0", None)


def test_format_override_beats_the_accept_header():
    assert key("application/sparql-results+json", override="tsv") == "tsv"
    assert key(None, override="text/csv") == "csv"
    assert key(None, override="ttl", offered=GRAPH_FORMATS) == "turtle"
    assert key(None, override="xml", offered=GRAPH_FORMATS) == "rdfxml"


def test_an_override_that_does_not_fit_is_406():
    with pytest.raises(NotAcceptable, match="turtle"):
        choose(RESULT_FORMATS, None, "turtle")
    assert choose(RESULT_FORMATS, "text/csv", "pdf").key == "csv"  # unknown: Accept decides
    assert choose(RESULT_FORMATS, None, "tsv,text/tab-separated-values").key == "tsv"


def test_malformed_accept_entries_are_skipped_not_fatal():
    ranges = parse_accept("garbage, text/csv;q=abc, */*;q=0.1, text/tsv")
    assert [(r.type, r.subtype) for r in ranges] == [("text", "csv"), ("*", "*"), ("text", "tsv")]
    assert ranges[0].q == 0.0  # an unreadable q counts as not wanted
