"""A small client for the write routes of a running jeugdgraph server (used by the CLI).

Errors come back as ``JeugdgraphError`` subclasses carrying the server's own message (and the
SHACL report of a refused write), so the CLI reports them like any other error.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from .errors import (
    InputError,
    JeugdgraphError,
    NotAuthenticated,
    NotFound,
    PayloadTooLarge,
    StoreError,
    UnsupportedMediaType,
    ValidationFailed,
    WritesDisabled,
)

TIMEOUT = httpx.Timeout(connect=10.0, read=600.0, write=600.0, pool=10.0)
_BY_STATUS: dict[int, type[JeugdgraphError]] = {
    401: NotAuthenticated, 403: WritesDisabled, 404: NotFound, 413: PayloadTooLarge,
    415: UnsupportedMediaType, 422: ValidationFailed,
}


class ServerReport:
    """The text report the server sent with a refusal (what ``ValidationFailed.report`` holds)."""

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self, lang: str = "nl") -> str:
        return self._text


def _url(server: str, path: str) -> str:
    if not server.startswith(("http://", "https://")):
        raise InputError(f"De server {server!r} moet een http(s)-adres zijn, zoals http://127.0.0.1:8000.")
    return server.rstrip("/") + path


def _send(method: str, url: str, token: str, **kwargs: Any) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    try:
        response = httpx.request(method, url, headers=headers, timeout=TIMEOUT, **kwargs)
    except httpx.HTTPError as exc:
        raise StoreError(f"De server op {url} is niet bereikbaar: {exc}") from None
    try:
        body = response.json()
    except ValueError:
        body = {"fout": response.text.strip()[:500] or response.reason_phrase}
    if response.is_success:
        return body
    message = body.get("fout") or f"De server antwoordde {response.status_code}."
    kind = _BY_STATUS.get(response.status_code, StoreError if response.status_code >= 500 else InputError)
    if kind is ValidationFailed:
        report = ServerReport(body["rapport"]) if body.get("rapport") else None
        raise ValidationFailed(message, report)
    raise kind(message)


def add_document(
    server: str, token: str, path: Path, metadata: dict[str, str] | None = None
) -> dict[str, Any]:
    """Upload ``path`` to ``POST /api/documents``; the server's JSON answer."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: kan het bestand niet lezen ({exc.strerror or exc}).") from None
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    fields = {k: v for k, v in (metadata or {}).items() if v}
    return _send(
        "POST", _url(server, "/api/documents"), token,
        files={"file": (path.name, content, media_type)}, data=fields,
    )


def delete_document(server: str, token: str, slug: str) -> dict[str, Any]:
    """``DELETE /api/documents/{slug}``; the server's JSON answer."""

    return _send("DELETE", _url(server, f"/api/documents/{quote(slug, safe='')}"), token)
