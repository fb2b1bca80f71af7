"""Map an ``ExtractedDocument`` to RDF: the document's own named graph, as pyoxigraph quads.

Only facts the extraction found are stated; every extracted resource carries its provenance
(``prov:wasDerivedFrom``, ``jg:citaat``, ``jg:begin``, ``jg:eind``). IRIs are deterministic
(``iris``), so mapping the same facts twice gives the same quads.

``map_document`` gives a ``DocumentQuads``: the quads go into a store as they are
(``Store.extend``), or as N-Quads made by pyoxigraph's own serialiser where bytes must cross a
process boundary (the build's workers). Literals have the lexical forms the graph has always had
(decimals as written, durations in xsd:duration's canonical form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

import pyoxigraph as ox

from . import iris
from .facts import DocumentMetadata, DocumentPart, ExtractedDocument, Span
from .namespaces import (
    DCTERMS_TERMS,
    FOAF_TERMS,
    JG_TERMS,
    JGI_IRI,
    OPENGOV_TERMS,
    PROV_TERMS,
    RDF_TERMS,
    RDFS_TERMS,
    SCHEMA_TERMS,
    SKOS_TERMS,
    XSD_TERMS,
)

_JG, _DCTERMS, _FOAF, _SKOS, _SCHEMA = JG_TERMS, DCTERMS_TERMS, FOAF_TERMS, SKOS_TERMS, SCHEMA_TERMS

DOCUMENT_CLASSES: dict[str, ox.NamedNode] = {
    "motie": _JG.Motie,
    "raadsvoorstel": _JG.Raadsvoorstel,
    "raadsbesluit": _JG.Raadsbesluit,
    "raadsinformatiebrief": _JG.Raadsinformatiebrief,
    "nieuwsbericht": _JG.Nieuwsbericht,
    "presentatie": _JG.Presentatie,
    "regiovisie": _JG.Regiovisie,
    "brief": _JG.Brief,
    "advies": _JG.Advies,
    "amendement": _JG.Amendement,
    "collegebesluit": _JG.Collegebesluit,
    "regeling": _JG.Regeling,
    "beleidsplan": _JG.Beleidsplan,
    "verslag": _JG.Verslag,
}

Object = ox.NamedNode | ox.Literal

# --- literals -------------------------------------------------------------------------------

_XSD_INTEGER, _XSD_DECIMAL, _XSD_DATE = XSD_TERMS.integer, XSD_TERMS.decimal, XSD_TERMS.date
_XSD_GYEAR, _XSD_DURATION, _XSD_BOOLEAN = XSD_TERMS.gYear, XSD_TERMS.duration, XSD_TERMS.boolean
_XSD_NON_NEGATIVE = XSD_TERMS.nonNegativeInteger

_DURATION = re.compile(r"^P(?P<n>\d+(?:\.\d+)?)(?P<unit>[YMWD])$")
_DAY = Decimal(86400)
_MICROSECOND = Decimal("0.000001")


def xsd_duration(iso: str) -> str:
    """An extracted ISO 8601 duration (``P{n}Y``, ``M``, ``W`` or ``D``) in xsd:duration's canonical
    form: weeks as days (``P14W`` -> ``P98D``; xsd:duration has no weeks), a fraction of a day as
    hours, minutes and seconds (``P2.5D`` -> ``P2DT12H``), months as years and months
    (``P18M`` -> ``P1Y6M``, ``P1.5Y`` -> ``P1Y6M``). A fraction of a month has no exact form and is
    kept as written."""
    match = _DURATION.match(iso)
    if match is None:
        return iso
    number, unit = Decimal(match["n"]), match["unit"]
    if unit in "YM":
        months = number * 12 if unit == "Y" else number
        if months != months.to_integral_value():
            return iso
        years, left = divmod(int(months), 12)
        text = (f"{years}Y" if years else "") + (f"{left}M" if left else "")
        return f"P{text or '0D'}"
    exact = (number * 7 if unit == "W" else number) * _DAY
    seconds: Decimal = exact.quantize(_MICROSECOND, rounding=ROUND_HALF_EVEN)
    days, rest = divmod(seconds, _DAY)
    hours, rest = divmod(rest, 3600)
    minutes, rest = divmod(rest, 60)
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if rest:
        clock += f"{rest.normalize():f}S"
    text = (f"{days}D" if days else "") + (f"T{clock}" if clock else "")
    return f"P{text or '0D'}"


def _string(text: str) -> ox.Literal:
    return ox.Literal(text)


def _nl(text: str) -> ox.Literal:
    return ox.Literal(text, language="nl")


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD_INTEGER)


def _decimal(value: Decimal) -> ox.Literal:
    return ox.Literal(f"{value:f}", datatype=_XSD_DECIMAL)  # as written: 400000.00 stays so


def _date(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_DATE)


# predicates and classes, looked up once
_TYPE = RDF_TERMS.type
_SEE_ALSO = RDFS_TERMS.seeAlso
_DERIVED_FROM = PROV_TERMS.wasDerivedFrom
_CITAAT, _BEGIN, _EIND, _BEVAT = _JG.citaat, _JG.begin, _JG.eind, _JG.bevat
_NOEMT, _VERWIJST_NAAR, _THEMA = _JG.noemt, _JG.verwijstNaar, _JG.thema
_DOCUMENT, _DEADLINE, _VOLGNUMMER = _JG.Document, _JG.deadline, _JG.volgnummer
_TITLE, _DATE = _DCTERMS.title, _DCTERMS.date
# a name minted into an IRI is stated as written; the derived graph chooses the one official name
_GESCHREVEN = _JG.geschrevenNaam


class DocumentQuads:
    """The quads of one document's named graph, each once, in the order the mapping stated them."""

    def __init__(self, name: ox.NamedNode, quads: list[ox.Quad]) -> None:
        self.name = name  # the graph's IRI: the document's
        self._quads: list[ox.Quad] | None = quads
        self._triples: list[tuple[ox.NamedNode, ox.NamedNode, Object]] = []

    @classmethod
    def of_triples(cls, name: ox.NamedNode, triples: list[tuple[ox.NamedNode, ox.NamedNode, Object]]
                   ) -> DocumentQuads:
        """The graph of ``triples`` (each once, in order), made into quads only when asked: a quad
        with a literal costs pyoxigraph a failed conversion, and a build only needs the N-Quads."""
        graph = cls(name, [])
        graph._quads, graph._triples = None, triples
        return graph

    @property
    def quads(self) -> list[ox.Quad]:
        if self._quads is None:
            self._quads = [ox.Quad(s, p, o, self.name) for s, p, o in self._triples]
        return self._quads

    def __len__(self) -> int:
        return len(self.quads) if self._quads is not None else len(self._triples)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.quads)

    def triples(self) -> list[ox.Triple]:
        return [quad.triple for quad in self.quads]

    def statements(self) -> list[tuple[ox.NamedNode, ox.NamedNode, Object]]:
        """The graph's (subject, predicate, object) terms, without making quads (see ``of_triples``)."""
        if self._quads is None:
            return self._triples
        return [(q.subject, q.predicate, q.object) for q in self._quads]  # type: ignore[misc]

    def subjects(self) -> set[ox.NamedNode]:
        """The IRIs the graph describes."""
        return {q.subject for q in self.quads if isinstance(q.subject, ox.NamedNode)}

    def nquads(self) -> bytes:
        """The graph in N-Quads: pyoxigraph's serialiser's, or its terms' own N-Triples forms (the
        same text) when the quads were not made."""
        if self._quads is not None:
            return ox.serialize(self._quads, format=ox.RdfFormat.N_QUADS) or b""
        graph = str(self.name)
        # "!s" calls str() directly instead of going through format()
        return "".join([f"{s!s} {p!s} {o!s} {graph} .\n" for s, p, o in self._triples]).encode()

    def ntriples(self) -> bytes:
        """The graph's triples in N-Triples, by pyoxigraph's serialiser."""
        return ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES) or b""


class _DocumentGraph:
    """Accumulates the triples of one document's graph."""

    def __init__(self, extracted: ExtractedDocument) -> None:
        self.extracted = extracted
        self.slug = extracted.source.slug
        self.doc = ox.NamedNode(iris.document(self.slug))
        self.triples: list[tuple[ox.NamedNode, ox.NamedNode, Object]] = []
        self.part_iris: list[tuple[ox.NamedNode, DocumentPart]] = []
        # resources with a span, to attach themes and containment by offsets
        self.spanned: list[tuple[ox.NamedNode, Span]] = []

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: Object) -> None:
        self.triples.append((s, p, o))

    def quads(self) -> DocumentQuads:
        return DocumentQuads.of_triples(self.doc, list(dict.fromkeys(self.triples)))

    def provenance(self, resource: ox.NamedNode, span: Span) -> None:
        add = self.triples.append
        add((resource, _DERIVED_FROM, self.doc))
        add((resource, _CITAAT, ox.Literal(span.text)))
        add((resource, _BEGIN, _integer(span.begin)))
        add((resource, _EIND, _integer(span.end)))
        self.spanned.append((resource, span))

    def metadata(self, subject: ox.NamedNode, meta: DocumentMetadata) -> None:
        self.add(subject, _TYPE, _DOCUMENT)
        if meta.kind in DOCUMENT_CLASSES:
            self.add(subject, _TYPE, DOCUMENT_CLASSES[meta.kind])
        if meta.title:
            self.add(subject, _TITLE, _nl(meta.title))
        if meta.date:
            self.add(subject, _DATE, _date(meta.date))
        elif meta.date_text:
            self.add(subject, _JG.datumTekst, _string(meta.date_text))
        if meta.identifier:
            self.add(subject, _DCTERMS.identifier, _string(meta.identifier))
        if meta.publisher:
            publisher = _outside(meta.publisher)
            self.add(subject, _DCTERMS.publisher, publisher)
            if meta.publisher_name:  # an issuer in no register (a party): typed and named here
                self.add(publisher, _TYPE, _JG.Organisatie)
                self.add(publisher, _GESCHREVEN, _nl(meta.publisher_name))
        if meta.source_url:
            self.add(subject, _DCTERMS.source, _outside(meta.source_url))
        if meta.kind == "regiovisie":
            if meta.region:
                self.add(subject, _JG.regio, _outside(meta.region))
            if meta.period:
                self.add(subject, _JG.periodeVan, ox.Literal(str(meta.period[0]), datatype=_XSD_GYEAR))
                self.add(subject, _JG.periodeTot, ox.Literal(str(meta.period[1]), datatype=_XSD_GYEAR))

    def containers_of(self, span: Span) -> list[ox.NamedNode]:
        """The file's document and every part whose extent holds the span."""
        return [self.doc] + [iri for iri, part in self.part_iris if part.span.contains(span)]

    def contained(self, resource: ox.NamedNode, span: Span) -> None:
        for container in self.containers_of(span):
            self.add(container, _BEVAT, resource)

    def extracted_iri(self, kind: str, n: int) -> ox.NamedNode:
        return ox.NamedNode(iris.extracted(self.slug, kind, n))

    def statement(
        self, kind: str, n: int, cls: ox.NamedNode, span: Span, deadline: date | None = None
    ) -> ox.NamedNode:
        """An extracted statement: its IRI, type, deadline, provenance, and who contains it."""
        iri = self.extracted_iri(kind, n)
        self.add(iri, _TYPE, cls)
        if deadline:
            self.add(iri, _DEADLINE, _date(deadline))
        self.provenance(iri, span)
        self.contained(iri, span)
        return iri


def _outside(iri: str) -> ox.NamedNode:
    """An IRI from the gazetteer or a sidecar, as given (pyoxigraph refuses one that is no IRI)."""
    return ox.NamedNode(iri)


def map_document(extracted: ExtractedDocument) -> DocumentQuads:
    """The quads of the named graph (named by the document IRI) of one extracted document."""
    m = _DocumentGraph(extracted)
    source = extracted.source
    m.metadata(m.doc, extracted.metadata)
    m.add(m.doc, _JG.bronbestand, _string(source.path.name))
    m.add(m.doc, _JG.mediatype, _string(source.media_type))
    m.add(m.doc, _JG.tekst, _string(source.text))

    for part in extracted.parts:
        part_iri = m.extracted_iri(part.metadata.kind, part.number)
        m.part_iris.append((part_iri, part))
        m.metadata(part_iri, part.metadata)
        m.add(m.doc, _DCTERMS.hasPart, part_iri)
        m.add(part_iri, _DCTERMS.isPartOf, m.doc)
        m.provenance(part_iri, part.heading or part.span)

    _map_mentions(m, extracted)
    _map_statements(m, extracted)
    _map_outcome(m, extracted)
    _map_themes(m, extracted)
    return m.quads()


def _map_mentions(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for mention in extracted.mentions:
        predicate = _VERWIJST_NAAR if mention.kind == "wet" else _NOEMT
        entity = _outside(mention.iri)
        for container in m.containers_of(mention.span):
            m.add(container, predicate, entity)

    _map_articles(m, extracted)
    labelled: set[str] = set()
    for organisation in extracted.organisations:  # named, in no register: typed and labelled here
        iri = ox.NamedNode(organisation.iri)
        if organisation.iri not in labelled:  # the first spelling is its one name
            labelled.add(organisation.iri)
            joint = organisation.kind == "gemeenschappelijke_regeling"
            m.add(iri, _TYPE, _JG.GemeenschappelijkeRegeling if joint else _JG.Organisatie)
            m.add(iri, _GESCHREVEN, _nl(organisation.name))
        for container in m.containers_of(organisation.span):
            m.add(container, _NOEMT, iri)
    for law in extracted.named_laws:  # named, in no register: typed and labelled here
        law_iri = ox.NamedNode(law.iri)
        if law.iri not in labelled:
            labelled.add(law.iri)
            m.add(law_iri, _TYPE, _JG.Wet)
            m.add(law_iri, _GESCHREVEN, _nl(law.name))
        for container in m.containers_of(law.span):
            m.add(container, _VERWIJST_NAAR, law_iri)

    for n, person in enumerate(extracted.persons, start=1):
        person_iri = m.extracted_iri("persoon", n)
        m.add(person_iri, _TYPE, _JG.Persoon)
        m.add(person_iri, _TYPE, _FOAF.Person)
        m.add(person_iri, _FOAF.name, _string(person.name))
        m.add(person_iri, _JG.rol, _nl(person.role))
        if person.on_behalf_of:
            m.add(person_iri, _JG.namens, _outside(person.on_behalf_of))
        m.provenance(person_iri, person.span)
        for container in m.containers_of(person.span):
            m.add(container, _NOEMT, person_iri)


def _map_articles(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    """``artikel 2.3 Jeugdwet``: the article, part of its law (``jgi:wet/BWBR0034925/artikel/2.3``)."""
    for reference in extracted.articles:
        law = _outside(reference.law)
        article = ox.NamedNode(f"{reference.law}/artikel/{reference.article}")
        m.add(article, _TYPE, _JG.Artikel)
        m.add(article, _JG.artikelVan, law)
        m.add(article, _JG.artikelnummer, _string(reference.article))
        bwb = reference.law.rsplit("/", 1)[-1]
        if bwb.startswith("BWBR"):
            m.add(article, _SEE_ALSO,
                  ox.NamedNode(f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={reference.article}"))
        for container in m.containers_of(reference.span):
            m.add(container, _JG.verwijstNaarArtikel, article)


def _map_statements(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for n, decision in enumerate(extracted.decisions, start=1):
        iri = m.statement("besluit", n, _JG.Besluit, decision.span, decision.deadline)
        m.add(iri, _VOLGNUMMER, _integer(decision.number))
        for adopted in decision.adopts:
            m.add(iri, _JG.steltVast, _outside(adopted))

    for n, assignment in enumerate(extracted.assignments, start=1):
        iri = m.statement("opdracht", n, _JG.Opdracht, assignment.span, assignment.deadline)
        m.add(iri, _VOLGNUMMER, _integer(assignment.number))

    for n, measure in enumerate(extracted.measures, start=1):
        m.statement("maatregel", n, _JG.Maatregel, measure.span, measure.deadline)

    for n, amount in enumerate(extracted.amounts, start=1):
        iri = m.statement("bedrag", n, _JG.Bedrag, amount.span)
        if amount.value is not None:
            m.add(iri, _JG.bedrag, _decimal(amount.value))
            m.add(iri, _SCHEMA.value, _decimal(amount.value))
            m.add(iri, _SCHEMA.currency, _string("EUR"))
        if amount.percentage is not None:
            m.add(iri, _JG.percentage, _decimal(amount.percentage))
        if amount.purpose:
            m.add(iri, _JG.doel, _nl(amount.purpose))
        if amount.concerns:
            m.add(iri, _JG.betreft, _outside(amount.concerns))
        if amount.qualifier:
            m.add(iri, _JG.kwalificatie, _string(amount.qualifier))

    for n, term in enumerate(extracted.glossary, start=1):
        iri = m.statement("begrip", n, _JG.Begrip, term.span)
        m.add(iri, _TYPE, _SKOS.Concept)
        m.add(iri, _SKOS.prefLabel, _nl(term.term))
        m.add(iri, _JG.term, _string(term.term))
        m.add(iri, _SKOS.definition, _nl(term.definition))

    for n, principle in enumerate(extracted.principles, start=1):
        m.statement("principe", n, _JG.Principe, principle.span)

    for n, dated in enumerate(extracted.dated, start=1):
        iri = m.statement("termijn", n, _JG.Termijn, dated.span)
        if dated.date:
            m.add(iri, _JG.datum, _date(dated.date))
        if dated.duration:
            m.add(iri, _JG.duur, ox.Literal(xsd_duration(dated.duration), datatype=_XSD_DURATION))


def _map_outcome(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    """``jg:uitkomst`` on the document and the vote as an ``opengov:VoteEvent`` (Popolo, as ORI has it)."""
    outcome = extracted.outcome
    if outcome is None:
        return
    vote = m.extracted_iri("stemming", 1)
    # a text may state how parties voted and not what came of it
    concept = ox.NamedNode(f"{JGI_IRI}uitkomst/{outcome.value}") if outcome.value is not None else None
    if concept is not None:
        m.add(m.doc, _JG.uitkomst, concept)
    m.add(vote, _TYPE, OPENGOV_TERMS.VoteEvent)
    m.add(vote, OPENGOV_TERMS.motion, m.doc)
    if concept is not None:
        m.add(vote, OPENGOV_TERMS.result, concept)
    if outcome.unanimous:
        m.add(vote, _JG.unaniem, ox.Literal("true", datatype=_XSD_BOOLEAN))
    if outcome.votes_for is not None:
        m.add(vote, _JG.stemmenVoor, ox.Literal(str(outcome.votes_for), datatype=_XSD_NON_NEGATIVE))
    if outcome.votes_against is not None:
        m.add(vote, _JG.stemmenTegen, ox.Literal(str(outcome.votes_against), datatype=_XSD_NON_NEGATIVE))
    for party in outcome.parties_for:
        m.add(vote, _JG.fractieVoor, _string(party))
    for party in outcome.parties_against:
        m.add(vote, _JG.fractieTegen, _string(party))
    m.provenance(vote, outcome.span)


def _map_themes(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for hit in extracted.themes:
        theme = _outside(hit.theme)
        m.add(m.doc, _THEMA, theme)
        for resource, span in m.spanned:
            if span.contains(hit.span):
                m.add(resource, _THEMA, theme)
