"""What extraction hands to mapping: plain facts with the exact span they came from.

Readers produce a ``SourceText``; extractors turn it into an ``ExtractedDocument``; ``mapping``
turns that into RDF. Nothing here knows about RDF beyond IRIs as strings, and nothing here reads
files or the store: the data flows one way.

Every span's ``text`` equals ``source.text[begin:end]`` exactly (``Span.of`` guarantees it); the
mapping writes it as ``jg:citaat`` with ``jg:begin``/``jg:eind``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

EntityKind = Literal[
    "gemeente", "jeugdregio", "gemeenschappelijke_regeling", "organisatie", "wet", "programma", "provincie"
]

DocumentKind = Literal[
    "motie", "raadsvoorstel", "raadsbesluit", "raadsinformatiebrief", "nieuwsbericht",
    "presentatie", "regiovisie", "brief", "advies", "amendement", "collegebesluit", "regeling",
    "beleidsplan", "verslag", "document",
]


@dataclass(frozen=True)
class Span:
    """A passage of the normalised document text: ``text == source[begin:end]``."""

    begin: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, begin: int, end: int) -> Span:
        if not 0 <= begin <= end <= len(source):
            raise ValueError(f"span {begin}..{end} lies outside a text of {len(source)} characters")
        return cls(begin, end, source[begin:end])

    def trimmed(self, source: str) -> Span:
        """The same span without leading and trailing white space."""
        return Span.trimmed_of(source, self.begin, self.end)

    @classmethod
    def trimmed_of(cls, source: str, begin: int, end: int) -> Span:
        """``Span.of(source, begin, end).trimmed(source)``, made once (extraction makes many)."""
        if not 0 <= begin <= end <= len(source):
            raise ValueError(f"span {begin}..{end} lies outside a text of {len(source)} characters")
        passage = source[begin:end]
        kept = passage.strip()  # str.strip removes what str.isspace calls white space
        if len(kept) == len(passage):
            return cls(begin, end, passage)
        begin += len(passage) - len(passage.lstrip()) if kept else len(passage)
        return cls(begin, begin + len(kept), kept)

    def contains(self, other: Span) -> bool:
        return self.begin <= other.begin and other.end <= self.end


@dataclass(frozen=True)
class SourceText:
    """One document as a reader produced it: the normalised text all offsets refer to."""

    path: Path
    slug: str
    text: str
    media_type: str  # text/plain, text/markdown, text/html, application/pdf
    encoding: str | None = None  # how the bytes were decoded (utf-8, cp1252, ...); None for PDF
    notes: tuple[str, ...] = ()  # remarks for the build report (Dutch), e.g. a non-UTF-8 encoding


@dataclass(frozen=True)
class GazetteerEntry:
    """A name under which a reference entity may be mentioned (prefLabel, altLabel, abbreviation)."""

    label: str
    iri: str
    kind: EntityKind


@dataclass(frozen=True)
class Mention:
    """A reference entity named in the text (for ``jg:noemt`` / ``jg:verwijstNaar``)."""

    kind: EntityKind
    iri: str
    span: Span


@dataclass(frozen=True)
class ArticleReference:
    """An article of a known law the text refers to (``artikel 2.3 Jeugdwet``)."""

    law: str  # IRI of the law
    article: str  # the article number as written: 2.3, 8.1.1, 1:2, 4a
    span: Span


@dataclass(frozen=True)
class Person:
    """A person the document names together with a role (``foaf:Person``)."""

    name: str
    role: str  # wethouder, burgemeester, griffier, portefeuillehouder, secretaris, voorzitter, ...
    span: Span
    on_behalf_of: str | None = None  # IRI of the municipality or body


@dataclass(frozen=True)
class Decision:
    """One numbered decision point (``jg:Besluit``)."""

    number: int
    span: Span
    adopts: tuple[str, ...] = ()  # IRIs of the documents (parts) the point adopts
    deadline: date | None = None


@dataclass(frozen=True)
class Assignment:
    """One assignment a motion gives the college (``jg:Opdracht``)."""

    number: int
    span: Span
    deadline: date | None = None


@dataclass(frozen=True)
class Measure:
    """A measure a document announces or decides (``jg:Maatregel``)."""

    span: Span
    deadline: date | None = None


@dataclass(frozen=True)
class Amount:
    """A monetary amount (``value`` in euros) or a percentage stated in the text (``jg:Bedrag``)."""

    span: Span
    value: Decimal | None = None
    percentage: Decimal | None = None
    purpose: str | None = None  # what it is for, in the document's own words
    concerns: str | None = None  # IRI of the municipality/region/body it is for
    qualifier: str | None = None  # ruim, bijna, circa, ongeveer, maximaal, minimaal (as written)


@dataclass(frozen=True)
class GlossaryTerm:
    """A term of a begrippenlijst with its definition (``jg:Begrip``)."""

    term: str
    definition: str
    span: Span


@dataclass(frozen=True)
class Principle:
    """A leading principle of a vision (``jg:Principe``)."""

    span: Span


@dataclass(frozen=True)
class DatedFact:
    """A date, deadline or norm period the text states (``jg:Termijn``)."""

    span: Span
    date: date | None = None
    duration: str | None = None  # ISO 8601 duration, e.g. P14W for "treeknorm van 14 weken"


@dataclass(frozen=True)
class ThemeHit:
    """A passage that speaks of a policy theme of the concept scheme."""

    theme: str  # IRI of the skos:Concept
    span: Span


@dataclass(frozen=True)
class NamedOrganisation:
    """An organisation the text names that no register holds (``jgi:organisatie/{slug}``)."""

    name: str
    iri: str
    span: Span
    kind: str = "organisatie"  # or "gemeenschappelijke_regeling" when the name says it is one


@dataclass(frozen=True)
class NamedLaw:
    """A law the text names that no register holds (``jgi:wet/{slug}``): ``de jeugdbeschermingswet``."""

    name: str  # as written, with a capital first letter: one spelling per slug
    iri: str
    span: Span


@dataclass
class Outcome:
    """What happened to a motion or amendment (``jg:uitkomst``) and the vote, as the text states it."""

    value: str | None  # aangenomen | verworpen | ingetrokken | aangehouden; None: only the vote is stated
    span: Span  # the sentence or field that states it
    unanimous: bool = False
    votes_for: int | None = None
    votes_against: int | None = None
    parties_for: list[str] = field(default_factory=list)
    parties_against: list[str] = field(default_factory=list)


@dataclass
class DocumentMetadata:
    """What is known about a document (the file, or one part of it)."""

    kind: DocumentKind = "document"
    title: str | None = None
    date: date | None = None
    date_text: str | None = None  # an incomplete date as written ("20 januari")
    identifier: str | None = None  # registration number
    publisher: str | None = None  # IRI of the issuing municipality or body
    publisher_name: str | None = None  # the issuer's name when it is in no register (a party)
    source_url: str | None = None
    region: str | None = None  # for a regiovisie: IRI of its jeugdregio
    period: tuple[int, int] | None = None  # for a regiovisie: (2026, 2030)


@dataclass
class DocumentPart:
    """A document inside the file (a raadsbesluit inside a raadsvoorstel's file, the regiovisie itself)."""

    number: int  # numbered per kind from 1: jgi:document/{slug}/{kind}/{number}
    metadata: DocumentMetadata
    span: Span  # the part's extent in the text (its citaat is its first line, see ``heading``)
    heading: Span | None = None


@dataclass
class ExtractedDocument:
    """Everything extracted from one file."""

    source: SourceText
    metadata: DocumentMetadata
    parts: list[DocumentPart] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    principles: list[Principle] = field(default_factory=list)
    dated: list[DatedFact] = field(default_factory=list)
    outcome: Outcome | None = None
    organisations: list[NamedOrganisation] = field(default_factory=list)  # named, in no register
    named_laws: list[NamedLaw] = field(default_factory=list)  # laws named, in no register
    themes: list[ThemeHit] = field(default_factory=list)
    articles: list[ArticleReference] = field(default_factory=list)
