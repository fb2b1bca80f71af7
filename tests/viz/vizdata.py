"""Constants and test data of the visualisation tests (imported by conftest.py and the tests)."""

from __future__ import annotations

JGI = "https://w3id.org/jeugdgraph/id/"
RIJNMOND = JGI + "jeugdregio/rijnmond"
GRJR = JGI + "organisatie/grjr"

# A title and a quote that would run script if any page pasted them in unescaped.
HOSTILE_TITLE = 'Motie </script><script>window.pwned=1</script> & "zo"'
HOSTILE_QUOTE = "<img src=x onerror=window.pwned=1> terug te koppelen"
HOSTILE_TEXT = "Het college ## " + HOSTILE_QUOTE + " ## einde."
HOSTILE_DOC = JGI + "document/motie-x"
HOSTILE_ITEM = JGI + "document/motie-x/opdracht/1"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_trig() -> str:
    begin = HOSTILE_TEXT.index(HOSTILE_QUOTE)
    return f"""
@prefix jg: <https://w3id.org/jeugdgraph/def#> .
@prefix jgi: <https://w3id.org/jeugdgraph/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

jgi:graph\\/reference {{
  jgi:gemeente\\/gm0453 a jg:Gemeente ; skos:prefLabel "Velsen <b>"@nl ; jg:cbsCode "GM0453" ;
      org:memberOf jgi:jeugdregio\\/ijmond .
  jgi:jeugdregio\\/ijmond a jg:Jeugdregio ; skos:prefLabel "IJmond"@nl ; jg:cbsCode "JZ10" ;
      org:hasMember jgi:gemeente\\/gm0453 .
}}

jgi:document\\/motie-x {{
  jgi:document\\/motie-x a jg:Document , jg:Motie ; dcterms:title {_lit(HOSTILE_TITLE)}@nl ;
      dcterms:date "2026-02-01"^^xsd:date ; dcterms:publisher jgi:gemeente\\/gm0453 ;
      jg:tekst {_lit(HOSTILE_TEXT)} ;
      jg:noemt jgi:jeugdregio\\/ijmond ; jg:bevat jgi:document\\/motie-x\\/opdracht\\/1 .
  jgi:document\\/motie-x\\/opdracht\\/1 a jg:Opdracht ; jg:volgnummer 1 ;
      jg:deadline "2026-09-30"^^xsd:date ; jg:citaat {_lit(HOSTILE_QUOTE)} ;
      jg:begin {begin} ; jg:eind {begin + len(HOSTILE_QUOTE)} ;
      prov:wasDerivedFrom jgi:document\\/motie-x .
}}
"""
