"""The ``publisher`` model's choice among the municipalities a document names, where no rule finds its
publisher.

The model scores each municipality named on the head and foot (``publishercandidates``) as the
document's publisher; the most probable is taken only when its probability reaches ``FALLBACK``,
chosen by five-fold cross-validation on the dev documents, and only for a plan or a regulation, so a
document that names municipalities without saying which issued it keeps no publisher.
"""

from __future__ import annotations

from collections.abc import Callable

from .linear import load_model
from .publishercandidates import publisher_candidates
from .structure import Line

MODEL = "publisher"
FALLBACK = 0.7
#: The kinds whose maker the model may name: a plan or a regulation is its municipality's (in the
#: cross-validation every right choice was one); a motion, a letter or a news item names municipalities it
#: is about, and a guess there states what the text does not say.
PLAN_KINDS = frozenset({"beleidsplan", "regeling", "regiovisie"})


def model_publisher(lines: list[Line], kind: str, municipality: Callable[[str], str | None]) -> str | None:
    """The IRI of the municipality the model finds the document's publisher, if probable enough."""
    if kind not in PLAN_KINDS:
        return None
    candidates = publisher_candidates(lines, kind, municipality)
    if not candidates:
        return None
    model = load_model(MODEL)
    probability, best = max((model.probabilities(c.features)["1"], c.iri) for c in candidates)
    return best if probability >= FALLBACK else None


__all__ = ["FALLBACK", "PLAN_KINDS", "model_publisher"]
