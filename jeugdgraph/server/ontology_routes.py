"""``/def`` (the ontology namespace, ``https://w3id.org/jeugdgraph/def#``) and
``/.well-known/void`` (a VoID and DCAT description of the dataset).

``/def`` answers with an HTML page that has an anchor per term, so ``/def#Term`` lands on the
term, or with the ontology graph as RDF, by content negotiation. The description at
``/.well-known/void`` (RFC 5785, VoID section 7) names the SPARQL endpoint, the ontology and every
named graph with its size; the service description links to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ..namespaces import GRAPH_ONTOLOGY, JG_IRI
from ..ox_answers import returned
from ..query.formats import GRAPH_FORMATS, Format
from ..query.types import QueryRequest
from ..sparql_texts import filled
from .context import ServerContext
from .html_pages import html_page
from .negotiation import choose
from .resources import HTML, OFFERED
from .service_description import DCTERMS, RDF_TYPE, VOID, void_triples
from .sparql import VOID_PATH

DCAT = "http://www.w3.org/ns/dcat#"
TERMS_QUERY = filled("server-ontology-terms", ontology=GRAPH_ONTOLOGY, vocabulary=JG_IRI)
SECTIONS = {"Class": "Klassen", "ObjectProperty": "Relaties",
            "DatatypeProperty": "Eigenschappen met een waarde", "AnnotationProperty": "Annotaties"}


@dataclass(frozen=True)
class Term:
    local: str
    label: str
    comment: str
    english: str


def ontology_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["bronnen"])
    settings = ctx.settings

    def run(query: str, *, graph_format: str | None = None) -> bytes:
        return ctx.backend.execute(QueryRequest(
            query, results_format=None if graph_format else "json", graph_format=graph_format,
            timeout=settings.query_timeout, row_limit=settings.row_limit_max,
        )).body

    @router.get(
        "/def",
        summary="De ontologie (jg:): HTML-pagina met een anker per begrip, of RDF",
        responses={200: {"content": {f.media_type: {} for f in OFFERED}}, 406: {}},
    )
    async def ontology(
        request: Request,
        format: Annotated[str | None, Query(description="html, turtle, jsonld, ntriples of rdfxml; "
                                            "gaat voor op de Accept-header.")] = None,
    ) -> Response:
        fmt = choose(OFFERED, request.headers.get("accept"), format)
        if fmt is HTML:
            body = await run_in_threadpool(run, TERMS_QUERY)
            sections: dict[str, list[Term]] = {}
            for row in json.loads(body)["results"]["bindings"]:
                kind = SECTIONS[row["kind"]["value"].rsplit("#", 1)[-1]]
                sections.setdefault(kind, []).append(Term(
                    row["term"]["value"][len(JG_IRI):], *(row.get(k, {}).get("value", "")
                                                         for k in ("label", "comment", "english"))))
            response: Response = html_page(
                "ontology.html", title="Ontologie jeugdgraph", namespace=JG_IRI, graph=str(GRAPH_ONTOLOGY),
                sections=[(title, sections[title]) for title in SECTIONS.values() if title in sections],
                formats=[(f.names[0], f.label) for f in OFFERED if f is not HTML],
            )
        else:
            query = filled("server-ontology", graph=f"<{GRAPH_ONTOLOGY}>")
            body = await run_in_threadpool(run, query, graph_format=fmt.key)
            response = Response(body, media_type=fmt.content_type)
        response.headers["Vary"] = "Accept"
        return response

    @router.get("/def/{term}", include_in_schema=False)
    async def ontology_term(term: str) -> RedirectResponse:
        return RedirectResponse(f"/def#{term}", status_code=303)

    @router.get(
        VOID_PATH,
        summary="Beschrijving van de dataset (VoID en DCAT)",
        responses={200: {"content": {f.media_type: {} for f in GRAPH_FORMATS}}, 406: {}},
    )
    async def void_description(request: Request, format: str | None = None) -> Response:
        fmt: Format = choose(GRAPH_FORMATS, request.headers.get("accept"), format)
        statistics = await run_in_threadpool(ctx.statistics.get)
        triples = dataset_description(ctx.settings.public_base, statistics)  # not the Host header
        prefixes = {"void": VOID, "dcat": DCAT, "dcterms": DCTERMS}
        with_prefixes = fmt.key in {"turtle", "trig", "rdfxml"}
        body = ox.serialize(triples, format=fmt.rdf_format(), prefixes=prefixes if with_prefixes else None)
        return Response(returned(body), media_type=fmt.content_type, headers={"Vary": "Accept"})

    return router


def dataset_description(root: str, statistics: list) -> list[ox.Triple]:  # noqa: ANN001 - GraphStatistics
    """The dataset as a void:Dataset and dcat:Dataset with its endpoint, vocabulary and graphs."""
    dataset = ox.NamedNode(root + VOID_PATH + "#dataset")
    endpoint = ox.NamedNode(root + "/sparql")
    void = lambda local: ox.NamedNode(VOID + local)  # noqa: E731
    dcat = lambda local: ox.NamedNode(DCAT + local)  # noqa: E731
    service = ox.BlankNode()
    triples = [
        ox.Triple(dataset, RDF_TYPE, void("Dataset")),
        ox.Triple(dataset, RDF_TYPE, dcat("Dataset")),
        ox.Triple(dataset, ox.NamedNode(DCTERMS + "title"), ox.Literal("jeugdgraph", language="nl")),
        ox.Triple(dataset, ox.NamedNode(DCTERMS + "description"), ox.Literal(
            "Documenten van gemeenten en regio's over jeugdhulp als gekoppelde, gevalideerde kennisgraaf.",
            language="nl")),
        ox.Triple(dataset, void("sparqlEndpoint"), endpoint),
        ox.Triple(dataset, void("vocabulary"), ox.NamedNode(JG_IRI.rstrip("#"))),
        ox.Triple(dataset, void("uriSpace"), ox.Literal("https://w3id.org/jeugdgraph/id/")),
        ox.Triple(dataset, dcat("distribution"), service),
        ox.Triple(service, RDF_TYPE, dcat("Distribution")),
        ox.Triple(service, dcat("accessURL"), endpoint),
        ox.Triple(service, dcat("accessService"), endpoint),
        ox.Triple(endpoint, RDF_TYPE, dcat("DataService")),
        ox.Triple(endpoint, dcat("endpointURL"), endpoint),
        ox.Triple(endpoint, ox.NamedNode(DCTERMS + "conformsTo"),
                  ox.NamedNode("https://www.w3.org/TR/sparql11-protocol/")),
    ]
    return triples + void_triples(dataset, statistics)
