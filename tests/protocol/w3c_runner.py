"""A runner for the W3C SPARQL 1.1 Protocol test manifest (``w3c/manifest.ttl``).

Every test is a list of HTTP requests with the response each must get (a status class, and for a
query the answer's form and, for ASK, its value). The manifest writes every path as ``/sparql/``;
the runner sends queries to the query endpoint and updates to the update endpoint, as the
manifest allows. Also a command: ``python tests/protocol/w3c_runner.py QUERY_URL UPDATE_URL``
prints one line per test.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

HERE = Path(__file__).resolve().parent / "w3c"
MANIFEST = HERE / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
STATUS = "http://www.w3.org/2011/http-statusCodes#StatusCode"

RESULT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
    "application/xml",
)
RDF_TYPES = (
    "text/turtle",
    "application/rdf+xml",
    "application/n-triples",
    "application/ld+json",
    "application/trig",
    "application/n-quads",
    "text/plain",
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # after /sparql/: "" or "?..."
    headers: tuple[tuple[str, str], ...]
    body: str | None
    statuses: tuple[str, ...]  # "2xx", "3xx", "4xx", ...
    form: str | None  # "boolean", "tabular", "RDF"
    boolean: bool | None

    @property
    def content_type(self) -> str:
        return next((v for k, v in self.headers if k.lower() == "content-type"), "")

    def is_update(self, test: str) -> bool:
        """Sent to the update endpoint: a request of an update test that is not a query."""
        media = self.content_type.split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return False
        if "update=" in (self.body or "") or "update=" in self.path or media == "application/sparql-update":
            return True
        return "update" in test and "query=" not in (self.body or "") + self.path


@dataclass(frozen=True)
class Test:
    name: str
    label: str
    requests: tuple[Request, ...]
    graph_data: Mapping[str, Path] = field(default_factory=dict)  # graph IRI -> N-Triples file


@dataclass
class Outcome:
    test: str
    passed: bool
    detail: str
    statuses: list[int] = field(default_factory=list)


def load_tests(manifest: Path = MANIFEST) -> list[Test]:
    graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
    root = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for node in Collection(graph, graph.value(root, MF.entries)):
        action = graph.value(node, MF.action)
        requests = [_request(graph, r) for r in Collection(graph, graph.value(action, HT.requests))]
        data = {
            str(graph.value(d, RDFS.label)): Path(str(graph.value(d, UT.graph)).removeprefix("file://"))
            for d in graph.objects(node, UT.graphData)
        }
        tests.append(
            Test(str(node).rsplit("#", 1)[1], str(graph.value(node, MF.name)), tuple(requests), data)
        )
    return tests


def _request(graph: Graph, node: URIRef) -> Request:
    headers = (
        tuple(
            (str(graph.value(h, HT.fieldName)), str(graph.value(h, HT.fieldValue)))
            for h in Collection(graph, graph.value(node, HT.headers))
        )
        if graph.value(node, HT.headers) is not None
        else ()
    )
    body = graph.value(node, HT.body)
    response = graph.value(node, HT.resp)
    statuses = tuple(sorted(str(s).removeprefix(STATUS) for s in graph.objects(response, MF.expectedStatus)))
    boolean = graph.value(response, MF.expectedBoolean)
    form = graph.value(response, MF.expectedFormat)
    path = str(graph.value(node, HT.absolutePath))
    if not path.startswith("/sparql/"):
        raise ValueError(f"unexpected path {path}")
    return Request(
        method=str(graph.value(node, HT.methodName)),
        path=path.removeprefix("/sparql/"),
        headers=headers,
        body=str(graph.value(body, CNT.chars)) if body is not None else None,
        statuses=statuses,
        form=str(form) if form is not None else None,
        boolean=bool(boolean.toPython()) if boolean is not None else None,
    )


def graph_data(tests: list[Test]) -> dict[str, str]:
    """The graphs the tests expect in the store: graph IRI -> N-Triples."""
    return {iri: path.read_text() for test in tests for iri, path in test.graph_data.items()}


def run(
    tests: list[Test], query_url: str, update_url: str, update_headers: Mapping[str, str] | None = None
) -> Iterator[Outcome]:
    with httpx.Client(timeout=60) as client:
        for test in tests:
            yield run_test(client, test, query_url, update_url, update_headers or {})


def run_test(
    client: httpx.Client, test: Test, query_url: str, update_url: str, update_headers: Mapping[str, str]
) -> Outcome:
    outcome = Outcome(test.name, True, "")
    for number, request in enumerate(test.requests, 1):
        update = request.is_update(test.name)
        headers = dict(request.headers)
        if update:
            headers.update(update_headers)
        url = (update_url if update else query_url) + request.path
        content = request.body.encode("utf-8") if request.body is not None else None
        response = client.request(request.method, url, content=content, headers=headers)
        outcome.statuses.append(response.status_code)
        problem = check(request, response)
        if problem:
            outcome.passed = False
            outcome.detail = (
                f"request {number} ({request.method} {'update' if update else 'query'}): {problem}"
            )
            break
    return outcome


def check(request: Request, response: httpx.Response) -> str:
    """Why ``response`` is not what the manifest expects ('' when it is)."""
    status_class = f"{response.status_code // 100}xx"
    if status_class not in request.statuses:
        return f"status {response.status_code}, expected {'/'.join(request.statuses)}: {response.text[:300]}"
    if request.form is None or status_class != "2xx":
        return ""
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.form in ("boolean", "tabular"):
        if media not in RESULT_TYPES:
            return f"media type {media} is not a SPARQL results format"
        if request.form == "boolean":
            value = _boolean(media, response.content)
            if value is None:
                return f"no boolean in the answer: {response.text[:200]}"
            if request.boolean is not None and value != request.boolean:
                return f"answered {value}, expected {request.boolean}"
        return ""
    if media not in RDF_TYPES:
        return f"media type {media} is not an RDF format"
    try:
        import pyoxigraph as ox

        fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
        list(ox.parse(response.content, fmt, base_iri="http://www.example/sparql/"))
    except (SyntaxError, ValueError) as exc:
        return f"the {media} answer does not parse: {exc}"
    return ""


def _boolean(media: str, body: bytes) -> bool | None:
    if "json" in media:
        value = json.loads(body).get("boolean")
        return value if isinstance(value, bool) else None
    if "xml" in media:
        root = ET.fromstring(body)
        node = root.find("{http://www.w3.org/2005/sparql-results#}boolean")
        return None if node is None else node.text.strip() == "true"
    text = body.decode().strip().splitlines()
    return None if len(text) < 2 else text[1].strip() == "true"


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print("usage: w3c_runner.py QUERY_URL UPDATE_URL [BEARER_TOKEN]", file=sys.stderr)
        return 2
    headers = {"Authorization": f"Bearer {argv[3]}"} if len(argv) > 3 else {}
    failed = 0
    for outcome in run(load_tests(), argv[1], argv[2], headers):
        failed += not outcome.passed
        print(f"{'PASS' if outcome.passed else 'FAIL'} {outcome.test} {outcome.statuses} {outcome.detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
