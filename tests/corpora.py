"""Corpora the tests of several capabilities build: generated documents of every genre
(``bench/generate.py``) and the dev half of the evaluation corpus."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from jeugdgraph.settings import PROJECT_ROOT

DEV_CORPUS = PROJECT_ROOT / "tests" / "evaluation" / "corpus" / "dev"

_spec = importlib.util.spec_from_file_location(
    "bench_generate_corpora", PROJECT_ROOT / "bench" / "generate.py")
assert _spec is not None and _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate
_spec.loader.exec_module(generate)


def genre_corpus(folder: Path, seed: int, per_genre: int = 4) -> Counter[str]:
    """Generated documents (corpus ``seed``) written to ``folder`` until every genre has
    ``per_genre`` of them; the number written per genre."""
    reference = generate.load_reference()
    seen: Counter[str] = Counter()
    index = 0
    while len(seen) < len(generate.GENRES) or min(seen.values()) < per_genre:
        doc = generate.generate_document(index, seed, reference)
        if seen[doc.genre] < per_genre:
            seen[doc.genre] += 1
            (folder / doc.file_name).write_text(doc.text, encoding="utf-8")
        index += 1
    return seen
