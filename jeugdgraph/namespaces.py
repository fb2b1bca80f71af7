"""The vocabularies of the graph.

``JG`` is a closed vocabulary: asking for a term that the ontology does not declare raises
``AttributeError``, so a typo in a mapping fails loudly instead of minting a stray predicate.
Every term listed here is declared in ``ontology/jeugdgraph.ttl`` (a test checks both ways).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

JG_IRI = "https://w3id.org/jeugdgraph/def#"
JGI_IRI = "https://w3id.org/jeugdgraph/id/"


class JG(DefinedNamespace):
    """The jeugdgraph ontology (``jg:``)."""

    _NS = Namespace(JG_IRI)
    _fail = True

    # --- classes of the contract
    Gemeente: URIRef
    Jeugdregio: URIRef
    GemeenschappelijkeRegeling: URIRef
    Organisatie: URIRef
    Wet: URIRef
    Document: URIRef
    Motie: URIRef
    Raadsvoorstel: URIRef
    Raadsbesluit: URIRef
    Raadsinformatiebrief: URIRef
    Nieuwsbericht: URIRef
    Presentatie: URIRef
    Brief: URIRef
    Advies: URIRef
    Regiovisie: URIRef
    Amendement: URIRef  # an amendment of a proposed decision (opengov:Motion, like jg:Motie)
    Collegebesluit: URIRef  # a decision or decision list of the executive
    Regeling: URIRef  # a regulation in articles (verordening, nadere regels, gemeenschappelijke regeling)
    Beleidsplan: URIRef  # a policy plan or framework note
    Verslag: URIRef  # the minutes or report of a council or committee meeting
    Besluit: URIRef
    Opdracht: URIRef
    Maatregel: URIRef
    Bedrag: URIRef
    Thema: URIRef
    Begrip: URIRef

    # --- classes added by the project
    Programma: URIRef  # a national or regional programme (Hervormingsagenda Jeugd, Routekaart Jeugd)
    Principe: URIRef  # a leading principle of a vision
    Termijn: URIRef  # a date, deadline or norm period a document states (treeknorm van 14 weken)
    Persoon: URIRef  # a person named in a document with a role; subclass of foaf:Person
    Segment: URIRef  # a care segment of a procurement model (skos:Concept)

    # --- properties of the contract
    cbsCode: URIRef
    uitgevoerdDoor: URIRef
    bwbId: URIRef
    noemt: URIRef
    verwijstNaar: URIRef
    bevat: URIRef
    volgnummer: URIRef
    deadline: URIRef
    bedrag: URIRef
    steltVast: URIRef
    regio: URIRef
    thema: URIRef
    citaat: URIRef
    begin: URIRef
    eind: URIRef

    # --- properties added by the project
    tekst: URIRef  # the normalised text of a document, which begin/eind offsets refer to
    bronbestand: URIRef  # the file name the document was read from
    mediatype: URIRef  # the media type of that file
    datumTekst: URIRef  # a date as the document writes it when it is incomplete ("20 januari")
    periodeVan: URIRef  # first year a vision or programme covers (xsd:gYear)
    periodeTot: URIRef  # last year it covers (xsd:gYear)
    percentage: URIRef  # a percentage stated as an amount (10% -> 10)
    doel: URIRef  # what an amount or measure is for, in the document's words
    betreft: URIRef  # the municipality, region or body an amount or measure concerns
    datum: URIRef  # the date of a Termijn (xsd:date)
    duur: URIRef  # the length of a norm period (xsd:duration; 14 weeks are P98D)
    rol: URIRef  # the role of a person (wethouder, burgemeester, griffier, portefeuillehouder)
    namens: URIRef  # the organisation a person acts for
    term: URIRef  # the term a Begrip defines, as written
    inkoopSamenMet: URIRef  # a region that procures youth care together with another region
    begindatum: URIRef  # the date a municipality or body came into being
    einddatum: URIRef  # the date it ceased to exist
    opgevolgdDoor: URIRef  # the municipality a dissolved one merged into
    provincie: URIRef  # the province a municipality lies in (TOOI IRI)
    uitkomst: URIRef  # the outcome of a motion or amendment (a concept of the scheme jgi:uitkomst)
    stemmenVoor: URIRef  # votes in favour on an opengov:VoteEvent
    stemmenTegen: URIRef  # votes against
    unaniem: URIRef  # the vote was unanimous
    fractieVoor: URIRef  # a party that voted in favour, as written
    fractieTegen: URIRef  # a party that voted against, as written
    kwalificatie: URIRef  # how an amount is approximated (ruim, bijna, circa, ...)

    # --- derived statements (jgi:graph/afgeleid, jeugdgraph.derived)
    overRegio: URIRef  # the source document is about this region (names it or a member; a member issued it)
    zonderDatum: URIRef  # the source document's graph states no date (true)
    besluitVan: URIRef  # an adopting decision and the publisher of its document
    datumBlok: URIRef  # the month (YYYY-MM) of a resource's date: the bucket the long listings page by
    deadlineBlok: URIRef  # the month of a resource's deadline
    documentBlok: URIRef  # the first characters of a document's slug
    regiovisieBlok: URIRef  # a name of a regional vision's region: the bucket its listing pages by
    namensBlok: URIRef  # the Dutch name of whom a person acts for ("" without one)
    bronNoemt: URIRef  # the source document names the resource (counted per resource)
    wetDatumBlok: URIRef  # "{law} {YYYY-MM}" of a document citing the law, by its date
    uitsprakenBlok: URIRef  # "{theme} {999999 - count} {slug's start}" per theme of a document
    blokSoort: URIRef  # a bucket's or count's kind (datum, deadline, document, …; genoemd, …)
    blokSleutel: URIRef  # a bucket's or count's key (a month, a slug's start, a name, a resource, a pair)
    aantal: URIRef  # how many resources a bucket holds
    blokNaam: URIRef  # a name of the organisation a 'genoemd' count counts
    geschrevenNaam: URIRef  # a name as one document writes it; the derived graph chooses the official one
    # --- registers: government organisations, changes and names (issue 11)
    Provincie: URIRef  # a province, identified by its TOOI IRI
    Overheidsorganisatie: URIRef  # another government organisation (inspectorate, council, service)
    Zbo: URIRef  # an independent administrative body (zelfstandig bestuursorgaan)
    Wijziging: URIRef  # a change in the register: organisations end or begin (prov:Activity)
    Samenvoeging: URIRef  # a merger: the invalidated ones together become a new one
    Uitbreiding: URIRef  # an extension: the invalidated ones join one that continues
    Herschikking: URIRef  # a rearrangement of territory between organisations
    Oprichting: URIRef  # a founding
    Opheffing: URIRef  # a dissolution
    Splitsing: URIRef  # a split
    zoeknaam: URIRef  # a name as it is compared when typed: lower case, no diacritics or dashes
    Artikel: URIRef  # an article of a law that a document refers to (artikel 2.3 Jeugdwet)
    artikelVan: URIRef  # the law an article belongs to
    artikelnummer: URIRef  # the article's number as the law writes it (2.3, 8.1.1, 1:2, 4a)
    verwijstNaarArtikel: URIRef  # a document refers to this article of a law


JGI = Namespace(JGI_IRI)
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TOOI = Namespace("https://identifier.overheid.nl/tooi/id/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")  # OGC GeoSPARQL (boundaries, jeugdgraph.geo)
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")

GRAPH_REFERENCE = URIRef(JGI_IRI + "graph/reference")
GRAPH_ONTOLOGY = URIRef(JGI_IRI + "graph/ontology")
GRAPH_GEOMETRY = URIRef(JGI_IRI + "graph/geometrie")

#: prefix -> namespace IRI; predeclared in every SPARQL query and used when serialising.
PREFIXES: dict[str, str] = {
    "jg": JG_IRI,
    "jgi": JGI_IRI,
    "org": str(ORG),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "skos": str(SKOS),
    "eli": str(ELI),
    "schema": str(SCHEMA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "foaf": str(FOAF),
    "sh": str(SH),
    "void": str(VOID),
    "geo": str(GEO),
    "opengov": str(OPENGOV),
}


class Terms:
    """A vocabulary's IRIs as pyoxigraph ``NamedNode``s, each made once; closed when ``names`` is given
    (a typo fails loudly, as with ``JG``)."""

    def __init__(self, base: str, names: Iterable[str] | None = None) -> None:
        self._base = base
        self._names = frozenset(names) if names is not None else None

    def __getattr__(self, name: str) -> ox.NamedNode:  # only asked the first time: then the attribute is set
        if name.startswith("_") or (self._names is not None and name not in self._names):
            raise AttributeError(f"{self._base}{name} is not a term of this vocabulary")
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self._base + name)


#: the vocabularies as pyoxigraph terms, for the pipeline (mapping, validation data, the store)
JG_TERMS = Terms(JG_IRI, JG.__annotations__)
JGI_TERMS = Terms(JGI_IRI)
RDF_TERMS, RDFS_TERMS, XSD_TERMS = Terms(str(RDF)), Terms(str(RDFS)), Terms(str(XSD))
DCTERMS_TERMS, FOAF_TERMS, SKOS_TERMS = Terms(str(DCTERMS)), Terms(str(FOAF)), Terms(str(SKOS))
PROV_TERMS, SCHEMA_TERMS, OPENGOV_TERMS = Terms(str(PROV)), Terms(str(SCHEMA)), Terms(str(OPENGOV))


def sparql_prologue() -> str:
    """The PREFIX lines that every query may rely on without declaring them."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def bind_prefixes(graph) -> None:  # noqa: ANN001 - any rdflib Graph or Dataset
    """Bind the project's prefixes on an rdflib graph so serialisations read well."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, Namespace(iri), override=True)


__all__ = [
    "DCTERMS", "FOAF", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD",
    "JG", "JGI", "OPENGOV", "ORG", "ELI", "SCHEMA", "SH", "VOID", "SD", "TOOI", "GEO",
    "GRAPH_REFERENCE", "GRAPH_ONTOLOGY", "GRAPH_GEOMETRY", "PREFIXES", "sparql_prologue", "bind_prefixes",
    "Terms", "JG_TERMS", "JGI_TERMS", "RDF_TERMS", "RDFS_TERMS", "XSD_TERMS", "DCTERMS_TERMS", "FOAF_TERMS",
    "SKOS_TERMS", "PROV_TERMS", "SCHEMA_TERMS", "OPENGOV_TERMS",
]
