"""A build that is killed midway leaves the previous store in place and serving; the next build
clears what the killed one left and succeeds; a rebuild keeps the documents uploaded meanwhile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from reliabilityfixtures import DOC, JSON, serve_in_thread

from jeugdgraph.build import build_store
from jeugdgraph.settings import SEEDS_DIR, Settings
from jeugdgraph.writes import add_document

ONE_SEED = SEEDS_DIR / "004_33a8688e64a59d40.txt"


def building_dirs(store_dir: Path) -> list[Path]:
    return sorted(store_dir.parent.glob(f".{store_dir.name}.building-*"))


@pytest.mark.slow
def test_a_killed_build_leaves_the_previous_store_serving(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    build_store([ONE_SEED], store_dir, validate=False)
    before = set(ox.Store.read_only(str(store_dir)))

    # enough documents that the build is still reading them when it is killed (a build of just
    # the five seeds can be done within a second of making its staging folder)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(60):
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            (corpus / f"kopie-{copy:02d}-{seed.name}").write_bytes(seed.read_bytes())

    with serve_in_thread(store_dir) as url:
        command = [sys.executable, "-m", "jeugdgraph.cli", "build", str(corpus), "--store", str(store_dir)]
        build = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        deadline = time.monotonic() + 120
        while not building_dirs(store_dir) and time.monotonic() < deadline and build.poll() is None:
            time.sleep(0.05)
        time.sleep(0.3)  # into reading the documents
        assert build.poll() is None, "the build finished before it could be killed"
        os.killpg(build.pid, signal.SIGKILL)
        build.wait(timeout=30)

        assert building_dirs(store_dir), "the killed build left its staging directory"
        answer = httpx.get(
            f"{url}/sparql",
            headers=JSON,
            params={"query": f"ASK {{ GRAPH <{DOC}004_33a8688e64a59d40> {{ ?s ?p ?o }} }}"},
        ).json()
        assert answer["boolean"] is True  # still serving the previous store

    assert set(ox.Store.read_only(str(store_dir))) == before

    report = build_store([SEEDS_DIR], store_dir)
    assert len(report.built) == 5 and report.validation.conforms
    assert building_dirs(store_dir) == []  # the leftover is gone


def test_a_rebuild_keeps_documents_uploaded_to_the_store(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    build_store([ONE_SEED], store_dir, validate=False)
    settings = Settings(audit_log=tmp_path / "audit.jsonl")
    motie = (SEEDS_DIR / "000_6433c76c45005ce2.txt").read_bytes()
    add_document(store_dir, "geupload.txt", motie, {"title": "Geüpload"}, settings=settings)
    add_document(store_dir, "004_33a8688e64a59d40.txt", motie, {"title": "Vervangen seed"}, settings=settings)

    report = build_store([ONE_SEED], store_dir, validate=False)
    assert sorted(d.slug for d in report.built) == ["004_33a8688e64a59d40", "geupload"]
    store = ox.Store.read_only(str(store_dir))
    titles = {
        row["d"].value: row["t"].value
        for row in store.query("SELECT ?d ?t WHERE { GRAPH ?d { ?d <http://purl.org/dc/terms/title> ?t } }")
    }
    assert titles[DOC + "geupload"] == "Geüpload"
    assert titles[DOC + "004_33a8688e64a59d40"] == "Vervangen seed"  # the upload replaced the seed
    assert (store_dir / "documents" / "geupload.txt").read_bytes() == motie


def test_a_stale_staging_directory_does_not_break_the_next_build(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    stale = tmp_path / ".store.building-deadbeef"
    left_behind = ox.Store(str(stale))  # a store a killed build left, its lock released by the kill
    left_behind.flush()
    del left_behind
    stale_old = tmp_path / ".store.old-deadbeef"
    stale_old.mkdir()
    report = build_store([ONE_SEED], store_dir, validate=False)
    assert report.built and not stale.exists() and not stale_old.exists()
