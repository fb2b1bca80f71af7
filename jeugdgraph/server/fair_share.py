"""The client of each request, noted for fair sharing of the query workers (``query.fair_share``)."""

from __future__ import annotations

from ..query.fair_share import CLIENT, ASGIApp, Receive, Scope, Send


class ClientMiddleware:
    """Sets ``CLIENT`` to the address of the client that sent the request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            client = scope.get("client")
            token = CLIENT.set(client[0] if client else "?")
            try:
                await self.app(scope, receive, send)
            finally:
                CLIENT.reset(token)
            return
        await self.app(scope, receive, send)
