"""Time of a build of the five seed documents (with validation), here and at another commit.

    python bench/seed_build.py                      # this checkout, 7 builds
    python bench/seed_build.py --against 69e144f    # and the same at that commit, taking turns

Each checkout builds into a fresh store. A first build uses an empty cache folder, so it makes
the ontology and reference graphs and validates the reference graph (as the first build after
the reference files change does); a later build uses a cache folder that is already filled (as
every other build does). Each run makes one of each per checkout, the checkouts taking turns.
Reported: the medians in seconds and their ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, export_commit, replace_section

_ONE_BUILD = """
import json, sys, tempfile, time
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from jeugdgraph.build import build_store
paths = sorted((root / "seeds").glob("*.txt"))
started = time.perf_counter()
report = build_store(paths, Path(tempfile.mkdtemp()) / "store", reference_dir=root / "seeds" / "reference",
                     ontology_dir=root / "ontology", workers=1)
print(json.dumps({"seconds": time.perf_counter() - started, "conforms": report.validation.conforms}))
"""


def _build(root: Path, cache: Path) -> float:
    env = {"JEUGDGRAPH_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _ONE_BUILD, str(root)], check=True, capture_output=True,
                         text=True, env=env, cwd=root).stdout
    result = json.loads(out.strip().splitlines()[-1])
    if not result["conforms"]:
        raise SystemExit(f"the seed build at {root} does not validate")
    return float(result["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="a git commit to compare with")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--markdown", type=Path, help="write the figures as a section of this file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="seed-build-"))
    roots = {"hier": ROOT}
    if args.against:
        roots[args.against] = export_commit(args.against, work / "against")
    first: dict[str, list[float]] = {name: [] for name in roots}
    later: dict[str, list[float]] = {name: [] for name in roots}
    for name, root in roots.items():
        _build(root, work / f"cache-{name}")  # fills the cache of the later builds
    for run in range(args.runs):
        for name, root in roots.items():  # taking turns: load from elsewhere falls on both
            first[name].append(_build(root, work / f"empty-{name}-{run}"))
            later[name].append(_build(root, work / f"cache-{name}"))
    summary: dict = {name: {"eerste": round(statistics.median(first[name]), 3),
                            "mediaan": round(statistics.median(later[name]), 3)} for name in roots}
    if args.against:
        summary["verhouding"] = round(summary["hier"]["mediaan"] / summary[args.against]["mediaan"], 2)
        summary["verhouding_eerste"] = round(summary["hier"]["eerste"] / summary[args.against]["eerste"], 2)
    print(json.dumps(summary, indent=2))
    if args.markdown and args.against:
        _write_section(args.markdown, args.against, args.runs, summary)


_BEGIN, _END = "<!-- seed-build -->", "<!-- /seed-build -->"


def _write_section(path: Path, against: str, runs: int, summary: dict) -> None:
    """Replace (or add) the section between the markers: bench/run.py's own sections stay as they are."""
    here, there = summary["hier"], summary[against]
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    section = "\n".join([
        _BEGIN,
        "## Seed build, here and at an earlier commit (`python bench/seed_build.py`)",
        "",
        f"The five seed documents built with validation, each build in its own process, {runs} builds per "
        f"checkout taking turns; commit {commit} against {against}.",
        "",
        f"| build | here (s) | {against} (s) | ratio |",
        "|---|---|---|---|",
        "| first build, empty cache (median; reference graph made and validated) | "
        f"{here['eerste']} | {there['eerste']} | {summary['verhouding_eerste']}x |",
        f"| every later build (median; cache filled) | {here['mediaan']} | {there['mediaan']} | "
        f"{summary['verhouding']}x |",
        _END,
    ])
    replace_section(path, _BEGIN, _END, section)


if __name__ == "__main__":
    main()
