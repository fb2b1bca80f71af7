"""The scale run's section of ``bench/RESULTS.md``: its tables, and what the figures say about a miss."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK_START, MARK_END = "<!-- scale:start -->", "<!-- scale:end -->"


def _f(value: object, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}".replace(",", " ")


def _misses(results: dict) -> list[str]:
    """Per query that misses a first-page target, what the run's own figures say about why."""
    from jeugdgraph.query.named import load_named_queries

    paged = {q.name for q in load_named_queries(ROOT / "queries") if q.pages is not None}
    t = results["targets"]
    out = [f"Listings that page by buckets of the derived graph (`#+ pages`): {', '.join(sorted(paged))}.",
           ""]
    for r in results["named"]:
        p50, p95 = r["page_p50_ms"] or 0, r["page_p95_ms"] or 0
        if p50 <= t["first_page_p50_ms"] and p95 <= t["first_page_p95_ms"]:
            continue
        oxi = r.get("oxi_page_p50_ms")
        beside = f"Oxigraph server needs {_f(oxi)} ms for the same page" if oxi else "no Oxigraph figure"
        if r["query"] in paged:
            why = ("pages by buckets, yet the first buckets' rows, the bucket list and the request cost "
                   f"this much on this machine ({beside})")
        else:
            why = f"no buckets: the page sorts (or groups) the whole answer first ({beside})"
        out.append(f"- `{r['query']}` misses (p50 {_f(p50)} ms, p95 {_f(p95)} ms): {why}.")
    return out


def write_markdown(results: dict, path: Path) -> None:
    """Put the scale section into RESULTS.md (between its markers), leaving the rest as it is."""
    t, search, build = results["targets"], results["search"], results["build"]
    kind = "a QUICK run, not the full N = 100 000 run" if results["quick"] else "the full run"
    title = f"## National scale: named queries and search at N = {results['n']} ({kind})"
    lines = [MARK_START, "", title, "",
             f"Run of {results['started']} (commit {results['commit']}, seed {results['seed']}, "
             f"{results['repeats']} timed repetitions per query, the whole answer in the first "
             f"{results.get('full_repeats', results['repeats'])} of them, each with parameter values not "
             f"used before in the run; {results['values_reused']} values had to be reused), load average "
             f"{results.get('load_average', 0):.1f} at the start and "
             f"{results.get('load_average_end', 0):.1f} "
             f"at the end on {results.get('cpus')} CPUs (the machine "
             "is shared: timings are inflated by what else runs; ratios within the run are the fair "
             f"comparison; a query's time limit was {results.get('timeout_s', 30)} s on both servers, a "
             "query that reached it is timed at the limit and counted under 'unknown values or errors'). "
             "Made by "
             f"`python bench/scale.py{' --quick' if results['quick'] else ''}`; the targets are for "
             "N = 100 000, so a quick run only shows the shape.", "",
             "| target (N = 100 000) | goal | measured here | met here |", "|---|---|---|---|"]
    named = results["named"]
    worst50 = max(named, key=lambda r: r["page_p50_ms"] or 0)
    worst95 = max(named, key=lambda r: r["page_p95_ms"] or 0)
    ratios = [r for r in named if r.get("raw_ratio_p50")]
    raw = max(ratios, key=lambda r: max(r["raw_ratio_p50"], r["raw_ratio_p95"])) if ratios else None
    raw_rows = [] if raw is None else [(
        f"raw `/sparql` ÷ Oxigraph server, first-seen values, worst query ({raw['query']}, p50 / p95)",
        f"≤ {t.get('raw_ratio', 1.3):g}x", f"{_f(raw['raw_ratio_p50'], 2)}x / {_f(raw['raw_ratio_p95'], 2)}x",
        max(raw["raw_ratio_p50"], raw["raw_ratio_p95"]) <= t.get("raw_ratio", 1.3))]
    for label, goal, value, ok in (
        (f"first page p50, worst query ({worst50['query']})", f"≤ {t['first_page_p50_ms']:g} ms",
         f"{_f(worst50['page_p50_ms'])} ms", worst50["page_p50_ms"] <= t["first_page_p50_ms"]),
        (f"first page p95, worst query ({worst95['query']})", f"≤ {t['first_page_p95_ms']:g} ms",
         f"{_f(worst95['page_p95_ms'])} ms", worst95["page_p95_ms"] <= t["first_page_p95_ms"]),
        ("search p50 (`/api/zoeken`)", f"≤ {t['search_p50_ms']:g} ms", f"{_f(search['zoeken_p50_ms'])} ms",
         search["zoeken_p50_ms"] <= t["search_p50_ms"]),
        ("search speed-up over CONTAINS on Oxigraph server (p50)", f"≥ {t['search_speedup']:g}x",
         f"{_f(search['speedup_p50'])}x", search["speedup_p50"] >= t["search_speedup"]),
        ("build with text index and derived graph, per CPU second of its one core",
         f"≥ {t['build_docs_per_s']:g} documents/s", f"{_f(build['docs_per_cpu_s'])} documents/s "
         f"({_f(build['docs_per_s'])} per wall-clock second)",
         build["docs_per_cpu_s"] >= t["build_docs_per_s"]),
        *raw_rows,
    ):
        lines.append(f"| {label} | {goal} | {value} | {'yes' if ok else '**no**'} |")
    lines += ["", f"Build: {build['documents']} documents in {_f(build['seconds'])} s, peak memory "
              f"{_f(build['peak_rss_mb'], 0)} MB, store {_f(build['store_bytes'] / 2**20)} MB of which "
              f"text index {_f(build['index_bytes'] / 2**20)} MB."
              + (f" {build['note']}" if build.get("note") else ""), "",
              "Named queries through `GET /api/queries/{name}` (ms; page = first 100 rows, "
              "full = `limit=alle`; Oxigraph server gets the same query with the same values, "
              "the page as `LIMIT 101`; raw `/sparql` = that same text sent to jeugdgraph's `/sparql`, "
              "so its ratio to Oxigraph server is the endpoint's own cost):", "",
              "| query | rows (median) | page p50 | page p95 | full p50 | full p95 | Oxigraph page p50 | "
              "Oxigraph full p50 | raw `/sparql` page p50 | raw ÷ Oxigraph p50 / p95 | "
              "unknown values or errors |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in named:
        ratio = (f"{_f(r['raw_ratio_p50'], 2)} / {_f(r['raw_ratio_p95'], 2)}" if r.get("raw_ratio_p50")
                 else "–")
        lines.append(f"| {r['query']} | {r['rows_median'] if r['rows_median'] is not None else '–'} | "
                     f"{_f(r['page_p50_ms'])} | {_f(r['page_p95_ms'])} | {_f(r['full_p50_ms'])} | "
                     f"{_f(r['full_p95_ms'])} | {_f(r['oxi_page_p50_ms'])} | {_f(r['oxi_full_p50_ms'])} | "
                     f"{_f(r.get('raw_page_p50_ms'))} | {ratio} | {r['errors']} |")
    lines += ["", *_misses(results), "",
              f"Search over the quotes, {search['words']} different words (ms):", "",
              "| `/api/zoeken` p50 / p95 | `zoek-in-citaten` page p50 / p95 | CONTAINS on `/sparql` p50 | "
              "CONTAINS on Oxigraph server p50 |", "|---:|---:|---:|---:|",
              f"| {_f(search['zoeken_p50_ms'])} / {_f(search['zoeken_p95_ms'])} | "
              f"{_f(search['named_page_p50_ms'])} / {_f(search['named_page_p95_ms'])} | "
              f"{_f(search['contains_jg_p50_ms'])} | "
              f"{_f(search['contains_oxi_p50_ms'])} |", "",
              "Hits per word: the index against `CONTAINS(LCASE(?citaat), word)`. The index finds every "
              "quote that has the word as a whole word (missed: should be 0) and more word forms through "
              "the stem; CONTAINS also matches inside longer words, which a word index does not.", "",
              "| word | index | CONTAINS | whole word | whole word missed | inside longer words | "
              "only index |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for c in search["comparison"]:
        lines.append(f"| {c['word']} | {c['index']} | {c['contains']} | {c['whole_word']} | "
                     f"{c['whole_word_missed']} | {c['inside_longer_words']} | {c['only_index']} |")
    lines += ["", MARK_END]
    section = "\n".join(lines) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK_START in text and MARK_END in text:
        before, rest = text.split(MARK_START, 1)
        text = before + section + rest.split(MARK_END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")

