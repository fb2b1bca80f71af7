"""The ``docdate`` model's choice among a document's full dates, where the wording rules find none.

The model scores each full date of the head and foot (``datecandidates``) as the document's own
date; the most probable one is taken only when its probability reaches ``THRESHOLD``, chosen by
cross-validation within the older dev documents so that the model's own choices stay as precise as
the rules' (a document with no date probable enough keeps none: no date is invented).
"""

from __future__ import annotations

from datetime import date

from .datecandidates import date_candidates
from .linear import load_model
from .structure import Line

MODEL = "docdate"
THRESHOLD = 0.9


def model_date(lines: list[Line], kind: str) -> date | None:
    """The most probable full date of ``lines`` as the document's own date, if probable enough."""
    candidates = date_candidates(lines, kind)
    if not candidates:
        return None
    model = load_model(MODEL)
    probability, best = max((model.probabilities(c.features)["1"], c.day) for c in candidates)
    return best if probability >= THRESHOLD else None


__all__ = ["THRESHOLD", "model_date"]
