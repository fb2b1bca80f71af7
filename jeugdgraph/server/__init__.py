"""The HTTP server: SPARQL 1.1 Protocol endpoint, named-query API and the offline query page.

Routes, negotiation and middleware only; running queries is ``jeugdgraph.query``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
