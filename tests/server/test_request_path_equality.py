"""The cheaper steps on a query's path give what the steps they replaced gave: the endpoint's IRI
from the scope's path (not Starlette's URL), the request id (not a ``UUID`` object), a format's
hash (its key), and a client's slot taken and given back without a context manager."""

from __future__ import annotations

import asyncio
import os
import random
import uuid

import pytest
from starlette.requests import Request

from jeugdgraph.query.fair_share import CLIENT, ClientSlots, NoSlot
from jeugdgraph.query.formats import FORMATS_BY_KEY, Format
from jeugdgraph.server import security
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
