"""``/health`` (the process answers) and ``/ready`` (the store answers and its data validated)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..errors import JeugdgraphError
from ..query.types import select_bindings
from ..sparql_texts import sparql
from .context import ServerContext

COUNT_QUERY = sparql("server-triple-count")


def health_router(ctx: ServerContext) -> APIRouter:
    router = APIRouter(tags=["Status"])

    @router.get("/health", summary="Leeft de server?")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/ready", summary="Is de store geladen en gevalideerd? (met het aantal triples)",
                responses={503: {"description": "Nog niet klaar, of de store schendt de shapes."}})
    async def ready() -> JSONResponse:
        validation = ctx.readiness.validation
        body: dict[str, object] = {"validatie": validation.status}
        if validation.violations:
            body["overtredingen"] = validation.violations
        try:
            rows = await run_in_threadpool(
                select_bindings, ctx.backend, COUNT_QUERY, timeout=ctx.lookup_timeout
            )
            body["triples"] = int(rows[0]["triples"]["value"])
        except JeugdgraphError:
            body.update(status="niet klaar", melding="De store antwoordt niet.")
            return JSONResponse(body, status_code=503)
        if not validation.ok:
            body.update(status="niet klaar", melding=validation.message or "De validatie loopt nog.")
            return JSONResponse(body, status_code=503)
        body["status"] = "klaar"
        return JSONResponse(body)

    return router
