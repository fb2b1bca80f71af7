"""Test data and helpers of the write tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyoxigraph as ox

from jeugdgraph.server.write_access import write_access
from jeugdgraph.settings import Settings

TOKEN = "test-schrijftoken-7f3a"
OTHER_TOKEN = "een-ander-token"
DIGEST = hashlib.sha256(TOKEN.encode()).hexdigest()
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOC = "https://w3id.org/jeugdgraph/id/document/"

MOTIE = """Motie Wachttijden jeugdhulp

De raad van de gemeente Vlaardingen, in vergadering bijeen op 12 maart 2026,

constaterende dat de wachttijden in de jeugdhulp in de regio Rijnmond oplopen;

verzoekt het college:
1. uiterlijk in het derde kwartaal van 2026 een plan voor te leggen om de wachttijden te verkorten;
2. hiervoor € 250.000 te reserveren.

en gaat over tot de orde van de dag.
""".encode()


def copy_store(source: Path, target: Path) -> Path:
    """A copy of a closed store directory (the copy is an independent store)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("LOCK"))
    return target


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
