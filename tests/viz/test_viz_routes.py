"""The served pages: /viz, /api/network.*, /regions and the /id/ resource pages."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
import rdflib
from vizdata import GRJR, HOSTILE_DOC, HOSTILE_ITEM, HOSTILE_QUOTE, JGI, RIJNMOND

from jeugdgraph.namespaces import PREFIXES

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


class _Collector(HTMLParser):
    """Collects the page's table rows as text, links, and resources it would load."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.loads: list[str] = []
        self.links: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag, attrs):  # noqa: ANN001, ANN201
        attrs = dict(attrs)
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "script" and attrs.get("src"):
            self.loads.append(attrs["src"])
        elif tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])
        elif tag == "img" and attrs.get("src"):
            self.loads.append(attrs["src"])
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if "style" in attrs or any(name.startswith("on") for name in attrs):
            raise AssertionError(f"inline style or event handler on <{tag}>: {attrs}")

    def handle_endtag(self, tag):  # noqa: ANN001, ANN201
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):  # noqa: ANN001, ANN201
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def _local_only(page: _Collector) -> None:
    for url in page.loads:
        local = url.startswith("data:") or (url.startswith("/") and not url.startswith("//"))
        assert local, f"loads {url} from elsewhere"


# --- /viz and /api/network.json --------------------------------------------------------------

def test_viz_page_for_rijnmond_is_offline_and_carries_the_network(viz_client):
    response = viz_client.get("/viz?regio=rijnmond", headers=HTML)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = parse(response.text)
    _local_only(page)
    assert "/viz/static/vis-network.min.js" in page.loads and "/viz/static/viz.js" in page.loads
    assert "<script>" not in response.text  # no inline script: the CSP forbids it
    data = json.loads(re.search(r'id="jeugdgraph-netwerk">(.*?)</script>', response.text, re.DOTALL).group(1))
    members = {e["from"] for e in data["edges"] if e["to"] == RIJNMOND and e["relation"] == "lid_van"}
    assert len(members) == 13
    region = next(n for n in data["nodes"] if n["id"] == RIJNMOND)
    assert region["href"] == "/id/jeugdregio/rijnmond"
    assert "Gemeente (13)" in response.text  # the legend
    assert '<option value="rijnmond" selected>Rijnmond</option>' in response.text


def test_every_static_file_the_page_loads_is_served(viz_client):
    page = parse(viz_client.get("/viz?regio=rijnmond", headers=HTML).text)
    for url in (u for u in page.loads if not u.startswith("data:")):
        response = viz_client.get(url)
        assert response.status_code == 200, url
        assert response.content
    assert b"@version 9.1.9" in viz_client.get("/viz/static/vis-network.min.js").content
    assert viz_client.get("/viz/static/onbekend.js").status_code == 404


def test_viz_with_an_unknown_region_says_so_in_dutch(viz_client):
    response = viz_client.get("/viz?regio=atlantis", headers=HTML)
    assert response.status_code == 404
    assert "De jeugdregio &#39;atlantis&#39; komt niet voor in de graaf." in response.text


def test_network_json_has_the_node_link_schema(viz_client):
    params = {"regio": "rijnmond", "kinds": "gemeente,jeugdregio"}
    response = viz_client.get("/api/network.json", params=params)
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "links"}
    assert data["graph"]["title"] == "Jeugdregio Rijnmond"
    assert len(data["nodes"]) == 14
    for node in data["nodes"]:
        assert set(node) >= {"id", "iri", "label", "kind", "kind_label", "type", "date", "quote"}
        assert node["kind"] in {"gemeente", "jeugdregio"}
    assert len(data["links"]) == 13
    for link in data["links"]:
        assert set(link) >= {"source", "target", "key", "relation", "label", "predicate"}
        assert link["target"] == RIJNMOND and link["relation"] == "lid_van"


def test_network_json_takes_repeated_kinds_and_a_period(viz_client):
    url = "/api/network.json?regio=rijnmond&kinds=document&kinds=besluit&van=2026-01-01"
    data = viz_client.get(url).json()
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"document", "besluit"}
    assert JGI + "document/004_33a8688e64a59d40/advies/1" not in {n["id"] for n in data["nodes"]}


def test_network_json_refuses_bad_input(viz_client):
    response = viz_client.get("/api/network.json?kinds=kasteel")
    assert response.status_code == 400
    assert "kasteel" in response.json()["fout"]
    assert viz_client.get("/api/network.json?gemeente=GM9999").status_code == 404


@pytest.mark.parametrize(("fmt", "media", "magic"), [
    ("graphml", "application/graphml+xml", b"<?xml"),
    ("gexf", "application/gexf+xml", b"<?xml"),
    ("png", "image/png", b"\x89PNG"),
])
def test_network_files_download(viz_client, fmt, media, magic):
    response = viz_client.get(f"/api/network.{fmt}?regio=rijnmond&kinds=gemeente,jeugdregio")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    assert response.content.startswith(magic)
    assert f'filename="netwerk-rijnmond.{fmt}"' in response.headers["content-disposition"]


# --- /regions --------------------------------------------------------------------------------

def test_regions_page_lists_every_region_with_its_members(viz_client, seed_store):
    expected = {}
    for row in seed_store.query(
        "SELECT ?label (COUNT(DISTINCT ?m) AS ?n) WHERE { ?r a jg:Jeugdregio ; skos:prefLabel ?label . "
        "OPTIONAL { { ?m org:memberOf ?r } UNION { ?r org:hasMember ?m } } } GROUP BY ?label",
        use_default_graph_as_union=True, prefixes=PREFIXES,
    ):
        expected[row["label"].value] = int(row["n"].value)

    response = viz_client.get("/regions", headers=HTML)
    assert response.status_code == 200
    page = parse(response.text)
    _local_only(page)
    rows = {r[0].split(" JZ")[0].removesuffix(" netwerk"): r for r in page.rows[1:]}
    assert len(rows) == len(expected) == 42
    rijnmond = rows["Rijnmond"]
    assert rijnmond[1].startswith("13:")
    for name in ("Vlaardingen", "Rotterdam", "Goeree-Overflakkee", "Capelle aan den IJssel"):
        assert name in rijnmond[1]
    assert rijnmond[2] == "Gemeenschappelijke Regeling Jeugdhulp Rijnmond"
    assert "Raadsvoorstel tot Vaststellen regiovisie Jeugdhulp Rijnmond 2026-2030" in rijnmond[3]
    assert "Dienst Gezondheid & Jeugd Zuid-Holland Zuid" in rows["Zuid-Holland Zuid"][2]
    assert "inkoop samen met IJmond" in rows["Zuid-Kennemerland"][2]
    for name, count in expected.items():
        if count:
            assert rows[name][1].startswith(f"{count}:"), name
    assert "/id/organisatie/grjr" in page.links and "/viz?regio=rijnmond" in page.links


def test_regions_page_shows_assignments_with_their_deadline(viz_client):
    page = parse(viz_client.get("/regions", headers=HTML).text)
    ijmond = next(r for r in page.rows if r and r[0].startswith("IJmond"))
    assert "Opdracht 3 uit Versterken preventieve jeugdhulp: uiterlijk 2026-09-30" in ijmond[4]
    assert "Opdracht 1 uit Versterken preventieve jeugdhulp: geen termijn genoemd" in ijmond[4]


# --- /id/ ------------------------------------------------------------------------------------

def test_every_iri_of_the_seed_graph_resolves_to_a_page(viz_client, seed_store):
    iris = {
        row["x"].value
        for row in seed_store.query(
            "SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?p ?x } UNION { GRAPH ?x { ?a ?b ?c } } "
            f"FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"{JGI}\")) }}",
            use_default_graph_as_union=True,
        )
    }
    assert len(iris) > 500
    failures = []
    for iri in sorted(iris):
        response = viz_client.get("/id/" + iri[len(JGI):], headers=HTML)
        if response.status_code != 200 or "<h1>" not in response.text:
            failures.append((iri, response.status_code))
    assert failures == []


def test_resource_page_shows_label_types_properties_and_incoming_links(viz_client):
    response = viz_client.get("/id/gemeente/gm0622", headers=HTML)
    assert response.status_code == 200
    assert response.headers["vary"] == "Accept"
    page = parse(response.text)
    _local_only(page)
    assert "<h1>Vlaardingen</h1>" in response.text
    assert "/id/jeugdregio/rijnmond" in page.links  # org:memberOf, linked to its local page
    assert "/id/document/004_33a8688e64a59d40" in page.links  # incoming dcterms:publisher
    assert "/viz?gemeente=GM0622" in page.links
    cells = [" | ".join(r) for r in page.rows]
    assert any(c.startswith("jg:cbsCode") and "GM0622" in c for c in cells)


def test_statement_page_shows_its_quote_in_the_text_of_its_document(viz_client):
    response = viz_client.get("/id/document/004_33a8688e64a59d40/besluit/3", headers=HTML)
    assert response.status_code == 200
    quote = "De Regiovisie Jeugdhulp Rijnmond 2026-2030 vast te stellen."
    assert "<h1>Beslispunt 1</h1>" in response.text  # its class's Dutch label and its number
    assert f'<blockquote class="jg-quote">{quote}</blockquote>' in response.text
    assert f"<mark>{quote}</mark>" in response.text
    assert 'Uit <a href="/id/document/004_33a8688e64a59d40">' in response.text


def test_unknown_iri_is_404_for_browsers_and_clients(viz_client):
    page = viz_client.get("/id/gemeente/gm9999", headers=HTML)
    assert page.status_code == 404
    assert "komt niet voor in deze graaf" in page.text and "<h1>Onbekende bron</h1>" in page.text
    data = viz_client.get("/id/gemeente/gm9999", headers={"Accept": "text/turtle"})
    assert data.status_code == 404
    assert "https://w3id.org/jeugdgraph/id/gemeente/gm9999 komt niet voor" in data.json()["fout"]
    assert viz_client.get("/id/gemeente/gm<0622>", headers=HTML).status_code == 400


def _own_triples(store, iri: str) -> set[tuple[str, str, str]]:  # noqa: ANN001
    return {
        (iri, row["p"].value, row["o"].value)
        for row in store.query(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}", use_default_graph_as_union=True)
    }


@pytest.mark.parametrize(("accept", "rdflib_format", "media"), [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("application/n-triples", "nt", "application/n-triples"),
    ("application/rdf+xml;q=0.9, text/html;q=0.5", "xml", "application/rdf+xml"),
])
def test_content_negotiation_gives_the_resource_triples(viz_client, seed_store, accept, rdflib_format, media):
    iri = RIJNMOND
    response = viz_client.get("/id/jeugdregio/rijnmond", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    graph = rdflib.Graph().parse(data=response.text, format=rdflib_format)
    got = {(str(s), str(p), str(o)) for s, p, o in graph}
    assert got == _own_triples(seed_store, iri)
    assert (iri, "https://w3id.org/jeugdgraph/def#uitgevoerdDoor", GRJR) in got


def test_format_parameter_overrides_accept_and_unknown_accept_is_406(viz_client):
    response = viz_client.get("/id/organisatie/grjr?format=turtle", headers=HTML)
    assert response.headers["content-type"].startswith("text/turtle")
    assert viz_client.get("/id/organisatie/grjr", headers={"Accept": "image/png"}).status_code == 406


# --- texts from documents stay text ----------------------------------------------------------

def test_pages_escape_what_documents_say(hostile_client):
    for url in ("/viz?regio=ijmond&kinds=gemeente,jeugdregio,document,opdracht", "/regions",
                "/id/" + HOSTILE_DOC[len(JGI):], "/id/" + HOSTILE_ITEM[len(JGI):], "/id/gemeente/gm0453"):
        response = hostile_client.get(url, headers=HTML)
        assert response.status_code == 200, url
        assert "<script>window.pwned" not in response.text, url
        assert "<img src=x" not in response.text, url
        assert "Velsen <b>" not in response.text, url
        parse(response.text)  # no element with an event handler or inline style
    item = hostile_client.get("/id/" + HOSTILE_ITEM[len(JGI):], headers=HTML).text
    escaped = HOSTILE_QUOTE.replace("<", "&lt;").replace(">", "&gt;")
    assert f"<mark>{escaped}</mark>" in item
