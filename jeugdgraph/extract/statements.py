"""Statements a council document makes: measures, amounts, dates,
glossary terms, leading principles and themes, each with the exact passage it came from.

How each kind is recognised (the genre's own conventions, not any one document's wording):

* **Decision** and **assignment**: see ``resolutions``.
* **Measure** (``jg:Maatregel``): see ``measures`` (re-exported here).
* **Amount** (``jg:Bedrag``): every amount of euros or percentage ``amounts.find_amounts`` finds
  with a value (an amount whose value the text leaves uncertain is not stated), with what it is
  for (``amountpurposes.purpose_of``) and whom it concerns: the municipality the sentence says it is for
  (``Voor Alblasserdam komt dat neer op € 19.000,=``), or for a regional amount (``regionaal
  budget``, ``voor de gehele regio``) the one region the document names or, failing that, the
  region named in the official name of the one joint body it names (``Dienst Gezondheid & Jeugd
  Zuid-Holland Zuid``).
* **Dated fact** (``jg:Termijn``): every date, deadline, effective date and norm period with a
  resolvable value (``dates.find_dates``); partial dates and bare years are not facts on their own.
* **Glossary term** (``jg:Begrip``): the rows of a table headed ``Begrip | Omschrijving`` (also
  ``Term``/``Definitie``/``Betekenis``/``Toelichting``), tab- or pipe-separated.
* **Principle** (``jg:Principe``): after ``De leidende principes zijn:`` (or ``Uitgangspunten:``),
  each list item, or, for unnumbered text, each statement together with the sentences that explain
  it (a paragraph that refers back with ``dit``, ``dat``, ``zij``, ``hen``, ``betekent`` belongs to
  the principle before it).
* **Theme** (``jg:thema``): every whole-word occurrence of a label of a ``jg:Thema`` concept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..facts import (
    Amount,
    DatedFact,
    GazetteerEntry,
    GlossaryTerm,
    Mention,
    Principle,
    SourceText,
    Span,
    ThemeHit,
)
from ..namespaces import JG_TERMS, RDF_TERMS, SKOS_TERMS
from ..settings import ONTOLOGY_DIR
from . import amountpurposes, amounts, dates, prefilter
from .daylists import days_before
from .matching import NormalisedText, PhraseMatcher, lowered_for_search
from .measures import find_measures as find_measures  # re-exported: measures have their own module
from .owners import owner_of
from .structure import (
    is_heading,
    lines,
    list_at,
    paragraphs,
    sentence_at,
    sentences,
)

# --------------------------------------------------------------------------- amounts

def find_amount_facts(
    source: SourceText, mentions: Sequence[Mention], gazetteer: Sequence[GazetteerEntry] = ()
) -> list[Amount]:
    """Amounts of money and percentages, with what they are for and whom they concern."""
    text = source.text
    sentence_spans = sentences(text)
    facts = []
    for match in amounts.find_amounts(text):
        if match.value is None and match.percentage is None:
            continue  # a jg:Bedrag states a value; "circa € 5,000,000,000,=" has no certain one
        purpose = amountpurposes.purpose_of(text, match)
        sentence = sentence_at(sentence_spans, match.span.begin) or match.span
        facts.append(Amount(
            span=match.span,
            value=match.value,
            percentage=match.percentage,
            purpose=re.sub(r"\s+", " ", purpose).strip() if purpose else None,
            concerns=owner_of(text, sentence, mentions, gazetteer, match.span, sentence_spans),
            qualifier=match.qualifier,
        ))
    return facts


# --------------------------------------------------------------------------- dated facts

def find_dated(source: SourceText) -> list[DatedFact]:
    """Dates, deadlines, effective dates and norm periods with a value."""
    text = source.text
    found = dates.find_dates(text)
    found += days_before(text, found)  # "op 2 en 3 juli 2008": also 2 July
    return [DatedFact(m.span, m.date, m.duration) for m in found
            if m.duration or (m.date is not None and (m.kind != "deadline" or _is_due(text, m.span)))]


# a deadline whose day the text does not write ("eind 2018", "in het derde kwartaal van 2026") is a date only
# where something is due by it: after "uiterlijk" or "voor", or with the act due in its clause ("de raad eind
# 2008 te informeren"); "brieven van eind 2018", "Eind 2020 constateerde de fractie" tell when, not a due day
_DAY_WRITTEN = re.compile(r"(?<![\d.])\d{1,2}(?![\d.]|e\b|ste\b|de\b)")
_DUE_WORD = re.compile(r"(?i)\s*(?:uiterlijk|vóór|voor|ten\s+laatste)\b")
# (in its own clause: not "Eind 2020 constateerde de fractie dat het lastig bleek om antwoorden te krijgen")
_ACT_DUE_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:dat|die|om|omdat|wat|waarin|waarbij)\b)[^\s.;:,()]+){0,8}?[ \t]+te[ \t]+[a-z]{3,}")
# or what the body announces in the present or the future: "Wij informeren u in het eerste kwartaal van 2026"
_ANNOUNCED_BEFORE = re.compile(
    r"(?i)\b(?:wij|we|het\s+college|de\s+gemeente|de\s+wethouder)\s+(?:informeren|informeert|sturen|stuurt"
    r"|leggen|legt|komen|komt|zullen|zal|gaan|gaat)\b[^.;:()\n]{0,80}$")


def _is_due(text: str, span: Span) -> bool:
    if _DAY_WRITTEN.search(span.text) or _DUE_WORD.match(span.text):
        return True
    due = (_ACT_DUE_AFTER.match(text, span.end) is not None
           or _ANNOUNCED_BEFORE.search(text, max(0, span.begin - 120), span.begin) is not None)
    return due and dates.deadline_of(text[max(0, span.begin - 200) : span.end + 200]) is not None


# --------------------------------------------------------------------------- glossary

_GLOSSARY_HEADER = re.compile(
    r"^[ \t]*\|?[ \t]*(?:begrip(?:pen)?|term(?:en)?)[ \t]*(?:\t+|[ \t]*\|[ \t]*|[ \t]{2,})"
    r"(?:omschrijving|definitie|betekenis|toelichting|uitleg)[ \t]*\|?[ \t]*$",
    re.IGNORECASE,
)
_CELL_SEPARATOR = re.compile(r"\t+|[ \t]*\|[ \t]*|[ \t]{3,}")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")


def find_glossary(source: SourceText) -> list[GlossaryTerm]:
    """The rows of a begrippenlijst table: one term with its definition per row."""
    text = source.text
    terms: list[GlossaryTerm] = []
    in_table = False
    if not prefilter.may_match(_GLOSSARY_HEADER, text, lowered_for_search(text)):
        return terms  # no header to open a table (one look at the text instead of one per line)
    for line in lines(text):
        if _GLOSSARY_HEADER.match(line.text):
            in_table = True
            continue
        if not in_table or line.blank or _TABLE_RULE.match(line.text):
            continue
        row = line.text.strip().strip("|").strip()
        cells = [c.strip() for c in _CELL_SEPARATOR.split(row, maxsplit=1)]
        if len(cells) != 2 or not cells[0] or not cells[1]:
            in_table = False
            continue
        span = Span.trimmed_of(text, line.begin, line.end)
        terms.append(GlossaryTerm(cells[0], re.sub(r"\s+", " ", cells[1]), span))
    return terms


# --------------------------------------------------------------------------- principles

_PRINCIPLES_HEADER = re.compile(
    r"^[ \t]*(?:(?:de|onze)\s+)?(?:leidende\s+principes|kernprincipes|principes|uitgangspunten)"
    r"(?:\s+(?:zijn|luiden))?[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_REFERS_BACK = re.compile(
    r"^(?:betekent|dit|dat|daarmee|hiermee|daarbij|hierbij|oftewel|ofwel)\b"
    r"|\b(?:dit|dat|deze|zij|ze|hen|hun|hiermee|daarmee)\b",
    re.IGNORECASE,
)
_LONG_PARAGRAPH = 300


def find_principles(source: SourceText) -> list[Principle]:
    """The leading principles a vision lists."""
    text = source.text
    principles: list[Principle] = []
    for header in prefilter.finditer(_PRINCIPLES_HEADER, text, lowered_for_search(text)):
        items = list_at(text, header.end() + 1)
        if items:
            principles.extend(Principle(item.content) for item in items)
            continue
        groups: list[Span] = []
        for paragraph in paragraphs(text[header.end() :]):
            span = Span.of(text, header.end() + paragraph.span.begin, header.end() + paragraph.span.end)
            body = span.text
            if len(body) > _LONG_PARAGRAPH or (is_heading(body) and not body.endswith(".")):
                break
            if groups and _REFERS_BACK.search(body):
                groups[-1] = Span.of(text, groups[-1].begin, span.end)
            else:
                groups.append(span)
        principles.extend(Principle(span) for span in groups)
    return principles


# --------------------------------------------------------------------------- themes

@lru_cache(maxsize=4)
def _theme_matcher(themes_file: Path) -> PhraseMatcher[str]:
    # read with Oxigraph: rdflib's Turtle parser takes longer than a build of ten documents
    themes: set[str] = set()
    labels: dict[tuple[str, str], list[str]] = {}
    for triple in ox.parse(path=str(themes_file), format=ox.RdfFormat.TURTLE):
        subject, predicate, value = triple.subject, triple.predicate.value, triple.object
        if not isinstance(subject, ox.NamedNode):
            continue
        if predicate == _RDF_TYPE and value == _THEMA:
            themes.add(subject.value)
        elif predicate in _LABELS and isinstance(value, ox.Literal) and value.language == "nl":
            labels.setdefault((subject.value, predicate), []).append(value.value)
    phrases: list[tuple[str, str]] = []
    for concept in sorted(themes):
        for predicate in _LABELS:
            phrases.extend((label, concept) for label in labels.get((concept, predicate), []))
    return PhraseMatcher(phrases, shared=True)  # one pass with the entity linker's names


_RDF_TYPE = RDF_TERMS.type.value
_THEMA = JG_TERMS.Thema
_THEMES_FILE = ONTOLOGY_DIR / "themes.ttl"
_LABELS = (SKOS_TERMS.prefLabel.value, SKOS_TERMS.altLabel.value)


def find_themes(source: SourceText, themes_file: Path | None = None) -> list[ThemeHit]:
    """Every passage that names a theme of the concept scheme."""
    # (the default path made once: a new Path per call costs its joining and hashing in the cache's look-up)
    matcher = _theme_matcher(Path(themes_file) if themes_file else _THEMES_FILE)
    normalised = NormalisedText.of(source.text)
    hits: list[ThemeHit] = []
    for match in matcher.find(normalised):
        span = Span.of(source.text, match.begin, match.end)
        hits.extend(ThemeHit(theme, span) for theme in match.payloads)
    return sorted(hits, key=lambda h: (h.span.begin, h.span.end, h.theme))


