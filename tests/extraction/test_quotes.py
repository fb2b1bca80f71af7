"""Every extracted passage is verbatim: its text is the document text at its offsets."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from jeugdgraph.facts import ExtractedDocument, Span
from jeugdgraph.namespaces import sparql_prologue

from .conftest import SEED_PATHS


def spans_of(document: ExtractedDocument) -> list[tuple[str, Span]]:
    spans: list[tuple[str, Span]] = []
    for kind in ("mentions", "persons", "decisions", "assignments", "measures", "amounts", "glossary",
                 "principles", "dated", "themes"):
        spans.extend((kind, item.span) for item in getattr(document, kind))
    for part in document.parts:
        spans.append(("parts", part.span))
        if part.heading:
            spans.append(("parts", part.heading))
    return spans


@pytest.mark.parametrize("slug", [p.stem for p in SEED_PATHS])
def test_every_span_of_a_seed_is_the_text_at_its_offsets(extracted, slug: str) -> None:
    document = extracted[slug]
    text = document.source.text
    spans = spans_of(document)
    assert len(spans) > 10
    for kind, span in spans:
        assert span.text == text[span.begin : span.end], (kind, span)
        assert span.text == span.text.strip(), (kind, span)  # passages are trimmed
        assert span.text, kind


def test_extra_documents_quote_verbatim_too(extracted) -> None:
    for slug in ("motie_leiden_wachttijden_jeugdhulp", "rib_papendrecht_tekort_jeugdhulp",
                 "raadsvoorstel_haarlem_verordening_jeugdhulp"):
        document = extracted[slug]
        for kind, span in spans_of(document):
            assert span.text == document.source.text[span.begin : span.end], (slug, kind)


def test_every_quote_in_the_built_graph_is_the_document_text_at_its_offsets(seed_store: ox.Store) -> None:
    texts = {
        solution["d"].value: solution["t"].value
        for solution in seed_store.query(
            sparql_prologue() + "SELECT ?d ?t WHERE { GRAPH ?d { ?d jg:tekst ?t } }"
        )
    }
    assert len(texts) == len(SEED_PATHS)
    rows = list(seed_store.query(sparql_prologue() + """
        SELECT ?x ?d ?citaat ?b ?e WHERE { GRAPH ?d {
            ?x jg:citaat ?citaat ; jg:begin ?b ; jg:eind ?e ; prov:wasDerivedFrom ?d } }"""))
    assert len(rows) > 80  # parts, persons, decisions, assignments, measures, amounts, terms, ...
    for row in rows:
        text = texts[row["d"].value]
        begin, end = int(row["b"].value), int(row["e"].value)
        assert row["citaat"].value == text[begin:end], row["x"].value


def test_every_extracted_resource_has_its_provenance(seed_store: ox.Store) -> None:
    missing = list(seed_store.query(sparql_prologue() + """
        SELECT ?x WHERE { GRAPH ?d { ?d jg:bevat ?x .
            FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?d ; jg:citaat ?c ; jg:begin ?b ; jg:eind ?e } } }"""))
    assert missing == []
