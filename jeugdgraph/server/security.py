"""Security middleware: request ids, security headers, a body-size ceiling, and no stack traces.

One pure ASGI middleware (no ``BaseHTTPMiddleware``, so streamed responses stay streamed):

- every request gets an id: a sane ``X-Request-ID`` from the client is kept, otherwise one is
  made; it is echoed in the response and stored in ``request.state.request_id``, where the
  access log (which runs inside this middleware), the audit log and error messages find it, so
  they all carry the same id;
- every response gets ``X-Content-Type-Options: nosniff``; HTML responses also get a
  Content-Security-Policy that allows nothing from other origins and no inline script, may not
  be framed, and send no referrer;
- a request body larger than the limit is refused with 413 before it is read into memory, and
  a query string that is not UTF-8 once percent-decoded with 400 (instead of being "repaired");
- an exception nobody handled becomes a JSON 500 with the request id, never a traceback; the
  traceback goes to the log (one JSON line on ``jeugdgraph.server``) under the same id.
"""

from __future__ import annotations

import json
import logging
import os
import re
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_to_bytes

from ..errors import PayloadTooLarge

logger = logging.getLogger("jeugdgraph.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REQUEST_ID_HEADER = "x-request-id"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
MULTIPART_OVERHEAD = 1 << 20  # form fields and boundaries around an upload of the maximum size

def _headers_of(message: Message) -> list[tuple[bytes, bytes]]:
    return list(message.get("headers", []))


class SecurityMiddleware:
    """See the module docstring. ``max_body_bytes`` is the largest request body accepted."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        state = scope.setdefault("state", {})
        request_id = state.get("request_id") or _request_id_of(scope)
        state["request_id"] = request_id  # for the access log, the audit log and error messages
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = _with_security_headers(_headers_of(message), request_id)
            await send(message)

        try:
            bad_query_string = _invalid_utf8_query_string(scope)
            if bad_query_string is not None:
                await _send_json(send_with_headers, 400, bad_query_string, request_id)
                return
            declared = _content_length(scope)
            if declared is not None and declared > self.max_body_bytes:
                await _send_json(send_with_headers, 413, _too_large(self.max_body_bytes), request_id)
                return
            await self.app(scope, _limited(receive, self.max_body_bytes), send_with_headers)
        except PayloadTooLarge as exc:
            if started:
                raise
            await _send_json(send_with_headers, 413, str(exc), request_id)
        except Exception as exc:
            _log_unhandled(scope, request_id, exc)
            if started:
                raise  # the response is under way; the server closes the connection
            await _send_json(
                send_with_headers,
                500,
                f"Er ging iets onverwachts mis op de server; meld het met verzoeknummer {request_id}.",
                request_id,
            )


def _with_security_headers(headers: list[tuple[bytes, bytes]], request_id: str) -> list[tuple[bytes, bytes]]:
    """``headers`` with the request id, nosniff and, for a page, the headers that keep it to
    itself; a header the response has already (in any case) is not added again."""
    names = set()
    content_type = None
    for name, value in headers:  # one pass: the names, and the first Content-Type
        lowered = name.lower()
        names.add(lowered)
        if content_type is None and lowered == b"content-type":
            content_type = value
    extra = [(b"x-request-id", request_id.encode()), (b"x-content-type-options", b"nosniff")]
    if content_type is not None and content_type.lower().startswith(b"text/html"):  # only pages link and run
        extra += _PAGE_HEADERS
    headers += [(n, v) for n, v in extra if n not in names]
    return headers


_PAGE_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


def _log_unhandled(scope: Scope, request_id: str, exc: Exception) -> None:
    """One JSON log line with the request id and the traceback (which the client never sees)."""
    logger.error(json.dumps({
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "level": "error",
        "event": "unhandled-error",
        "request_id": request_id,
        "method": scope.get("method"),
        "path": scope.get("path"),
        "error": f"{type(exc).__name__}: {exc}",
        "traceback": "".join(traceback.format_exception(exc)),
    }, ensure_ascii=False))


def _request_id_of(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            try:
                candidate = value.decode("ascii")
            except UnicodeDecodeError:
                break
            if _SANE_REQUEST_ID.match(candidate):
                return candidate
            break
    return new_request_id()


def new_request_id() -> str:
    """``uuid.uuid4().hex``, made without the ``UUID`` object (which cost four times the rest)."""
    value = int.from_bytes(os.urandom(16))
    return f"{value & _UUID4_CLEAR | _UUID4_SET:032x}"  # the version (4) and variant bits, as uuid4 sets them


_UUID4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_UUID4_SET = (0x8000 << 48) | (4 << 76)


def _invalid_utf8_query_string(scope: Scope) -> str | None:
    """Why the query string is not UTF-8 once percent-decoded (``None`` when it is).

    Without this check the framework would replace the bad bytes and run a different query
    than the client sent."""
    raw = scope.get("query_string") or b""
    if b"%" not in raw and raw.isascii():
        return None
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        return (
            f"De parameters in de URL zijn geen geldige UTF-8 (ongeldige byte op positie {exc.start} "
            "na het decoderen van %-codes)."
        )
    return None


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _too_large(limit: int) -> str:
    return f"Het verzoek is groter dan de grens van {limit:,} bytes.".replace(",", ".")


def _limited(receive: Receive, limit: int) -> Receive:
    """``receive`` that raises ``PayloadTooLarge`` (413) once the body passes ``limit`` bytes."""
    seen = 0

    async def limited_receive() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise PayloadTooLarge(_too_large(limit))
        return message

    return limited_receive


async def _send_json(send: Send, status: int, message: str, request_id: str) -> None:
    body = json.dumps({"fout": message, "status": status, "verzoek": request_id}, ensure_ascii=False).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})
