"""Bearer-token authentication for writes.

The server never holds the tokens themselves, only their sha256 digests
(``JEUGDGRAPH_WRITE_TOKENS``, made with ``jeugdgraph hash-token``). A presented token is hashed
and compared with every configured digest in constant time. With no digests configured, writes
are switched off and every write answers 403 saying so.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..audit import token_digest, token_id
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


def writer_dependency(authenticator: TokenAuthenticator) -> Callable[..., Writer]:
    """A FastAPI dependency that yields the ``Writer`` or raises 401/403 (documented in OpenAPI)."""

    def require_writer(
        credentials: HTTPAuthorizationCredentials | None = Depends(bearer_scheme),
    ) -> Writer:
        token = credentials.credentials if credentials is not None else None
        return authenticator.authenticate(token)

    return require_writer
