"""Validation results in words a policy maker can act on: findings read from the SHACL report
graph, labelled with the names of the resources they are about."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .namespaces import (
    DCTERMS,
    FOAF,
    JG,
    PREFIXES,
    RDF,
    RDFS,
    SH,
    SKOS,
    bind_prefixes,
)
from .ox_answers import select
from .rdf_terms import iri_of, to_rdflib
from .sparql_terms import iri_term
from .sparql_texts import filled

SEVERITIES = ("Violation", "Warning", "Info")


@dataclass(frozen=True)
class Finding:
    """One validation result, in words a policy maker can act on."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str  # IRI (or blank node id) of the resource
    path: str | None  # predicate IRI
    value: str | None
    message_nl: str
    message_en: str
    shape: str | None

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


@dataclass
class ValidationReport:
    conforms: bool
    findings: list[Finding]
    results_graph: Graph  # the SHACL report graph
    labels: dict[str, str] = field(default_factory=dict)  # focus IRI -> label, for the text report

    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Warning"]

    def text(self, lang: str = "nl") -> str:
        """A human report: a summary line, then the findings grouped by severity, one line each."""
        words = _WORDS["en" if lang == "en" else "nl"]
        counts = {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}
        if not self.findings:
            return words["clean"]
        summary = ", ".join(
            f"{counts[s]} {words[s][0] if counts[s] == 1 else words[s][1]}" for s in SEVERITIES if counts[s]
        )
        lines = [(words["conforms"] if self.conforms else words["fails"]) + f" ({summary})."]
        for severity in SEVERITIES:
            group = [f for f in self.findings if f.severity == severity]
            if not group:
                continue
            lines.append("")
            lines.append(f"{words[severity][2]}:")
            for finding in group:
                lines.append("- " + self._line(finding, lang))
        return "\n".join(lines)

    def _line(self, finding: Finding, lang: str) -> str:
        label = self.labels.get(finding.focus)
        who = f"{label} ({_curie(finding.focus)})" if label else _curie(finding.focus)
        where = ""
        if finding.path:
            where = f" {_curie(finding.path)}"
            if finding.value is not None:
                where += f" = {_shorten(finding.value)}"
        elif finding.value is not None:
            where = f" [{_shorten(finding.value)}]"
        return f"{who}{where}: {finding.message(lang)}"

    def turtle(self) -> str:
        bind_prefixes(self.results_graph)
        return self.results_graph.serialize(format="turtle")


_WORDS: dict[str, dict[str, Any]] = {
    "nl": {
        "Violation": ("overtreding", "overtredingen", "Overtredingen"),
        "Warning": ("waarschuwing", "waarschuwingen", "Waarschuwingen"),
        "Info": ("opmerking", "opmerkingen", "Opmerkingen"),
        "clean": "De gegevens voldoen aan alle validatieregels: geen overtredingen, geen waarschuwingen.",
        "conforms": "De gegevens voldoen aan de validatieregels",
        "fails": "De gegevens voldoen niet aan de validatieregels",
    },
    "en": {
        "Violation": ("violation", "violations", "Violations"),
        "Warning": ("warning", "warnings", "Warnings"),
        "Info": ("note", "notes", "Notes"),
        "clean": "The data meets every validation rule: no violations, no warnings.",
        "conforms": "The data meets the validation rules",
        "fails": "The data does not meet the validation rules",
    },
}


# --------------------------------------------------------------------------- reading the report


def _report(results: Graph, shapes: Graph) -> ValidationReport:
    findings = sorted(
        {_finding(results, shapes, r) for r in results.subjects(RDF.type, SH.ValidationResult)},
        key=lambda f: (SEVERITIES.index(f.severity), f.focus, f.path or "", f.value or "", f.message_nl),
    )
    conforms = not any(f.severity == "Violation" for f in findings)
    bind_prefixes(results)
    return ValidationReport(conforms=conforms, findings=findings, results_graph=results)


def _finding(results: Graph, shapes: Graph, result: Node) -> Finding:
    severity_iri = results.value(result, SH.resultSeverity)
    severity = str(severity_iri).rsplit("#", 1)[-1] if severity_iri is not None else "Violation"
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    shape = results.value(result, SH.sourceShape)
    constraint = results.value(result, SH.sourceConstraint)
    fallback = [m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    # a SPARQL constraint carries its own messages; otherwise the shape does
    own = [m for m in shapes.objects(constraint, SH.message)] if constraint is not None else []
    if not own and shape is not None:
        own = list(shapes.objects(shape, SH.message))
    message_nl = _pick(own, "nl") or _pick(fallback, "nl") or _pick(fallback, None) or ""
    message_en = _pick(own, "en") or _pick(fallback, "en") or _pick(fallback, None) or message_nl
    return Finding(
        severity=severity if severity in SEVERITIES else "Violation",
        focus=_node_id(focus),
        path=str(path) if isinstance(path, URIRef) else None,
        # SPARQL constraints without a ?value report the focus itself, which says nothing new
        value=None if value is None or value == focus else str(value),
        message_nl=message_nl,
        message_en=message_en,
        # a named SPARQL constraint says more about the rule than the node shape that holds it
        shape=str(constraint) if isinstance(constraint, URIRef) else _named(shape),
    )


def _named(node: Node | None) -> str | None:
    return str(node) if isinstance(node, URIRef) else None


def _pick(messages: list, lang: str | None) -> str | None:
    for m in messages:
        if isinstance(m, Literal) and (m.language or None) == lang:
            return str(m)
    return None


def _node_id(node: Node | None) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    return "" if node is None else str(node)


# --------------------------------------------------------------------------- labels


#: a name as a document wrote it labels a resource of a document's graph validated on its own
_LABEL_PREDICATES = (SKOS.prefLabel, DCTERMS.title, FOAF.name, JG.term, RDFS.label, JG.geschrevenNaam,
                     JG.citaat)


def _labels_from_store(store: ox.Store, focus: set[str]) -> dict[str, str]:
    iris = [f for f in focus if f and not f.startswith("_:")]
    if not iris:
        return {}
    candidates: dict[str, dict[int, list[Literal]]] = defaultdict(lambda: defaultdict(list))
    predicates = " ".join(f"<{p}>" for p in _LABEL_PREDICATES)
    for chunk in range(0, len(iris), 500):
        values = " ".join(iri_term(i) for i in iris[chunk : chunk + 500])
        query = filled("validation-labels", subjects=values, predicates=predicates)
        for row in select(store, query, use_default_graph_as_union=True):
            rank = _LABEL_PREDICATES.index(iri_of(row["p"]))
            label = to_rdflib(row["o"])
            if isinstance(label, Literal):
                candidates[row["s"].value][rank].append(label)
    return {s: _best_label(ranks[min(ranks)]) for s, ranks in candidates.items()}


def _best_label(values: list) -> str:
    """Dutch first, then untagged, then anything; a long quote is cut short."""
    def rank(value: Literal) -> tuple:
        language = getattr(value, "language", None)
        return (language != "nl", bool(language), str(value))

    ordered = sorted(values, key=rank)
    return _shorten(" ".join(str(ordered[0]).split()), 70)


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _curie(iri: str) -> str:
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri if iri.startswith("_:") else f"<{iri}>"
