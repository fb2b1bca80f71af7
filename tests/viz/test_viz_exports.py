"""Exports of the network: GraphML, GEXF, node-link JSON, PNG, SVG and the offline HTML file."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import matplotlib.image as mpimg
import networkx as nx
import pytest
from vizdata import HOSTILE_DOC, HOSTILE_QUOTE, HOSTILE_TITLE, RIJNMOND

from jeugdgraph.namespaces import PREFIXES
from jeugdgraph.viz import NetworkFilter, build_network, to_node_link_data, to_node_link_json
from jeugdgraph.viz_export import write_network
from jeugdgraph.viz_html import render_network_page
from jeugdgraph.viz_queries import store_query_rows

# Written for this test, apart from the projection's own queries: the classes of the default view
# and the edges between resources of those classes.
DEFAULT_CLASSES = """
  VALUES ?class { jg:Gemeente jg:Jeugdregio jg:GemeenschappelijkeRegeling jg:Organisatie org:Organization
                  jg:Programma jg:Wet jg:Document jg:Motie jg:Raadsvoorstel jg:Raadsbesluit
                  jg:Raadsinformatiebrief jg:Nieuwsbericht jg:Presentatie jg:Brief jg:Advies jg:Regiovisie
                  jg:Besluit jg:Opdracht jg:Maatregel }
"""
COUNT_NODES = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {DEFAULT_CLASSES} ?s a ?class FILTER(isIRI(?s)) }}"
COUNT_EDGES = f"""
SELECT (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?s ?rel ?o WHERE {{
    {{ ?s org:memberOf ?o BIND("lid" AS ?rel) }} UNION {{ ?o org:hasMember ?s BIND("lid" AS ?rel) }}
    UNION {{ ?s jg:uitgevoerdDoor ?o BIND("uitgevoerd" AS ?rel) }}
    UNION {{ ?s jg:inkoopSamenMet ?o BIND("inkoop" AS ?rel) }}
    UNION {{ ?s dcterms:publisher ?o BIND("uitgegeven" AS ?rel) }}
    UNION {{ ?s dcterms:isPartOf ?o BIND("deel" AS ?rel) }}
    UNION {{ ?o dcterms:hasPart ?s BIND("deel" AS ?rel) }}
    UNION {{ ?s jg:verwijstNaar ?o BIND("verwijst" AS ?rel) }}
    UNION {{ ?s jg:noemt ?o BIND("noemt" AS ?rel) }}
    UNION {{ ?s jg:bevat ?o BIND("bevat" AS ?rel) }}
    UNION {{ ?s jg:steltVast ?o BIND("steltvast" AS ?rel) }}
    UNION {{ ?s jg:regio ?o BIND("regio" AS ?rel) }}
    UNION {{ ?s jg:betreft ?o BIND("betreft" AS ?rel) }}
    UNION {{ ?s jg:namens ?o BIND("namens" AS ?rel) }}
    UNION {{ ?s jg:thema ?o BIND("thema" AS ?rel) }}
    FILTER(?s != ?o)
    FILTER EXISTS {{ {DEFAULT_CLASSES} ?s a ?class }}
    FILTER EXISTS {{ {DEFAULT_CLASSES} ?o a ?class }}
  }}
}}
"""


def _count(store, query: str) -> int:  # noqa: ANN001
    row = next(iter(store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)))
    return int(row["n"].value)


@pytest.fixture(scope="module")
def full_graph(seed_rows) -> nx.MultiDiGraph:  # noqa: ANN001
    return build_network(seed_rows)


@pytest.fixture(scope="module")
def rijnmond(seed_rows) -> nx.MultiDiGraph:  # noqa: ANN001
    return build_network(seed_rows, NetworkFilter.parse(regio="rijnmond"))


def test_graphml_of_the_full_seed_graph_has_the_counts_sparql_gives(full_graph, seed_store, tmp_path):
    expected_nodes, expected_edges = _count(seed_store, COUNT_NODES), _count(seed_store, COUNT_EDGES)
    assert expected_nodes > 400 and expected_edges > 400  # the 342 municipalities and their regions at least

    path = write_network(full_graph, tmp_path / "netwerk.graphml", "graphml")
    read = nx.read_graphml(path)

    assert read.number_of_nodes() == expected_nodes
    assert read.number_of_edges() == expected_edges
    vlaardingen = "https://w3id.org/jeugdgraph/id/gemeente/gm0622"
    assert read.nodes[vlaardingen]["label"] == "Vlaardingen"
    assert read.nodes[vlaardingen]["kind"] == "gemeente"
    assert read.nodes[vlaardingen]["code"] == "GM0622"
    assert read.has_edge(vlaardingen, RIJNMOND)
    # GraphML key ids are unique even where node and edge attributes share a name (yEd needs that)
    ids = [key.get("id") for key in ET.parse(path).getroot().iter("{http://graphml.graphdrawing.org/xmlns}key")]
    assert len(ids) == len(set(ids))


def test_gexf_reads_back_with_the_same_counts(full_graph, tmp_path):
    read = nx.read_gexf(write_network(full_graph, tmp_path / "netwerk.gexf", "gexf"))
    assert read.number_of_nodes() == full_graph.number_of_nodes()
    assert read.number_of_edges() == full_graph.number_of_edges()


def test_node_link_json_round_trips(rijnmond):
    data = json.loads(to_node_link_json(rijnmond))
    assert data == to_node_link_data(rijnmond)
    assert data["directed"] is True and data["multigraph"] is True
    node = next(n for n in data["nodes"] if n["id"] == RIJNMOND)
    assert node["label"] == "Rijnmond" and node["kind"] == "jeugdregio" and node["code"] == "JZ29"
    link = next(link for link in data["links"] if link["target"] == RIJNMOND and link["key"] == "lid_van")
    assert link["label"] == "lid van" and link["predicate"] == "http://www.w3.org/ns/org#memberOf"
    again = nx.node_link_graph(data, edges="links")
    assert again.number_of_nodes() == rijnmond.number_of_nodes()
    assert again.number_of_edges() == rijnmond.number_of_edges()


def test_png_is_a_real_image(rijnmond, tmp_path):
    path = write_network(rijnmond, tmp_path / "rijnmond.png", "png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = mpimg.imread(path)
    height, width = pixels.shape[:2]
    assert width > 1000 and height > 800
    assert pixels.std() > 0.01  # not a blank canvas


def test_svg_is_xml_with_the_title(rijnmond, tmp_path):
    path = write_network(rijnmond, tmp_path / "rijnmond.svg", "svg")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Jeugdregio Rijnmond" in path.read_text()


def test_standalone_html_embeds_everything_and_loads_nothing(rijnmond, tmp_path):
    html = write_network(rijnmond, tmp_path / "rijnmond.html", "html").read_text()
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*\"(?!data:)", html, re.IGNORECASE)
    assert "vis-network" in html and "new vis.Network" in html
    payload = json.loads(re.search(
        r'<script type="application/json" id="jeugdgraph-netwerk">(.*?)</script>', html, re.DOTALL).group(1))
    ids = {n["id"] for n in payload["nodes"]}
    assert RIJNMOND in ids
    members = {e["from"] for e in payload["edges"] if e["to"] == RIJNMOND and e["relation"] == "lid_van"}
    assert len(members) == 13
    # without a server to link to, a click opens the IRI itself
    assert next(n for n in payload["nodes"] if n["id"] == RIJNMOND)["href"] == RIJNMOND


def test_standalone_html_links_to_a_server_when_given(rijnmond, tmp_path):
    html = write_network(rijnmond, tmp_path / "r.html", "html", link_base="http://127.0.0.1:8000/").read_text()
    assert '"href": "http://127.0.0.1:8000/id/jeugdregio/rijnmond"' in html


def test_texts_from_documents_cannot_break_out_of_the_page(hostile_store):
    graph = build_network(store_query_rows(hostile_store), NetworkFilter.parse(regio="ijmond",
                                                                                 kinds="gemeente,jeugdregio,document,opdracht"))
    assert graph.nodes[HOSTILE_DOC]["label"].startswith("Motie </script>")
    html = render_network_page(graph, standalone=False)
    assert "<script>window.pwned" not in html
    assert "<img src=x" not in html
    assert html.count("</script>") == 3  # the data block and the two script files, nothing from the data
    payload = re.search(r'id="jeugdgraph-netwerk">(.*?)</script>', html, re.DOTALL).group(1)
    nodes = {n["id"]: n for n in json.loads(payload)["nodes"]}
    assert nodes[HOSTILE_DOC]["fullLabel"] == HOSTILE_TITLE
    assert nodes[HOSTILE_DOC + "/opdracht/1"]["quote"] == HOSTILE_QUOTE


def test_unknown_export_format_is_refused(rijnmond, tmp_path):
    from jeugdgraph.errors import InputError

    with pytest.raises(InputError, match="Onbekend formaat 'pdf'"):
        write_network(rijnmond, tmp_path / "x.pdf", "pdf")
