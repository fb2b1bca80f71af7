"""National scale: the named queries and full-text search at the size users reach.

    python bench/scale.py               # N = 100 000 (the full run: hours on 2 cores; run it alone)
    python bench/scale.py --quick       # N = 2 000, a few minutes

On one store of N documents (the seeds plus generated ones, ``bench/run.py``'s corpus):

1. the build with the text index and the derived graph, one core, in a child process: documents/s
   and peak memory;
2. every named query end to end through ``GET /api/queries/{name}`` of a running server
   (uvicorn, query worker processes): the first page (100 rows) and the whole answer
   (``limit=alle``), each repetition with parameter values not used before in the run, so no
   answer can come from an earlier identical request; beside it Oxigraph server on the same data,
   sent the same query with the same values bound in a VALUES block (first page: ``LIMIT 101``);
3. full-text search: ``/api/zoeken`` and the ``zoek-in-citaten`` first page against the
   ``CONTAINS`` query it replaces (on jeugdgraph's ``/sparql`` and on Oxigraph server), each
   repetition a word not searched before, and the hits compared: the index finds every quote in
   which the word stands as a whole word (stems add other forms); ``CONTAINS`` also matches inside
   longer words (``zorg`` in ``jeugdzorg``), which a word index does not.

The results go to ``bench/scale.json`` and to the section between the scale markers of
``bench/RESULTS.md``. ``--reuse --only a,b --json X --markdown Y`` measures only the named queries
a and b on the store of an earlier run (read only, no search, no build), raw ``/sparql`` beside
Oxigraph server, and with ``--against COMMIT`` beside that commit's server on the same requests.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
_spec = importlib.util.spec_from_file_location("bench_run", BENCH_DIR / "run.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_run"] = bench
_spec.loader.exec_module(bench)
from scale_markdown import write_markdown  # noqa: E402  (beside this file)

TARGETS = {"first_page_p50_ms": 300.0, "first_page_p95_ms": 600.0, "search_p50_ms": 50.0,
           "search_speedup": 100.0, "build_docs_per_s": 150.0, "raw_ratio": 1.3}
WORDS = ("wachttijden", "preventie", "kwartaal", "jeugdhulp", "regiovisie", "gemeenteraad", "college",
         "opdracht", "zorgaanbieders", "budget", "wijkteam", "samenwerking", "inkoop", "onderwijs",
         "huiselijk", "geweld", "veiligheid", "tekort", "jongeren", "ouders", "begroting", "motie",
         "evaluatie", "contract", "specialistische", "lokale", "toegang", "normaliseren", "plan",
         "kosten", "transformatie", "ambulante", "verblijf", "pleegzorg", "gezin", "school")


class FreshValues:
    """Parameter values per type, each handed out once per run (then the pool starts over,
    which ``reused`` counts)."""

    def __init__(self, store_dir: Path, seed: int) -> None:
        import pyoxigraph as ox

        from jeugdgraph.namespaces import PREFIXES

        store = ox.Store.read_only(str(store_dir))

        def values(query: str) -> list[str]:
            rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
            return sorted({row[0].value for row in rows})

        rng = random.Random(seed)
        start = date(2019, 1, 1)
        self.pools: dict[str, list[str]] = {
            "gemeente": values("SELECT DISTINCT ?c WHERE { ?d dcterms:publisher ?g . ?g jg:cbsCode ?c }"),
            "jeugdregio": [v.rsplit("/", 1)[1] for v in values("SELECT ?r WHERE { ?r a jg:Jeugdregio }")],
            "thema": [v.rsplit("/", 1)[1] for v in values("SELECT DISTINCT ?t WHERE { ?d jg:thema ?t }")],
            "wet": values("SELECT DISTINCT ?b WHERE { ?d jg:verwijstNaar ?w . ?w jg:bwbId ?b }"),
            "document": [v.rsplit("/document/", 1)[1] for v in values(
                "SELECT ?d WHERE { ?d jg:bronbestand ?b }")],
            "iri": values("SELECT ?u WHERE { ?u jg:citaat ?c } LIMIT 5000"),
            "date": [(start + timedelta(days=rng.randrange(0, 3650))).isoformat() for _ in range(2000)],
            "text": list(WORDS),
            "integer": [str(i) for i in range(1, 1000)],
        }
        for pool in self.pools.values():
            rng.shuffle(pool)
        self._next = dict.fromkeys(self.pools, 0)
        self.reused = 0

    def take(self, kind: str) -> str:
        pool = self.pools[kind]
        i = self._next[kind]
        if i >= len(pool):
            self.reused += 1
        self._next[kind] = i + 1
        return pool[i % len(pool)]


def start_oxigraph(location: Path, work: Path, timeout: int):  # noqa: ANN201 - a bench.Server
    """Oxigraph server as ``bench/run.py`` starts it, with the time limit jeugdgraph's queries
    have, so a query that does not finish stops using the shared cores."""
    port = bench.free_port()
    command = [bench.oxigraph_binary(), "serve-read-only", "--location", str(location),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph", "--timeout-s", str(timeout)]
    return bench.Server("oxigraph", command, f"http://127.0.0.1:{port}", "/query?query=ASK%7B%7D",
                        work / "oxigraph-server.log")


def _ms(seconds: float) -> float:
    return seconds * 1000


def _timed_get(client, url: str, params: dict[str, str]) -> tuple[float, int, bytes]:  # noqa: ANN001
    import httpx

    started = time.perf_counter()
    try:
        response = client.get(url, params=params, headers={"Accept": "application/sparql-results+json"})
        body = response.content
    except httpx.RemoteProtocolError:  # a streamed answer cut at the time limit: timed to the cut
        return time.perf_counter() - started, 599, b""
    return time.perf_counter() - started, response.status_code, body


def _timed_post(client, url: str, sparql: str) -> float:  # noqa: ANN001
    import httpx

    started = time.perf_counter()
    try:
        response = client.post(url, data={"query": sparql},
                               headers={"Accept": "application/sparql-results+json"})
        _ = response.content
    except httpx.RemoteProtocolError as error:  # a streamed answer cut at the time limit
        bench.log(f"  {url} broke off its answer: {error}")
        return float("nan")
    if response.status_code != 200:  # a time limit at national scale: recorded as missing, not fatal
        bench.log(f"  {url} answered {response.status_code}: {response.text[:200]}")
        return float("nan")
    return time.perf_counter() - started


def _interleaved(client, turn: int, page: str, jg, oxi, other) -> dict[str, float]:  # noqa: ANN001
    """The same raw text to every server, one right after the other, in an order that changes every
    turn: over the permutations in turn, each server goes first (and follows each other one) equally
    often, so load from elsewhere and warm caches fall on all alike."""
    servers = [("raw_page", f"{jg.url}/sparql"), ("oxi_page", f"{oxi.url}/query")]
    if other is not None:
        servers.append(("other_raw_page", f"{other.url}/sparql"))
    orders = list(itertools.permutations(servers))
    return {key: _timed_post(client, url, page) for key, url in orders[turn % len(orders)]}


def measure_named(store_dir: Path, jg, oxi, values: FreshValues, repeats: int,  # noqa: ANN001
                  full_repeats: int, only: frozenset[str] = frozenset(), other=None) -> list[dict]:  # noqa: ANN001
    """First page and whole answer of every named query through the API, beside Oxigraph server;
    and the page's query text sent as it is to jeugdgraph's ``/sparql`` (raw SPARQL, first-seen
    values). The raw text goes to jeugdgraph's ``/sparql`` and Oxigraph server (and ``other``) one
    right after the other, who goes first changing every repetition (``_interleaved``), with values
    of its own: the API request before it has warmed jeugdgraph's caches for the API's values. The
    whole answer is timed in the first ``full_repeats`` repetitions only. ``only``: these named
    queries alone (all when empty); ``other``: a server of another commit that gets the same raw
    text too, for a before/after on the same requests."""
    import httpx
    import pyoxigraph as ox

    from jeugdgraph.namespaces import PREFIXES, sparql_prologue
    from jeugdgraph.query.inprocess import InProcessBackend
    from jeugdgraph.query.named import ParameterBinder, load_named_queries
    from jeugdgraph.query.remote_backend import bind_values

    backend = InProcessBackend(ox.Store.read_only(str(store_dir)), workers=1, prefixes=PREFIXES)
    binder = ParameterBinder(backend, timeout=60.0)
    rows = []
    with httpx.Client(timeout=300) as client:
        for named in load_named_queries(bench.ROOT / "queries"):
            if only and named.name not in only:
                continue
            searched = named.name == "zoek-in-citaten"  # its hits come from the index: see search
            timings: dict[str, list[float]] = {"page": [], "full": [], "oxi_page": [], "oxi_full": [],
                                               "raw_page": [], "other_raw_page": []}
            errors, sizes = 0, []
            for i in range(repeats + 1):  # the first repetition warms up
                params = {p.name: values.take(p.type) for p in named.params if p.required}
                url = f"{jg.url}{named.api_path}"
                whole = 0 < i <= full_repeats  # the warm-up times the page only
                page_s, status, _ = _timed_get(client, url, {**params, "limit": "100"})
                full_s, status_full, body = (_timed_get(client, url, {**params, "limit": "alle"}) if whole
                                             else (float("nan"), 200, b""))
                if status != 200 or status_full != 200:
                    errors += 1  # a first-seen value the store does not know (404) is still timed
                elif whole:
                    sizes.append(len(json.loads(body)["results"]["bindings"]))
                raw_page = other_raw_page = float("nan")
                if searched:
                    oxi_page = oxi_full = float("nan")
                else:
                    raw_params = {p.name: values.take(p.type) for p in named.params if p.required}
                    try:
                        bound = binder.bind(named, raw_params)
                    except Exception:  # noqa: BLE001 - the value is unknown to the store
                        bound = None
                    if bound is None:
                        oxi_page = oxi_full = float("nan")
                    else:
                        text = sparql_prologue() + bind_values(named.sparql, bound)
                        page = text + "\nLIMIT 101"
                        timed = _interleaved(client, i, page, jg, oxi, other)
                        raw_page, oxi_page = timed["raw_page"], timed["oxi_page"]
                        other_raw_page = timed.get("other_raw_page", float("nan"))
                        oxi_full = (_timed_post(client, f"{oxi.url}/query", text) if whole
                                    else float("nan"))
                for key, seconds in (("page", page_s), ("full", full_s), ("oxi_page", oxi_page),
                                     ("oxi_full", oxi_full), ("raw_page", raw_page),
                                     ("other_raw_page", other_raw_page)):
                    timings[key].append(seconds)
            row: dict[str, object] = {"query": named.name, "errors": errors,
                                      "rows_median": sorted(sizes)[len(sizes) // 2] if sizes else None}
            for key, series in timings.items():
                series = [s for s in series[1:] if s == s]  # without the warm-up and NaN
                row[f"{key}_p50_ms"] = _ms(bench.percentile(series, 50)) if series else None
                row[f"{key}_p95_ms"] = _ms(bench.percentile(series, 95)) if series else None
            if row["raw_page_p50_ms"] and row["oxi_page_p50_ms"]:
                row["raw_ratio_p50"] = row["raw_page_p50_ms"] / row["oxi_page_p50_ms"]
                row["raw_ratio_p95"] = row["raw_page_p95_ms"] / row["oxi_page_p95_ms"]
            for key, series in (("raw_paired_p50", timings["raw_page"]),
                                ("other_raw_paired_p50", timings["other_raw_page"])):
                # the ratio per repetition (the same request, moments apart), then its median: what
                # load from elsewhere does to one request it mostly does to the other
                pairs = [a / b for a, b in zip(series[1:], timings["oxi_page"][1:], strict=True)
                         if a == a and b == b]
                row[key] = statistics.median(pairs) if pairs else None
            if row["other_raw_page_p50_ms"] and row["oxi_page_p50_ms"]:
                row["other_raw_ratio_p50"] = row["other_raw_page_p50_ms"] / row["oxi_page_p50_ms"]
                row["other_raw_ratio_p95"] = row["other_raw_page_p95_ms"] / row["oxi_page_p95_ms"]
            rows.append(row)
            bench.log(f"  {named.name}: page {row['page_p50_ms']:.1f} ms, "
                      f"full {row['full_p50_ms'] or 0:.1f} ms")
    backend.close()
    return rows


CONTAINS = """SELECT ?uitspraak ?citaat WHERE {{
  ?uitspraak jg:citaat ?citaat ; prov:wasDerivedFrom ?document .
  FILTER(CONTAINS(LCASE(STR(?citaat)), "{word}"))
}}"""


def measure_search(store_dir: Path, jg, oxi, repeats: int) -> dict:  # noqa: ANN001
    """Search latency against the CONTAINS query it replaces, and the hits of both."""
    import httpx
    import pyoxigraph as ox

    from jeugdgraph.namespaces import PREFIXES, sparql_prologue
    from jeugdgraph.search.index import Filters, open_index

    index = open_index(store_dir)
    store = ox.Store.read_only(str(store_dir))
    words = list(WORDS)
    random.Random(7).shuffle(words)
    timings: dict[str, list[float]] = {"zoeken": [], "named_page": [], "contains_jg": [], "contains_oxi": []}
    comparison = []
    with httpx.Client(timeout=300) as client:
        for i in range(min(repeats + 1, len(words))):
            word = words[i]
            query = {"q": word, "eenheid": "uitspraak"}
            zoeken, status, _ = _timed_get(client, f"{jg.url}/api/zoeken", query)
            named, status2, _ = _timed_get(client, f"{jg.url}/api/queries/zoek-in-citaten",
                                           {"zoek": word, "limit": "100"})
            if status != 200 or status2 != 200:
                raise RuntimeError(f"search for {word!r} answered {status}/{status2}")
            text = sparql_prologue() + CONTAINS.format(word=word)
            contains_jg = _timed_post(client, f"{jg.url}/sparql", text)
            contains_oxi = _timed_post(client, f"{oxi.url}/query", text)
            if i:  # the first word warms up
                for key, seconds in (("zoeken", zoeken), ("named_page", named),
                                     ("contains_jg", contains_jg), ("contains_oxi", contains_oxi)):
                    timings[key].append(seconds)
            comparison.append(_compare(store, index, Filters(unit="uitspraak"), word, PREFIXES))
    out: dict[str, object] = {"words": len(comparison), "comparison": comparison}
    for key, series in timings.items():
        series = [x for x in series if x == x]  # without the answers that did not come
        out[f"{key}_p50_ms"] = _ms(bench.percentile(series, 50))
        out[f"{key}_p95_ms"] = _ms(bench.percentile(series, 95))
    out["speedup_p50"] = out["contains_oxi_p50_ms"] / out["zoeken_p50_ms"]
    return out


def _compare(store, index, filters, word: str, prefixes: dict) -> dict:  # noqa: ANN001
    hits = {h.key for h in index.search(word, filters, limit=1_000_000, snippets=False).hits}
    contains: set[str] = set()
    whole: set[str] = set()
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    for row in store.query(CONTAINS.format(word=word), prefixes=prefixes, use_default_graph_as_union=True):
        contains.add(row["uitspraak"].value)
        if pattern.search(row["citaat"].value):
            whole.add(row["uitspraak"].value)
    return {"word": word, "index": len(hits), "contains": len(contains), "whole_word": len(whole),
            "whole_word_missed": len(whole - hits), "inside_longer_words": len(contains - whole),
            "only_index": len(hits - contains)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="jeugdgraph at national scale (see bench/README.md)")
    parser.add_argument("--quick", action="store_true", help="N = 2 000 instead of 100 000")
    parser.add_argument("--n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, help="timed runs per query (default 10 quick, 30 full)")
    parser.add_argument("--timeout", type=int, default=30, help="time limit of one query, seconds, "
                        "for jeugdgraph and Oxigraph server alike")
    parser.add_argument("--full-repeats", type=int, help="of those, how many also time the whole answer "
                        "(default all)")
    parser.add_argument("--reuse", action="store_true", help="measure the store of an earlier run again")
    parser.add_argument("--work", type=Path, default=bench.DATA_DIR / "scale")
    parser.add_argument("--json", type=Path, default=BENCH_DIR / "scale.json")
    parser.add_argument("--markdown", type=Path, default=BENCH_DIR / "RESULTS.md")
    parser.add_argument("--render", action="store_true", help="only write RESULTS.md again from the JSON")
    parser.add_argument("--only", help="these named queries only (name,name,...), no search; with --reuse, "
                        "and --json and --markdown elsewhere than the full run's files")
    parser.add_argument("--against", help="with --only: also serve this git commit on the same store and "
                        "send it the same raw /sparql texts, the two taking turns")
    args = parser.parse_args(argv)
    only = frozenset(name.strip() for name in (args.only or "").split(",") if name.strip())
    if only and not (args.reuse and args.json != parser.get_default("json")
                     and args.markdown != parser.get_default("markdown")):
        parser.error("--only measures an existing store (--reuse) and writes its own --json and --markdown")
    if args.against and not only:
        parser.error("--against goes with --only")
    if args.render:
        write_markdown(json.loads(args.json.read_text(encoding="utf-8")), args.markdown)
        return 0
    n = args.n or (2_000 if args.quick else 100_000)
    os.environ["JEUGDGRAPH_QUERY_TIMEOUT"] = str(args.timeout)  # the server started below reads it
    repeats = args.repeats or (10 if args.quick else 30)
    full_repeats = min(repeats, args.full_repeats if args.full_repeats is not None else repeats)
    results: dict[str, object] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"), "n": n, "quick": n < 100_000,
        "repeats": repeats, "full_repeats": full_repeats, "timeout_s": args.timeout, "seed": args.seed,
        "targets": TARGETS,
        "load_average": os.getloadavg()[0], "cpus": os.cpu_count(),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=bench.ROOT,
                                 capture_output=True, text=True).stdout.strip() or None,
    }
    store = args.work / f"store-{n}"
    if only:
        from scale_only import measure_only

        return measure_only(args, results, store, only, repeats, full_repeats)
    corpus = bench.DATA_DIR / f"corpus-seed{args.seed}"
    bench.log(f"generating {n} documents into {corpus}")
    bench._load_generate().write_corpus(corpus, n, args.seed)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.reuse and args.json.exists():
        build = json.loads(args.json.read_text(encoding="utf-8"))["build"]
    else:
        bench.log(f"building {n} documents (text index and derived graph included), one core")
        build = bench.run_child("build", corpus, n, store, timeout=48 * 3600)
    build["docs_per_s"] = build["documents"] / build["seconds"]
    build["docs_per_cpu_s"] = build["documents"] / build["cpu_seconds"]
    build["index_bytes"] = bench.dir_size(store / "search")
    results["build"] = build
    oxi_location = args.work / f"oxigraph-{n}"
    if oxi_location.exists():
        bench.shutil.rmtree(oxi_location)
    bench.load_into_oxigraph(store, oxi_location)
    values = FreshValues(store, args.seed)
    with bench.running(lambda: bench.start_jeugdgraph(store, args.work)) as jg, \
            bench.running(lambda: start_oxigraph(oxi_location, args.work, args.timeout)) as oxi:
        bench.log("named queries through the API, first-seen values")
        results["named"] = measure_named(store, jg, oxi, values, repeats, full_repeats)
        bench.log("full-text search against CONTAINS")
        results["search"] = measure_search(store, jg, oxi, repeats)
    results["values_reused"] = values.reused
    results["load_average_end"] = os.getloadavg()[0]
    args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    write_markdown(results, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
