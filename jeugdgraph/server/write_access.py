"""The one write service of an app, shared by the document routes and the update routes.

Built once per ``ServerContext`` (all writes must go through one service: it writes one at a
time). With no write tokens configured there is no service and every write answers 403.

How the served store is written depends on the query backend:

- worker processes on a store directory (``ProcessPoolBackend``): a ``DirectoryTarget`` that holds
  the directory read-write and hands the workers a fresh checkpoint after every commit
  (``backend.reopen``), since Oxigraph must not be read by one process while another writes it;
- a pyoxigraph store in this process (``InProcessBackend``): a ``LiveTarget`` on that store;
- anything else (a remote store): no writes through this server.
"""

from __future__ import annotations

import atexit
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..audit import AuditLog
from ..errors import WritesDisabled
from ..isolation import IsolatedRunner
from ..query.inprocess import InProcessBackend
from ..query.pool import ProcessPoolBackend
from ..writes import DirectoryTarget, LiveTarget, StoreTarget, WriteService
from .auth import RefusalAudit, TokenAuthenticator, Writer, writer_dependency
from .context import ServerContext

logger = logging.getLogger("jeugdgraph.server")


@dataclass
class WriteAccess:
    authenticator: TokenAuthenticator
    service: WriteService | None
    unavailable: str | None = None  # why there is no service although tokens are configured
    refusals: RefusalAudit = field(default_factory=RefusalAudit)  # refused logins, rate-limited

    def require_writer(self) -> Callable[..., Writer]:
        """The FastAPI dependency for routes that need a token."""
        return writer_dependency(self.authenticator, self.refusals)

    def require_service(self) -> WriteService:
        if self.service is None:
            raise WritesDisabled(self.unavailable or (
                "Schrijven staat uit op deze server: er zijn geen schrijftokens ingesteld "
                "(JEUGDGRAPH_WRITE_TOKENS)."
            ))
        return self.service


_ACCESS: weakref.WeakKeyDictionary[object, WriteAccess] = weakref.WeakKeyDictionary()


def write_access(ctx: ServerContext) -> WriteAccess:
    """The write access of the app that ``ctx`` belongs to (made on first use)."""
    key = ctx.backend
    access = _ACCESS.get(key)
    if access is None:
        access = _make(ctx)
        _ACCESS[key] = access
    return access


def default_audit_log(target: StoreTarget) -> Path | None:
    """Without ``JEUGDGRAPH_AUDIT_LOG``: ``NAME.audit.jsonl`` beside the store directory ``NAME``
    (beside, not in it, so a rebuild that replaces the directory keeps the log); a store without a
    directory logs its audit records on the ``jeugdgraph.audit`` logger only."""
    directory = target.directory
    return directory.parent / f"{directory.name}.audit.jsonl" if directory is not None else None


def _make(ctx: ServerContext) -> WriteAccess:
    settings = ctx.settings
    authenticator = TokenAuthenticator(settings.write_tokens)
    if not authenticator.enabled:
        return WriteAccess(authenticator, None)
    backend = ctx.backend
    target: StoreTarget
    if isinstance(backend, ProcessPoolBackend):
        # a superseded checkpoint may still serve a query that started on it, for at most the time limit
        target = DirectoryTarget(
            Path(backend.store_dir), publish=backend.reopen, keep_seconds=2 * settings.query_timeout + 30
        )
    elif isinstance(backend, InProcessBackend):
        target = LiveTarget(backend.store)
    else:
        return WriteAccess(authenticator, None, unavailable=(
            "Deze server kan zijn store niet beschrijven (een externe store); schrijf daar rechtstreeks."
        ))
    service = WriteService(
        target,
        settings=settings,
        runner=IsolatedRunner(
            memory_mb=settings.write_memory_mb, network_wall=not settings.service_allowlist
        ),
        audit=AuditLog(settings.audit_log or default_audit_log(target)),
    )
    atexit.register(service.close)
    logger.info("writes enabled for %d token(s)", len(settings.write_tokens))
    return WriteAccess(authenticator, service, refusals=RefusalAudit(service.audit))
