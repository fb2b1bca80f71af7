"""How fast the map loads: /kaart with its data for the whole country, the GeoJSON, the images.

Builds the seed documents plus the first N generated ones (``bench/generate.py``) into a store,
serves it with uvicorn on 127.0.0.1 as ``jeugdgraph serve`` does (query worker processes), and
measures:

- every file of the page and every map endpoint over HTTP: the first request, then ``--repeats``
  more (p50, p95, max); each data request asks for another day (``datum``), so no answer is reused;
- the page in headless Chromium (when Playwright and /usr/bin/chromium are there): from the start
  of navigation until the map is drawn (``window.jeugdkaart.drawnAt``), each time in a new browser
  context, so nothing comes from the browser's cache.

The table is printed and written into ``bench/RESULTS.md`` between the ``kaart`` markers (a
``bench/run.py --render`` rewrites that file: run this script again afterwards)::

    python bench/map.py                 # N = 0 (the seeds) and N = 3 000
    python bench/map.py --sizes 0,10000 --repeats 30
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from jeugdgraph.build import build_store  # noqa: E402
from jeugdgraph.server import create_app  # noqa: E402
from jeugdgraph.settings import SEEDS_DIR, Settings  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BEGIN, END = "<!-- kaart -->", "<!-- /kaart -->"
TARGET_S = 1.0
#: (label, path; {day} is replaced by a day not asked for before)
REQUESTS = (
    ("page /kaart", "/kaart"),
    ("kaart.js", "/kaart/static/kaart.js"),
    ("kaart.css", "/kaart/static/kaart.css"),
    ("page data /api/kaart/lagen.json", "/api/kaart/lagen.json?datum={day}"),
    ("counts after drawing /api/kaart/tellingen.json", "/api/kaart/tellingen.json?datum={day}"),
    ("GeoJSON /api/kaart.geojson (342 features)", "/api/kaart.geojson?datum={day}"),
    ("GeoJSON of one region (?regio=rijnmond)", "/api/kaart.geojson?regio=rijnmond&datum={day}"),
    ("click: /api/kaart/gemeente/GM0622.json", "/api/kaart/gemeente/GM0622.json?datum={day}"),
    ("small map /api/kaart.svg?gemeente=GM0622", "/api/kaart.svg?gemeente=GM0622&datum={day}"),
    ("whole map /api/kaart.svg", "/api/kaart.svg?datum={day}"),
    ("whole map /api/kaart.png", "/api/kaart.png?datum={day}"),
)


def _days() -> object:
    day = date.today()
    while True:
        yield day.isoformat()
        day -= timedelta(days=1)


def _store(n: int, work: Path, seed: int) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    paths = [SEEDS_DIR]
    if n:
        corpus = work / f"corpus-{n}"
        if not corpus.is_dir():
            command = [sys.executable, str(BENCH_DIR / "generate.py"), "--n", str(n), "--seed", str(seed)]
            subprocess.run([*command, "--out", str(corpus)], check=True)
        paths.append(corpus)
    store = work / f"store-{n}"
    if not store.is_dir():
        build_store(paths, store, validate=False, workers=1)
    return store


class _Server:
    def __init__(self, store: Path) -> None:
        app = create_app(Settings(query_workers=2), store, validate_on_start=False)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def _http(url: str, repeats: int) -> list[dict]:
    days = _days()
    rows = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for label, path in REQUESTS:
            times, size = [], 0
            for _ in range(repeats + 1):
                started = time.perf_counter()
                response = client.get(path.replace("{day}", next(days)))
                times.append(time.perf_counter() - started)
                response.raise_for_status()
                size = len(response.content)
            warm = sorted(times[1:])
            p95 = warm[max(0, int(round(0.95 * len(warm))) - 1)]
            rows.append({"what": label, "first": times[0], "p50": statistics.median(warm), "p95": p95,
                         "max": warm[-1], "bytes": size})
    return rows


def _browser(url: str, repeats: int) -> list[tuple[float, float]] | None:
    """(seconds to the drawn map, seconds until the counts are in) per load of the page."""
    if not Path(CHROMIUM).exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    drawn = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(repeats + 1):
                context = browser.new_context(viewport={"width": 1400, "height": 950})
                page = context.new_page()
                page.goto(url + "/kaart")
                page.wait_for_selector("#kaart[data-geladen='ja']", timeout=60_000)
                page.wait_for_function("() => window.jeugdkaart.counted", timeout=60_000)
                times = page.evaluate("() => [window.jeugdkaart.drawnAt, window.jeugdkaart.countedAt]")
                drawn.append((times[0] / 1000, times[1] / 1000))
                context.close()
        finally:
            browser.close()
    return drawn


def _markdown(results: list[dict], repeats: int, started: str) -> str:
    lines = [BEGIN, "## The map (`bench/map.py`)", "",
             f"Run of {started} on {os.cpu_count()} CPUs, Python {platform.python_version()}; "
             f"{repeats} timed requests after the first, each asking for another day. Target: the page and "
             f"the GeoJSON of the whole country within {TARGET_S:.0f} s.", ""]
    for result in results:
        lines += [f"### Seeds + {result['n']} generated documents", "",
                  "| request | first (s) | p50 (s) | p95 (s) | max (s) | bytes |",
                  "|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {r['what']} | {r['first']:.3f} | {r['p50']:.3f} | {r['p95']:.3f} | {r['max']:.3f} | "
                  f"{r['bytes']:,} |".replace(",", " ") for r in result["http"]]
        if result["browser"]:
            drawn = [d for d, _ in result["browser"]]
            counted = [c for _, c in result["browser"]]
            worst = max(drawn)
            verdict = "within" if worst <= TARGET_S else "**over**"
            lines += ["", "In headless Chromium, from navigation (new browser context each time) to the "
                      f"drawn map: first {drawn[0]:.3f} s, "
                      f"p50 {statistics.median(drawn[1:] or drawn):.3f} s, "
                      f"max {worst:.3f} s — {verdict} the {TARGET_S:.0f} s target; until the counts "
                      f"(documents, open assignments, regiovisie) are in: p50 "
                      f"{statistics.median(counted[1:] or counted):.3f} s, max {max(counted):.3f} s."]
        geojson = next(r for r in result["http"] if r["what"].startswith("GeoJSON /api"))
        worst = max(geojson["first"], geojson["max"])
        verdict = "within" if worst <= TARGET_S else "**over**"
        lines += [f"The GeoJSON of the whole country: worst {worst:.3f} s — {verdict} the target.", ""]
    lines.append(END)
    return "\n".join(lines) + "\n"


def _write(markdown: str, path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END) + "\n?", re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: markdown, text)
    else:
        text = text.rstrip("\n") + "\n\n" + markdown
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="how fast the map loads (see the docstring)")
    parser.add_argument("--sizes", default="0,3000", help="generated documents beside the seeds (N,N,...)")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=BENCH_DIR / "data" / "map")
    parser.add_argument("--markdown", type=Path, default=BENCH_DIR / "RESULTS.md")
    parser.add_argument("--fresh", action="store_true", help="build the stores again")
    args = parser.parse_args(argv)
    if args.fresh and args.work.is_dir():
        shutil.rmtree(args.work)
    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        server = _Server(_store(n, args.work, args.seed))
        try:
            results.append({"n": n, "http": _http(server.url, args.repeats),
                            "browser": _browser(server.url, args.repeats)})
        finally:
            server.stop()
    markdown = _markdown(results, args.repeats, started)
    print(markdown)
    _write(markdown, args.markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
