"""Structured access logs: one JSON line per request on the ``jeugdgraph.access`` logger.

Each request gets an id (the client's ``X-Request-Id`` when it is a sane token, else a fresh
one), which the response carries back and error messages quote, so a complaint can be traced.
"""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .security import new_request_id

log = logging.getLogger("jeugdgraph.access")
_SANE_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_REPORTED_HEADERS = {
    b"x-jeugdgraph-rows": "rows",
    b"x-jeugdgraph-truncated": "truncated",
}


class AccessLogMiddleware:
    """Logs each request after its answer; the request id comes from the security middleware
    around it (``scope["state"]["request_id"]``), or is made here when there is none."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = scope.setdefault("state", {})
        if not state.get("request_id"):
            incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
            state["request_id"] = incoming if _SANE_ID.match(incoming) else new_request_id()
        record: dict[str, object] = {"status": 500}

        async def send_and_note(message: Message) -> None:
            if message["type"] == "http.response.start":
                record["status"] = message["status"]
                for name, value in message.get("headers") or ():
                    key = _REPORTED_HEADERS.get(name.lower())
                    if key:
                        record[key] = value.decode("latin-1")
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            entry = {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "request_id": state["request_id"],
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
