"""Bearer-token authentication for writes.

The server never holds the tokens themselves, only their sha256 digests
(``JEUGDGRAPH_WRITE_TOKENS``, made with ``jeugdgraph hash-token``). A presented token is hashed
and compared with every configured digest in constant time. With no digests configured, writes
are switched off and every write answers 403 saying so.
"""

from __future__ import annotations

import hmac
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..audit import AuditLog, AuditRecord, token_digest, token_id
from ..errors import InputError, NotAuthenticated, WritesDisabled

_DIGEST = re.compile(r"^[0-9a-f]{64}$")
MAX_TOKEN_LENGTH = 4096

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="schrijftoken",
    description="Een schrijftoken (Bearer). De server kent alleen de sha256-digest ervan.",
)


@dataclass(frozen=True)
class Writer:
    """Who is writing: the token id the audit log records (never the token)."""

    token_id: str


class TokenAuthenticator:
    """Checks bearer tokens against the configured sha256 digests."""

    def __init__(self, digests: Iterable[str]) -> None:
        cleaned = tuple(d.strip().lower() for d in digests if d and d.strip())
        bad = [d for d in cleaned if not _DIGEST.match(d)]
        if bad:
            raise InputError(
                "JEUGDGRAPH_WRITE_TOKENS moet sha256-digests bevatten (64 hexadecimale tekens), "
                "niet de tokens zelf; maak een digest met 'jeugdgraph hash-token TOKEN'."
            )
        self._digests = tuple(bytes.fromhex(d) for d in cleaned)

    @property
    def enabled(self) -> bool:
        return bool(self._digests)

    def authenticate(self, token: str | None) -> Writer:
        """The writer behind ``token``; ``WritesDisabled`` or ``NotAuthenticated`` otherwise."""
        if not self.enabled:
            raise WritesDisabled(
                "Schrijven staat uit op deze server: er zijn geen schrijftokens ingesteld "
                "(JEUGDGRAPH_WRITE_TOKENS)."
            )
        if not token:
            raise NotAuthenticated("Deze schrijfactie vraagt een token: stuur 'Authorization: Bearer TOKEN'.")
        if len(token) > MAX_TOKEN_LENGTH:
            raise NotAuthenticated("Het token is ongeldig.")
        presented = bytes.fromhex(token_digest(token))
        # compare with every digest, without stopping early, so timing says nothing about which matched
        matched = False
        for digest in self._digests:
            matched |= hmac.compare_digest(presented, digest)
        if not matched:
            raise NotAuthenticated("Het token is ongeldig.")
        return Writer(token_id=token_id(token))


PER_CLIENT = 10  # refused logins recorded per client address per minute
IN_TOTAL = 100  # refused logins recorded per minute in all
WINDOW = 60.0


class RefusalAudit:
    """Records refused logins in the audit log, rate-limited (see the module docstring)."""

    def __init__(self, audit: AuditLog | None = None) -> None:
        self.audit = audit
        self._lock = threading.Lock()
        self._recent: deque[tuple[float, str]] = deque()
        self.left_out = 0

    def refused(self, client: str, path: str, reason: str, request_id: str | None) -> bool:
        """Record one refusal unless the limits are reached; True when it was recorded."""
        if self.audit is None:
            return False
        now = time.monotonic()
        with self._lock:
            while self._recent and now - self._recent[0][0] > WINDOW:
                self._recent.popleft()
            mine = sum(1 for _t, c in self._recent if c == client)
            if mine >= PER_CLIENT or len(self._recent) >= IN_TOTAL:
                self.left_out += 1
                return False
            self._recent.append((now, client))
            left_out, self.left_out = self.left_out, 0
        detail = f"{reason} (van {client}, {path})"
        if left_out:
            detail += f"; {left_out} eerdere weigeringen niet apart vastgelegd"
        self.audit.record(AuditRecord(who="onbekend", action="inloggen", outcome="refused",
                                      request_id=request_id, detail=detail))
        return True


def writer_dependency(
    authenticator: TokenAuthenticator, refusals: RefusalAudit | None = None
) -> Callable[..., Writer]:
    """A FastAPI dependency that yields the ``Writer`` or raises 401/403 (documented in OpenAPI);
    a refused token is recorded by ``refusals``."""

    def require_writer(
        request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer_scheme),
    ) -> Writer:
        token = credentials.credentials if credentials is not None else None
        try:
            return authenticator.authenticate(token)
        except NotAuthenticated as exc:
            if refusals is not None:
                client = request.client.host if request.client else "?"
                refusals.refused(client, request.url.path, str(exc),
                                 getattr(request.state, "request_id", None))
            raise

    return require_writer
