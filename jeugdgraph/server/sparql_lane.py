"""The protocol route's own lane through the app: a GET or POST to ``/sparql`` goes from the
middlewares straight to its route, past the framework's layers that have nothing to do for it.

Between the app's own middlewares (security, access log, client, CORS) and a route, FastAPI runs
the exception middleware, an exit stack for uploaded files and the router, which matches the path
against the routes. For ``/sparql`` (the first route, a plain Starlette route that reads its own
parameters and uploads nothing) the lane calls the route's ASGI app itself with the same exception
handlers in the scope, so every error still gets the answer its handler gives; the middlewares
around the lane run as before. Any other path or method (HEAD, OPTIONS, 405s), and a server with a
root path, takes the framework's way.
"""

from __future__ import annotations

from typing import Any

from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

PATH = "/sparql"
METHODS = frozenset({"GET", "POST"})


class SparqlLane:
    """The innermost of the app's middlewares: ``app`` is the framework's exception middleware,
    whose handlers the lane puts in the scope as that middleware does. Without them (another
    framework version) the lane stays closed and every request takes the framework's way."""

    def __init__(self, app: ASGIApp, route: Route, router: Any) -> None:
        self.app = app
        self.route = route
        self.router = router
        handlers = getattr(app, "_exception_handlers", None)
        status_handlers = getattr(app, "_status_handlers", None)
        self.handlers = ((handlers, status_handlers) if isinstance(app, ExceptionMiddleware)
                         and isinstance(handlers, dict) and isinstance(status_handlers, dict) else None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self.handlers is None or scope["type"] != "http" or scope["path"] != PATH
                or scope["method"] not in METHODS or scope.get("root_path")):
            await self.app(scope, receive, send)
            return
        scope["starlette.exception_handlers"] = self.handlers
        scope["router"] = self.router
        scope["endpoint"] = self.route.endpoint
        scope["path_params"] = {}
        await self.route.app(scope, receive, send)
