"""Test data and helpers of the write tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from pathlib import Path

import pyoxigraph as ox
from stores import copy_store  # noqa: F401 - re-exported for this capability's tests

from jeugdgraph.server.write_access import write_access
from jeugdgraph.settings import Settings

TOKEN = "test-schrijftoken-7f3a"
OTHER_TOKEN = "een-ander-token"
DIGEST = hashlib.sha256(TOKEN.encode()).hexdigest()
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOC = "https://w3id.org/jeugdgraph/id/document/"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

MOTIE = """Motie Wachttijden jeugdhulp

De raad van de gemeente Vlaardingen, in vergadering bijeen op 12 maart 2026,

constaterende dat de wachttijden in de jeugdhulp in de regio Rijnmond oplopen;

verzoekt het college:
1. uiterlijk in het derde kwartaal van 2026 een plan voor te leggen om de wachttijden te verkorten;
2. hiervoor € 250.000 te reserveren.

en gaat over tot de orde van de dag.
""".encode()



def memory_copy(store: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(store.quads_for_pattern(None, None, None, None))
    return copy


def ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(query, use_default_graph_as_union=True))


def graph_size(store: ox.Store, graph: str) -> int:
    return len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(graph))))


def write_settings(tmp: Path, **changes: object) -> Settings:
    base = Settings(
        query_workers=2, query_timeout=10.0, write_tokens=(DIGEST,), audit_log=tmp / "audit.jsonl"
    )
    return base.with_(**changes)


def close_writes(app) -> None:  # noqa: ANN001 - FastAPI
    service = write_access(app.state.context).service
    if service is not None:
        service.close()


def zero_bomb(megabytes: int) -> bytes:
    """A valid zlib stream that inflates to ``megabytes`` MB of zeros, made without compressing
    them all: one fully flushed deflate block of 1 MB of zeros, repeated, then the checksum."""
    block = b"\x00" * (1 << 20)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = raw.compress(block) + raw.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(block, checksum)
    return b"\x78\xda" + chunk * megabytes + end + struct.pack(">I", checksum)


def motie_pdf() -> bytes:
    """The motion as a real (small, compressed) PDF."""
    from pdfwriter import pdf_bytes

    return pdf_bytes([MOTIE.decode().splitlines()])


def bomb_pdf(megabytes: int) -> bytes:
    """A PDF whose one page's content stream inflates to ``megabytes`` MB."""
    from pdfwriter import pdf_bytes

    return pdf_bytes([["x"]], raw_streams=[zero_bomb(megabytes)])
