"""The named queries end to end through ``GET /api/queries/{name}``, here and at another commit,
with parameter values not used before in the run (``same_latency.py``'s second table).

Each parameter the query's example fills (and each required one) gets a fresh value of its type
from ``scale.FreshValues``; ``van``/``tot`` are put in order. The other commit is sent the same
parameters; a query or parameter its API does not have is noted, not sent.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from scale import FreshValues

HERE_WHOLE = {"limit": "alle"}  # the whole answer; the first page is the default (100 rows)
THERE_WHOLE = {"row-limit": "100000"}  # an older server capped answers at 10 000 rows by default
ACCEPT = {"Accept": "application/sparql-results+json"}


@dataclass
class ApiQuery:
    name: str
    rounds: list[dict[str, str]]  # the parameters of every round, each round's values new
    there_params: set[str] | None  # the other commit's parameters; None: it has no such query
    timings: dict[str, list[float]] = field(default_factory=lambda: {"whole": [], "page": [], "there": []})
    failures: dict[str, int] = field(default_factory=lambda: {"whole": 0, "page": 0, "there": 0})
    rows: dict[str, int | None] = field(default_factory=lambda: {"whole": None, "there": None})

    @property
    def missing_there(self) -> list[str]:
        if self.there_params is None:
            return []
        sent = set().union(*(r.keys() for r in self.rounds)) if self.rounds else set()
        return sorted(sent - self.there_params)


def _header_params(path: Path) -> set[str]:
    """The parameter names in a named query file's ``#+`` header."""
    header = [line[3:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#+ ")]
    params = (yaml.safe_load("\n".join(header)) or {}).get("params") or {}
    return set(params)


def api_requests(store: Path, queries: Path, other_queries: Path, rounds: int) -> list[ApiQuery]:
    """Every named query with ``rounds`` sets of first-seen parameter values."""
    from jeugdgraph.query.named import load_named_queries

    values = FreshValues(store, seed=1)
    out = []
    for named in load_named_queries(queries):
        filled = [p for p in named.params if p.required or p.example is not None]
        per_round = []
        for _ in range(rounds):
            params = {p.name: values.take(p.type) for p in filled}
            if "van" in params and "tot" in params and params["van"] > params["tot"]:
                params["van"], params["tot"] = params["tot"], params["van"]
            per_round.append(params)
        old = other_queries / f"{named.name}.rq"
        out.append(ApiQuery(named.name, per_round, _header_params(old) if old.exists() else None))
    if values.reused:
        print(f"note: {values.reused} parameter values had to be reused")
    return out


def _get(client, url: str, params: dict[str, str]) -> tuple[float, int, bytes]:  # noqa: ANN001
    started = time.perf_counter()
    response = client.get(url, params=params, headers=ACCEPT)
    body = response.content
    return time.perf_counter() - started, response.status_code, body


def _rows(body: bytes) -> int | None:
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return None


def measure_api(client, here: str, there: str, queries: list[ApiQuery]) -> list[ApiQuery]:  # noqa: ANN001
    """Time every round of every query on both servers, taking turns; round 0 warms up."""
    for query in queries:
        path = f"/api/queries/{query.name}"
        for round_, params in enumerate(query.rounds):
            sent_there = {k: v for k, v in params.items() if query.there_params and k in query.there_params}
            calls = [("whole", here, {**params, **HERE_WHOLE}), ("page", here, params)]
            if query.there_params is not None:
                calls.append(("there", there, {**sent_there, **THERE_WHOLE}))
            for side, base, sent in calls if round_ % 2 else reversed(calls):
                seconds, status, body = _get(client, base + path, sent)
                if not round_:
                    continue
                query.timings[side].append(seconds)
                if status != 200:  # a fresh value the store does not know (404) is still timed
                    query.failures[side] += 1
                elif side in query.rows and query.rows[side] is None:
                    query.rows[side] = _rows(body)
    return queries


def _p50(series: list[float]) -> float | None:
    return statistics.median(series) * 1000 if series else None


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def api_table(queries: list[ApiQuery], against: str) -> str:
    """The API table in Markdown, with the median ratio of the whole answers."""
    lines = [f"| query | here, whole answer p50 (ms) | here, first page p50 (ms) | {against} p50 (ms) | "
             f"ratio (whole) | rows here / {against} | non-200 here / {against} | note |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    ratios = []
    for q in queries:
        whole, page, there = _p50(q.timings["whole"]), _p50(q.timings["page"]), _p50(q.timings["there"])
        ratio = whole / there if whole and there else None
        notes = []
        if q.there_params is None:
            notes.append(f"absent at {against}")
        elif q.missing_there:
            notes.append(f"{against} has no parameter {', '.join(q.missing_there)} (not sent there)")
        elif ratio is not None:
            ratios.append(ratio)
        rows = f"{q.rows['whole'] if q.rows['whole'] is not None else '–'} / " \
               f"{q.rows['there'] if q.rows['there'] is not None else '–'}"
        lines.append(f"| {q.name} | {_f(whole)} | {_f(page)} | {_f(there)} | "
                     f"{'–' if ratio is None else f'{ratio:.2f}'} | {rows} | "
                     f"{q.failures['whole']} / {q.failures['there']} | {'; '.join(notes)} |")
    if ratios:
        lines.append(f"\nAPI median ratio (whole answers, queries both servers answer with the same "
                     f"parameters) {statistics.median(ratios):.2f}, worst {max(ratios):.2f}")
    return "\n".join(lines)
