"""Train the ``publisher`` model: which municipality a document names is its publisher.

Each municipality named on the head and foot of a document's first part is a sample
(``publishercandidates``); it is positive when it is the gold ``publisher``, negative otherwise (also
every one named by a document whose publisher is a party, a body or none). ``python -m
jeugdgraph.learn.publisher [--names LIST]`` rewrites ``extract/models/publisher.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from .. import iris
from ..extract.compiled import for_gazetteer
from ..extract.metadata import issued_part
from ..extract.names import MUNICIPALITY_KINDS, _Names
from ..extract.publishercandidates import PublisherCandidate, publisher_candidates
from ..readers import read_document
from ..reference import gazetteer, load_reference_graph
from ..settings import REFERENCE_DIR
from .devgold import dev_documents
from .ranking import RankerTraining

NAME = "publisher"
REGULARISATION = 0.3
MIN_COUNT = 3


@cache
def _names() -> _Names:
    return for_gazetteer(_Names, tuple(gazetteer(load_reference_graph(REFERENCE_DIR))))


def gold_publisher(gold: dict[str, Any]) -> str | None:
    """The gold publisher's IRI when it is a municipality (a CBS code), else None."""
    value = gold.get("publisher")
    if isinstance(value, str) and value.upper().startswith("GM"):
        return str(iris.gemeente(value.upper()))
    return None


def document_candidates(
    evaluation_dir: Path, names: Iterable[str] | None = None
) -> list[tuple[str, str | None, list[PublisherCandidate]]]:
    """Per dev document (or only those named): its name, its gold municipality publisher, its candidates."""
    known = _names()
    rows = []
    for document in dev_documents(evaluation_dir, names):
        lines, kind = issued_part(read_document(document.path).text)
        found = publisher_candidates(lines, kind, lambda n: known.exact(n, MUNICIPALITY_KINDS))
        rows.append((document.name, gold_publisher(document.gold), found))
    return rows



RANKER = RankerTraining(NAME, document_candidates, lambda c: c.iri, REGULARISATION, MIN_COUNT)
labelled = RANKER.labelled
training_samples = RANKER.training_samples
train = RANKER.train
main = RANKER.main


if __name__ == "__main__":
    main()
