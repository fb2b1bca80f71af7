"""Training samples for the decisions and assignments models, read from the evaluation corpus.

Each document is read as the build reads it (reader, metadata, the rules' decisions and assignments), its
candidate sentences get the features the build gives them (``extract.statementfeatures``), and a candidate
is a positive example of a decision (an assignment) when it holds every keyword of one of the document's
gold decisions (assignments), as the evaluation matches a found statement to a gold one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..build_reference import reference_data
from ..corpus_eval import holds_keywords
from ..extract.metadata import extract_metadata
from ..extract.outcome import find_outcome
from ..extract.resolutions import find_assignments, find_decisions
from ..extract.statementfeatures import Candidate, candidates, features_of
from ..facts import Span
from ..readers import read_document, read_sidecar
from .devgold import EVALUATION_DIR, dev_documents

TARGETS = ("decisions", "assignments")


@dataclass(frozen=True)
class Found:
    """A statement as the evaluation compares it: its quote and deadline."""

    span: Span
    deadline: date | None
    features: frozenset[str] = frozenset()  # as the models read the passage (rule findings only)


@dataclass(frozen=True)
class DocumentSamples:
    """One document's candidates, what the rules found and the gold, per target."""

    name: str
    candidates: list[Candidate]
    rules: dict[str, list[Found]]
    gold: dict[str, list[dict[str, Any]]]


def label(candidate: Candidate, gold: Sequence[dict[str, Any]]) -> str:
    return "1" if any(holds_keywords(g, candidate.span.text) for g in gold) else "0"


def read_samples(
    evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> list[DocumentSamples]:
    """Every dev document's candidates, rule findings and gold (``names``: only those documents)."""
    entries = reference_data()[1]
    documents = []
    for document in dev_documents(evaluation_dir, names):
        name, path, gold = document.name, document.path, document.gold
        source = read_document(path)
        metadata, parts = extract_metadata(source, read_sidecar(path), gazetteer=entries)
        outcome = find_outcome(source, metadata.kind)
        reports_motion = outcome is not None and outcome.value is not None
        assignments = find_assignments(
            source, metadata, parts, reports_motion=reports_motion, learned=False
        )
        decisions = find_decisions(source, parts, metadata.kind, learned=False)
        documents.append(
            DocumentSamples(
                name=name,
                candidates=candidates(source.text, metadata.kind),
                rules={
                    "decisions": [
                        Found(d.span, d.deadline, features_of(source.text, d.span, metadata.kind))
                        for d in decisions
                    ],
                    "assignments": [
                        Found(a.span, a.deadline, features_of(source.text, a.span, metadata.kind))
                        for a in assignments
                    ],
                },
                gold={t: list(gold.get(t) or []) for t in TARGETS},
            )
        )
    return documents


def names_from(path: str | None) -> list[str] | None:
    return None if path is None else [n.strip() for n in Path(path).read_text().split() if n.strip()]
