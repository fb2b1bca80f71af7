"""Train the measures model (``extract/models/measures.json``) on the evaluation gold.

Each dev document is read and extracted as the build does; its candidate sentences
(``extract.measurefeatures``) are the samples. A sentence that holds every keyword of one of the
document's gold measures is a measure (``yes``); every other candidate is none (``no``), also in a
document whose gold lists no measure. Sentences the build never reads as measures are left out as
it leaves them out: every sentence of a motion or an amendment (it asks, it takes no measure), a
sentence that holds a request of a motion, a decision point or a point the college only proposes.

``python -m jeugdgraph.learn.measures [--names LIST]`` rewrites the model file.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..build import extract_file
from ..build_reference import reference_data
from ..corpus_eval import holds_keywords as matches_keywords
from ..extract.measurefeatures import Candidate, candidates
from ..extract.measuremodel import MODEL_NAME, NO, YES
from ..extract.measures import find_measures
from ..extract.resolutions import proposed_points
from ..facts import ExtractedDocument, Measure, Span
from .devgold import EVALUATION_DIR, dev_documents
from .fit import Sample, fit, write_model

MODEL_FILE = Path(__file__).resolve().parents[1] / "extract" / "models" / f"{MODEL_NAME}.json"
#: A motion or an amendment takes no measure: the build reads none in it.
# (measures are one sentence in thirty: class weights balance them; the regularisation and the
# pruning of rare features were chosen by cross-validation, ``measurecv``)
_ASKING_KINDS = frozenset({"motie", "amendement"})
REGULARISATION = 0.3
MIN_COUNT = 3
MIN_DOCUMENTS = 3


@dataclass(frozen=True)
class DocumentCandidates:
    """One dev document's candidate sentences with their labels, its gold measures and what the
    wording rules find in it (for cross-validation)."""

    name: str
    candidates: list[Candidate]
    labels: list[str]
    gold: list[dict[str, Any]]
    rule_measures: list[Measure]


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


def _read_by_build(extracted: ExtractedDocument, span: Span) -> bool:
    """Whether the build keeps a measure at ``span`` (the filters of ``extract.extract_document``)."""
    return (
        not any(_overlap(span, a.span) for a in extracted.assignments)
        and not any(span.begin <= d.span.begin and d.span.end <= span.end for d in extracted.decisions)
        and not any(_overlap(span, p) for p in proposed_points(extracted.source.text, extracted.decisions))
    )


def holds_keywords(gold: dict[str, Any], quote: str) -> bool:
    """Whether ``quote`` holds every keyword of the gold measure (as the evaluation compares them)."""
    return bool(gold.get("keywords")) and matches_keywords(gold, quote)


def read_documents(
    evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> list[DocumentCandidates]:
    """The dev documents (or those in ``names``) the build may read measures in, as candidates."""
    _, entries = reference_data()
    documents: list[DocumentCandidates] = []
    for document in dev_documents(evaluation_dir, names):
        gold = document.gold
        extracted = extract_file(document.path, entries)
        kind = extracted.metadata.kind
        if kind in _ASKING_KINDS:
            continue
        measures = list(gold.get("measures") or [])
        kept = [c for c in candidates(extracted.source.text, kind) if _read_by_build(extracted, c.span)]
        labels = [YES if any(holds_keywords(g, c.span.text) for g in measures) else NO for c in kept]
        rules = [m for m in find_measures(extracted.source, extracted.mentions, kind, learned=False)
                 if _read_by_build(extracted, m.span)]
        documents.append(DocumentCandidates(document.name, kept, labels, measures, rules))
    return documents


def samples_of(documents: Sequence[DocumentCandidates]) -> list[Sample]:
    return [(c.features, label) for d in documents for c, label in zip(d.candidates, d.labels, strict=True)]


def _in_documents(documents: Sequence[DocumentCandidates], least: int) -> frozenset[str]:
    """The features found in at least ``least`` documents (a word of one document is its wording,
    such as its town's name, not a sign of a measure)."""
    counts = Counter(f for d in documents for f in frozenset().union(*(c.features for c in d.candidates)))
    return frozenset(f for f, n in counts.items() if n >= least)


def training_samples(
    evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> list[Sample]:
    return samples_of(read_documents(evaluation_dir, names))


def fit_documents(documents: Sequence[DocumentCandidates]) -> dict[str, Any]:
    general = _in_documents(documents, MIN_DOCUMENTS)
    training = [(features & general, label) for features, label in samples_of(documents)]
    return fit(MODEL_NAME, training, regularisation=REGULARISATION, min_count=MIN_COUNT,
               balanced=True, provenance={"documents": len(documents)})


def train(evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None) -> dict[str, Any]:
    """The model's JSON form, fitted on the dev documents (or those in ``names``)."""
    return fit_documents(read_documents(evaluation_dir, names))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, help="a file with the dev documents to train on, one a line")
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    names = args.names.read_text(encoding="utf-8").split() if args.names else None
    model = write_model(train(names=names), args.output)
    print(f"{args.output}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
