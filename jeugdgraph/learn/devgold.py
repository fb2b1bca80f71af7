"""The dev half's documents the models are fitted on: each gold file with the path of its text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus_eval import load_corpus_gold
from ..evaluation_report import EVALUATION_DIR


@dataclass(frozen=True)
class DevDocument:
    name: str
    gold: dict[str, Any]
    path: Path  # the text, ``corpus/dev/NAME.txt``


def dev_documents(
    evaluation_dir: Path = EVALUATION_DIR, names: Iterable[str] | None = None
) -> list[DevDocument]:
    """Every dev gold document (or only those in ``names``), in name order."""
    wanted = None if names is None else set(names)
    corpus = Path(evaluation_dir) / "corpus" / "dev"
    return [DevDocument(str(gold["document"]), gold, corpus / f"{gold['document']}.txt")
            for gold in load_corpus_gold(Path(evaluation_dir) / "gold" / "dev")
            if wanted is None or gold["document"] in wanted]
