"""The jeugdgraph benchmark: every figure measured in one run, on the same generated data.

    python bench/run.py --quick        # N = 200 / 1 000 / 3 000, under 5 minutes
    python bench/run.py                # N = 1 000 / 10 000 / 100 000, long: run it in the background

What it measures (see ``bench/README.md``):

1. build throughput (documents/s, triples/s) and peak memory of a build of N documents, each
   build in its own child process on one core;
2. SHACL validation time: the whole store, and one changed document (incremental);
3. latency (p50, p95) of the named-query suite through jeugdgraph's ``/sparql`` over HTTP, the
   same queries on pyoxigraph in-process, and on Oxigraph server loaded with the same data; and
   ``GET /api/queries/{name}`` end to end, every request one the server has not seen (the fast
   path for repeated queries is off, as by default);
4. throughput under 8 concurrent clients, jeugdgraph against Oxigraph server.

It writes ``bench/results.json`` and the Markdown table ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))  # the scripts beside this one, also when it is loaded by path

from common import JEUGDGRAPH_LAUNCHER, log, percentile  # noqa: E402, F401 - percentile: scale.py reads it here
from runlatency import (  # noqa: E402
    measure_api_latency,
    measure_floor,
    measure_latency,
    measure_throughput,
    query_suite,
)
from runreport import TARGETS, markdown, verdicts  # noqa: E402

ROOT = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
SEEDS_DIR = ROOT / "seeds"
PYTHON = sys.executable

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (200, 1_000, 3_000)


def _load_generate():  # noqa: ANN202 - the bench/generate.py module
    spec = importlib.util.spec_from_file_location("bench_generate", BENCH_DIR / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def corpus_files(corpus: Path, n: int) -> list[Path]:
    """The corpus of N documents: the five seed documents and the first N - 5 generated ones.

    The seeds are in so that the named queries' example parameters (which name seed documents,
    Rijnmond, the Jeugdwet) find what they ask for in every store.
    """
    seeds = sorted(SEEDS_DIR.glob("*.txt"))[:n]
    generated = sorted(corpus.glob("*.txt"))[: n - len(seeds)]
    if len(seeds) + len(generated) < n:
        raise SystemExit(f"the corpus in {corpus} holds {len(generated)} documents, not {n - len(seeds)}")
    return seeds + generated


# --- child processes: one build or one validation, measured on their own ------------------------

def child_main(argv: list[str]) -> int:
    """Entry point of a measured child process; prints one JSON object on stdout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=("build", "validate"))
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.task == "build":
        from jeugdgraph.build import build_store

        files = corpus_files(args.corpus, args.n)
        loaded = time.perf_counter()
        cpu = time.process_time()
        report = build_store(files, args.store, validate=False, workers=1)
        seconds = time.perf_counter() - loaded
        result = {
            "documents": len(report.built),
            "skipped": len(report.skipped),
            "triples": report.total_triples,
            "seconds": seconds,
            "cpu_seconds": time.process_time() - cpu,  # the rate per core, whatever else runs beside it
            "phases": report.cpu,  # CPU seconds per phase of the build, as the build measured them
            "store_bytes": dir_size(args.store),
        }
    else:
        from jeugdgraph.store import open_store
        from jeugdgraph.validation import validate_store

        store = open_store(args.store, read_only=True)
        loaded = time.perf_counter()
        report = validate_store(store)
        result = {
            "seconds": time.perf_counter() - loaded,
            "conforms": report.conforms,
            "violations": len(report.violations()),
        }
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mb"] = max(own, kids) / 1024  # Linux reports kilobytes
    result["wall_seconds"] = time.perf_counter() - started
    print(json.dumps(result))
    return 0


def run_child(task: str, corpus: Path, n: int, store: Path, timeout: float) -> dict:
    command = [PYTHON, str(Path(__file__).resolve()), "--child", task, "--corpus", str(corpus),
               "--n", str(n), "--store", str(store)]
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{task} of {n} documents failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_build_stages(files: list[Path]) -> dict[str, float]:
    """Milliseconds per document in each step of the build, on a sample, in this process.

    The steps are the build's own (``jeugdgraph.build._process`` and ``build_store``): the
    graph goes to N-Quads and into an on-disk store in batches, as in a build.
    """
    import pyoxigraph as ox

    from jeugdgraph.build import reference_data
    from jeugdgraph.extract import extract_document
    from jeugdgraph.mapping import map_document
    from jeugdgraph.readers import read_document, read_sidecar
    from jeugdgraph.store import BulkLoader

    _graph, entries = reference_data()
    totals = dict.fromkeys(("read", "extract", "map", "serialise", "load"), 0.0)
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-stages-") as folder:
        store = ox.Store(folder)
        loader = BulkLoader(store)
        for path in files:
            t0 = time.perf_counter()
            source, sidecar = read_document(path), read_sidecar(path)
            t1 = time.perf_counter()
            extracted = extract_document(source, gazetteer=entries, sidecar=sidecar)
            t2 = time.perf_counter()
            triples = map_document(extracted)
            t3 = time.perf_counter()
            nquads = triples.nquads()
            t4 = time.perf_counter()
            loader.add(nquads)
            t5 = time.perf_counter()
            for step, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                totals[step] += seconds
        t5 = time.perf_counter()
        loader.write()
        store.flush()
        totals["load"] += time.perf_counter() - t5
        del loader, store  # closed before its folder goes
    return {step: seconds * 1000 / len(files) for step, seconds in totals.items()}


# --- servers ---------------------------------------------------------------------------------------

class Server:
    """A server process on 127.0.0.1 that is stopped when the block ends."""

    def __init__(self, name: str, command: list[str], url: str, ready_path: str, log_path: Path) -> None:
        self.name, self.url = name, url
        self.log_file = log_path.open("wb")
        self.process = subprocess.Popen(command, stdout=self.log_file, stderr=subprocess.STDOUT, cwd=ROOT)
        self._wait(ready_path, log_path)

    def _wait(self, ready_path: str, log_path: Path) -> None:
        import httpx

        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} stopped: {log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + ready_path, timeout=2).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within 120 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


@contextmanager
def running(server_factory: Callable[[], Server]) -> Iterator[Server]:
    server = server_factory()
    try:
        yield server
    finally:
        server.stop()


def oxigraph_binary() -> str:
    beside = Path(PYTHON).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise SystemExit("the 'oxigraph' command is missing: pip install oxigraph")
    return found


def start_jeugdgraph(store: Path, work: Path) -> Server:
    port = free_port()
    return Server("jeugdgraph", [PYTHON, "-c", JEUGDGRAPH_LAUNCHER, str(store), str(port)],
                  f"http://127.0.0.1:{port}", "/health", work / "jeugdgraph-server.log")


def start_oxigraph(location: Path, work: Path) -> Server:
    port = free_port()
    command = [oxigraph_binary(), "serve-read-only", "--location", str(location),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    return Server("oxigraph", command, f"http://127.0.0.1:{port}", "/query?query=ASK%7B%7D",
                  work / "oxigraph-server.log")


def load_into_oxigraph(store: Path, location: Path) -> float:
    """Dump the jeugdgraph store as N-Quads and ``oxigraph load`` it into ``location``; seconds."""
    import pyoxigraph as ox

    dump = location.parent / "dump.nq"
    ox.Store.read_only(str(store)).dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
    started = time.perf_counter()
    subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(dump)],
                   check=True, capture_output=True)
    seconds = time.perf_counter() - started
    dump.unlink()
    return seconds


# --- validation ------------------------------------------------------------------------------------

def measure_incremental(store_dir: Path, corpus: Path, seed: int, repeats: int) -> dict:
    """Validate one changed document against the store, the way a rebuild of one file would."""
    from jeugdgraph.build import document_graph, reference_data
    from jeugdgraph.incremental import validate_document
    from jeugdgraph.store import open_store

    generate = _load_generate()
    reference = generate.load_reference()
    original = generate.generate_document(0, seed, reference)
    changed = generate.generate_document(0, seed, reference, variant=1)
    work = Path(tempfile.mkdtemp(prefix="jeugdgraph-bench-doc-"))
    try:
        path = work / original.file_name  # same file name: the same document, edited
        path.write_text(changed.text, encoding="utf-8")
        store = open_store(store_dir, read_only=True)
        _graph, entries = reference_data()
        timings = []
        report = None
        for _ in range(repeats):
            started = time.perf_counter()
            _extracted, graph = document_graph(path, entries)
            report = validate_document(store, graph)
            timings.append(time.perf_counter() - started)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "first_seconds": timings[0],
        "median_seconds": statistics.median(timings),
        "max_seconds": max(timings),
        "triples": len(graph),
        "conforms": report.conforms if report else None,
    }


# --- the run ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    parser = argparse.ArgumentParser(description="jeugdgraph benchmark (see bench/README.md)")
    parser.add_argument("--quick", action="store_true", help="N = 200 / 1 000 / 3 000 (under 5 minutes)")
    parser.add_argument("--sizes", help="comma-separated N values (overrides --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, help="timed runs per query and backend")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--serve-n", type=int,
                        help="N of the store the latency and throughput are measured on "
                             "(default: the largest N up to 10 000)")
    parser.add_argument("--validate-max", type=int,
                        help="largest N whose whole store is validated (default 1 000 quick, 10 000 full)")
    parser.add_argument("--work", type=Path, default=DATA_DIR / "work", help="where stores are built")
    parser.add_argument("--json", type=Path, default=BENCH_DIR / "results.json")
    parser.add_argument("--markdown", type=Path, default=BENCH_DIR / "RESULTS.md")
    parser.add_argument("--render", action="store_true",
                        help="only write the Markdown table again from the JSON results of an earlier run")
    args = parser.parse_args(argv)
    if args.render:
        results = json.loads(args.json.read_text(encoding="utf-8"))
        results["verdicts"] = verdicts(results)
        args.markdown.write_text(markdown(results), encoding="utf-8")
        print(markdown(results))
        return 0

    sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else (
        QUICK_SIZES if args.quick else FULL_SIZES)
    repeats = args.repeats or (10 if args.quick else 50)
    warm_passes = 3 if args.quick else 8
    validate_max = args.validate_max or (1_000 if args.quick else 10_000)
    warmup = 2
    throughput_seconds = 8.0 if args.quick else 30.0
    started = time.perf_counter()

    results: dict[str, object] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "sizes": list(sizes),
        "seed": args.seed,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip() or None,
        "targets": TARGETS,
    }
    generate = _load_generate()
    corpus = DATA_DIR / f"corpus-seed{args.seed}"
    log(f"generating {max(sizes)} documents into {corpus}")
    t = time.perf_counter()
    paths = generate.write_corpus(corpus, max(sizes), args.seed)
    results["corpus"] = {
        "documents": len(paths),
        "mean_characters": sum(p.stat().st_size for p in paths) / len(paths),
        "generate_seconds": time.perf_counter() - t,
    }

    args.work.mkdir(parents=True, exist_ok=True)
    # The first build after the ontology, the reference data or jeugdgraph changed fills the cache
    # of the ontology and reference graphs (jeugdgraph/cache.py) and takes some 0.4 s longer; the
    # builds measured here find it filled, as every later build does.
    warm_up = args.work / "store-warm-up"
    shutil.rmtree(warm_up, ignore_errors=True)
    log("warming the cache of the ontology and reference graphs with a build of the seeds")
    run_child("build", corpus, len(list(SEEDS_DIR.glob("*.txt"))), warm_up, timeout=600)
    shutil.rmtree(warm_up, ignore_errors=True)
    builds = []
    for n in sizes:
        store = args.work / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        log(f"building {n} documents (one core, child process)")
        measured = run_child("build", corpus, n, store, timeout=6 * 3600)
        measured.update(n=n, docs_per_s=measured["documents"] / measured["seconds"],
                        triples_per_s=measured["triples"] / measured["seconds"])
        builds.append(measured)
        log(f"  {measured['docs_per_s']:.0f} documents/s, {measured['triples_per_s']:.0f} triples/s, "
            f"peak {measured['peak_rss_mb']:.0f} MB")
    results["build"] = builds
    sample = corpus_files(corpus, min(max(sizes), 300))
    log(f"where a build spends its time: {len(sample)} documents step by step")
    results["build_stages_ms"] = measure_build_stages(sample)
    log(f"  {results['build_stages_ms']}")
    _save(results, args)

    validations = []
    for n in sizes:
        if n > validate_max:
            continue
        log(f"validating the whole store of {n} documents")
        try:
            measured = run_child("validate", corpus, n, args.work / f"store-{n}", timeout=3 * 3600)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            measured = {"error": str(exc)[-500:]}
        measured["n"] = n
        validations.append(measured)
        log(f"  {measured}")
    results["validation_full"] = validations
    incremental_n = max([n for n in sizes if n <= 10_000] or [min(sizes)])
    log(f"incremental validation of one changed document at {incremental_n} documents")
    results["validation_incremental"] = {"n": incremental_n, **measure_incremental(
        args.work / f"store-{incremental_n}", corpus, args.seed, repeats=5)}
    log(f"  {results['validation_incremental']}")
    _save(results, args)

    serve_n = args.serve_n or max([n for n in sizes if n <= 10_000] or [min(sizes)])
    store = args.work / f"store-{serve_n}"
    oxi_location = args.work / f"oxigraph-{serve_n}"
    shutil.rmtree(oxi_location, ignore_errors=True)
    log(f"loading the store of {serve_n} documents into Oxigraph server")
    results["oxigraph_load_seconds"] = load_into_oxigraph(store, oxi_location)
    suite = query_suite(store)
    log(f"latency of {len(suite)} named queries at {serve_n} documents, {repeats} runs each")
    with running(lambda: start_jeugdgraph(store, args.work)) as jg, \
            running(lambda: start_oxigraph(oxi_location, args.work)) as oxi:
        results["latency"] = {"n": serve_n, "repeats": repeats,
                              "queries": measure_latency(suite, store, jg, oxi, repeats, warmup, warm_passes)}
        results["api_latency"] = measure_api_latency(jg, repeats)
        results["latency_floor"] = measure_floor(jg, oxi, repeats=max(repeats, 50))
        log(f"  floor: {results['latency_floor']}")
        _save(results, args)
        log(f"throughput with {args.clients} concurrent clients, {throughput_seconds:.0f} s each")
        results["throughput"] = measure_throughput(
            suite, jg, oxi, args.clients, throughput_seconds, max_requests=100_000)
    results["seconds"] = time.perf_counter() - started
    results["verdicts"] = verdicts(results)
    _save(results, args)
    args.markdown.write_text(markdown(results), encoding="utf-8")
    print(markdown(results))
    log(f"done in {results['seconds']:.0f} s; {args.json} and {args.markdown} written")
    return 0


def _save(results: dict, args: argparse.Namespace) -> None:
    args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
