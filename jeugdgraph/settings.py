"""Settings in one place: defaults, overridden by ``JEUGDGRAPH_*`` environment variables,
overridden by CLI flags (the CLI passes them to ``Settings.from_env(**overrides)``)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
QUERIES_DIR = PROJECT_ROOT / "queries"
SEEDS_DIR = PROJECT_ROOT / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"


def _parse(value: str, kind: type) -> object:
    if kind is bool:
        return value.strip().lower() in {"1", "true", "yes", "on", "ja"}
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    if kind is tuple:
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if kind is Path:
        return Path(value)
    return value


@dataclass(frozen=True)
class Settings:
    store: str | None = None  # a directory, or http(s)://host:port of a remote SPARQL store
    host: str = "127.0.0.1"
    port: int = 8000
    base_url: str = ""  # the public address (https://…) pages and descriptions name; empty: http://host:port
    query_timeout: float = 30.0  # seconds; a client may ask for less, never more
    row_limit: int = 0  # a configured cap on result rows; 0: none, answers are complete
    row_limit_max: int = 100_000  # the most rows a client may ask for when a cap is configured
    max_query_bytes: int = 100_000
    max_upload_bytes: int = 20_000_000
    max_pdf_pages: int = 2_000  # a PDF with more pages is not read
    max_pdf_inflated_bytes: int = 200_000_000  # all compressed PDF streams together (zip bombs)
    max_literal_chars: int = 20_000_000  # longest literal a write may store (0: no limit)
    max_graph_triples: int = 2_000_000  # most triples one graph may get by a write (0: no limit)
    header_timeout: float = 10.0  # seconds a connection may take to send a request's headers
    keep_alive_timeout: float = 5.0  # seconds an idle connection stays open after a response
    max_connections: int = 1_000  # connections and requests at once; past it 503 (0: no limit)
    query_workers: int = 8
    query_memory_mb: int = 2_048  # address space a query may add to its worker's; 0: no limit
    per_client_workers: int = 0  # query workers one client may hold at once; 0: all but one (at least 2)
    repeat_fast_path: bool = False  # exact repeats of quick queries answered in the server (proven_queries)
    service_allowlist: tuple = field(default_factory=tuple)  # SERVICE/LOAD/FROM targets allowed
    cors_origins: tuple = field(default_factory=tuple)
    write_tokens: tuple = field(default_factory=tuple)  # sha256 hex digests of bearer tokens
    enable_update: bool = False
    audit_log: Path | None = None
    write_timeout: float = 120.0  # seconds to read, extract and validate one write before it is refused
    write_memory_mb: int = 3_000  # address-space limit of the process that reads and validates writes
    ontology_dir: Path = ONTOLOGY_DIR
    queries_dir: Path = QUERIES_DIR
    seeds_dir: Path = SEEDS_DIR
    reference_dir: Path = REFERENCE_DIR
    # A remote SPARQL 1.1 store (``store`` is an http(s) URL); defaults fit Oxigraph server.
    # Paths are relative to the store URL, or absolute URLs. See ``jeugdgraph/remote.py``.
    remote_query: str = "/query"
    remote_update: str = "/update"
    remote_gsp: str = "/store?graph={graph}"  # Graph Store Protocol; empty: use SPARQL Update
    remote_union: str = "union-default-graph"  # how the union default graph is asked for
    remote_results: str = "tsv"  # SELECT answers as W3C TSV (read only as far as the row cap) or "xml"
    remote_timeout: float = 60.0  # seconds for one write request
    remote_search_index: Path | None = None  # local folder for the full-text index of a remote store
    # where data derived from the ontology and reference files is kept between runs (``cache.py``);
    # unset: $XDG_CACHE_HOME/jeugdgraph or ~/.cache/jeugdgraph
    cache_dir: Path | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        env: Mapping[str, str] = os.environ if environ is None else environ  # read in place, not copied
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"JEUGDGRAPH_{f.name.upper()}")
            if raw is not None:
                kind = f.type if isinstance(f.type, type) else _kind_of(str(f.type))
                values[f.name] = _parse(raw, kind)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def public_base(self) -> str:
        """The address the server names itself by: ``base_url``, never a client's Host header."""
        return (self.base_url or f"http://{self.host}:{self.port}").rstrip("/")

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _kind_of(annotation: str) -> type:
    for name, kind in (("bool", bool), ("int", int), ("float", float), ("tuple", tuple), ("Path", Path)):
        if annotation.startswith(name):
            return kind
    return str
