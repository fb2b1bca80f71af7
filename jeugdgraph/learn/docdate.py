"""Train the ``docdate`` model: which of the full dates a document states is its own date.

Each full date on the head and foot of a document's first part is a sample (``datecandidates``); it
is positive when it is the gold ``date`` of the document, negative otherwise (also every date of a
document whose gold has no date). ``python -m jeugdgraph.learn.docdate [--names LIST]`` rewrites
``extract/models/docdate.json`` from the dev gold.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..extract.datecandidates import DateCandidate, date_candidates
from ..extract.metadata import dated_part
from ..readers import read_document
from .devgold import dev_documents
from .ranking import RankerTraining

NAME = "docdate"
REGULARISATION = 0.3
MIN_COUNT = 3


def gold_date(gold: dict[str, Any]) -> date | None:
    value = gold.get("date")
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def document_candidates(
    evaluation_dir: Path, names: Iterable[str] | None = None
) -> list[tuple[str, date | None, list[DateCandidate]]]:
    """Per dev document (or only those named): its name, its gold date and its date candidates."""
    rows = []
    for document in dev_documents(evaluation_dir, names):
        lines, kind = dated_part(read_document(document.path).text)
        rows.append((document.name, gold_date(document.gold), date_candidates(lines, kind)))
    return rows



RANKER = RankerTraining(NAME, document_candidates, lambda c: c.day, REGULARISATION, MIN_COUNT)
labelled = RANKER.labelled
training_samples = RANKER.training_samples
train = RANKER.train
main = RANKER.main


if __name__ == "__main__":
    main()
