"""A remote SPARQL 1.1 store (Oxigraph server, Apache Jena Fuseki, QLever, Virtuoso) as the store.

When ``--store`` (or ``JEUGDGRAPH_STORE``) is an ``http(s)://`` URL, the build writes into that
store and the server reads from it, through two standard protocols only:

- the SPARQL 1.1 Protocol for queries (and, where a store has no Graph Store Protocol, updates);
- the SPARQL 1.1 Graph Store HTTP Protocol: each named graph is written with one ``PUT``, which
  replaces that graph as a whole.

Endpoint paths are settings, relative to the store URL (or absolute URLs); the defaults fit
Oxigraph server (``oxigraph serve``):

- Oxigraph (default): ``remote_query=/query``, ``remote_update=/update``,
  ``remote_gsp=/store?graph={graph}``, ``remote_union=union-default-graph``.
- Apache Jena Fuseki (dataset ``ds``): ``/ds/query``, ``/ds/update``, ``/ds/data?graph={graph}``,
  ``remote_union=urn:x-arq:UnionGraph`` (or ``native`` when the dataset sets ``unionDefaultGraph``).
- Virtuoso: ``/sparql``, ``/sparql``, ``/sparql-graph-crud?graph-uri={graph}``, ``native``.
- QLever: ``/``, ``/``, ``remote_gsp=`` (empty: graphs are replaced by one SPARQL Update each),
  ``native``.

``remote_union`` says how a query gets the union of all named graphs as its default graph (the
contract's promise): ``union-default-graph`` sends Oxigraph's URL parameter of that name,
``native`` sends nothing (the store's default graph already is the union), and an IRI is sent as
``default-graph-uri`` (Fuseki's ``urn:x-arq:UnionGraph``).

A remote build cannot swap directories the way the embedded store does: graphs are replaced one
by one, each ``PUT`` atomic on its own. A build that stops half way leaves the graphs written so
far in their new state and every other graph in its previous state; a document that fails to
extract keeps its previous graph. Run the build again to finish it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urljoin

import httpx
import pyoxigraph as ox

from . import sparql_texts
from .errors import JeugdgraphError, QueryError, QueryTimeout, StoreError
from .namespaces import GRAPH_GEOMETRY, GRAPH_ONTOLOGY, GRAPH_REFERENCE, JGI_IRI
from .ox_answers import returned
from .settings import Settings
from .sparql_terms import iri_term

#: the graphs a build owns in a remote store; stale ones of these are removed after a build
DOCUMENT_GRAPH_PREFIX = f"{JGI_IRI}document/"
OWN_GRAPHS = (str(GRAPH_ONTOLOGY), str(GRAPH_REFERENCE), str(GRAPH_GEOMETRY))

SPARQL_JSON = "application/sparql-results+json"
# every store writes XML to the standard (Virtuoso's JSON and TSV differ from it)
SPARQL_XML = "application/sparql-results+xml"
N_TRIPLES = "application/n-triples"


def is_remote(store: object) -> bool:
    """True when ``store`` names a remote SPARQL store (an http or https URL)."""
    return isinstance(store, str) and store.lower().startswith(("http://", "https://"))


def _endpoint(base: str, path: str) -> str:
    if path.lower().startswith(("http://", "https://")):
        return path
    return urljoin(base.rstrip("/") + "/", path.lstrip("/"))


@dataclass(frozen=True)
class RemoteResponse:
    """A query answer as the remote store sent it."""

    body: bytes
    media_type: str
    truncated: bool = False  # reading stopped at ``max_lines``


class RemoteStore:
    """A client for one remote SPARQL 1.1 store (thread-safe: httpx clients may be shared)."""

    def __init__(self, url: str, settings: Settings | None = None, *, client: httpx.Client | None = None):
        if not is_remote(url):
            raise StoreError(f"{url} is geen http(s)-adres van een SPARQL-store.")
        settings = settings or Settings()
        self.url = url.rstrip("/")
        self.query_url = _endpoint(self.url, settings.remote_query)
        self.update_url = _endpoint(self.url, settings.remote_update)
        self.gsp_template = _endpoint(self.url, settings.remote_gsp) if settings.remote_gsp else ""
        self.union = settings.remote_union.strip()
        self.write_timeout = settings.remote_timeout
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(settings.remote_timeout, connect=5.0),
            limits=httpx.Limits(max_connections=max(8, settings.query_workers * 2)),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> RemoteStore:
        if not settings.store or not is_remote(settings.store):
            raise StoreError("Er is geen remote store ingesteld (--store http://HOST:PORT).")
        return cls(settings.store, settings)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------

    def dataset_params(
        self,
        default_graph_uris: Iterable[str] = (),
        named_graph_uris: Iterable[str] = (),
        *,
        union_default_graph: bool = True,
    ) -> list[tuple[str, str]]:
        """The protocol parameters that give a query the dataset it asked for (union by default)."""
        params = [("default-graph-uri", g) for g in default_graph_uris]
        params += [("named-graph-uri", g) for g in named_graph_uris]
        if params or not union_default_graph:
            return params
        if self.union == "union-default-graph":
            return [("union-default-graph", "")]
        if self.union and self.union != "native":
            return [("default-graph-uri", self.union)]
        return []

    def query(
        self,
        sparql: str,
        *,
        accept: str = SPARQL_JSON,
        timeout: float | None = None,
        default_graph_uris: Iterable[str] = (),
        named_graph_uris: Iterable[str] = (),
        union_default_graph: bool = True,
        max_lines: int | None = None,
    ) -> RemoteResponse:
        """Send a query (POST, form-encoded) and return the answer as the store sent it.

        The whole answer must arrive within ``timeout`` seconds (``QueryTimeout`` otherwise); a
        store that rejects the query raises ``QueryError`` with its message, one that cannot be
        reached ``StoreError``. With ``max_lines`` (for line-based formats: TSV, N-Triples) reading
        stops after that many lines and the answer is marked ``truncated``.
        """
        form = [("query", sparql), *self.dataset_params(
            default_graph_uris, named_graph_uris, union_default_graph=union_default_graph)]
        deadline = time.monotonic() + timeout if timeout else None
        limit = httpx.Timeout(timeout, connect=min(5.0, timeout)) if timeout else httpx.USE_CLIENT_DEFAULT
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        try:
            with self.client.stream("POST", self.query_url, content=urlencode(form).encode(),
                                    headers=headers, timeout=limit) as response:
                cap = None if response.status_code >= 400 else max_lines
                body, truncated = _read(response, deadline, cap)
                status = response.status_code
                media_type = response.headers.get("content-type", "").split(";")[0].strip()
        except httpx.TimeoutException as exc:
            if timeout:
                raise QueryTimeout(_timeout_text(timeout)) from exc
            raise StoreError(f"De remote store {self.url} antwoordde niet op tijd.") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"De remote store {self.url} is niet bereikbaar: {exc}") from exc
        if status >= 400:
            message = _text_message(body, media_type) or f"HTTP {status}"
            if status == 400:
                raise QueryError(f"De remote store weigert de query: {message}")
            if status in (408, 503, 504) and "timeout" in message.lower():
                raise QueryTimeout(_timeout_text(timeout))
            if status in (401, 403):
                raise StoreError(f"De remote store weigert de query: geen toegang (HTTP {status}).")
            raise StoreError(f"De remote store faalde bij de query: HTTP {status}: {message}")
        return RemoteResponse(body, media_type, truncated)

    def query_results(self, sparql: str, **kwargs: object) -> ox.QuerySolutions | ox.QueryBoolean:
        """A SELECT or ASK query, parsed into pyoxigraph solutions (as the embedded store gives them)."""
        answer = self.query(sparql, accept=SPARQL_XML, **kwargs)  # type: ignore[arg-type]
        try:
            return ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.XML)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"De remote store gaf een onleesbaar antwoord: {exc}") from exc

    def query_triples(self, sparql: str, **kwargs: object) -> Iterator[ox.Triple]:
        """A CONSTRUCT or DESCRIBE query, parsed into pyoxigraph triples."""
        answer = self.query(sparql, accept=N_TRIPLES, **kwargs)  # type: ignore[arg-type]
        try:
            return iter([q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)])
        except SyntaxError as exc:
            raise StoreError(f"De remote store gaf een onleesbaar antwoord: {exc}") from exc

    def select(self, sparql: str, **kwargs: object) -> list[dict[str, str]]:
        """A SELECT query as a list of ``{variable: value}`` (unbound variables left out)."""
        result = self.query_results(sparql, **kwargs)
        if isinstance(result, ox.QueryBoolean):
            raise QueryError("Deze functie verwacht een SELECT-query, geen ASK-query.")
        names = [v.value for v in result.variables]
        return [{n: row[n].value for n in names if row[n] is not None} for row in result]

    def named_graphs(self) -> list[str]:
        rows = self.select(sparql_texts.sparql("remote-named-graphs"), named_graph_uris=())
        if not any("g" in row for row in rows):  # Virtuoso binds no graph to an empty group pattern
            rows = self.select(sparql_texts.sparql("remote-named-graphs-with-triples"), named_graph_uris=())
        return sorted(row["g"] for row in rows if "g" in row)

    def triples_per_graph(self) -> dict[str, int]:
        rows = self.select(sparql_texts.sparql("store-triples-per-graph"))
        return dict(sorted((row["g"], int(row["n"])) for row in rows))

    def ping(self) -> None:
        """Raise ``StoreError`` unless the store answers a trivial query."""
        self.query("ASK {}", timeout=10.0)  # the smallest query any store answers: kept inline as a probe

    # --- writing ---------------------------------------------------------------------------

    def put_graph(self, graph: str, ntriples: bytes | str) -> None:
        """Replace the named graph ``graph`` by the given N-Triples in one request."""
        body = ntriples.encode() if isinstance(ntriples, str) else ntriples
        if self.gsp_template:
            url = self.gsp_template.replace("{graph}", quote(graph, safe=""))
            response = self._send("PUT", url, content=body, headers={"Content-Type": N_TRIPLES})
            _raise_for_status(response, f"schrijven van graaf <{graph}>")
            return
        # No Graph Store Protocol: one update request, which stores run as one transaction.
        name = iri_term(graph)
        self.update(sparql_texts.filled("remote-replace-graph.ru", graph=name, triples=body.decode()))

    def delete_graph(self, graph: str) -> None:
        """Remove the named graph ``graph`` (no error when it is not there)."""
        self.update(sparql_texts.filled("remote-drop-graph.ru", graph=iri_term(graph)))

    def update(self, sparql: str) -> None:
        response = self._send(
            "POST", self.update_url, content=sparql.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        if response.status_code == 400:
            raise StoreError(f"De remote store weigert de update: {_message(response)}")
        _raise_for_status(response, "update")

    # --- plumbing --------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            return self.client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException as exc:
            raise StoreError(f"De remote store {self.url} antwoordde niet op tijd.") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"De remote store {self.url} is niet bereikbaar: {exc}") from exc


def _read(response: httpx.Response, deadline: float | None, max_lines: int | None) -> tuple[bytes, bool]:
    """The body, read within ``deadline``; with ``max_lines``, cut after that many lines."""
    chunks: list[bytes] = []
    lines = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        if deadline is not None and time.monotonic() > deadline:
            raise httpx.ReadTimeout("the answer did not arrive within the time limit")
        if max_lines is not None:
            lines += chunk.count(b"\n")
            if lines >= max_lines:
                body = b"".join(chunks)
                cut = -1
                for _ in range(max_lines):
                    cut = body.index(b"\n", cut + 1)
                return body[: cut + 1], True
    return b"".join(chunks), False


def _timeout_text(timeout: float | None) -> str:
    return f"De query duurde langer dan {timeout or 0:g} s op de remote store en is afgebroken."


def _text_message(body: bytes, media_type: str) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    if media_type == "application/json":
        try:
            data = json.loads(text)
            text = str(data.get("message") or data.get("detail") or text)
        except (ValueError, AttributeError):
            pass
    return " ".join(text.split())[:500]


def _message(response: httpx.Response) -> str:
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    return _text_message(response.content, media_type) or f"HTTP {response.status_code}"


def _raise_for_status(response: httpx.Response, what: str) -> None:
    if response.status_code < 400:
        return
    if response.status_code in (401, 403):
        raise StoreError(f"De remote store weigert {what}: geen toegang (HTTP {response.status_code}).")
    raise StoreError(f"De remote store faalde bij {what}: HTTP {response.status_code}: {_message(response)}")


# --- the build into a remote store --------------------------------------------------------------

@dataclass
class PushReport:
    """What a push to a remote store wrote and removed."""

    graphs_written: int
    triples_written: int
    stale_graphs_removed: list[str]
    seconds: float


def push_store(
    source: ox.Store,
    remote: RemoteStore,
    *,
    prune: bool = True,
    keep: Iterable[str] = (),
    on_graph: Callable[[str, int], None] | None = None,
) -> PushReport:
    """Write every named graph of ``source`` into ``remote``, one ``PUT`` per graph.

    Ontology and reference graphs go first, so that documents never refer to a vocabulary the
    remote store lacks. With ``prune``, document graphs (``jgi:document/...``) that the remote
    store holds but ``source`` does not are removed afterwards, except those in ``keep`` (the
    graphs of documents that failed to build keep their previous state); graphs of anyone else
    are left alone.
    """
    started = time.perf_counter()
    names = sorted(g.value for g in source.named_graphs())
    names.sort(key=lambda g: (g not in OWN_GRAPHS, g))
    triples = 0
    for name in names:
        body = returned(source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name)))
        remote.put_graph(name, body)
        count = body.count(b"\n")
        triples += count
        if on_graph:
            on_graph(name, count)
    removed: list[str] = []
    if prune:
        keep = set(names) | set(keep)
        for graph in remote.named_graphs():
            if graph.startswith(DOCUMENT_GRAPH_PREFIX) and graph not in keep:
                remote.delete_graph(graph)
                removed.append(graph)
    return PushReport(len(names), triples, removed, time.perf_counter() - started)


def open_remote(url: str, settings: Settings | None = None) -> RemoteStore:
    """A client for the remote store at ``url``, checked to answer."""
    remote = RemoteStore(url, settings)
    try:
        remote.ping()
    except JeugdgraphError:
        remote.close()
        raise
    return remote
