"""The HTTP server: SPARQL 1.1 Protocol endpoint, named-query API and the offline query page.

``create_app`` is imported lazily so that query worker processes, which import
``jeugdgraph.server.execution`` only, start without loading FastAPI.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
