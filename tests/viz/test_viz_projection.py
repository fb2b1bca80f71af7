"""The networkx projection on the seed store: scopes, kinds, periods, attributes, bad input."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from vizdata import GRJR, JGI, RIJNMOND

from jeugdgraph.errors import InputError, NotFound
from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.viz import NetworkFilter, build_network


def _column(store: ox.Store, query: str, var: str) -> set[str]:
    answer = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
    return {row[var].value for row in answer}


def test_rijnmond_has_its_13_members_joined_to_the_region_and_grjr_as_executor(seed_rows, seed_store):
    members = _column(seed_store, f"SELECT ?g WHERE {{ ?g org:memberOf <{RIJNMOND}> }}", "g")
    assert len(members) == 13

    graph = build_network(seed_rows, NetworkFilter.parse(regio="rijnmond"))

    joined = {s for s, o, rel in graph.in_edges(RIJNMOND, keys=True) if rel == "lid_van"}
    assert joined == members
    assert all(graph.nodes[m]["kind"] == "gemeente" for m in members)
    assert graph.nodes[RIJNMOND]["kind"] == "jeugdregio"
    assert graph.nodes[RIJNMOND]["label"] == "Rijnmond"
    assert graph.has_edge(RIJNMOND, GRJR, key="uitgevoerd_door")
    assert graph.nodes[GRJR]["kind"] == "gemeenschappelijke_regeling"
    assert graph.graph["title"] == "Jeugdregio Rijnmond"
    # no municipality of another region is pulled in as a member
    assert not any(rel == "lid_van" and o != RIJNMOND and graph.nodes[o]["kind"] == "jeugdregio"
                   for _, o, rel in graph.edges(keys=True))


def test_rijnmond_brings_the_vlaardingen_proposal_its_parts_decisions_and_cited_laws(seed_rows):
    doc = JGI + "document/004_33a8688e64a59d40"
    graph = build_network(seed_rows, NetworkFilter.parse(regio="Rijnmond"))
    assert graph.nodes[doc]["kind"] == "document"
    assert graph.nodes[doc]["type"] == "Raadsvoorstel"
    assert graph.nodes[doc]["date"] == "2026-04-07"
    assert graph.has_edge(doc, JGI + "gemeente/gm0622", key="uitgegeven_door")
    assert graph.has_edge(doc, JGI + "wet/BWBR0034925", key="verwijst_naar")
    assert graph.has_edge(doc + "/regiovisie/1", doc, key="deel_van")
    besluit = doc + "/besluit/3"
    assert graph.nodes[besluit]["kind"] == "besluit"
    assert graph.nodes[besluit]["quote"] == "De Regiovisie Jeugdhulp Rijnmond 2026-2030 vast te stellen."
    assert graph.has_edge(besluit, doc + "/regiovisie/1", key="stelt_vast")
    assert graph.has_edge(doc, besluit, key="bevat")
    # the Holland Rijnland news item has nothing to do with Rijnmond
    assert JGI + "document/001_1786b06549a818d4" not in graph


def test_municipality_filter_by_code_and_by_name_give_the_same_network(seed_rows):
    by_code = build_network(seed_rows, NetworkFilter.parse(gemeente="GM0622"))
    by_name = build_network(seed_rows, NetworkFilter.parse(gemeente="vlaardingen"))
    assert set(by_code) == set(by_name)
    assert by_code.graph["title"] == "Gemeente Vlaardingen"
    vlaardingen = JGI + "gemeente/gm0622"
    assert by_code.has_edge(vlaardingen, RIJNMOND, key="lid_van")
    # stated only as org:hasMember of the group
    assert by_code.has_edge(vlaardingen, JGI + "organisatie/mvs-gemeenten", key="lid_van")
    # members of the region other than the ones the documents name are not part of this view
    assert JGI + "gemeente/gm0599" not in by_code  # Rotterdam


def test_kinds_filter_keeps_only_those_kinds(seed_rows):
    graph = build_network(seed_rows, NetworkFilter.parse(regio="rijnmond", kinds="gemeente,jeugdregio"))
    assert {kind for _, kind in graph.nodes(data="kind")} == {"gemeente", "jeugdregio"}
    assert graph.number_of_nodes() == 14
    assert {rel for *_, rel in graph.edges(keys=True)} == {"lid_van"}


def test_optional_kinds_appear_only_when_asked(seed_rows):
    default = build_network(seed_rows, NetworkFilter.parse(regio="rijnmond"))
    assert "begrip" not in {k for _, k in default.nodes(data="kind")}
    with_terms = build_network(seed_rows, NetworkFilter.parse(regio="rijnmond", kinds=["document", "begrip"]))
    terms = [n for n, k in with_terms.nodes(data="kind") if k == "begrip"]
    assert len(terms) == 16
    assert with_terms.nodes[JGI + "document/004_33a8688e64a59d40/begrip/1"]["label"] == "Aanpalende domeinen"


def test_period_drops_documents_outside_it_undated_ones_and_their_statements(seed_rows):
    doc = JGI + "document/004_33a8688e64a59d40"
    in_2026 = NetworkFilter.parse(regio="rijnmond", van="2026-01-01", tot="2026-12-31")
    graph = build_network(seed_rows, in_2026)
    assert doc in graph
    assert doc + "/advies/1" not in graph  # dated 2025-11-17
    assert doc + "/regiovisie/1" in graph  # undated part of a document dated in the period
    assert doc + "/besluit/1" in graph

    before = build_network(seed_rows, NetworkFilter.parse(regio="rijnmond", tot="2025-12-31"))
    assert doc + "/advies/1" in before
    assert doc not in before
    assert doc + "/besluit/1" not in before  # its document is outside the period
    assert RIJNMOND in before  # organisations are not dated

    whole = build_network(seed_rows, NetworkFilter.parse(van="2000-01-01"))
    undated_motion = JGI + "document/000_6433c76c45005ce2"
    assert undated_motion not in whole
    assert undated_motion + "/opdracht/1" not in whole


def test_attributes_are_strings_never_none(seed_rows):
    graph = build_network(seed_rows)
    for _, attrs in graph.nodes(data=True):
        assert all(isinstance(v, str) for v in attrs.values())
    for *_, attrs in graph.edges(keys=True, data=True):
        assert all(isinstance(v, str) for v in attrs.values())


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"regio": "atlantis"}, NotFound, "jeugdregio 'atlantis'"),
        ({"gemeente": "GM9999"}, NotFound, "gemeente 'GM9999'"),
        ({"kinds": "gemeente,kasteel"}, InputError, "kasteel"),
        ({"van": "31-12-2025"}, InputError, "'van' moet een datum zijn"),
        ({"van": "2026-02-01", "tot": "2026-01-01"}, InputError, "begint"),
        ({"regio": "!!!"}, InputError, "geen naam van een jeugdregio"),
    ],
)
def test_bad_filters_are_refused_with_a_clear_message(seed_rows, kwargs, error, message):
    with pytest.raises(error, match=message):
        build_network(seed_rows, NetworkFilter.parse(**kwargs))
