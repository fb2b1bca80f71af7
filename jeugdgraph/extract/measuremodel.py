"""Measures a learned model reads in the sentences the wording rules of ``measures`` do not take.

The model (``extract/models/measures.json``, fitted by ``jeugdgraph.learn.measures`` on the
evaluation gold) gives each candidate sentence (``measurefeatures``) the probability that it states
a measure; a sentence at or above ``THRESHOLD`` is one, with the sentence itself as its quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts import Span
from .linear import load_model
from .measurefeatures import candidates

MODEL_NAME = "measures"
#: The label of a sentence that states a measure (the other is ``NO``).
YES, NO = "yes", "no"
#: The probability from which a sentence is read as a measure, chosen by cross-validation on the
#: older dev documents (``python -m jeugdgraph.learn.measurecv``).
THRESHOLD = 0.6
#: Whether the build applies the model. Off: on held-out documents it reads measures at a precision of
#: about 0.25 (cross-validation; 0.29 on the 62 documents measured once), and the seeds, whose
#: precision must stay 1.0, get sentences of aim and intent as measures.
APPLIED = False


def measure_probability(features: frozenset[str]) -> float:
    return load_model(MODEL_NAME).probabilities(features)[YES]


def learned_measures(text: str, kind: str | None, taken: Sequence[Span]) -> list[Span]:
    """The candidate sentences the model reads as measures, none overlapping a span in ``taken``."""
    return [
        c.span for c in candidates(text, kind)
        if not any(c.span.begin < t.end and t.begin < c.span.end for t in taken)
        and measure_probability(c.features) >= THRESHOLD
    ]


__all__ = ["APPLIED", "MODEL_NAME", "NO", "THRESHOLD", "YES", "learned_measures", "measure_probability"]
