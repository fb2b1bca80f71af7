"""The one worker pool (``jeugdgraph.workers``): answers in order, a dead or overdue worker is
replaced and costs only its own request, answers in chunks arrive before the final reply, and a
parallel build gives the same store and the same report as a build in one process."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from jeugdgraph.build import _one_by_one, build_store
from jeugdgraph.settings import SEEDS_DIR
from jeugdgraph.workers.limits import WorkerLimits
from jeugdgraph.workers.loop import WorkerSpec
from jeugdgraph.workers.pool import WorkerPool
from jeugdgraph.workers.process import WorkerDied, WorkerProcess, WorkerTimeout

COMMANDS = WorkerSpec("workerjobs:commands", ("hallo",), limits=WorkerLimits(network_wall=False),
                      name="jeugdgraph-test")


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    workers = WorkerPool(COMMANDS, 2)
    yield workers
    workers.close()


def test_map_answers_every_request_in_input_order_on_every_worker(pool: WorkerPool) -> None:
    replies = list(pool.map([("sleep", 0.02 * (n % 3)) if n % 2 else ("echo", n) for n in range(30)]))
    assert [r[1] if n % 2 else r[1][1] for n, r in enumerate(replies)] == [
        0.02 * (n % 3) if n % 2 else n for n in range(30)
    ]
    assert len({r[1][2] for r in replies if isinstance(r[1], tuple)}) == 2  # both workers took work
    assert len(pool.pids()) == 2 and pool.replaced == 0


def test_one_request_at_a_time_goes_to_the_worker_that_answered_last(pool: WorkerPool) -> None:
    served = []
    for _ in range(6):  # last in, first out: the warm worker answers again, the other stays idle
        worker = pool.acquire(10)
        assert worker is not None
        served.append(worker.pid)
        pool.release(worker, True)
    assert len(set(served)) == 1 and len(pool.pids()) == 2


def test_a_worker_that_dies_costs_only_its_own_request(pool: WorkerPool) -> None:
    before = set(pool.pids())
    # each worker holds two requests: the ones queued behind the exit go to another worker
    replies = list(pool.map([("echo", 0), ("exit", 3), *(("echo", n) for n in range(2, 12))]))
    assert [r[0] for r in replies] == ["ok", "died", *["ok"] * 10]
    assert [r[1][1] for r in replies if r[0] == "ok"] == [0, *range(2, 12)]
    assert isinstance(replies[1][1], WorkerDied) and replies[1][1].exitcode == 3
    assert pool.replaced == 1
    after = set(pool.pids())
    assert len(after) == 2 and after != before  # a fresh worker took the dead one's place


def test_a_request_past_its_time_limit_kills_the_worker_and_the_next_is_answered(pool: WorkerPool) -> None:
    started = time.monotonic()
    with pytest.raises(WorkerTimeout):
        pool.call(("sleep", 60), 0.5)
    assert time.monotonic() - started < 30
    assert pool.replaced == 1
    assert pool.call(("echo", "weer"), 30)[1][:2] == ("hallo", "weer")
    (status, reply), = pool.map([("sleep", 60)], timeout=0.5)
    assert status == "timeout" and isinstance(reply, WorkerTimeout) and pool.replaced == 2


def test_an_answer_in_chunks_arrives_part_by_part_then_final(pool: WorkerPool) -> None:
    worker = pool.acquire(10)
    assert worker is not None
    try:
        worker.send(("chunks", 3))
        replies = list(worker.replies(time.monotonic() + 30))
        assert replies == [("chunk", 0), ("chunk", 1), ("chunk", 2), ("end", 3)]

        async def in_the_event_loop() -> list[tuple[str, object]]:
            worker.send(("chunks", 2))
            replies = [await worker.reply_async(time.monotonic() + 30)]
            while replies[-1][0] == "chunk":
                replies.append(await worker.reply_async(time.monotonic() + 30))
            return replies

        assert asyncio.run(in_the_event_loop()) == [("chunk", 0), ("chunk", 1), ("end", 2)]
        assert worker.call(("chunks", 1), 30) == ("end", 1)  # call waits past the chunks
    finally:
        pool.release(worker, True)


def test_reopen_serves_the_new_spec_and_retires_every_old_worker(pool: WorkerPool) -> None:
    old = set(pool.pids())
    pool.reopen(WorkerSpec("workerjobs:commands", ("dag",), limits=WorkerLimits(network_wall=False)))
    assert set(pool.pids()).isdisjoint(old)
    assert {r[1][0] for r in pool.map([("echo", n) for n in range(6)])} == {"dag"}
    time.sleep(0.5)
    for pid in old:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_worker_sets_its_own_temporary_folder_and_it_goes_with_the_worker() -> None:
    spec = WorkerSpec("workerjobs:commands", ("x",), limits=WorkerLimits(network_wall=False), scratch=True)
    worker = WorkerProcess(spec)
    assert worker.await_ready(60) and worker.scratch is not None and Path(worker.scratch).is_dir()
    worker.close()
    assert not Path(worker.scratch).exists()


def quads(store_dir: Path) -> set[str]:
    store = ox.Store.read_only(str(store_dir))
    return {str(q) for q in store}


def test_a_parallel_build_gives_the_same_store_and_report_as_one_process(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for n in range(4):  # more documents than one batch, so both workers build
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            shutil.copy(seed, corpus / f"{n}-{seed.name}")
    (corpus / "leeg.txt").write_text("   \n")
    (corpus / "binair.txt").write_bytes(bytes(range(256)) * 8)
    serial = build_store([corpus], tmp_path / "serieel", validate=False, workers=1)
    parallel = build_store([corpus], tmp_path / "parallel", validate=False, workers=2)

    def outcomes(report: object) -> list[tuple[str, bool, int, str | None]]:
        return [(d.slug, d.built, d.triples, d.reason) for d in report.documents]  # type: ignore[attr-defined]

    assert outcomes(parallel) == outcomes(serial)
    assert {d.slug for d in parallel.skipped} == {"leeg", "binair"}
    assert all(d.reason for d in parallel.skipped)
    assert quads(tmp_path / "parallel") == quads(tmp_path / "serieel")


def test_a_document_that_ends_its_worker_is_skipped_with_a_reason_the_others_built(tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("a.txt", "crash.txt", "b.txt")]
    spec = WorkerSpec("workerjobs:documents_dying_on", ("crash.txt",),
                      limits=WorkerLimits(network_wall=False))
    results = list(_one_by_one(spec, paths))
    assert [r[0] for r in results] == paths
    assert [r[1] is not None for r in results] == [True, False, True]
    assert "werkproces van jeugdgraph stoppen (exitcode 7)" in (results[1][2] or "")
