"""Structured access logs: one JSON line per request on the ``jeugdgraph.access`` logger.

Each request gets an id (the client's ``X-Request-Id`` when it is a sane token, else a fresh
one), which the response carries back and error messages quote, so a complaint can be traced.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("jeugdgraph.access")
_SANE_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_REPORTED_HEADERS = {
    b"x-jeugdgraph-rows": "rows",
    b"x-jeugdgraph-truncated": "truncated",
}


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SANE_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        record: dict[str, object] = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                record["status"] = message["status"]
                headers = list(message.get("headers") or [])
                for name, value in headers:
                    key = _REPORTED_HEADERS.get(name.lower())
                    if key:
                        record[key] = value.decode("latin-1")
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            entry = {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "request_id": request_id,
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": record["status"],
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            }
            entry.update({k: v for k, v in record.items() if k != "status"})
            client = scope.get("client")
            if client:
                entry["client"] = client[0]
            log.info(json.dumps(entry, ensure_ascii=False))
