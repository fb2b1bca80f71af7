"""The HTTP response of a streamed answer: chunks sent on as the query worker makes them.

The response is complete only when the worker's last chunk is sent. Should the time limit pass
or the worker fail after the first bytes went out, the response ends without its last (empty)
chunk and the connection closes, so every HTTP/1.1 client sees an incomplete transfer rather
than a shorter answer that looks whole. A client that goes away frees its worker at once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping

import anyio
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from ..errors import JeugdgraphError
from ..query.types import StreamedResult

log = logging.getLogger("jeugdgraph.server")


class StreamedAnswer(StreamingResponse):
    """``result`` as a chunked response; ``last`` rewrites the final chunk (a note at the end of
    a cut answer), which then waits for the chunk after it before it is sent."""

    def __init__(self, result: StreamedResult, *, media_type: str, headers: Mapping[str, str],
                 last: Callable[[bytes], bytes] | None = None) -> None:
        super().__init__(result.rest, media_type=media_type, headers=headers)
        self.result = result
        self.last = last
        self.request_id: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.request_id = (scope.get("state") or {}).get("request_id")
        try:
            await super().__call__(scope, receive, send)
        finally:  # shielded: a client that went away cancelled us, and the worker must still go
            with anyio.CancelScope(shield=True):
                await self.result.rest.aclose()

    async def stream_response(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        complete = False
        try:
            with anyio.move_on_after(max(0.0, self.result.deadline - time.monotonic())):
                await self._send_chunks(send)
                complete = True
        except JeugdgraphError as exc:  # the time limit passed or the worker failed mid-answer
            self._report(str(exc))
            return  # without the last chunk: the client sees an incomplete transfer
        if not complete:
            self._report("de tijdslimiet verstreek terwijl het antwoord verstuurd werd")
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _send_chunks(self, send: Send) -> None:
        pending = self.result.first
        if self.last is None:
            await send({"type": "http.response.body", "body": pending, "more_body": True})
        async for chunk in self.result.rest:
            if self.last is None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                continue
            await send({"type": "http.response.body", "body": pending, "more_body": True})
            pending = chunk
        if self.last is not None:
            await send({"type": "http.response.body", "body": self.last(pending), "more_body": True})

    def _report(self, reason: str) -> None:
        log.warning(json.dumps({"event": "streamed-answer-broken-off", "request_id": self.request_id,
                                "reason": reason}, ensure_ascii=False))
