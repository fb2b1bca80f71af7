"""The build reports where its CPU time went, phase by phase (`jeugdgraph.build_phases`)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from jeugdgraph.build import build_store
from jeugdgraph.build_phases import PHASES, dutch_line
from jeugdgraph.settings import SEEDS_DIR

TOLERANCE = 0.002  # the phases are rounded to milliseconds


def _check(split: dict[str, float], measured: float | None) -> None:
    assert set(split) == {*PHASES, "total"}
    assert all(seconds >= 0 for seconds in split.values()), split
    assert sum(split[name] for name in PHASES) <= split["total"] + TOLERANCE, split
    if measured is not None:  # the build's own total is within the CPU time of its caller
        assert split["total"] <= measured + TOLERANCE, (split, measured)


def test_a_build_reports_its_cpu_seconds_per_phase(tmp_path: Path) -> None:
    before = time.process_time()
    report = build_store(None, tmp_path / "store", validate=True)
    measured = time.process_time() - before
    split = report.cpu
    _check(split, measured)
    for name in ("read", "extract", "map", "derived", "index", "load", "rules", "validation"):
        assert split[name] > 0, (name, split)
    assert split["extract"] > split["read"]  # the seeds are short texts, and extraction is the work
    line = dutch_line(split)
    assert line.startswith("CPU-tijd per fase (s): ") and "extractie" in line and "validatie" in line


def test_a_build_with_workers_counts_their_documents_in_the_split(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for n in range(2):
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            shutil.copy(seed, corpus / f"{n}-{seed.name}")
    report = build_store([corpus], tmp_path / "store", validate=False, workers=2)
    split = report.cpu
    _check(split, None)  # the workers' CPU time is not this process's
    assert split["extract"] > 0 and split["validation"] == 0
