"""The kind of a document as the learned model and the rules decide it together.

The rules (``kinds.rule_verdict``) know the formulas of the kinds they were written for; the model
(``models/kind.json``, a multinomial logistic regression fitted by ``jeugdgraph.learn.kind``) reads
the whole text and its positions, the rules' signals among them. Where both name the same kind, that
is the kind. A kind the model is sure of (``FILL``) stands where the rules give none; where they name
different kinds, the model's stands when it is surer still (``OVERRIDE``); a kind the rules give by
strong signals (``RULE_SURE`` points), that the opening's heading names or that the text's structure
shows (a meeting's page) stands otherwise; else the document gets no
kind (``document``): the graph states no kind rather than a wrong one. The thresholds were chosen by
5-fold cross-validation over the dev documents (``python -m jeugdgraph.learn.kind --choose``), looking
most at the documents the rules were not written on.
"""

from __future__ import annotations

from typing import cast

from ..facts import DocumentKind
from .kindfeatures import RuleVerdict, kind_features
from .linear import load_model

MODEL_NAME = "kind"
NO_KIND: DocumentKind = "document"  # the model's class for a text of no kind the graph names
#: The model's probability above which its kind stands against the rules'.
OVERRIDE = 0.8
#: The model's probability above which its kind stands where the rules give none.
FILL = 0.7
#: The rules' points above which their kind stands against an unsure model.
RULE_SURE = 3


def model_kind(text: str, verdict: RuleVerdict) -> tuple[DocumentKind, float]:
    """The model's kind of one text and its probability."""
    kind, probability = load_model(MODEL_NAME).predict(kind_features(text, verdict))
    return cast(DocumentKind, kind), probability


def combined_kind(
    verdict: RuleVerdict, learned: DocumentKind, probability: float,
    override: float = OVERRIDE, rule_sure: int = RULE_SURE, fill: float = FILL,
) -> DocumentKind:
    """The kind the rules' verdict and the model's guess give together."""
    if learned == verdict.kind:
        return learned
    # the model's "no kind" removes only a kind the rules are unsure of (it never helped against a sure one)
    if learned != NO_KIND and probability >= (fill if verdict.kind == NO_KIND else override):
        return learned
    if verdict.kind != NO_KIND and rules_sure(verdict, rule_sure):
        return verdict.kind
    return NO_KIND


def rules_sure(verdict: RuleVerdict, rule_sure: int = RULE_SURE) -> bool:
    """Whether the rules name their kind by strong signals, the opening's heading or the text's structure."""
    points = verdict.scores.get(verdict.kind, 0)
    return points >= rule_sure or verdict.kind in verdict.headed or verdict.structural


def decide(text: str, verdict: RuleVerdict) -> DocumentKind:
    learned, probability = model_kind(text, verdict)
    return combined_kind(verdict, learned, probability)


__all__ = [
    "FILL", "MODEL_NAME", "NO_KIND", "OVERRIDE", "RULE_SURE",
    "combined_kind", "decide", "model_kind", "rules_sure",
]
