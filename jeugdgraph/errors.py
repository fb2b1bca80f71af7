"""One error hierarchy for the whole package.

Library code raises these; the CLI turns them into one clear sentence and a non-zero exit, the
server maps them to HTTP status codes in one place (``server/errors.py``). Messages are written
for the person who reads them: Dutch policy makers read the ones that reach them.
"""

from __future__ import annotations


class JeugdgraphError(Exception):
    """Base class: something the user can act on, with a message that says what."""

    http_status = 500


class InputError(JeugdgraphError):
    """A file, argument or request the user supplied cannot be used."""

    http_status = 400


class UnreadableDocument(InputError):
    """A document file cannot be read as text (empty, binary, encrypted, corrupt, wrong encoding)."""

    http_status = 422


class StoreError(JeugdgraphError):
    """The store cannot be opened, built or swapped."""

    http_status = 503


class ValidationFailed(JeugdgraphError):
    """Data breaks the SHACL shapes; ``report`` holds the findings."""

    http_status = 422

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class QueryError(JeugdgraphError):
    """A SPARQL query is malformed or not allowed."""

    http_status = 400


class QueryTimeout(JeugdgraphError):
    """A query ran past its time limit."""

    http_status = 503


class NotFound(JeugdgraphError):
    http_status = 404


class Ambiguous(InputError):
    """A name fits more than one resource (``Bergen``); ``candidates`` lists them, never a guess."""

    http_status = 409

    def __init__(self, message: str, candidates: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class PayloadTooLarge(InputError):
    """An upload or request body is larger than the configured limit."""

    http_status = 413


class UnsupportedMediaType(InputError):
    """An upload is not one of the accepted kinds (text, Markdown, HTML, PDF)."""

    http_status = 415


class NotAuthenticated(JeugdgraphError):
    """A write came without a valid bearer token."""

    http_status = 401


class WritesDisabled(JeugdgraphError):
    """Writes are switched off on this server (no tokens configured, or updates not enabled)."""

    http_status = 403


class QueryRefused(QueryError):
    """A query asks for something this endpoint never does (update, SERVICE, LOAD, ``file:``)."""

    http_status = 403


class NotAcceptable(InputError):
    """None of the formats the client accepts fits the answer."""

    http_status = 406
