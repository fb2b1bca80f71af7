"""A server killed (SIGKILL) in the middle of a write comes back with the document's old graph or
its new one, never a mix, and with a store that opens and validates."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from reliabilityfixtures import AUTH, DOC, JSON, ServerProcess, copy_store

from jeugdgraph.build import build_store
from jeugdgraph.errors import StoreError
from jeugdgraph.settings import SEEDS_DIR
from jeugdgraph.validation import validate_store

pytestmark = pytest.mark.slow

SLUG = "fouttest"
VERSION_A = (SEEDS_DIR / "004_33a8688e64a59d40.txt").read_bytes()
VERSION_B = (SEEDS_DIR / "000_6433c76c45005ce2.txt").read_bytes()
TITLES = {"A": "Versie A (fouttest)", "B": "Versie B (fouttest)"}


def upload(url: str, version: str, timeout: float = 300) -> httpx.Response:
    content = VERSION_A if version == "A" else VERSION_B
    return httpx.post(
        f"{url}/api/documents",
        headers=AUTH,
        timeout=timeout,
        files={"file": (f"{SLUG}.txt", content, "text/plain")},
        data={"title": TITLES[version]},
    )


def state_over_http(url: str) -> tuple[str | None, int]:
    """Which version the server holds (by its title) and the triple count of the graph."""
    graph = f"<{DOC}{SLUG}>"
    query = f"""SELECT ?title (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }}
                OPTIONAL {{ GRAPH {graph} {{ {graph} dcterms:title ?title }} }} }} GROUP BY ?title"""
    rows = httpx.get(f"{url}/sparql", params={"query": query}, headers=JSON, timeout=30).json()["results"][
        "bindings"
    ]
    assert len(rows) <= 1, rows  # one title: never a mix of both versions
    if not rows:
        return None, 0
    title = rows[0]["title"]["value"]
    version = next(v for v, t in TITLES.items() if t == title)
    return version, int(rows[0]["n"]["value"])


def test_a_kill_during_a_write_leaves_the_old_or_the_new_graph(
    seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    store_dir = copy_store(seed_store_dir, tmp_path / "store")
    log = tmp_path / "server.log"
    server = ServerProcess(store_dir, log)
    try:
        sizes, seconds = {}, []
        for version in ("A", "B", "A"):  # the size of each version's graph, and how long a write takes
            started = time.monotonic()
            response = upload(server.url, version)
            seconds.append(time.monotonic() - started)
            assert response.status_code in (200, 201), response.text
            sizes[version] = response.json()["triples_na"]
        assert sizes["A"] != sizes["B"]
        write_time = sum(seconds[1:]) / 2

        current = "A"
        outcomes = []
        for fraction in (0.2, 0.5, 0.8, 1.0, 1.3, 2.0):
            target = "B" if current == "A" else "A"
            answers: list[int] = []
            thread = threading.Thread(
                target=_upload_ignoring_errors, args=(server.url, target, answers), daemon=True
            )
            thread.start()
            time.sleep(write_time * fraction)
            server.kill()
            thread.join(timeout=30)

            server = ServerProcess(store_dir, log)
            ready = server.wait_ready()
            assert ready.get("validatie") == "conforms", ready
            version, size = state_over_http(server.url)
            assert version in (current, target), version
            assert size == sizes[version]
            if answers and answers[0] in (200, 201):
                assert version == target, "a write the server confirmed was lost in the crash"
            outcomes.append(("new" if version == target else "old") + (" (confirmed)" if answers else ""))
            current = version
        with capsys.disabled():
            print(
                f"\nkill during a write ({write_time:.2f} s each): after each SIGKILL and restart the store "
                f"held the {', '.join(outcomes)} graph, and validated"
            )

        # a write the server confirmed survives a kill right after the answer
        target = "B" if current == "A" else "A"
        confirmed = upload(server.url, target)
        assert confirmed.status_code in (200, 201), confirmed.text
        server.kill()
        server = ServerProcess(store_dir, log)
        assert state_over_http(server.url) == (target, sizes[target])

        # the store still takes writes after all those crashes
        again = upload(server.url, current)
        assert again.status_code in (200, 201), again.text

        # and a rebuild cannot swap the directory away under the server that writes it
        with pytest.raises(StoreError, match="ander proces"):
            build_store([SEEDS_DIR / "004_33a8688e64a59d40.txt"], store_dir, validate=False)
    finally:
        server.stop()

    store = ox.Store(str(store_dir))  # opens read-write after the crashes: recovery works
    report = validate_store(store)
    assert report.conforms, report.text("en")


def _upload_ignoring_errors(url: str, version: str, answers: list[int]) -> None:
    with contextlib.suppress(httpx.HTTPError):  # the server is killed under the request: the point
        answers.append(upload(url, version).status_code)


# --------------------------------------------------------------------------- kill at every step

KILL_POINTS = (
    "extracted", "validated", "pending-file", "pending-manifest", "pending-audit", "before-commit",
    "graph-switched", "files-moved", "committed-audit", None,  # None: the write runs to its end
)
_WRITE_B = """
import sys
from pathlib import Path
from jeugdgraph.settings import Settings
from jeugdgraph.writes import add_document
store, audit, name, content, request_id = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
add_document(store, name, Path(content).read_bytes(), {"title": "Versie B (fouttest)"},
             settings=Settings(audit_log=Path(audit)), request_id=request_id)
"""


def _library_state(
    store_dir: Path, audit: Path, request_id: str
) -> tuple[str | None, str | None, bool, bool]:
    """(graph version, saved file version, committed audit record, pending left) after reopening
    the store for writing, which finishes or undoes an interrupted write."""
    from jeugdgraph.settings import Settings
    from jeugdgraph.writes import DirectoryTarget, WriteService

    target = DirectoryTarget(store_dir)
    service = WriteService(target, settings=Settings(audit_log=audit))
    try:
        graph = f"<{DOC}{SLUG}>"
        rows = list(target.store.query(f"SELECT ?t WHERE {{ GRAPH {graph} {{ {graph} dcterms:title ?t }} }}",
                                       prefixes={"dcterms": "http://purl.org/dc/terms/"}))
        titles = {row["t"].value for row in rows}
        assert len(titles) <= 1, titles
        graph_version = next((v for v, t in TITLES.items() if t in titles), None)
    finally:
        service.close()
    saved = store_dir / "documents" / f"{SLUG}.txt"
    content = saved.read_bytes() if saved.exists() else None
    file_version = "A" if content == VERSION_A else "B" if content == VERSION_B else None
    records = [json.loads(line) for line in audit.read_text().splitlines() if line.strip()]
    committed = any(r["request_id"] == request_id and r["outcome"] == "committed" for r in records)
    pending = any((store_dir / "documents" / ".pending").glob("*"))
    return graph_version, file_version, committed, pending


def test_a_kill_at_every_step_of_an_upload_leaves_graph_file_and_audit_in_agreement(
    seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from jeugdgraph.settings import Settings
    from jeugdgraph.writes import add_document

    base = copy_store(seed_store_dir, tmp_path / "base" / "store")
    base_audit = tmp_path / "base" / "audit.jsonl"
    add_document(base, f"{SLUG}.txt", VERSION_A, {"title": TITLES["A"]},
                 settings=Settings(audit_log=base_audit))
    content = tmp_path / "version-b.txt"
    content.write_bytes(VERSION_B)
    matrix = []
    for point in KILL_POINTS:
        folder = tmp_path / (point or "end")
        store_dir = copy_store(base, folder / "store")
        shutil.copytree(base / "documents", store_dir / "documents", dirs_exist_ok=True)
        audit = folder / "audit.jsonl"
        shutil.copy(base_audit, audit)
        env = {k: v for k, v in os.environ.items() if k != "JEUGDGRAPH_CRASH_AT"}
        if point:
            env["JEUGDGRAPH_CRASH_AT"] = point
        request_id = f"kill-{point or 'end'}"
        done = subprocess.run(
            [sys.executable, "-c", _WRITE_B, str(store_dir), str(audit), f"{SLUG}.txt", str(content),
             request_id],
            env=env, capture_output=True, timeout=300,
        )
        assert done.returncode == (-signal.SIGKILL if point else 0), done.stderr.decode()[-2000:]
        graph, saved, committed, pending = _library_state(store_dir, audit, request_id)
        matrix.append((point or "(no kill)", graph, saved, committed))
        assert not pending, point
        assert graph in ("A", "B") and saved == graph, (point, graph, saved)
        assert committed == (graph == "B"), (point, graph, committed)
        if point == "graph-switched":  # a rebuild keeps the write the crash interrupted
            build_store([SEEDS_DIR], store_dir, validate=False)
            assert _library_state(store_dir, audit, request_id)[0] == "B"
    with capsys.disabled():
        print("\nkill -9 during an upload (A -> B): point | graph | saved file | audit committed")
        for point, graph, saved, committed in matrix:
            print(f"  {point:18} | {graph} | {saved} | {'yes' if committed else 'no'}")
