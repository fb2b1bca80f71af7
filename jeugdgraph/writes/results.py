"""What a write answers, and the checks and limits every write shares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import iris
from ..errors import InputError
from ..sparql_terms import named_node

SIDECAR_SUFFIX = ".meta.json"
_SLUG = re.compile(r"^[a-z0-9_-]{1,200}$")
_GRAPH_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")
DANGLING_SHOWN = 5
ONTOLOGY_LOCKED = (
    "De ontologie en de validatieregels (jgi:graph/ontology) kunnen niet via een schrijfactie veranderen; "
    "ze komen uit de map ontology/."
)

# --------------------------------------------------------------------------- results


@dataclass
class WriteResult:
    """What a committed write did."""

    action: str  # add-document, delete-document, sparql-update, graph-store-put, ...
    outcome: str  # created, replaced, deleted, updated, unchanged
    graphs: dict[str, tuple[int, int]]  # graph IRI -> (triples before, triples after)
    slug: str | None = None
    warnings: list[str] = field(default_factory=list)  # SHACL warnings, in Dutch
    notes: list[str] = field(default_factory=list)  # remarks of the reader (encoding, skipped pages)
    request_id: str | None = None

    @property
    def triples_before(self) -> int:
        return sum(before for before, _after in self.graphs.values())

    @property
    def triples_after(self) -> int:
        return sum(after for _before, after in self.graphs.values())

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"actie": self.action, "resultaat": self.outcome}
        if self.slug is not None:
            body["document"] = self.slug
            body["graaf"] = str(iris.graph_of_document(self.slug))
        body["grafen"] = {g: {"voor": b, "na": a} for g, (b, a) in self.graphs.items()}
        body["triples_voor"], body["triples_na"] = self.triples_before, self.triples_after
        if self.warnings:
            body["waarschuwingen"] = self.warnings
        if self.notes:
            body["opmerkingen"] = self.notes
        if self.request_id:
            body["verzoek"] = self.request_id
        return body


def _check_graph_iri(graph: str) -> None:
    if not isinstance(graph, str) or not _GRAPH_IRI.match(graph) or len(graph) > 2000:
        raise InputError(f"{str(graph)[:100]!r} is geen geldige absolute IRI voor een graaf.")
    if graph.lower().startswith("file:"):
        raise InputError("Een graaf mag geen file:-IRI hebben.")
    named_node(graph)  # pyoxigraph's own IRI rules, as the graph is written into SPARQL text
