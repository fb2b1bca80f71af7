"""Resource pages: every IRI under ``https://w3id.org/jeugdgraph/id/`` resolves on this server at
``/id/...``.

Browsers get an HTML page (label, types, properties with links to their own pages, incoming links,
the named graphs that state it, and for an extracted statement its quote inside the text of its
document); clients get the resource's triples as Turtle, JSON-LD, N-Triples or RDF/XML by
``Accept`` or ``?format=``. An IRI the graph does not know answers 404.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated
from urllib.parse import quote as url_quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..errors import JeugdgraphError, NotFound
from ..namespaces import JG_IRI, JGI_IRI, PREFIXES
from ..query.formats import GRAPH_FORMATS, Format
from ..query.types import QueryRequest
from ..sparql_terms import iri_term
from ..sparql_texts import filled
from ..viz import kind_of_class
from ..viz_html import local_link
from ..viz_queries import (
    QueryRows,
    class_labels_query,
    iri_ref,
    quote_context_query,
    resource_exists_query,
    resource_graphs_query,
    resource_incoming_query,
    resource_properties_query,
    value,
)
from .context import ServerContext
from .html_pages import backend_rows, error_page, html_page
from .negotiation import choose

HTML = Format("html", "page", "text/html", ("application/xhtml+xml",), ("html",), "html", "HTML", "")
#: What /id/ answers in, preferred first (a client that accepts anything gets the page).
OFFERED: tuple[Format, ...] = (
    HTML, *(f for f in GRAPH_FORMATS if f.key in {"turtle", "jsonld", "ntriples", "rdfxml"}))
INCOMING_LIMIT = 500
CONTEXT_CHARS = 400  # characters of document text shown on each side of a quote

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL_PREDICATES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
    "https://w3id.org/jeugdgraph/def#term",
)
_TEXT_PREDICATE = "https://w3id.org/jeugdgraph/def#tekst"
_LONG_LITERAL = 1000


@dataclass(frozen=True)
class Value:
    text: str
    href: str = ""  # a link for IRIs
    note: str = ""  # language or datatype of a literal, or the IRI under a label
    long: bool = False  # shown folded


@dataclass(frozen=True)
class Statement:
    predicate: str  # prefixed name
    predicate_label: str
    predicate_href: str
    values: list[Value]


@dataclass(frozen=True)
class QuoteInContext:
    quote: str
    document_href: str
    document_label: str
    before: str = ""
    passage: str = ""  # the text between the offsets, when it is the quote
    after: str = ""


@dataclass
class ResourceView:
    iri: str
    label: str
    types: list[Value] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    incoming: list[tuple[Value, Statement]] = field(default_factory=list)
    incoming_cut: bool = False
    graphs: list[Value] = field(default_factory=list)
    graph_size: int = 0  # triples in the named graph of this IRI, if it is one
    quote: QuoteInContext | None = None
    network_href: str = ""
    map_query: str = ""  # ?regio= or ?gemeente= of the small map of a region or municipality


def prefixed(iri: str) -> str:
    """``jg:noemt`` for a known namespace (the longest that fits), else the IRI itself."""
    best = ""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and "/" not in local and "#" not in local:
            best = f"{prefix}:{local}"
            break
    return best or iri


def _href(iri: str) -> str:
    return local_link(iri)


def describe_resource(query: QueryRows, iri: str) -> ResourceView:
    """What the HTML page of ``iri`` shows; ``NotFound`` when the graph does not know it."""
    if not query(resource_exists_query(iri)):
        raise NotFound(f"De bron {iri} komt niet voor in deze graaf.")
    view = ResourceView(iri=iri, label=iri[len(JGI_IRI):] if iri.startswith(JGI_IRI) else iri)

    by_predicate: dict[str, list[Value]] = {}
    predicate_labels: dict[str, str] = {}
    type_iris: list[str] = []
    labels: dict[str, str] = {}
    for row in query(resource_properties_query(iri)):
        p, o = row["p"]["value"], row["o"]
        if value(row, "plabel"):
            predicate_labels[p] = value(row, "plabel") or ""
        if p == RDF_TYPE and o["type"] == "uri":
            type_iris.append(o["value"])
            continue
        if p in _LABEL_PREDICATES and o["type"] == "literal":
            labels.setdefault(p, o["value"])
        by_predicate.setdefault(p, []).append(_value(o, value(row, "olabel"), long_ok=p == _TEXT_PREDICATE))
    for p in _LABEL_PREDICATES:
        if p in labels:
            view.label = labels[p]
            break

    class_labels = {}
    if type_iris:
        class_labels = {value(r, "class"): value(r, "label") for r in query(class_labels_query(type_iris))}
    view.types = [Value(class_labels.get(t) or prefixed(t), t, prefixed(t)) for t in sorted(type_iris)]
    if not any(p in labels for p in _LABEL_PREDICATES) and view.types:
        view.label = _statement_label(view.types, by_predicate) or view.label
    view.statements = sorted(
        (Statement(prefixed(p), predicate_labels.get(p, ""), p, vals) for p, vals in by_predicate.items()),
        key=lambda s: (s.predicate_href not in _LABEL_PREDICATES, s.predicate),
    )

    incoming = query(resource_incoming_query(iri, INCOMING_LIMIT + 1))
    view.incoming_cut = len(incoming) > INCOMING_LIMIT
    for row in incoming[:INCOMING_LIMIT]:
        s, p = value(row, "s") or "", value(row, "p") or ""
        subject = Value(value(row, "slabel") or prefixed(s), _href(s) if row["s"]["type"] == "uri" else "", s)
        view.incoming.append((subject, Statement(prefixed(p), value(row, "plabel") or "", p, [])))

    for row in query(resource_graphs_query(iri)):
        if g := value(row, "g"):
            name = g[len(JGI_IRI):] if g.startswith(JGI_IRI) else prefixed(g)
            view.graphs.append(Value(name, _href(g), g))
        elif value(row, "size"):
            view.graph_size = int(value(row, "size") or 0)

    view.quote = _quote_in_context(query, iri)
    view.network_href = _network_href(iri, type_iris, by_predicate)
    view.map_query = view.network_href.partition("?")[2]  # the same focus as the network link
    return view


def _statement_label(types: list[Value], by_predicate: dict[str, list[Value]]) -> str:
    """``Beslispunt 1`` or ``Termijn: 31-03-2026`` for what has no name of its own."""
    specific = [t for t in types if t.href.startswith(JG_IRI)] or types
    kind = specific[-1].text[:1].upper() + specific[-1].text[1:]
    number = by_predicate.get(JG_IRI + "volgnummer")
    if number:
        return f"{kind} {number[0].text}"
    quote = by_predicate.get(JG_IRI + "citaat")
    if quote:
        text = " ".join(quote[0].text.split())
        return f"{kind}: {text if len(text) <= 60 else text[:59].rstrip() + '…'}"
    return ""


def _value(term: Mapping[str, str], label: str | None, *, long_ok: bool) -> Value:
    text = term["value"]
    if term["type"] == "uri":
        return Value(label or prefixed(text), _href(text), text if label else "")
    if term["type"] == "bnode":
        return Value(f"_:{text}")
    note = term.get("xml:lang") or (prefixed(term["datatype"]) if "datatype" in term else "")
    return Value(text, "", note, long=long_ok or len(text) > _LONG_LITERAL)


def _quote_in_context(query: QueryRows, iri: str) -> QuoteInContext | None:
    rows = query(quote_context_query(iri))
    if not rows:
        return None
    row = rows[0]
    doc = value(row, "doc") or ""
    quote = value(row, "quote") or ""
    found = QuoteInContext(quote, _href(doc), value(row, "title") or doc[len(JGI_IRI):])
    text, begin, end = value(row, "text"), value(row, "begin"), value(row, "end")
    if text is None or begin is None or end is None:
        return found
    try:
        b, e = int(begin), int(end)
    except ValueError:
        return found
    if not (0 <= b <= e <= len(text)) or " ".join(text[b:e].split()) != " ".join(quote.split()):
        return found  # offsets that do not point at the quote are not shown as if they did
    return QuoteInContext(
        quote, found.document_href, found.document_label,
        before=("…" if b > CONTEXT_CHARS else "") + text[max(0, b - CONTEXT_CHARS):b],
        passage=text[b:e],
        after=text[e:e + CONTEXT_CHARS] + ("…" if e + CONTEXT_CHARS < len(text) else ""),
    )


def _network_href(iri: str, types: list[str], by_predicate: dict[str, list[Value]]) -> str:
    kinds = {kind_of_class(t) for t in types}
    if "jeugdregio" in kinds:
        return "/viz?regio=" + url_quote(iri.rsplit("/", 1)[-1])
    if "gemeente" in kinds:
        return "/viz?gemeente=" + url_quote(iri.rsplit("/", 1)[-1].upper())
    return ""


def resources_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["bronnen"])
    rows = backend_rows(ctx)

    @router.get(
        "/id/{path:path}",
        summary="Een bron uit de graaf: HTML-pagina of RDF (Turtle, JSON-LD, N-Triples, RDF/XML)",
        responses={200: {"content": {f.media_type: {} for f in OFFERED}}, 404: {}, 406: {}},
    )
    def resource(
        path: str,
        request: Request,
        format: Annotated[str | None, Query(description="html, turtle, jsonld, ntriples of rdfxml; "
                                            "gaat voor op de Accept-header.")] = None,
    ) -> Response:
        iri = _iri_of(path, request, rows)
        fmt = choose(OFFERED, request.headers.get("accept"), format)
        if fmt is HTML:
            try:
                iri_ref(iri)
                view = describe_resource(rows, iri)
            except JeugdgraphError as exc:
                title = "Onbekende bron" if isinstance(exc, NotFound) else "Deze bron kan niet getoond worden"
                response = error_page(exc.http_status, str(exc), title=title)
            else:
                response = html_page(
                    "resource.html", title=view.label, view=view, sparql_href=_describe_href(iri),
                    formats=[(f.names[0], f.label) for f in OFFERED if f is not HTML],
                )
            response.headers["Vary"] = "Accept"
            return response
        ref = iri_ref(iri)
        if not rows(resource_exists_query(iri)):
            raise NotFound(f"De bron {iri} komt niet voor in deze graaf.")
        result = ctx.backend.execute(QueryRequest(
            filled("resource-describe", resource=ref), results_format=None, graph_format=fmt.key,
            timeout=ctx.settings.query_timeout, row_limit=ctx.settings.row_limit_max,
        ))
        return Response(result.body, media_type=fmt.content_type,
                        headers={"Vary": "Accept", "X-Content-Type-Options": "nosniff"})

    return router


def _iri_of(path: str, request: Request, rows: QueryRows) -> str:
    """The IRI a ``/id/...`` path names. The router decodes ``%2F`` in a path to ``/``, so an IRI that
    holds percent escapes itself (a bucket keyed by another IRI or a name) is taken as written
    when the graph has it; otherwise the decoded path, as before."""
    iri = JGI_IRI + path
    raw = request.scope.get("raw_path", b"").decode("ascii", "replace")
    at = raw.find("/id/")
    written = JGI_IRI + raw[at + len("/id/"):] if at >= 0 else iri
    if written == iri or "%" not in written:
        return iri
    try:
        iri_ref(written)
    except JeugdgraphError:
        return iri
    return written if rows(resource_exists_query(written)) else iri


def _describe_href(iri: str) -> str:
    return "/sparql?query=" + url_quote(f"DESCRIBE {iri_term(iri)}", safe="")


__all__ = ["OFFERED", "describe_resource", "resources_router"]
