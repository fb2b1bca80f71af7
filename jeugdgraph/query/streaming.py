"""Answers in chunks, the worker's side: the output a serialiser writes into, which keeps a small
answer whole and sends a large one on as it is made.

A query worker that is asked to stream (``QueryRequest.stream``) answers with one of
- ``("ok", QueryResult)``: the whole answer, at most ``STREAM_AFTER`` bytes;
- ``("start", StreamStart)``, then ``("chunk", bytes)`` as often as needed, then ``("end", None)``
  when the answer is complete or ``("error", exception)`` when it cannot be completed;
- ``("error", exception)`` alone: nothing was sent, so the client gets a clean error status.

This module imports the standard library only: the worker processes import it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

STREAM_AFTER = 64 * 1024  # bytes: an answer up to this size goes whole, with a Content-Length
CHUNK_BYTES = 64 * 1024  # bytes per message on the worker's pipe

Send = Callable[[tuple[str, object]], None]


@dataclass(frozen=True)
class StreamStart:
    """What the server must know before the first byte of a streamed answer, and that byte on."""

    kind: str
    format_key: str
    rows: int | None  # known only when the answer was cut at a row cap before it was written
    truncated: bool
    first: bytes
    seconds: float  # evaluation until the first chunk


@dataclass(frozen=True)
class Head:
    kind: str
    format_key: str
    rows: int | None
    truncated: bool


class ChunkedOutput:
    """A binary output for pyoxigraph's serialisers (it calls ``write`` with up to 8 KB at a time).

    Without ``send`` it only collects. With ``send`` it collects up to ``threshold`` bytes; past
    that it sends ``("start", StreamStart)`` with what it holds and from then on ``("chunk", …)``
    messages of about ``chunk_bytes``, so the worker never holds more than one chunk.
    """

    def __init__(self, send: Send | None, head: Head, started: float, *, clock: Callable[[], float],
                 threshold: int = STREAM_AFTER, chunk_bytes: int = CHUNK_BYTES) -> None:
        self._send = send
        self._head = head
        self._started = started
        self._clock = clock
        self._threshold = threshold
        self._chunk_bytes = chunk_bytes
        self._buffer = bytearray()
        self.streaming = False

    def write(self, data: bytes) -> int:
        self._buffer += data
        if self._send is not None:
            if not self.streaming and len(self._buffer) > self._threshold:
                self._start()
            elif self.streaming and len(self._buffer) >= self._chunk_bytes:
                self._send(("chunk", bytes(self._buffer)))
                self._buffer.clear()
        return len(data)

    def flush(self) -> None:
        """Nothing to do: a chunk is sent when it is full, the rest by ``finish``."""

    def _start(self) -> None:
        head = self._head
        start = StreamStart(head.kind, head.format_key, head.rows, head.truncated, bytes(self._buffer),
                            self._clock() - self._started)
        self._buffer.clear()
        self.streaming = True
        if self._send is not None:
            self._send(("start", start))

    def finish(self) -> bytes | None:
        """The whole answer when it was never streamed; otherwise its last chunk is sent (None)."""
        if not self.streaming:
            return bytes(self._buffer)
        if self._buffer and self._send is not None:
            self._send(("chunk", bytes(self._buffer)))
            self._buffer.clear()
        return None
