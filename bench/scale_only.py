"""``scale.py --only``: some named queries on the store of an earlier run, raw ``/sparql`` beside
Oxigraph server (and, with ``--against``, beside another commit's server on the same requests).
The store is only read; the run writes its own JSON and a Markdown table, never RESULTS.md."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from contextlib import ExitStack
from pathlib import Path

from scale import FreshValues, bench, measure_named, start_oxigraph
from scale_markdown import _f


def measure_only(args: argparse.Namespace, results: dict, store: Path, only: frozenset[str], repeats: int,
                 full_repeats: int) -> int:
    """Some named queries on an existing store, which is only read: the Oxigraph server's copy of
    an earlier run is served as it is (made once when missing), logs go beside ``--json``."""
    if not store.exists():
        raise SystemExit(f"{store} does not exist: --only measures a store built before")
    oxi_location = args.work / f"oxigraph-{results['n']}"
    if not oxi_location.exists():
        bench.load_into_oxigraph(store, oxi_location)
    logs = Path(tempfile.mkdtemp(prefix="scale-only-", dir=args.json.parent))
    values = FreshValues(store, args.seed)
    with ExitStack() as servers:
        jg = servers.enter_context(bench.running(lambda: bench.start_jeugdgraph(store, logs)))
        oxi = servers.enter_context(bench.running(lambda: start_oxigraph(oxi_location, logs, args.timeout)))
        other = None
        if args.against:
            from common import export_commit
            from same_latency import _start, _venv_for

            checkout = export_commit(args.against, logs / args.against)
            python = _venv_for(args.against, checkout)
            other = servers.enter_context(
                bench.running(lambda: _start(python, checkout, store, logs / "other.log")))
        bench.log(f"named queries {', '.join(sorted(only))} through the API, first-seen values")
        results["named"] = measure_named(store, jg, oxi, values, repeats, full_repeats, only, other)
    results.update(values_reused=values.reused, load_average_end=os.getloadavg()[0], against=args.against)
    args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    args.markdown.write_text("\n".join(only_table(results)) + "\n", encoding="utf-8")
    return 0


def only_table(results: dict) -> list[str]:
    """The raw ``/sparql`` table of a ``--only`` run (and the other commit's column, if any)."""
    against = results.get("against")
    lines = [f"Run of {results['started']} (commit {results['commit']}, N = {results['n']}, "
             f"{results['repeats']} timed repetitions per query with first-seen values, load average "
             f"{results['load_average']:.1f} at the start and {results['load_average_end']:.1f} at the end)"
             + (f"; `{against}` served the same store and got the same raw texts, the three servers in turn"
                if against else "") + ".", "",
             "| query | API page p50 | Oxigraph page p50 / p95 | raw `/sparql` p50 / p95 | "
             "raw ÷ Oxigraph p50 / p95 | raw ÷ Oxigraph, median of the ratios per request |"
             + (f" {against} raw p50 / p95 | {against} ÷ Oxigraph p50 / p95 | {against} ÷ Oxigraph, median "
                "of the ratios per request |" if against else ""),
             "|---|---:|---:|---:|---:|---:|" + ("---:|---:|---:|" if against else "")]
    for r in results["named"]:
        line = (f"| {r['query']} | {_f(r['page_p50_ms'], 2)} | {_f(r['oxi_page_p50_ms'], 2)} / "
                f"{_f(r['oxi_page_p95_ms'], 2)} | {_f(r['raw_page_p50_ms'], 2)} / "
                f"{_f(r['raw_page_p95_ms'], 2)} | "
                f"{_f(r.get('raw_ratio_p50'), 2)} / {_f(r.get('raw_ratio_p95'), 2)} | "
                f"{_f(r.get('raw_paired_p50'), 2)} |")
        if against:
            line += (f" {_f(r['other_raw_page_p50_ms'], 2)} / {_f(r['other_raw_page_p95_ms'], 2)} | "
                     f"{_f(r.get('other_raw_ratio_p50'), 2)} / {_f(r.get('other_raw_ratio_p95'), 2)} | "
                     f"{_f(r.get('other_raw_paired_p50'), 2)} |")
        lines.append(line)
    return lines
