"""The first wall's inspection on every named query's text, the old lexer against this one.

Each named query is sent as ``scale.py`` sends it to ``/sparql`` (the prologue, the query with its
``#+`` header, ``LIMIT 101``). The old inspection is the test oracle of commit 794e88d
(``tests/security/inspection_oracle.py``); both run uncached, taking turns, and the best of
several rounds is kept. Timed in CPU time of this thread (``time.thread_time``), so that time the
shared machine gives to other processes is not counted. ``python bench/inspection_micro.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "security")]

import inspection_oracle as old  # noqa: E402

from jeugdgraph.namespaces import PREFIXES, sparql_prologue  # noqa: E402
from jeugdgraph.query import safety  # noqa: E402
from jeugdgraph.query.named import load_named_queries  # noqa: E402


def best_us(call: Callable[[], object], rounds: int = 15, loops: int = 100) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.thread_time()
        for _ in range(loops):
            call()
        best = min(best, (time.thread_time() - started) / loops)
    return best * 1e6


def main() -> int:
    prefix_items = tuple(PREFIXES.items())
    print("| query | chars | old µs (CPU) | new µs (CPU) | speed-up |")
    print("|---|---:|---:|---:|---:|")
    ratios = []
    for named in load_named_queries(ROOT / "queries"):
        text = sparql_prologue() + named.sparql + "\nLIMIT 101"
        before = best_us(lambda t=text: old.inspect(t, (), PREFIXES, True))
        after = best_us(lambda t=text: safety._inspect(t, (), prefix_items, True))
        ratios.append(before / after)
        print(f"| {named.name} | {len(text)} | {before:.1f} | {after:.1f} | {before / after:.1f}x |")
    ask = "ASK { ?s ?p ?o }"
    print(f"| `{ask}` | {len(ask)} | {best_us(lambda: old.inspect(ask, (), PREFIXES, True)):.1f} | "
          f"{best_us(lambda: safety._inspect(ask, (), prefix_items, True)):.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
