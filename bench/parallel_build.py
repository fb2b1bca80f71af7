"""A build with several extraction workers, here and at another commit, taking turns.

    python bench/parallel_build.py --against 90810f8                 # N = 1 000, 2 workers, 5 runs
    python bench/parallel_build.py --against 90810f8 --markdown bench/RESULTS.md

Each build is a process of its own on the benchmark corpus (``generate.py``, seed 1), without
validation, with the cache of the ontology and reference graphs filled. Reported: the median
documents/s and the median CPU seconds of the build's process and its workers, per checkout, and
their ratios. CPU time says more than wall time on a machine that others share.
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
import json, resource, sys, tempfile, time
from pathlib import Path

def cpu():
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

if __name__ == "__main__":
    root, corpus, n, workers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    sys.path.insert(0, str(root))
    from jeugdgraph.build import build_store
    paths = sorted(corpus.glob("*.txt"))[:n]
    started, used = time.perf_counter(), cpu()
    report = build_store(paths, Path(tempfile.mkdtemp()) / "store", validate=False, workers=workers,
                         reference_dir=root / "seeds" / "reference", ontology_dir=root / "ontology")
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "cpu": cpu() - used, "built": len(report.built)}))
"""


def _build(root: Path, corpus: Path, n: int, workers: int, cache: Path) -> dict:
    env = {"JEUGDGRAPH_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    script = root / "_parallel_build.py"  # a file, not -c: the workers may need the main module's path
    script.write_text(_ONE_BUILD, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(root), str(corpus), str(n), str(workers)],
                         check=True, capture_output=True, text=True, env=env, cwd=root).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="a git commit to compare with")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--markdown", type=Path, help="write the figures as a section of this file")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import write_corpus

    corpus = ROOT / "bench" / "data" / "corpus-seed1"
    write_corpus(corpus, args.n, 1)
    work = Path(tempfile.mkdtemp(prefix="parallel-build-"))
    roots = {"hier": export_commit("HEAD", work / "here"),
             args.against: export_commit(args.against, work / "against")}
    runs: dict[str, list[dict]] = {name: [] for name in roots}
    for name, root in roots.items():
        _build(root, corpus, 10, 1, work / f"cache-{name}")  # fills the cache
    for _ in range(args.runs):
        for name, root in roots.items():  # taking turns: load from elsewhere falls on both
            runs[name].append(_build(root, corpus, args.n, args.workers, work / f"cache-{name}"))
    summary: dict = {name: {"documents_per_s": round(statistics.median(args.n / r["seconds"] for r in rs), 1),
                            "cpu_s": round(statistics.median(r["cpu"] for r in rs), 2),
                            "built": rs[0]["built"]} for name, rs in runs.items()}
    here, there = summary["hier"], summary[args.against]
    summary["verhouding_documenten_per_s"] = round(here["documents_per_s"] / there["documents_per_s"], 2)
    summary["verhouding_cpu"] = round(here["cpu_s"] / there["cpu_s"], 2)
    print(json.dumps(summary, indent=2))
    if args.markdown:
        _write_section(args.markdown, args, summary)


_BEGIN, _END = "<!-- parallel-build -->", "<!-- /parallel-build -->"


def _write_section(path: Path, args: argparse.Namespace, summary: dict) -> None:
    """Replace (or add) the section between the markers: bench/run.py's own sections stay as they are."""
    here, there = summary["hier"], summary[args.against]
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    section = "\n".join([
        _BEGIN,
        "## Build with extraction workers, here and at an earlier commit (`python bench/parallel_build.py`)",
        "",
        f"N = {args.n} generated documents, {args.workers} workers, no validation, cache filled; each build "
        f"in its own process, {args.runs} builds per checkout taking turns; commit {commit} against "
        f"{args.against}. CPU: the build's process and its workers together.",
        "",
        f"| measure (median) | here | {args.against} | ratio |",
        "|---|---|---|---|",
        f"| documents/s | {here['documents_per_s']} | {there['documents_per_s']} | "
        f"{summary['verhouding_documenten_per_s']}x |",
        f"| CPU seconds | {here['cpu_s']} | {there['cpu_s']} | {summary['verhouding_cpu']}x |",
        _END,
    ])
    replace_section(path, _BEGIN, _END, section)


if __name__ == "__main__":
    main()
