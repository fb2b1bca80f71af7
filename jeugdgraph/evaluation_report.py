"""``tests/evaluation/RESULTS.md``: the evaluation corpus per half, and the old gold as regression.

``write_results`` measures the dev and test halves of the evaluation corpus (``corpus_eval``),
and the seeds with ``tests/gold`` and the extra documents with ``tests/gold/extra``
(``evaluate``), and writes one Markdown table per group. The CI test
(``tests/evaluation/test_corpus.py``) holds the test half to the committed table.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from .build import build_store
from .corpus_eval import HalfResult, evaluate_half, format_half
from .evaluate import evaluate, score_rows
from .settings import PROJECT_ROOT, SEEDS_DIR

EVALUATION_DIR = PROJECT_ROOT / "tests" / "evaluation"
RESULTS_PATH = EVALUATION_DIR / "RESULTS.md"
OLD_GOLD_DIR = PROJECT_ROOT / "tests" / "gold"
EXTRA_DOCUMENTS = PROJECT_ROOT / "tests" / "fixtures" / "documents" / "extra"
HALVES = ("dev", "test")


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "onbekend"
    return out.stdout.strip() or "onbekend"


def measure_halves(
    evaluation_dir: Path = EVALUATION_DIR, halves: tuple[str, ...] = HALVES
) -> list[HalfResult]:
    """Every half of ``halves`` that has gold (the test half arrives later from another branch)."""
    return [
        evaluate_half(evaluation_dir, half) for half in halves if (evaluation_dir / "gold" / half).is_dir()
    ]


def committed_sections(text: str) -> dict[str, str]:
    """The section of each half in a RESULTS.md text (``## test ...`` up to the next heading)."""
    sections = {}
    for half in HALVES:
        m = re.search(rf"^## {re.escape(half)}\b.*?(?=^## |\Z)", text, re.M | re.S)
        if m:
            sections[half] = m.group(0).rstrip("\n")
    return sections


def regression_tables() -> list[tuple[str, list[str]]]:
    """The seeds and the extra documents against the old gold, as (title, table lines)."""
    with tempfile.TemporaryDirectory(prefix="jeugdgraph-eval-old-") as tmp:
        store = Path(tmp) / "store"
        build_store([SEEDS_DIR, EXTRA_DOCUMENTS], store, validate=False)
        result = evaluate(OLD_GOLD_DIR, store)
    tables = []
    for group, title in (
        (".", "regressie: seeds (tests/gold)"),
        ("extra", "regressie: extra (tests/gold/extra)"),
    ):
        lines = ["| soort | goud | gevonden | precisie | recall |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {k} | {g} | {f} | {p} | {r} |" for k, g, f, p, r in score_rows(result.overall(group))]
        tables.append((title, lines))
    return tables


def render(
    halves: list[HalfResult],
    regression: list[tuple[str, list[str]]],
    commit: str,
    kept: dict[str, str] | None = None,
) -> str:
    """The RESULTS.md text; ``kept`` holds the committed sections of halves not measured now."""
    kept = kept or {}
    measured = {half.half: half for half in halves}
    out = [
        "# Evaluatie van de extractie",
        "",
        f"Geschreven door `jeugdgraph evaluate` op commit {commit}. Per soort feit: aantal in het",
        "goud, aantal dat de graaf geeft, precisie en recall (uitleg: `tests/evaluation/README.md`).",
        "De testhelft is niet gebruikt om de extractie af te stellen; de CI-test faalt als een score",
        "van de testhelft onder deze tabel zakt.",
        "",
    ]
    not_measured = [h for h in HALVES if h not in measured and h in kept]
    if not_measured:
        out += [f"Niet opnieuw gemeten (tabel uit de vorige meting): {', '.join(not_measured)}.", ""]
    for name in HALVES:
        if name in measured:
            half = measured[name]
            out += [f"## {half.half} ({len(half.documents)} documenten)", "", *format_half(half), ""]
        elif name in kept:
            out += [kept[name], ""]
    for title, lines in regression:
        out += [f"## {title}", "", *lines, ""]
    out += ["## bouwsnelheid", "", _build_speed(), ""]
    return "\n".join(out)


def _build_speed() -> str:
    """The build throughput ``bench/run.py`` last measured (its own RESULTS.md says when and how)."""
    path = PROJECT_ROOT / "bench" / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    run = next((line for line in text.splitlines() if line.startswith("Run of ")), None)
    row = next((line for line in text.splitlines() if line.startswith("| build throughput")), None)
    if run is None or row is None:
        return "Nog niet gemeten: draai `python bench/run.py --quick` (zie bench/README.md)."
    return f"Uit `bench/RESULTS.md` ({run.split(';')[0]}): {row}"


def write_results(
    path: Path = RESULTS_PATH, evaluation_dir: Path = EVALUATION_DIR, halves: tuple[str, ...] = HALVES
) -> str:
    """Measure ``halves`` and the regression groups and write ``path``; a half not measured keeps
    the section ``path`` already has. Returns the text written."""
    old = Path(path).read_text(encoding="utf-8") if Path(path).exists() else ""
    kept = {h: section for h, section in committed_sections(old).items() if h not in halves}
    text = render(measure_halves(evaluation_dir, halves), regression_tables(), _commit(), kept)
    Path(path).write_text(text, encoding="utf-8")
    return text


__all__ = [
    "EVALUATION_DIR", "HALVES", "RESULTS_PATH", "committed_sections", "measure_halves", "render",
    "write_results",
]
