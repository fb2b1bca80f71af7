"""The audit log of writes: one JSON object per line, appended, never rewritten.

Every write attempt is recorded, refused ones too, so an editor can answer "who changed this
document, when, and what did it do to the graph". A record names the writer by a token id (the
first 8 hex characters of the token's sha256), never by the token itself: the log may be read
by more people than may write.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger("jeugdgraph.audit")

TOKEN_ID_LENGTH = 8


def token_digest(token: str) -> str:
    """The sha256 hex digest of a bearer token, as configured in ``JEUGDGRAPH_WRITE_TOKENS``."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_id(token_or_digest: str) -> str:
    """The short id the audit log uses for a token: the first 8 hex characters of its sha256.

    Accepts the token itself or its digest (a 64-character lower-case hex string), so code that
    only holds the configured digest can name the writer too.
    """
    digest = token_or_digest if _is_digest(token_or_digest) else token_digest(token_or_digest)
    return digest[:TOKEN_ID_LENGTH]


def _is_digest(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


@dataclass(frozen=True)
class AuditRecord:
    """One write attempt."""

    who: str  # token id, or "cli" for a local command
    action: str  # add-document, delete-document, sparql-update, graph-store-put, ...
    outcome: str  # committed, refused, failed
    document: str | None = None  # document slug, or graph IRI for the Graph Store Protocol
    triples_before: int | None = None
    triples_after: int | None = None
    request_id: str | None = None
    detail: str | None = None  # the reason of a refusal, in one sentence
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="milliseconds"))

    def json(self) -> str:
        record = {"time": self.time, **{k: v for k, v in asdict(self).items() if k != "time"}}
        return json.dumps(record, ensure_ascii=False, sort_keys=False)


class AuditLog:
    """Appends records to a JSON-lines file; with no file, records go to the ``jeugdgraph.audit`` logger.

    Each record is written with one ``write`` on a file opened with ``O_APPEND`` and flushed to
    disk before the call returns, so concurrent writers (threads or processes) never interleave
    half lines and a crash loses at most the record being written.
    """

    def __init__(self, path: Path | str | None) -> None:
        self.path = Path(path) if path is not None else None
        self._lock = threading.Lock()
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, entry: AuditRecord) -> AuditRecord:
        line = entry.json()
        logger.info(line)
        if self.path is None:
            return entry
        data = (line + "\n").encode("utf-8")
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        return entry

    def records(self) -> list[dict]:
        """Every record in the file, oldest first (an empty list when there is no file yet)."""
        if self.path is None or not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
