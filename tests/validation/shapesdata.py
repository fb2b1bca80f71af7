"""A small graph for the shape tests: reference rows, one motion with its quotes, and helpers."""

from __future__ import annotations

from rdflib import Graph, URIRef

from jeugdgraph.validation import load_shapes
from jeugdgraph.validation_report import Finding, ValidationReport

# rdflib's XSD namespace object warns when pytest inspects module attributes
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
JGI = "https://w3id.org/jeugdgraph/id/"
JGSH = "https://w3id.org/jeugdgraph/def/shapes#"
VLAARDINGEN = URIRef(JGI + "gemeente/gm0622")
SCHIEDAM = URIRef(JGI + "gemeente/gm0606")
DORDRECHT = URIRef(JGI + "gemeente/gm0505")
RIJNMOND = URIRef(JGI + "jeugdregio/rijnmond")
ZHZ = URIRef(JGI + "jeugdregio/zuid-holland-zuid")
JEUGDWET = URIRef(JGI + "wet/BWBR0034925")
MOTIE = URIRef(JGI + "document/000_test")
OPDRACHT = URIRef(JGI + "document/000_test/opdracht/1")
BEDRAG = URIRef(JGI + "document/000_test/bedrag/1")

TEXT = (
    "Versterken preventieve jeugdhulp\n"
    "We geven het college opdracht om:\n"
    "1. In regionaal verband de versterking van de sociale basis voor jeugd te agenderen;\n"
    "Hiervoor is een regionaal budget van € 400.000 beschikbaar."
)
QUOTE = "1. In regionaal verband de versterking van de sociale basis voor jeugd te agenderen;"
AMOUNT = "€ 400.000"
Q_BEGIN = TEXT.index(QUOTE)
A_BEGIN = TEXT.index(AMOUNT)

PREFIXES = """
@prefix jg:      <https://w3id.org/jeugdgraph/def#> .
@prefix gem:     <https://w3id.org/jeugdgraph/id/gemeente/> .
@prefix regio:   <https://w3id.org/jeugdgraph/id/jeugdregio/> .
@prefix wet:     <https://w3id.org/jeugdgraph/id/wet/> .
@prefix doc:     <https://w3id.org/jeugdgraph/id/document/> .
@prefix thema:   <https://w3id.org/jeugdgraph/id/thema/> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""

REFERENCE = PREFIXES + """
gem:gm0622 a jg:Gemeente ; skos:prefLabel "Vlaardingen"@nl ; jg:cbsCode "GM0622" ;
    owl:sameAs <https://identifier.overheid.nl/tooi/id/gemeente/gm0622> ; org:memberOf regio:rijnmond .
gem:gm0606 a jg:Gemeente ; skos:prefLabel "Schiedam"@nl ; jg:cbsCode "GM0606" ;
    owl:sameAs <https://identifier.overheid.nl/tooi/id/gemeente/gm0606> ; org:memberOf regio:rijnmond .
gem:gm0505 a jg:Gemeente ; skos:prefLabel "Dordrecht"@nl ; jg:cbsCode "GM0505" ;
    owl:sameAs <https://identifier.overheid.nl/tooi/id/gemeente/gm0505> ;
    org:memberOf regio:zuid-holland-zuid .
regio:rijnmond a jg:Jeugdregio ; skos:prefLabel "Rijnmond"@nl ; jg:cbsCode "JZ29" ;
    org:hasMember gem:gm0622 , gem:gm0606 .
regio:zuid-holland-zuid a jg:Jeugdregio ; skos:prefLabel "Zuid-Holland Zuid"@nl ; jg:cbsCode "JZ31" ;
    org:hasMember gem:gm0505 .
wet:BWBR0034925 a jg:Wet ; skos:prefLabel "Jeugdwet"@nl ; jg:bwbId "BWBR0034925" .
"""

DOCUMENT = PREFIXES + f'''
doc:000_test a jg:Document , jg:Motie ;
    dcterms:title "Versterken preventieve jeugdhulp"@nl ;
    dcterms:date "2025-11-06"^^xsd:date ;
    dcterms:publisher gem:gm0622 ;
    jg:tekst """{TEXT}""" ;
    jg:verwijstNaar wet:BWBR0034925 ;
    jg:noemt regio:rijnmond ;
    jg:thema thema:preventie , thema:sociale-basis ;
    jg:bevat doc:000_test\\/opdracht\\/1 , doc:000_test\\/bedrag\\/1 .
doc:000_test\\/opdracht\\/1 a jg:Opdracht ;
    jg:volgnummer 1 ;
    jg:deadline "2026-09-30"^^xsd:date ;
    jg:thema thema:sociale-basis ;
    prov:wasDerivedFrom doc:000_test ;
    jg:citaat "{QUOTE}" ;
    jg:begin {Q_BEGIN} ;
    jg:eind {Q_BEGIN + len(QUOTE)} .
doc:000_test\\/bedrag\\/1 a jg:Bedrag ;
    jg:bedrag 400000.0 ;
    prov:wasDerivedFrom doc:000_test ;
    jg:citaat "{AMOUNT}" ;
    jg:begin {A_BEGIN} ;
    jg:eind {A_BEGIN + len(AMOUNT)} .
'''


def correct_graph() -> Graph:
    graph = Graph()
    graph.parse(data=REFERENCE, format="turtle")
    graph.parse(data=DOCUMENT, format="turtle")
    return graph


def findings_of(report: ValidationReport, shape: str) -> list[Finding]:
    return [f for f in report.findings if f.shape == JGSH + shape]


def the_finding(report: ValidationReport, shape: str, focus: URIRef) -> Finding:
    found = [f for f in findings_of(report, shape) if f.focus == str(focus)]
    assert found, f"no finding of {shape} on {focus}; report:\n{report.text('en')}"
    return found[0]


def shape_message(shape: str, lang: str = "nl") -> str:
    from rdflib.namespace import SH

    for message in load_shapes().objects(URIRef(JGSH + shape), SH.message):
        if message.language == lang:
            return str(message)
    raise AssertionError(f"shape {shape} has no @{lang} message")
