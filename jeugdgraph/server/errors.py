"""The one place where errors become HTTP answers.

A ``JeugdgraphError`` answers with its own ``http_status`` and its message; request validation,
unknown routes and unexpected failures get a message too. A response never carries a stack
trace: an unexpected failure is logged with its request id, and the client gets that id.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import JeugdgraphError
from .negotiation import parse_accept, quality_of_media_type

log = logging.getLogger("jeugdgraph.server")

_STATUS_MESSAGES = {
    404: "Deze pagina of bron bestaat niet.",
    405: "Deze methode is hier niet toegestaan.",
}


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def _wants_plain_text(request: Request) -> bool:
    ranges = parse_accept(request.headers.get("accept"))
    return quality_of_media_type(ranges, "text/plain") > quality_of_media_type(ranges, "application/json")


def error_response(request: Request, status: int, message: str, extra: dict | None = None) -> Response:
    request_id = _request_id(request)
    headers = {"Cache-Control": "no-store"}
    if _wants_plain_text(request):
        return PlainTextResponse(message + "\n", status_code=status, headers=headers)
    body = {"fout": message, "status": status}
    if request_id:
        body["verzoek"] = request_id
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers)


async def _jeugdgraph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, JeugdgraphError)
    extra = None
    report = getattr(exc, "report", None)
    if report is not None and hasattr(report, "text"):
        extra = {"rapport": report.text("nl")}
    candidates = getattr(exc, "candidates", None)
    if candidates:  # an ambiguous name: the client picks one of these
        extra = {"kandidaten": candidates}
    response = error_response(request, exc.http_status, str(exc), extra)
    if exc.http_status == 401:  # RFC 9110: a 401 names the scheme that would be accepted
        response.headers["WWW-Authenticate"] = 'Bearer realm="jeugdgraph"'
    return response


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body"))
        kind = error.get("type", "")
        if kind == "missing":
            problems.append(f"de parameter '{where}' ontbreekt")
        else:
            problems.append(f"'{where}': {error.get('msg', 'ongeldige waarde')}")
    return error_response(request, 400, "Het verzoek klopt niet: " + "; ".join(problems) + ".")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = _STATUS_MESSAGES.get(exc.status_code) or (
        exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
    )
    response = error_response(request, exc.status_code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _unexpected(request: Request, exc: Exception) -> Response:
    request_id = _request_id(request)
    log.error("unexpected error in %s %s (request %s)", request.method, request.url.path, request_id,
              exc_info=exc)
    return error_response(
        request, 500, f"Er ging iets onverwachts mis op de server; meld het met verzoeknummer {request_id}."
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(JeugdgraphError, _jeugdgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
