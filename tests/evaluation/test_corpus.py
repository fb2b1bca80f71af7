"""The evaluation corpus (``tests/evaluation``): both halves measured, the test half held to RESULTS.md."""

from __future__ import annotations

import pytest
from prerequisites import missing

from jeugdgraph.corpus_eval import (
    KINDS,
    HalfResult,
    committed_table,
    evaluate_built_half,
    evaluate_half,
    load_corpus_gold,
    scores_by_label,
)
from jeugdgraph.evaluation_report import EVALUATION_DIR, RESULTS_PATH

#: A score may move by rounding in the committed table (two decimals), never by more.
TOLERANCE = 0.005


def _has_gold(half: str) -> None:
    if not (EVALUATION_DIR / "gold" / half).is_dir():
        missing(f"tests/evaluation/gold/{half} ontbreekt (de testhelft komt van een andere branch)")


@pytest.fixture(scope="module")
def dev(dev_build) -> HalfResult:  # noqa: ANN001 - the session's build of the dev half (tests/conftest.py)
    _has_gold("dev")
    return evaluate_built_half(EVALUATION_DIR, "dev", dev_build.store_dir)


@pytest.fixture(scope="module")
def test_half() -> HalfResult:
    _has_gold("test")
    return evaluate_half(EVALUATION_DIR, "test")


def test_every_dev_document_is_built_and_scored(dev: HalfResult) -> None:
    golds = load_corpus_gold(EVALUATION_DIR / "gold" / "dev")
    assert len(dev.documents) == len(golds) >= 20
    assert all(d.in_store for d in dev.documents)
    assert set(dev.documents[0].scores) == set(KINDS)


def test_every_corpus_text_has_its_sidecar_and_gold() -> None:
    for half in ("dev", "test"):
        corpus = EVALUATION_DIR / "corpus" / half
        if not corpus.is_dir():
            continue
        texts = {p.stem for p in corpus.glob("*.txt")}
        sidecars = {p.name.removesuffix(".meta.yaml") for p in corpus.glob("*.meta.yaml")}
        gold = {p.stem for p in (EVALUATION_DIR / "gold" / half).glob("*.yaml")}
        assert texts == sidecars == gold, half


def test_dev_half_holds_its_committed_table(dev: HalfResult) -> None:
    _hold(dev, "dev")


def test_test_half_holds_its_committed_table(test_half: HalfResult) -> None:
    _hold(test_half, "test")


def _hold(result: HalfResult, half: str) -> None:
    table = committed_table(RESULTS_PATH.read_text(encoding="utf-8"), half) if RESULTS_PATH.exists() else None
    if table is None:
        pytest.fail(
            f"tests/evaluation/RESULTS.md heeft nog geen tabel voor de {half}-helft: "
            "draai `jeugdgraph evaluate` en commit het resultaat.",
            pytrace=False,
        )
    dropped = []
    for label, (precision, recall) in scores_by_label(result.overall()).items():
        committed_p, committed_r = table.get(label, (None, None))
        for name, now, before in (("precisie", precision, committed_p), ("recall", recall, committed_r)):
            if before is not None and (now is None or now < before - TOLERANCE):
                dropped.append(f"{label} {name}: {before:.2f} -> {'-' if now is None else f'{now:.2f}'}")
    assert not dropped, f"{half}-helft zakt onder tests/evaluation/RESULTS.md: " + "; ".join(dropped)


def test_the_dev_half_builds_into_a_valid_graph(dev_build) -> None:  # noqa: ANN001 - a BuildReport
    report = dev_build  # built with validation, once per session (tests/conftest.py)
    assert report.built and not report.skipped
    assert report.validation.conforms, report.validation
