"""The app factory: ``create_app(settings, store)``.

``store`` is a store directory (served by worker processes that can be stopped at the time
limit), a pyoxigraph ``Store`` (served in-process: an in-memory store has no other home) or a
ready ``QueryBackend``. Without one, ``settings.store`` is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
import pyoxigraph as ox
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .. import __version__
from ..errors import StoreError
from ..namespaces import PREFIXES
from ..query.backends import backend_for
from ..query.named import ParameterBinder, load_named_queries
from ..query.pool import ProcessPoolBackend
from ..query.types import QueryBackend
from ..settings import Settings
from ..validation import validate_store
from .access_log import AccessLogMiddleware
from .answers import EXPOSED_HEADERS
from .context import ServerContext
from .documents import documents_router
from .errors import install_error_handlers
from .fair_share import ClientMiddleware
from .graph_store import graph_store_read_router
from .health import health_router
from .map_routes import map_router
from .ontology_routes import ontology_router
from .page import install_pages
from .query_api import query_api_router
from .readiness import SKIPPED, Readiness, ValidationState, state_of, validate_in_subprocess
from .resources import resources_router
from .search_routes import search_router
from .security import MULTIPART_OVERHEAD, SecurityMiddleware
from .service_description import StatisticsCache
from .sparql import OPENAPI_PATH_ITEM, sparql_route
from .sparql_lane import SparqlLane
from .update import update_router
from .viz_routes import viz_router

DESCRIPTION = """
Jeugdhulpdocumenten van gemeenten en regio's als gekoppelde, gevalideerde kennisgraaf.

- **`/sparql`**: SPARQL 1.1 Protocol (alleen lezen). De standaardgraaf is de vereniging van alle
  grafen; de prefixen `jg:`, `jgi:`, `org:`, `dcterms:`, `prov:`, `skos:`, `eli:`, `schema:` e.a.
  zijn al gedeclareerd.
- **`/api/queries/…`**: vaste vragen met getypeerde parameters.
- **`/`**: de querypagina.

Elk antwoord meldt in `X-Jeugdgraph-Row-Limit` en `X-Jeugdgraph-Truncated` of het is afgekapt.
"""


def create_app(
    settings: Settings | None = None,
    store: QueryBackend | ox.Store | Path | str | None = None,
    *,
    validation: object | None = None,
    validate_on_start: bool = True,
) -> FastAPI:
    """The FastAPI app serving ``store``.

    ``validation``: the ``ValidationReport`` of a store that was just built (then it is not
    validated again); otherwise the store is validated in the background at start-up, unless
    ``validate_on_start`` is False.
    """
    settings = settings or Settings.from_env()
    target = store if store is not None else settings.store
    if target is None:
        raise StoreError("Geef een store op (--store MAP of JEUGDGRAPH_STORE).")
    owns_backend = not isinstance(target, QueryBackend)
    backend = backend_for(target, workers=settings.query_workers, prefixes=PREFIXES, settings=settings)
    try:
        named = load_named_queries(Path(settings.queries_dir))
    except Exception:
        if owns_backend:
            backend.close()
        raise
    if validation is not None:
        readiness = Readiness(state_of(validation))
    else:
        readiness = Readiness(ValidationState(SKIPPED))
    ctx = ServerContext(
        settings=settings,
        backend=backend,
        named_queries=named,
        binder=ParameterBinder(backend, timeout=min(settings.query_timeout, 10.0)),
        statistics=StatisticsCache(backend, timeout=max(settings.query_timeout, 60.0)),
        readiness=readiness,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # each query holds a thread while it waits for its worker; waiting threads cost little,
        # and a fast query must not queue for a thread behind slow ones
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = max(limiter.total_tokens, 4 * settings.query_workers + 64)
        if validation is None and validate_on_start:
            if isinstance(backend, ProcessPoolBackend):
                store_dir = backend.store_dir
                readiness.validate_in_background(lambda: validate_in_subprocess(store_dir))
            elif (local := backend.local_store()) is not None:
                readiness.validate_in_background(lambda: validate_store(local))
        try:
            yield
        finally:
            if owns_backend:
                backend.close()

    app = FastAPI(
        title="jeugdgraph",
        description=DESCRIPTION,
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        # no OpenTelemetry here: asking whether it is configured is a cost on every request
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.context = ctx
    install_error_handlers(app)
    sparql = sparql_route(ctx)
    app.router.routes.insert(0, sparql)  # first: most requests are queries
    _document_route(app, "/sparql", OPENAPI_PATH_ITEM)
    app.include_router(query_api_router(ctx))
    app.include_router(search_router(ctx))
    app.include_router(health_router(ctx))
    app.include_router(viz_router(ctx))
    app.include_router(map_router(ctx))
    app.include_router(resources_router(ctx))
    app.include_router(ontology_router(ctx))
    app.include_router(documents_router(ctx))
    app.include_router(graph_store_read_router(ctx))
    app.include_router(update_router(ctx))
    install_pages(app)
    app.add_middleware(SparqlLane, route=sparql, router=app.router)  # innermost: the others run as before
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type", "X-Request-Id"],
            expose_headers=list(EXPOSED_HEADERS),
        )
    app.add_middleware(ClientMiddleware)  # who asks: each client holds a fair share of the workers
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(SecurityMiddleware, max_body_bytes=settings.max_upload_bytes + MULTIPART_OVERHEAD)
    return app


def _document_route(app: FastAPI, path: str, path_item: dict) -> None:
    """Add the OpenAPI description of a plain (non-FastAPI) route to the app's schema."""
    generate = app.openapi

    def openapi() -> dict:
        schema = app.openapi_schema
        if schema is None:
            schema = generate()  # FastAPI keeps this dict as app.openapi_schema
            schema["paths"] = {path: path_item, **schema["paths"]}
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
