"""The committed measures model is what training on the committed dev gold gives."""

from __future__ import annotations

import pytest

from jeugdgraph.extract.linear import load_model, model_from_dict
from jeugdgraph.extract.measuremodel import MODEL_NAME, NO, THRESHOLD, YES
from jeugdgraph.learn.measures import (
    DocumentCandidates,
    fit_documents,
    holds_keywords,
    read_documents,
    samples_of,
)


@pytest.fixture(scope="module")
def documents() -> list[DocumentCandidates]:
    return read_documents()


def test_refitting_on_the_dev_gold_gives_the_committed_model(documents: list[DocumentCandidates]) -> None:
    committed = load_model(MODEL_NAME)
    refitted = model_from_dict(fit_documents(documents))
    assert refitted.classes == committed.classes == (NO, YES)
    assert refitted.weights.keys() == committed.weights.keys()
    assert all(abs(a - b) < 1e-3 for f, row in refitted.weights.items()
               for a, b in zip(row, committed.weights[f], strict=True))
    assert abs(refitted.intercept[0] - committed.intercept[0]) < 1e-3
    for features, _ in samples_of(documents):
        assert refitted.predict(features)[0] == committed.predict(features)[0]
        assert (refitted.probabilities(features)[YES] >= THRESHOLD) == (
            committed.probabilities(features)[YES] >= THRESHOLD)


def test_labels_come_from_the_gold_keywords(documents: list[DocumentCandidates]) -> None:
    labelled = [(c, label, d) for d in documents for c, label in zip(d.candidates, d.labels, strict=True)]
    assert any(label == YES for _, label, _ in labelled) and any(label == NO for _, label, _ in labelled)
    for candidate, label, document in labelled:
        assert (label == YES) == any(holds_keywords(g, candidate.span.text) for g in document.gold)


def test_a_measure_needs_every_keyword() -> None:
    gold = {"keywords": ["Wachtlijst", "coördinator"]}
    assert holds_keywords(gold, "Er komt een wachtlijstcoördinator.")
    assert not holds_keywords(gold, "Er komt een wachtlijst.")
    assert not holds_keywords({"keywords": []}, "Er komt een wachtlijst.")
