"""The three backends behind one protocol: which one serves a store, and running one from the
event loop."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import anyio.to_thread
import pyoxigraph as ox

from ..errors import StoreError
from ..remote import is_remote
from ..workers.limits import WorkerLimits
from .fair_share import per_client_limit
from .inprocess import InProcessBackend
from .pool import ProcessPoolBackend
from .remote_backend import RemoteBackend
from .types import QueryBackend, QueryRequest, QueryResult, StreamedResult


def backend_for(
    store: QueryBackend | ox.Store | Path | str, *, workers: int, prefixes: Mapping[str, str],
    settings: Any = None,
) -> QueryBackend:
    """The backend for what ``create_app`` was given: a backend, a pyoxigraph store, a store path
    or the http(s) URL of a remote SPARQL store (its endpoints from ``settings``)."""
    if isinstance(store, ox.Store):
        return InProcessBackend(store, workers=workers, prefixes=prefixes)
    if isinstance(store, (str, Path)):
        if is_remote(store):
            return RemoteBackend.from_url(str(store), workers=workers, prefixes=prefixes, settings=settings)
        path = Path(store)
        if not path.is_dir():
            raise StoreError(
                f"Er staat geen store in {path}: bouw er eerst een met 'jeugdgraph build --store {path}'."
            )
        limits = WorkerLimits(
            memory_mb=getattr(settings, "query_memory_mb", None) or None,
            network_wall=not getattr(settings, "service_allowlist", ()),
        )
        return ProcessPoolBackend(path, workers=workers, prefixes=prefixes, limits=limits,
                                  per_client=per_client_limit(settings, workers),
                                  repeat_fast_path=bool(getattr(settings, "repeat_fast_path", False)))
    if isinstance(store, QueryBackend):
        return store
    raise TypeError(
        f"cannot serve {type(store).__name__}: give a store directory, a pyoxigraph Store or a backend"
    )


# --------------------------------------------------------------------------- small helpers


async def run_query(backend: QueryBackend, request: QueryRequest) -> QueryResult | StreamedResult:
    """``backend.execute`` from the event loop: the backend's own ``execute_async`` where it has
    one (an optional method of the protocol), otherwise ``execute`` in a thread. Only the worker
    pool streams a large answer (``request.stream``); the in-process and remote backends answer
    whole."""
    native = getattr(backend, "execute_async", None)
    if native is not None:
        return await native(request)
    return await anyio.to_thread.run_sync(backend.execute, request)
