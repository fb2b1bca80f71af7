"""Where a build's CPU time goes: seconds per phase, measured by the build itself.

The main thread's share of a phase is ``time.thread_time``; the share of other threads (tantivy's
indexing thread, RocksDB's bulk-load and compaction threads) is the process's CPU time
(``time.process_time``) over the same interval minus the main thread's. Work those threads do
while the main thread is busy elsewhere (extracting the next document) belongs to no interval of
its own and is reported as ``background``. Per-document phases are summed, never logged one by one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from time import process_time, thread_time

# in the order of a build; "index" is the text index, "rules" the cross-document derived rules
PHASES = ("read", "extract", "map", "derived", "index", "load", "rules", "validation", "background", "rest")
DOCUMENT_PHASES = ("read", "extract", "map", "derived", "index")  # measured per document in `_process`

DUTCH = {
    "read": "lezen", "extract": "extractie", "map": "mapping", "derived": "afgeleid per document",
    "index": "zoekindex", "load": "laden", "rules": "regels over documenten", "validation": "validatie",
    "background": "achtergrond", "rest": "overig",
}


class PhaseClock:
    """CPU seconds per phase of one build, from its start to ``split()``."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(PHASES, 0.0)
        self.elsewhere = 0.0  # per-document phases that ran in worker processes (not in this one's CPU time)
        self._started = process_time()
        self._loop: tuple[float, float] | None = None
        self._others_in_stages = 0.0  # other threads' CPU inside the loop's measured stages

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time a block of the main thread, with what other threads did meanwhile."""
        every = process_time()
        try:
            yield
        finally:
            self.add(name, process_time() - every)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] += max(0.0, seconds)

    def documents(self, seconds: tuple[float, ...], in_workers: bool) -> None:
        """One document's per-document phases (``DOCUMENT_PHASES``, as `_process` measured them)."""
        for name, spent in zip(DOCUMENT_PHASES, seconds, strict=True):
            self.seconds[name] += spent
        if in_workers:
            self.elsewhere += sum(seconds)

    def loop_started(self) -> None:
        self._loop = (thread_time(), process_time())

    def in_loop(self, name: str, own: float, every: float) -> None:
        """A stage of the document loop: the main thread's CPU seconds and all threads' in its interval."""
        self.add(name, every)
        self._others_in_stages += max(0.0, every - own)

    def loop_ended(self) -> None:
        """What other threads did during the loop outside its measured stages: ``background``."""
        assert self._loop is not None, "loop_ended before loop_started"
        own, every = thread_time() - self._loop[0], process_time() - self._loop[1]
        self.add("background", every - own - self._others_in_stages)
        self._loop = None

    def split(self) -> dict[str, float]:
        """CPU seconds per phase; ``rest`` is the total minus the others, the total under ``total``."""
        total = process_time() - self._started + self.elsewhere
        parts = {name: round(value, 3) for name, value in self.seconds.items() if name != "rest"}
        parts["rest"] = round(max(0.0, total - sum(parts.values())), 3)
        parts["total"] = round(total, 3)
        return parts


def dutch_line(split: dict[str, float]) -> str:
    """The split in one line for the person who ran the build."""
    shown = ", ".join(f"{DUTCH[name]} {split[name]:.1f}" for name in PHASES if split.get(name, 0.0) >= 0.05)
    return f"CPU-tijd per fase (s): {shown}; totaal {split.get('total', 0.0):.1f}."
