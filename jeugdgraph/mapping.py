"""Map an ``ExtractedDocument`` to RDF: the document's own named graph.

Only facts the extraction found are stated; every extracted resource carries its provenance
(``prov:wasDerivedFrom``, ``jg:citaat``, ``jg:begin``, ``jg:eind``). IRIs are deterministic
(``iris``), so mapping the same facts twice gives the same triples.
"""

from __future__ import annotations

import re
from datetime import date

from rdflib import BNode, Graph, Literal, URIRef

from . import iris
from .facts import DocumentMetadata, DocumentPart, ExtractedDocument, Span
from .namespaces import DCTERMS, FOAF, JG, PROV, RDF, SCHEMA, SKOS, XSD, bind_prefixes

DOCUMENT_CLASSES: dict[str, URIRef] = {
    "motie": JG.Motie,
    "raadsvoorstel": JG.Raadsvoorstel,
    "raadsbesluit": JG.Raadsbesluit,
    "raadsinformatiebrief": JG.Raadsinformatiebrief,
    "nieuwsbericht": JG.Nieuwsbericht,
    "presentatie": JG.Presentatie,
    "regiovisie": JG.Regiovisie,
    "brief": JG.Brief,
    "advies": JG.Advies,
}

_WEEKS = re.compile(r"^P(\d+)W$")


def xsd_duration(iso: str) -> str:
    """ISO 8601 allows weeks (P14W), xsd:duration does not: 14 weeks are written P98D."""
    weeks = _WEEKS.match(iso)
    return f"P{int(weeks.group(1)) * 7}D" if weeks else iso


def _date(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _nl(text: str) -> Literal:
    return Literal(text, lang="nl")


class _DocumentGraph:
    """Accumulates the triples of one document's graph."""

    def __init__(self, extracted: ExtractedDocument) -> None:
        self.extracted = extracted
        self.slug = extracted.source.slug
        self.doc = iris.document(self.slug)
        self.graph = Graph(identifier=iris.graph_of_document(self.slug))
        bind_prefixes(self.graph)
        self.part_iris: list[tuple[URIRef, DocumentPart]] = []
        # resources with a span, to attach themes and containment by offsets
        self.spanned: list[tuple[URIRef, Span]] = []

    def add(self, s: URIRef | BNode, p: URIRef, o: URIRef | Literal | BNode) -> None:
        self.graph.add((s, p, o))

    def provenance(self, resource: URIRef, span: Span) -> None:
        self.add(resource, PROV.wasDerivedFrom, self.doc)
        self.add(resource, JG.citaat, Literal(span.text))
        self.add(resource, JG.begin, Literal(span.begin, datatype=XSD.integer))
        self.add(resource, JG.eind, Literal(span.end, datatype=XSD.integer))
        self.spanned.append((resource, span))

    def metadata(self, subject: URIRef, meta: DocumentMetadata) -> None:
        self.add(subject, RDF.type, JG.Document)
        if meta.kind in DOCUMENT_CLASSES:
            self.add(subject, RDF.type, DOCUMENT_CLASSES[meta.kind])
        if meta.title:
            self.add(subject, DCTERMS.title, _nl(meta.title))
        if meta.date:
            self.add(subject, DCTERMS.date, _date(meta.date))
        elif meta.date_text:
            self.add(subject, JG.datumTekst, Literal(meta.date_text))
        if meta.identifier:
            self.add(subject, DCTERMS.identifier, Literal(meta.identifier))
        if meta.publisher:
            self.add(subject, DCTERMS.publisher, URIRef(meta.publisher))
        if meta.source_url:
            self.add(subject, DCTERMS.source, URIRef(meta.source_url))
        if meta.kind == "regiovisie":
            if meta.region:
                self.add(subject, JG.regio, URIRef(meta.region))
            if meta.period:
                self.add(subject, JG.periodeVan, Literal(str(meta.period[0]), datatype=XSD.gYear))
                self.add(subject, JG.periodeTot, Literal(str(meta.period[1]), datatype=XSD.gYear))

    def containers_of(self, span: Span) -> list[URIRef]:
        """The file's document and every part whose extent holds the span."""
        return [self.doc] + [iri for iri, part in self.part_iris if part.span.contains(span)]

    def contained(self, resource: URIRef, span: Span) -> None:
        for container in self.containers_of(span):
            self.add(container, JG.bevat, resource)

    def statement(
        self, kind: str, n: int, cls: URIRef, span: Span, deadline: date | None = None
    ) -> URIRef:
        """An extracted statement: its IRI, type, deadline, provenance, and who contains it."""
        iri = iris.extracted(self.slug, kind, n)
        self.add(iri, RDF.type, cls)
        if deadline:
            self.add(iri, JG.deadline, _date(deadline))
        self.provenance(iri, span)
        self.contained(iri, span)
        return iri


def map_document(extracted: ExtractedDocument) -> Graph:
    """The RDF graph (named by the document IRI) of one extracted document."""
    m = _DocumentGraph(extracted)
    source = extracted.source
    m.metadata(m.doc, extracted.metadata)
    m.add(m.doc, JG.bronbestand, Literal(source.path.name))
    m.add(m.doc, JG.mediatype, Literal(source.media_type))
    m.add(m.doc, JG.tekst, Literal(source.text))

    for part in extracted.parts:
        part_iri = iris.extracted(m.slug, part.metadata.kind, part.number)
        m.part_iris.append((part_iri, part))
        m.metadata(part_iri, part.metadata)
        m.add(m.doc, DCTERMS.hasPart, part_iri)
        m.add(part_iri, DCTERMS.isPartOf, m.doc)
        m.provenance(part_iri, part.heading or part.span)

    _map_mentions(m, extracted)
    _map_statements(m, extracted)
    _map_themes(m, extracted)
    return m.graph


def _map_mentions(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for mention in extracted.mentions:
        predicate = JG.verwijstNaar if mention.kind == "wet" else JG.noemt
        for container in m.containers_of(mention.span):
            m.add(container, predicate, URIRef(mention.iri))

    for n, person in enumerate(extracted.persons, start=1):
        iri = iris.extracted(m.slug, "persoon", n)
        m.add(iri, RDF.type, JG.Persoon)
        m.add(iri, RDF.type, FOAF.Person)
        m.add(iri, FOAF.name, Literal(person.name))
        m.add(iri, JG.rol, _nl(person.role))
        if person.on_behalf_of:
            m.add(iri, JG.namens, URIRef(person.on_behalf_of))
        m.provenance(iri, person.span)
        for container in m.containers_of(person.span):
            m.add(container, JG.noemt, iri)


def _map_statements(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for n, decision in enumerate(extracted.decisions, start=1):
        iri = m.statement("besluit", n, JG.Besluit, decision.span, decision.deadline)
        m.add(iri, JG.volgnummer, Literal(decision.number, datatype=XSD.integer))
        for adopted in decision.adopts:
            m.add(iri, JG.steltVast, URIRef(adopted))

    for n, assignment in enumerate(extracted.assignments, start=1):
        iri = m.statement("opdracht", n, JG.Opdracht, assignment.span, assignment.deadline)
        m.add(iri, JG.volgnummer, Literal(assignment.number, datatype=XSD.integer))

    for n, measure in enumerate(extracted.measures, start=1):
        m.statement("maatregel", n, JG.Maatregel, measure.span, measure.deadline)

    for n, amount in enumerate(extracted.amounts, start=1):
        iri = m.statement("bedrag", n, JG.Bedrag, amount.span)
        if amount.value is not None:
            m.add(iri, JG.bedrag, Literal(amount.value, datatype=XSD.decimal))
            m.add(iri, SCHEMA.value, Literal(amount.value, datatype=XSD.decimal))
            m.add(iri, SCHEMA.currency, Literal("EUR"))
        if amount.percentage is not None:
            m.add(iri, JG.percentage, Literal(amount.percentage, datatype=XSD.decimal))
        if amount.purpose:
            m.add(iri, JG.doel, _nl(amount.purpose))
        if amount.concerns:
            m.add(iri, JG.betreft, URIRef(amount.concerns))

    for n, term in enumerate(extracted.glossary, start=1):
        iri = m.statement("begrip", n, JG.Begrip, term.span)
        m.add(iri, RDF.type, SKOS.Concept)
        m.add(iri, SKOS.prefLabel, _nl(term.term))
        m.add(iri, JG.term, Literal(term.term))
        m.add(iri, SKOS.definition, _nl(term.definition))

    for n, principle in enumerate(extracted.principles, start=1):
        m.statement("principe", n, JG.Principe, principle.span)

    for n, dated in enumerate(extracted.dated, start=1):
        iri = m.statement("termijn", n, JG.Termijn, dated.span)
        if dated.date:
            m.add(iri, JG.datum, _date(dated.date))
        if dated.duration:
            m.add(iri, JG.duur, Literal(xsd_duration(dated.duration), datatype=XSD.duration))


def _map_themes(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for hit in extracted.themes:
        theme = URIRef(hit.theme)
        m.add(m.doc, JG.thema, theme)
        for resource, span in m.spanned:
            if span.contains(hit.span):
                m.add(resource, JG.thema, theme)
