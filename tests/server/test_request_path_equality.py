"""The cheaper steps on a query's path give what the steps they replaced gave: the endpoint's IRI
from the scope's path (not Starlette's URL), the request id (not a ``UUID`` object), a format's
hash (its key), a client's slot taken and given back without a context manager, an answer's raw
headers (not a headers dict), the security headers (one pass over the response's) and a query's
body (read from ``receive``, not through ``request.stream()``)."""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import uuid

import pytest
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from jeugdgraph.errors import InputError, PayloadTooLarge
from jeugdgraph.query.fair_share import CLIENT, ClientSlots, NoSlot
from jeugdgraph.query.formats import FORMATS_BY_KEY, Format
from jeugdgraph.query.types import NO_ROW_LIMIT, QueryResult, StreamedResult
from jeugdgraph.server import security, sparql
from jeugdgraph.server.answers import (
    HEADER_ROW_LIMIT,
    HEADER_ROWS,
    HEADER_TIME_LIMIT,
    HEADER_TRUNCATED,
    HEADER_WARNING,
    _response,
    _state_truncation,
    truncation_note,
)
from jeugdgraph.server.sparql import endpoint_iri
from jeugdgraph.settings import Settings

PATHS = ["/sparql", "/", "/sparql/", "//sparql", "///", "/a//b", "/sparql?x", "/sparql#x", "/a\\b",
         "/a%3Fb", "/caf\u00e9", "/a b", "/a\tb", "/a\nb", " /a", "/a.b-c_d~e", "/sparql;x=1", "/a@b",
         "/a:b", "", "sparql", "/\u0000", "/a+b", "/%2F"]


def _scope(path: str, host: bytes | None, server: tuple[str, int] | None) -> dict:
    headers = [(b"host", host)] if host is not None else []
    return {"type": "http", "method": "GET", "scheme": "http", "path": path, "root_path": "",
            "query_string": b"", "headers": headers, "server": server}


def test_endpoint_iri_is_the_public_base_with_starlettes_path() -> None:
    settings = Settings(base_url="https://data.example.org/")
    rng = random.Random(15)
    alphabet = "/abc.%?#\\ \t~-_:@;+=\u00e9"
    paths = PATHS + ["/" + "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
                     for _ in range(2_000)]
    for path in paths:
        for host, server in ((b"127.0.0.1:8000", ("127.0.0.1", 8000)), (b"evil.example/x?", ("::1", 80)),
                             (None, ("10.0.0.1", 443)), (None, None)):
            request = Request(_scope(path, host, server))
            assert endpoint_iri(settings, request) == settings.public_base + request.url.path, (path, host)


def test_request_id_has_the_bits_uuid4_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(2_000):
        raw = os.urandom(16)
        monkeypatch.setattr(security.os, "urandom", lambda n, raw=raw: raw[:n])
        assert security.new_request_id() == uuid.UUID(bytes=raw, version=4).hex
    monkeypatch.undo()
    made = {security.new_request_id() for _ in range(1_000)}
    assert len(made) == 1_000
    assert all(uuid.UUID(value).version == 4 and len(value) == 32 for value in made)


def test_format_hash_agrees_with_equality() -> None:
    for fmt in FORMATS_BY_KEY.values():
        twin = Format(**{name: getattr(fmt, name) for name in Format.__dataclass_fields__})
        assert twin == fmt and hash(twin) == hash(fmt)
        assert {fmt: 1}[twin] == 1


def test_taken_slots_are_given_back_once_each() -> None:
    async def scenario() -> None:
        slots = ClientSlots(2)
        CLIENT.set("client-a")
        first = await slots.take(1.0)
        second = await slots.take(1.0)
        assert slots.holding("client-a") == 2
        with pytest.raises(NoSlot):  # both taken: the third waits out its time limit
            await slots.take(0.05)
        assert slots.holding("client-a") == 2
        waiting = asyncio.ensure_future(slots.take(5.0))
        await asyncio.sleep(0.01)
        waiting.cancel()  # a cancelled wait leaves nothing behind
        with pytest.raises(asyncio.CancelledError):
            await waiting
        first()
        assert slots.holding("client-a") == 1
        third = await slots.take(1.0)
        second()
        third()
        assert slots.holding("client-a") == 0
        assert not slots._clients  # noqa: SLF001 - the client's entry is gone with its last slot
        async with slots.hold(1.0):
            assert slots.holding("client-a") == 1
        assert slots.holding("client-a") == 0
        CLIENT.set(None)
        (await slots.take(0.0))()  # a request without a client holds nothing

    asyncio.run(scenario())


def _response_before(result: QueryResult | StreamedResult, rows: int, seconds: float, *, download: bool,
                     filename: str) -> list[tuple[bytes, bytes]]:
    """The raw headers of ``answers._response`` as it made them before (a headers dict that the
    response turned into raw headers)."""
    fmt = FORMATS_BY_KEY[result.format_key]
    headers = {
        HEADER_ROW_LIMIT: str(rows) if rows < NO_ROW_LIMIT else "geen",
        HEADER_TRUNCATED: "true" if result.truncated else "false",
        HEADER_TIME_LIMIT: f"{seconds:g}",
        "Server-Timing": f"query;dur={result.seconds * 1000:.1f}",
        "Vary": "Accept",
    }
    if result.rows is not None:
        headers[HEADER_ROWS] = str(result.rows)
    note = truncation_note(rows) if result.truncated else None
    if note is not None:
        headers[HEADER_WARNING] = '199 - "' + note.encode("ascii", "replace").decode() + '"'
    if download:
        headers["Content-Disposition"] = f'attachment; filename="{filename}.{fmt.extension}"'
    if isinstance(result, StreamedResult):
        return StreamingResponse(result.rest, media_type=fmt.content_type, headers=headers).raw_headers
    body = _state_truncation(result.body, fmt.key, note) if note else result.body
    return Response(content=body, media_type=fmt.content_type, headers=headers).raw_headers


class _NoChunks:
    def __aiter__(self) -> _NoChunks:
        return self

    async def __anext__(self) -> bytes:
        raise StopAsyncIteration

    async def aclose(self) -> None:
        return None


def test_answer_headers_are_the_ones_a_headers_dict_gave() -> None:
    bodies = {"json": b'{"head":{"vars":["s"]},"results":{"bindings":[]}}',
              "xml": b"<?xml version=\"1.0\"?><a/>", "turtle": b"<a> <b> <c> .\n"}
    cases = 0
    for fmt in FORMATS_BY_KEY.values():
        body = bodies.get(fmt.key, b"a,b\r\n1,2\r\n")
        for rows, truncated, counted, download, seconds, name in itertools.product(
                (NO_ROW_LIMIT, 1, 100), (False, True), (None, 7), (False, True), (30.0, 2.5, 0.001),
                ("resultaat", "r\u00e9sultaat")):
            whole = QueryResult(fmt.kind, fmt.key, body, counted or 0, truncated, 0.0123)
            streamed = StreamedResult(fmt.kind, fmt.key, body, _NoChunks(), counted, truncated, 0.5, 1e9)
            for result in (whole, streamed):
                made = _response(result, rows, seconds, download=download, filename=name)
                assert made.raw_headers == _response_before(result, rows, seconds, download=download,
                                                             filename=name), (fmt.key, rows, truncated)
                if isinstance(result, QueryResult):
                    note = truncation_note(rows) if truncated else None
                    assert made.body == (_state_truncation(body, fmt.key, note) if note else body)
                cases += 1
    assert cases > 1_000


def _security_headers_before(headers: list[tuple[bytes, bytes]], request_id: str) -> list:
    """What the security middleware added to a response's headers before."""
    names = {name.lower() for name, _ in headers}
    content_type = next((v for n, v in headers if n.lower() == b"content-type"), b"")
    extra = [(b"x-request-id", request_id.encode()), (b"x-content-type-options", b"nosniff")]
    if content_type.lower().startswith(b"text/html"):
        extra += [(b"content-security-policy", security.CONTENT_SECURITY_POLICY.encode()),
                  (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
    return headers + [(n, v) for n, v in extra if n not in names]


def test_security_headers_are_added_as_before() -> None:
    rng = random.Random(8)
    pool = [(b"content-type", b"text/html; charset=utf-8"), (b"Content-Type", b"TEXT/HTML"),
            (b"content-type", b"application/json"), (b"content-type", b""), (b"X-Request-ID", b"mine"),
            (b"x-content-type-options", b"nosniff"), (b"X-Frame-Options", b"SAMEORIGIN"),
            (b"content-security-policy", b"default-src 'none'"), (b"vary", b"Accept"),
            (b"content-length", b"12"), (b"referrer-policy", b"origin")]
    for _ in range(5_000):
        headers = [rng.choice(pool) for _ in range(rng.randrange(0, 7))]
        request_id = rng.choice(["abc", "r\u00e9q", uuid.uuid4().hex])
        assert security._with_security_headers(list(headers), request_id) == _security_headers_before(
            list(headers), request_id), headers


async def _read_text_before(request: Request, limit: int) -> str:
    """``sparql._read_text`` as it was: the body through ``request.stream()``."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"Het verzoek is groter dan {limit} bytes.")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise PayloadTooLarge(f"Het verzoek is groter dan {limit} bytes.")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("Het verzoek is geen geldige UTF-8-tekst.") from None


def test_a_body_is_read_as_the_request_stream_reads_it() -> None:
    rng = random.Random(22)

    async def outcome(read: object, messages: list[dict], declared: str | None) -> tuple[str, str]:
        queue = list(messages)

        async def receive() -> dict:
            return queue.pop(0) if queue else {"type": "http.disconnect"}

        headers = [(b"content-length", declared.encode())] if declared is not None else []
        request = Request({"type": "http", "method": "POST", "headers": headers}, receive)
        try:
            return "text", await read(request, 40)  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - the kind of refusal and its words are compared
            return type(exc).__name__, str(exc)

    for _ in range(3_000):
        messages: list[dict] = []
        for _ in range(rng.randrange(0, 5)):
            kind = rng.choice(["http.request"] * 4 + ["http.disconnect", "other"])
            if kind != "http.request":
                messages.append({"type": kind})
                continue
            message: dict = {"type": "http.request"}
            if rng.random() < 0.9:
                message["body"] = rng.choice([b"", b"query=ASK", "caf\u00e9".encode(), b"\xff", b"x" * 30])
            if rng.random() < 0.7:
                message["more_body"] = rng.random() < 0.6
            messages.append(message)
        declared = rng.choice([None, "10", "41", "abc", ""])
        new = asyncio.run(outcome(sparql._read_text, messages, declared))
        old = asyncio.run(outcome(_read_text_before, messages, declared))
        assert new == old, messages
