"""Map an ``ExtractedDocument`` to RDF: the document's own named graph.

Only facts the extraction found are stated; every extracted resource carries its provenance
(``prov:wasDerivedFrom``, ``jg:citaat``, ``jg:begin``, ``jg:eind``). IRIs are deterministic
(``iris``), so mapping the same facts twice gives the same triples.

``document_triples`` states the triples once, as plain terms; ``DocumentTriples.graph`` makes the
rdflib graph of them (for validation, writes and everything else that works on rdflib) and
``DocumentTriples.ntriples`` writes them straight to N-Triples for loading into the store, the
build's path: making the rdflib terms and graph of a document costs more than extracting it.
Both give the same RDF terms as ``Graph.serialize(format="nt")`` of ``map_document``'s graph.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from rdflib import Graph, Literal, URIRef

from . import iris
from .facts import DocumentMetadata, DocumentPart, ExtractedDocument, Span
from .namespaces import DCTERMS, FOAF, JG, JGI_IRI, OPENGOV, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, bind_prefixes

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
    "amendement": JG.Amendement,
    "collegebesluit": JG.Collegebesluit,
    "regeling": JG.Regeling,
    "beleidsplan": JG.Beleidsplan,
    "verslag": JG.Verslag,
}

_WEEKS = re.compile(r"^P(\d+)W$")


def xsd_duration(iso: str) -> str:
    """ISO 8601 allows weeks (P14W), xsd:duration does not: 14 weeks are written P98D."""
    weeks = _WEEKS.match(iso)
    return f"P{int(weeks.group(1)) * 7}D" if weeks else iso


# --- terms ----------------------------------------------------------------------------------
#
# An IRI is a plain ``str``; a literal is a ``Lit``. Literals keep the value they were made of,
# so ``graph()`` makes exactly the rdflib ``Literal`` the mapping always made, and the lexical
# form rdflib gives it, for N-Triples.


class Lit(NamedTuple):
    """A literal: the value it is made of, its lexical form, datatype IRI or language."""

    value: Any
    lexical: str
    datatype: str | None = None
    lang: str | None = None


class _PlainIris:
    """A namespace's terms as plain strings, each looked up once: a lookup in an rdflib namespace
    costs a microsecond, and the mapping of one document makes a hundred."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:  # only asked the first time: then the attribute is set
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


_JG, _DCTERMS, _FOAF, _SKOS, _SCHEMA, _XSD = (
    _PlainIris(namespace) for namespace in (JG, DCTERMS, FOAF, SKOS, SCHEMA, XSD)
)
_XSD_INTEGER = str(XSD.integer)
_lexical_forms: dict[tuple[type, str, str | None, str | None], Lit] = {}


def literal(value: Any, datatype: str | None = None, lang: str | None = None) -> Lit:
    """The literal ``rdflib.Literal(value, datatype=datatype, lang=lang)`` would be."""
    if datatype is None and type(value) is str:
        return Lit(value, value, None, lang)
    if type(value) is int and datatype == _XSD_INTEGER:
        return Lit(value, str(value), _XSD_INTEGER)
    # dates, decimals, years and durations: rdflib's own lexical form (it normalises some)
    key = (type(value), str(value), datatype, lang)
    known = _lexical_forms.get(key)
    if known is None:
        made = Literal(value, datatype=datatype, lang=lang)
        known = Lit(value, str(made), str(made.datatype) if made.datatype else None, made.language)
        if len(_lexical_forms) > 100_000:
            _lexical_forms.clear()
        _lexical_forms[key] = known
    return Lit(value, known.lexical, known.datatype, known.lang)


# the characters rdflib refuses in an IRI it serialises (``rdflib.term._invalid_uri_chars``)
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')


def _date(value: date) -> Lit:
    return literal(value.isoformat(), datatype=_XSD.date)


def _nl(text: str) -> Lit:
    return literal(text, lang="nl")


def _integer(value: int) -> Lit:
    return literal(value, datatype=_XSD.integer)


# predicates and classes, looked up once (a namespace lookup costs a microsecond)
_TYPE = str(RDF.type)
_SEE_ALSO = str(RDFS.seeAlso)
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_CITAAT, _BEGIN, _EIND, _BEVAT = _JG.citaat, _JG.begin, _JG.eind, _JG.bevat
_NOEMT, _VERWIJST_NAAR, _THEMA = _JG.noemt, _JG.verwijstNaar, _JG.thema
_DOCUMENT, _DEADLINE, _VOLGNUMMER = _JG.Document, _JG.deadline, _JG.volgnummer
_TITLE, _DATE = _DCTERMS.title, _DCTERMS.date


def _quoted(text: str) -> str:
    # as rdflib's N-Triples serialiser writes a literal
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{escaped}"'


def _nt_term(term: str | Lit) -> str:
    if isinstance(term, str):
        return f"<{term}>"
    if term.lang:
        return f"{_quoted(term.lexical)}@{term.lang}"
    if term.datatype:
        return f"{_quoted(term.lexical)}^^<{term.datatype}>"
    return _quoted(term.lexical)


def _rdflib_term(term: str | Lit) -> URIRef | Literal:
    if isinstance(term, str):
        return URIRef(term)
    if term.datatype is None and term.lang is None:
        return Literal(term.value)
    if term.lang is not None:
        return Literal(term.value, lang=term.lang)
    return Literal(term.value, datatype=URIRef(term.datatype))


class DocumentTriples:
    """The triples of one document's named graph, as plain terms."""

    def __init__(
        self, name: str, triples: list[tuple[str, str, str | Lit]], outside_iris: list[str]
    ) -> None:
        self.name = name  # the graph's IRI: the document's
        self.triples = triples
        # IRIs that came from outside the mapping (the gazetteer, a sidecar); the mapping mints
        # the others from slugs, so only these can hold a character no IRI may hold
        self.outside_iris = outside_iris

    def ntriples(self) -> str:
        """The graph in N-Triples, each triple once."""
        return self._lines("")

    def nquads(self) -> str:
        """The graph in N-Quads (each line names the graph), each triple once."""
        return self._lines(f" <{self.name}>")

    def _lines(self, graph: str) -> str:
        for iri in self.outside_iris:
            if _NOT_IN_IRI.search(iri):
                URIRef(iri).n3()  # raises the error rdflib's serialiser raises on it
        lines = dict.fromkeys(
            f"<{s}> <{p}> {_nt_term(o)}{graph} .\n" for s, p, o in self.triples
        )
        return "".join(lines)

    def graph(self) -> Graph:
        """The graph as an rdflib ``Graph`` named by the document IRI."""
        graph = Graph(identifier=URIRef(self.name))
        bind_prefixes(graph)
        for s, p, o in self.triples:
            graph.add((URIRef(s), URIRef(p), _rdflib_term(o)))
        return graph


class _DocumentGraph:
    """Accumulates the triples of one document's graph."""

    def __init__(self, extracted: ExtractedDocument) -> None:
        self.extracted = extracted
        self.slug = extracted.source.slug
        self.doc = str(iris.document(self.slug))
        self.triples: list[tuple[str, str, str | Lit]] = []
        self.outside_iris: list[str] = []
        self.part_iris: list[tuple[str, DocumentPart]] = []
        # resources with a span, to attach themes and containment by offsets
        self.spanned: list[tuple[str, Span]] = []

    def add(self, s: str, p: str, o: str | Lit) -> None:
        self.triples.append((s, p, o))

    def outside_iri(self, iri: str) -> str:
        """An IRI from the gazetteer or a sidecar, as given."""
        self.outside_iris.append(iri)
        return iri

    def provenance(self, resource: str, span: Span) -> None:
        add = self.triples.append
        add((resource, _DERIVED_FROM, self.doc))
        add((resource, _CITAAT, Lit(span.text, span.text)))
        add((resource, _BEGIN, _integer(span.begin)))
        add((resource, _EIND, _integer(span.end)))
        self.spanned.append((resource, span))

    def metadata(self, subject: str, meta: DocumentMetadata) -> None:
        self.add(subject, _TYPE, _DOCUMENT)
        if meta.kind in DOCUMENT_CLASSES:
            self.add(subject, _TYPE, DOCUMENT_CLASSES[meta.kind])
        if meta.title:
            self.add(subject, _TITLE, _nl(meta.title))
        if meta.date:
            self.add(subject, _DATE, _date(meta.date))
        elif meta.date_text:
            self.add(subject, _JG.datumTekst, literal(meta.date_text))
        if meta.identifier:
            self.add(subject, _DCTERMS.identifier, literal(meta.identifier))
        if meta.publisher:
            self.add(subject, _DCTERMS.publisher, self.outside_iri(meta.publisher))
            if meta.publisher_name:  # an issuer in no register (a party): typed and named here
                self.add(meta.publisher, _TYPE, _JG.Organisatie)
                self.add(meta.publisher, _SKOS.prefLabel, _nl(meta.publisher_name))
        if meta.source_url:
            self.add(subject, _DCTERMS.source, self.outside_iri(meta.source_url))
        if meta.kind == "regiovisie":
            if meta.region:
                self.add(subject, _JG.regio, self.outside_iri(meta.region))
            if meta.period:
                self.add(subject, _JG.periodeVan, literal(str(meta.period[0]), datatype=_XSD.gYear))
                self.add(subject, _JG.periodeTot, literal(str(meta.period[1]), datatype=_XSD.gYear))

    def containers_of(self, span: Span) -> list[str]:
        """The file's document and every part whose extent holds the span."""
        return [self.doc] + [iri for iri, part in self.part_iris if part.span.contains(span)]

    def contained(self, resource: str, span: Span) -> None:
        for container in self.containers_of(span):
            self.add(container, _BEVAT, resource)

    def extracted_iri(self, kind: str, n: int) -> str:
        return str(iris.extracted(self.slug, kind, n))

    def statement(
        self, kind: str, n: int, cls: str, span: Span, deadline: date | None = None
    ) -> str:
        """An extracted statement: its IRI, type, deadline, provenance, and who contains it."""
        iri = self.extracted_iri(kind, n)
        self.add(iri, _TYPE, cls)
        if deadline:
            self.add(iri, _DEADLINE, _date(deadline))
        self.provenance(iri, span)
        self.contained(iri, span)
        return iri


def document_triples(extracted: ExtractedDocument) -> DocumentTriples:
    """The triples of the named graph (named by the document IRI) of one extracted document."""
    m = _DocumentGraph(extracted)
    source = extracted.source
    m.metadata(m.doc, extracted.metadata)
    m.add(m.doc, _JG.bronbestand, literal(source.path.name))
    m.add(m.doc, _JG.mediatype, literal(source.media_type))
    m.add(m.doc, _JG.tekst, literal(source.text))

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
    return DocumentTriples(m.doc, m.triples, m.outside_iris)


def map_document(extracted: ExtractedDocument) -> Graph:
    """The RDF graph (named by the document IRI) of one extracted document."""
    return document_triples(extracted).graph()


def _map_mentions(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for mention in extracted.mentions:
        predicate = _VERWIJST_NAAR if mention.kind == "wet" else _NOEMT
        entity = m.outside_iri(mention.iri)
        for container in m.containers_of(mention.span):
            m.add(container, predicate, entity)

    _map_articles(m, extracted)
    labelled: set[str] = set()
    for organisation in extracted.organisations:  # named, in no register: typed and labelled here
        iri = organisation.iri
        if iri not in labelled:  # the first spelling is its one name
            labelled.add(iri)
            joint = organisation.kind == "gemeenschappelijke_regeling"
            m.add(iri, _TYPE, _JG.GemeenschappelijkeRegeling if joint else _JG.Organisatie)
            m.add(iri, _SKOS.prefLabel, _nl(organisation.name))
        for container in m.containers_of(organisation.span):
            m.add(container, _NOEMT, iri)
    for law in extracted.named_laws:  # named, in no register: typed and labelled here
        if law.iri not in labelled:
            labelled.add(law.iri)
            m.add(law.iri, _TYPE, _JG.Wet)
            m.add(law.iri, _SKOS.prefLabel, _nl(law.name))
        for container in m.containers_of(law.span):
            m.add(container, _VERWIJST_NAAR, law.iri)

    for n, person in enumerate(extracted.persons, start=1):
        iri = m.extracted_iri("persoon", n)
        m.add(iri, _TYPE, _JG.Persoon)
        m.add(iri, _TYPE, _FOAF.Person)
        m.add(iri, _FOAF.name, literal(person.name))
        m.add(iri, _JG.rol, _nl(person.role))
        if person.on_behalf_of:
            m.add(iri, _JG.namens, m.outside_iri(person.on_behalf_of))
        m.provenance(iri, person.span)
        for container in m.containers_of(person.span):
            m.add(container, _NOEMT, iri)


def _map_articles(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    """``artikel 2.3 Jeugdwet``: the article, part of its law (``jgi:wet/BWBR0034925/artikel/2.3``)."""
    for reference in extracted.articles:
        law = m.outside_iri(reference.law)
        article = f"{law}/artikel/{reference.article}"
        m.add(article, _TYPE, _JG.Artikel)
        m.add(article, _JG.artikelVan, law)
        m.add(article, _JG.artikelnummer, literal(reference.article))
        bwb = law.rsplit("/", 1)[-1]
        if bwb.startswith("BWBR"):
            m.add(article, _SEE_ALSO, f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={reference.article}")
        for container in m.containers_of(reference.span):
            m.add(container, _JG.verwijstNaarArtikel, article)


def _map_statements(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for n, decision in enumerate(extracted.decisions, start=1):
        iri = m.statement("besluit", n, _JG.Besluit, decision.span, decision.deadline)
        m.add(iri, _VOLGNUMMER, _integer(decision.number))
        for adopted in decision.adopts:
            m.add(iri, _JG.steltVast, m.outside_iri(adopted))

    for n, assignment in enumerate(extracted.assignments, start=1):
        iri = m.statement("opdracht", n, _JG.Opdracht, assignment.span, assignment.deadline)
        m.add(iri, _VOLGNUMMER, _integer(assignment.number))

    for n, measure in enumerate(extracted.measures, start=1):
        m.statement("maatregel", n, _JG.Maatregel, measure.span, measure.deadline)

    for n, amount in enumerate(extracted.amounts, start=1):
        iri = m.statement("bedrag", n, _JG.Bedrag, amount.span)
        if amount.value is not None:
            m.add(iri, _JG.bedrag, literal(amount.value, datatype=_XSD.decimal))
            m.add(iri, _SCHEMA.value, literal(amount.value, datatype=_XSD.decimal))
            m.add(iri, _SCHEMA.currency, literal("EUR"))
        if amount.percentage is not None:
            m.add(iri, _JG.percentage, literal(amount.percentage, datatype=_XSD.decimal))
        if amount.purpose:
            m.add(iri, _JG.doel, _nl(amount.purpose))
        if amount.concerns:
            m.add(iri, _JG.betreft, m.outside_iri(amount.concerns))
        if amount.qualifier:
            m.add(iri, _JG.kwalificatie, literal(amount.qualifier))

    for n, term in enumerate(extracted.glossary, start=1):
        iri = m.statement("begrip", n, _JG.Begrip, term.span)
        m.add(iri, _TYPE, _SKOS.Concept)
        m.add(iri, _SKOS.prefLabel, _nl(term.term))
        m.add(iri, _JG.term, literal(term.term))
        m.add(iri, _SKOS.definition, _nl(term.definition))

    for n, principle in enumerate(extracted.principles, start=1):
        m.statement("principe", n, _JG.Principe, principle.span)

    for n, dated in enumerate(extracted.dated, start=1):
        iri = m.statement("termijn", n, _JG.Termijn, dated.span)
        if dated.date:
            m.add(iri, _JG.datum, _date(dated.date))
        if dated.duration:
            m.add(iri, _JG.duur, literal(xsd_duration(dated.duration), datatype=_XSD.duration))


def _map_outcome(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    """``jg:uitkomst`` on the document and the vote as an ``opengov:VoteEvent`` (Popolo, as ORI has it)."""
    outcome = extracted.outcome
    if outcome is None:
        return
    vote = m.extracted_iri("stemming", 1)
    m.add(vote, _TYPE, str(OPENGOV.VoteEvent))
    m.add(vote, str(OPENGOV.motion), m.doc)
    if outcome.value is not None:  # a text may state how parties voted and not what came of it
        concept = f"{JGI_IRI}uitkomst/{outcome.value}"
        m.add(m.doc, _JG.uitkomst, concept)
        m.add(vote, str(OPENGOV.result), concept)
    if outcome.unanimous:
        m.add(vote, _JG.unaniem, literal(True, datatype=_XSD.boolean))
    if outcome.votes_for is not None:
        m.add(vote, _JG.stemmenVoor, literal(outcome.votes_for, datatype=_XSD.nonNegativeInteger))
    if outcome.votes_against is not None:
        m.add(vote, _JG.stemmenTegen, literal(outcome.votes_against, datatype=_XSD.nonNegativeInteger))
    for party in outcome.parties_for:
        m.add(vote, _JG.fractieVoor, literal(party))
    for party in outcome.parties_against:
        m.add(vote, _JG.fractieTegen, literal(party))
    m.provenance(vote, outcome.span)


def _map_themes(m: _DocumentGraph, extracted: ExtractedDocument) -> None:
    for hit in extracted.themes:
        theme = m.outside_iri(hit.theme)
        m.add(m.doc, _THEMA, theme)
        for resource, span in m.spanned:
            if span.contains(hit.span):
                m.add(resource, _THEMA, theme)
