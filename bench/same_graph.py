"""Whether two commits build the same graph: the seeds plus generated documents, as sorted N-Quads.

    python bench/same_graph.py --against 7c9023d            # HEAD against that commit
    python bench/same_graph.py --against 7c9023d --n 3000   # with 3 000 bench documents (default)

Each commit is exported with ``git archive`` and builds, in its own process with a fresh, empty
cache folder and one worker, the five seed documents plus ``--n`` documents from
``bench/generate.py`` (made once, by this checkout, so both builds read the same files). The stores
are dumped as N-Quads, sorted line by line and compared byte for byte; on a difference the first
differing lines are printed. The sorted dumps are kept in ``--keep`` (default a temporary folder)
under the commit's hash, so a later comparison with the same commit reuses its dump.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONE_BUILD = """
import sys
from pathlib import Path
root, corpus, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, str(root))
import pyoxigraph as ox
from jeugdgraph.build import build_store
paths = [*sorted((root / "seeds").glob("*.txt")), corpus]
store_dir = out.parent / (out.name + ".store")
report = build_store(paths, store_dir, reference_dir=root / "seeds" / "reference",
                     ontology_dir=root / "ontology", workers=1)
store = ox.Store.read_only(str(store_dir))
lines = sorted(str(q) + " .\\n" for q in store)
out.write_text("".join(lines), encoding="utf-8")
print(len(lines), sum(1 for d in report.documents if d.built))
"""


def _commit(ref: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", ref], check=True, capture_output=True,
                          text=True).stdout.strip()


def _export(commit: str, target: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def dump(ref: str, corpus: Path, keep: Path, n: int) -> Path:
    """The sorted N-Quads of the graph ``ref`` builds, made once per commit and corpus size."""
    commit = _commit(ref)
    out = keep / f"{commit}-{n}.nq"
    if out.exists():
        return out
    with tempfile.TemporaryDirectory(prefix="same-graph-") as work:
        root = _export(commit, Path(work) / "src")
        env = {"JEUGDGRAPH_CACHE_DIR": str(Path(work) / "cache"), "PATH": "/usr/bin:/bin"}
        result = subprocess.run([sys.executable, "-c", _ONE_BUILD, str(root), str(corpus), str(out)],
                                check=True, capture_output=True, text=True, env=env, cwd=root)
        quads, built = result.stdout.split()[-2:]
        print(f"{ref} ({commit[:9]}): {quads} quads, {built} documents built", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="the git commit to compare with")
    parser.add_argument("--ref", default="HEAD", help="the commit to check (default HEAD)")
    parser.add_argument("--n", type=int, default=3000, help="generated documents (default 3000)")
    parser.add_argument("--keep", type=Path, help="folder for the sorted dumps (default: temporary)")
    args = parser.parse_args()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="same-graph-"))
    keep.mkdir(parents=True, exist_ok=True)
    corpus = keep / f"corpus-{args.n}"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--n", str(args.n), "--seed",
                        "7",
                        "--out", str(corpus)], check=True, capture_output=True)
    dumps = [dump(ref, corpus, keep, args.n) for ref in (args.against, args.ref)]
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in dumps]
    if digests[0] == digests[1]:
        print(f"identical: sha256 {digests[0]} ({dumps[0].stat().st_size} bytes)")
        return
    with dumps[0].open(encoding="utf-8") as a, dumps[1].open(encoding="utf-8") as b:
        shown = 0
        for line_a, line_b in zip(a, b, strict=False):
            if line_a != line_b and shown < 10:
                print(f"- {line_a.rstrip()}\n+ {line_b.rstrip()}")
                shown += 1
    raise SystemExit(f"different: {digests[0]} against {digests[1]}")


if __name__ == "__main__":
    main()
