"""The ``docdate`` model's check of the date the wording rules give a document.

The model scores each full date of the head and foot (``datecandidates``) as the document's own
date. Where the rules find no date (and no day without its year), the most probable candidate is
taken when its probability reaches ``FALLBACK``; where the rules' date is one the model doubts
(below ``DOUBTED``) and it is sure of another (``OVERRIDE``), that other is taken. The thresholds were
chosen by five-fold cross-validation on the dev documents; a document with no date probable enough
keeps none, so no date is invented.
"""

from __future__ import annotations

from datetime import date

from .datecandidates import BELOW_PROSE, REPEATED_LINE, DateCandidate, date_candidates
from .dates import find_dates
from .linear import load_model
from .structure import Line

MODEL = "docdate"
#: 0.9 as chosen by cross-validation within the 426 older dev documents (phase 1): at 0.7 a seed's
#: letter was dated by another body's meeting its prose tells (p 0.706), a date it does not give as its own
FALLBACK = 0.9
OVERRIDE = 0.9
DOUBTED = 0.5
PROSE_WORDS = 12  # a line this long is a sentence, not a heading or a date line


def checked_date(lines: list[Line], kind: str, ruled: date | None, ruled_text: str | None) -> date | None:
    """The document's own date: the rules' (``ruled``; ``ruled_text`` a day they found without its
    year) unless the model finds a far more probable one, or the model's when the rules found none."""
    candidates = date_candidates(lines, kind)
    if not candidates:
        return ruled
    model = load_model(MODEL)
    scored = [(model.probabilities(c.features)["1"], c.day) for c in candidates]
    probability, best = max(scored)
    if ruled is None:
        if ruled_text is not None or probability < FALLBACK:
            return None
        chosen = next(c for p, c in zip(scored, candidates, strict=True) if p == (probability, best))
        return best if _may_date(chosen, lines) else None
    ruled_probability = max((p for p, day in scored if day == ruled), default=0.0)
    if best != ruled and probability >= OVERRIDE and ruled_probability < DOUBTED:
        return best
    return ruled


def _may_date(candidate: DateCandidate, lines: list[Line]) -> bool:
    """The rules' conventions for a date they leave out: a line over each item of a list dates no list,
    a date below the first prose is a feed's, and an event that prose opens with is background when the
    text goes on to other days."""
    if REPEATED_LINE in candidate.features or BELOW_PROSE in candidate.features:
        return False
    if len(candidate.line.stripped.split()) < PROSE_WORDS:
        return True
    rest = "\n".join(line.text for line in lines if line.begin > candidate.line.begin)
    return all(m.kind != "partial" and m.date in (None, candidate.day) for m in find_dates(rest)
               if m.kind in {"date", "partial"})


__all__ = ["DOUBTED", "FALLBACK", "OVERRIDE", "checked_date"]
