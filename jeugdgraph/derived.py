"""Derived statements: facts that follow from the documents and the reference data, kept in the
named graph ``jgi:graph/afgeleid`` so that the aggregating named queries look them up instead of
scanning every document (see docs/CONTRACT.md, "Derived graph").

Each rule is one SPARQL ``INSERT … WHERE`` over the document graphs. The build runs every rule on
the whole store; a write adds, in the same update (one transaction) as its graph changes, the
deletion of the derived statements of the documents it changes (before their graphs go) and the
rules restricted to those documents (after the new graphs are in). A write that changes any other
graph (reference data, the derived graph itself) recomputes the whole derived graph. Either way the
derived graph equals a recomputation from scratch; ``tests/derived`` checks that. A build computes
the statements of the per-document rules (``DOCUMENT_RULES``) in Python from each mapped graph
(``jeugdgraph.derived_documents``, one function per rule, each tested against its rule) and runs
only the others, as ``CONSTRUCT`` queries (``recompute_constructs``).

The bucket rules (``datumBlok``, ``deadlineBlok``, ``documentBlok``) put items in the buckets the
long listings page by (``query.buckets``); each bucket's count (``jgi:blok/{kind}/{key}``) is made
by the build from all items, and a write marks the buckets of the items it removes and adds and
counts those again, in the same transaction. The ``genoemd`` counts carry the names of what they
count (``jg:blokNaam``), made with the counts and again with every recount.

The official name (``skos:prefLabel``) of a resource that documents name as they write it
(``jg:geschrevenNaam``) is chosen across all documents (``derived-officieleNaam.ru``): a write marks
the resources its old and new graphs name (``jg:hernoem``) and chooses their names again from every
document, and marks the counts that carry those names for the recount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .namespaces import GRAPH_REFERENCE, JG_IRI, JGI_IRI
from .sparql_texts import filled

GRAPH_DERIVED = JGI_IRI + "graph/afgeleid"
DOCUMENT_PREFIX = JGI_IRI + "document/"
_NAMESPACES = {"jg": JG_IRI, "dcterms": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#",
               "xsd": "http://www.w3.org/2001/XMLSchema#", "prov": "http://www.w3.org/ns/prov#",
               "skos": "http://www.w3.org/2004/02/skos/core#", "foaf": "http://xmlns.com/foaf/0.1/"}
_PREFIXED = re.compile(r"\b(jg|dcterms|org|xsd|prov|skos|foaf):([A-Za-z]+)\b")

#: each rule (``sparql/derived-<name>.ru``) binds ?doc (a source document, its own named graph)
#: and inserts statements whose subject is ?doc or a resource of ?doc (an IRI under the document's IRI)
DERIVED_PROPERTIES = ("overRegio", "zonderDatum", "besluitVan", "datumBlok", "deadlineBlok", "documentBlok",
                      "regiovisieBlok", "namensBlok", "bronNoemt", "uitsprakenBlok", "wetDatumBlok")

#: the rules whose statements follow from one document's graph alone: a build computes them in
#: Python while mapping (``derived_documents``, one function per rule, tested against the rule)
DOCUMENT_RULES = ("zonderDatum", "besluitVan", "datumBlok", "deadlineBlok", "documentBlok", "bronNoemt",
                  "uitsprakenBlok", "wetDatumBlok")

#: the buckets that page the long listings (``query.buckets``): per kind the per-item property
#: that puts an item in a bucket; the summary ``jgi:blok/{kind}/{key}`` counts each bucket's items
BUCKET_KINDS = {"datum": "datumBlok", "deadline": "deadlineBlok", "document": "documentBlok",
                "regio": "regiovisieBlok", "namens": "namensBlok", "uitspraken": "uitsprakenBlok",
                "wetdatum": "wetDatumBlok"}
#: counts kept the same way as the buckets': per kind the per-item property, whose values are counted
COUNT_KINDS = {"genoemd": "bronNoemt"}
BUCKET_PREFIX = JGI_IRI + "blok/"
#: a document's bucket is the start of its slug: short enough for few buckets, long enough for small ones
DOCUMENT_BUCKET_LENGTH = 4
#: a theme's documents of one count are split by the start of their slug: one count is shared by
#: thousands of documents in a large store, and a page reads whole buckets
THEME_BUCKET_LENGTH = 3


def _expanded(operation: str) -> str:
    """Full IRIs instead of prefixed names: Oxigraph takes a PREFIX only at the start of a whole
    update request, and these operations are joined with a write's own."""
    return _PREFIXED.sub(lambda m: f"<{_NAMESPACES[m.group(1)]}{m.group(2)}>", operation)


def _is_document_graph(graph: str) -> bool:
    return graph.startswith(DOCUMENT_PREFIX) and "/" not in graph[len(DOCUMENT_PREFIX):]


def _restrict(documents: Iterable[str] | None) -> str:
    if documents is None:
        return f'GRAPH ?doc {{ ?doc jg:bronbestand ?b0 }} FILTER(STRSTARTS(STR(?doc), "{DOCUMENT_PREFIX}"))'
    return "VALUES ?doc { " + " ".join(f"<{d}>" for d in documents) + " }"


def _rule(name: str, restrict: str) -> str:
    """The rule deriving ``jg:<name>``, restricted to some documents or to all of them."""
    if name in ("regiovisieBlok", "namensBlok"):
        return filled(f"derived-{name}.ru", derived=GRAPH_DERIVED, restrict=restrict,
                      reference=str(GRAPH_REFERENCE))
    if name == "documentBlok":
        return filled("derived-documentBlok.ru", derived=GRAPH_DERIVED, restrict=restrict,
                      prefix=DOCUMENT_PREFIX, length=str(DOCUMENT_BUCKET_LENGTH))
    if name == "uitsprakenBlok":
        return filled("derived-uitsprakenBlok.ru", derived=GRAPH_DERIVED, restrict=restrict,
                      prefix=DOCUMENT_PREFIX, length=str(THEME_BUCKET_LENGTH))
    return filled(f"derived-{name}.ru", derived=GRAPH_DERIVED, restrict=restrict)


def _kinds() -> str:
    pairs = " ".join(f'(jg:{prop} "{kind}")' for kind, prop in {**BUCKET_KINDS, **COUNT_KINDS}.items())
    return f"VALUES (?p ?soort) {{ {pairs} }}"


def recompute_steps(skip: Iterable[str] = ()) -> list[str]:
    """The operations that make the derived graph from scratch, in order: joined into one update by
    ``recompute`` (writes, ``jeugdgraph afleiden``); after the ``DROP``, the rules a build runs as
    ``CONSTRUCT`` queries (``recompute_constructs``), without the rules named in ``skip``."""
    rules = [_rule(name, _restrict(None)) for name in DERIVED_PROPERTIES if name not in skip]
    summary = filled("derived-buckets-all.ru", derived=GRAPH_DERIVED, kinds=_kinds(), bucket=BUCKET_PREFIX)
    names = _names("jg:blokSoort")
    steps = [f"DROP SILENT GRAPH <{GRAPH_DERIVED}>", *rules, _official(""), summary, names]
    return [_expanded(op) for op in steps]


#: a rule's update: statements inserted into the derived graph only, read from a WHERE clause
_INSERT = re.compile(r"\AINSERT \{ GRAPH <([^>]+)> \{ ([^{}]*) \} \}\s*WHERE\b")


def recompute_constructs(skip: Iterable[str] = ()) -> list[str]:
    """The rules of ``recompute_steps`` (after its ``DROP``) as ``CONSTRUCT`` queries of the same
    statements, in the same order, for a store without a derived graph (a build's staged store):
    each answer is bulk loaded into the derived graph before the next rule runs, since the counts
    and names read the statements of the rules before them. The rules named in ``skip`` are left
    out: their statements must be in the derived graph already (a build loads those of
    ``DOCUMENT_RULES`` with each document)."""
    constructs = []
    for operation in recompute_steps(skip)[1:]:
        body = "\n".join(line for line in operation.strip().splitlines() if not line.lstrip().startswith("#"))
        match = _INSERT.match(body.strip())
        if match is None or match.group(1) != GRAPH_DERIVED:
            raise ValueError(f"not an INSERT into the derived graph only: {operation[:200]}")
        body = body.strip()
        constructs.append(f"CONSTRUCT {{ {match.group(2)} }} WHERE" + body[match.end():])
    return constructs


def recompute_stages(skip: Iterable[str] = ()) -> list[list[str]]:
    """``recompute_constructs`` in the groups whose answers may be loaded together: the rules (none
    reads the derived graph), then the counts (which read the rules' statements), then the names
    beside the counts (which read the counts)."""
    constructs = recompute_constructs(skip)
    return [constructs[:-2], [constructs[-2]], [constructs[-1]]]


def recompute() -> str:
    """The update that makes the derived graph from scratch, in one transaction."""
    return " ;\n".join(recompute_steps())


def _names(which: str) -> str:
    """The names beside the ``genoemd`` counts: of every count (``which`` ``jg:blokSoort``) or of
    those a write recounts (``jg:hertelSoort``)."""
    return filled("derived-genoemdNaam.ru", derived=GRAPH_DERIVED, which=which,
                  reference=str(GRAPH_REFERENCE))


def _official(restrict: str) -> str:
    """The cross-document rule choosing the official name of each resource named by documents:
    of all of them (``restrict`` empty) or of those a write marked (``jg:hernoem``)."""
    return filled("derived-officieleNaam.ru", derived=GRAPH_DERIVED, restrict=restrict,
                  prefix=DOCUMENT_PREFIX, reference=str(GRAPH_REFERENCE))


def _mark_named(values: str) -> str:
    """Marks the resources the documents name, so that the write chooses their official names again."""
    return filled("derived-officieleNaam-mark.ru", derived=GRAPH_DERIVED, documents=values)


def _rename() -> str:
    """Chooses again the official names of the marked resources, from every document."""
    rule = _official(f"GRAPH <{GRAPH_DERIVED}> {{ <{GRAPH_DERIVED}> jg:hernoem ?e }}")
    return filled("derived-officieleNaam-renew.ru", derived=GRAPH_DERIVED, rule=rule)


def _mark(values: str) -> str:
    """Marks the buckets the documents' items are in, so that the recount after the write counts them."""
    return filled("derived-buckets-mark.ru", derived=GRAPH_DERIVED, documents=values, kinds=_kinds(),
                  bucket=BUCKET_PREFIX)


def _forget(documents: list[str]) -> str:
    """Deletion of the derived statements of ``documents``, while their graphs are still there:
    every derived subject of a document (the document, its decisions, its dated facts) is a
    subject in its graph."""
    values = "VALUES ?doc { " + " ".join(f"<{d}>" for d in documents) + " }"
    return filled("derived-forget.ru", derived=GRAPH_DERIVED, documents=values)


def around(changes: Mapping[str, str | None]) -> tuple[list[str], list[str]]:
    """The update operations to run before and after the graph replacements of ``changes`` so
    that the derived graph follows them in the same transaction."""
    if not changes:
        return [], []
    documents = sorted(g for g in changes if _is_document_graph(g))
    if len(documents) != len(changes):  # another graph changed: what follows from it may be anywhere
        return [], [recompute()]
    rules = [_rule(name, _restrict(documents)) for name in DERIVED_PROPERTIES]
    values = "VALUES ?doc { " + " ".join(f"<{d}>" for d in documents) + " }"
    recount = filled("derived-buckets-recount.ru", derived=GRAPH_DERIVED, kinds=_kinds(),
                     names=_names("jg:hertelSoort"))
    # the buckets of the old items are marked before they go, those of the new ones after they came
    # the resources the old and the new graphs name are marked likewise, and named again before the recount
    before = [_expanded(_mark(values)), _expanded(_mark_named(values)), _forget(documents)]
    after = [*rules, _mark_named(values), _rename(), _mark(values), recount]
    return before, [_expanded(r) for r in after]
