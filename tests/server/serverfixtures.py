"""Test data and helpers of the server tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from liveserver import LiveServer, free_port  # noqa: F401 - re-exported for this capability's tests

from jeugdgraph.settings import Settings

SMALL_TRIG = """
@prefix jg: <https://w3id.org/jeugdgraph/def#> .
@prefix jgi: <https://w3id.org/jeugdgraph/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

jgi:graph\\/reference {
  jgi:gemeente\\/gm0622 a jg:Gemeente ; skos:prefLabel "Vlaardingen"@nl ; jg:cbsCode "GM0622" ;
      org:memberOf jgi:jeugdregio\\/rijnmond .
  jgi:gemeente\\/gm0606 a jg:Gemeente ; skos:prefLabel "Schiedam"@nl ; jg:cbsCode "GM0606" ;
      org:memberOf jgi:jeugdregio\\/rijnmond .
  jgi:gemeente\\/gm0453 a jg:Gemeente ; skos:prefLabel "Velsen"@nl ; jg:cbsCode "GM0453" ;
      org:memberOf jgi:jeugdregio\\/ijmond .
  jgi:jeugdregio\\/rijnmond a jg:Jeugdregio ; skos:prefLabel "Rijnmond"@nl ; jg:cbsCode "JZ29" ;
      org:hasMember jgi:gemeente\\/gm0622 , jgi:gemeente\\/gm0606 .
  jgi:jeugdregio\\/ijmond a jg:Jeugdregio ; skos:prefLabel "IJmond"@nl ; jg:cbsCode "JZ10" ;
      org:hasMember jgi:gemeente\\/gm0453 .
  jgi:wet\\/BWBR0034925 a jg:Wet ; skos:prefLabel "Jeugdwet"@nl ; jg:bwbId "BWBR0034925" .
}

jgi:document\\/motie-a {
  jgi:document\\/motie-a a jg:Document , jg:Motie ; dcterms:title "Motie preventie"@nl ;
      jg:bronbestand "motie-a.txt" ; jg:noemt jgi:gemeente\\/gm0453 ;
      jg:bevat jgi:document\\/motie-a\\/opdracht\\/1 .
  jgi:document\\/motie-a\\/opdracht\\/1 a jg:Opdracht ; jg:volgnummer 1 ;
      jg:deadline "2026-09-30"^^xsd:date ;
      jg:citaat "uiterlijk in het derde kwartaal van 2026 terug te koppelen" ;
      jg:begin 10 ; jg:eind 68 ; prov:wasDerivedFrom jgi:document\\/motie-a .
}

jgi:document\\/voorstel-b {
  jgi:document\\/voorstel-b a jg:Document , jg:Raadsvoorstel ; dcterms:title "Raadsvoorstel regiovisie"@nl ;
      dcterms:date "2026-04-07"^^xsd:date ; dcterms:publisher jgi:gemeente\\/gm0622 ;
      jg:bronbestand "voorstel-b.txt" ; jg:verwijstNaar jgi:wet\\/BWBR0034925 ;
      jg:noemt jgi:jeugdregio\\/rijnmond , jgi:gemeente\\/gm0622 .
}
"""

GRAPH_BULK = "https://w3id.org/jeugdgraph/id/graph/bulk"
BULK_TRIPLES = 1200  # enough for a cross join that no time limit in these tests can wait for
SLOW_QUERY = (
    f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_BULK}> "
    "{ ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h } }"
)
DOC_MOTIE = "https://w3id.org/jeugdgraph/id/document/motie-a"
DOC_VOORSTEL = "https://w3id.org/jeugdgraph/id/document/voorstel-b"
GRAPH_REFERENCE = "https://w3id.org/jeugdgraph/id/graph/reference"


def write_small_store(path: Path) -> Path:
    store = ox.Store(str(path))
    store.load(SMALL_TRIG, ox.RdfFormat.TRIG)
    bulk = ox.NamedNode(GRAPH_BULK)
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:jeugdgraph-test:s{i}"), ox.NamedNode("urn:jeugdgraph-test:rang"),
                ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), bulk)
        for i in range(BULK_TRIPLES)
    )
    store.flush()
    del store
    return path


def small_settings(**changes: object) -> Settings:
    base = Settings(query_workers=2, query_timeout=5.0, row_limit=100, row_limit_max=1000)
    return base.with_(**changes)


