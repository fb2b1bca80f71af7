"""The build pipeline: seeds into a store, deterministic, validated, and safe when it fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from jeugdgraph.build import build_store
from jeugdgraph.cli import app
from jeugdgraph.namespaces import GRAPH_ONTOLOGY, GRAPH_REFERENCE, PREFIXES
from jeugdgraph.settings import SEEDS_DIR

SEED_SLUGS = [
    "000_6433c76c45005ce2",
    "001_1786b06549a818d4",
    "002_7fffa4e144c7ebb7",
    "003_94e3ee821c6ac048",
    "004_33a8688e64a59d40",
]
RIJNMOND = "https://w3id.org/jeugdgraph/id/jeugdregio/rijnmond"
runner = CliRunner()


def _ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True))


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def test_every_seed_is_built_into_its_own_named_graph(seed_build, seed_store) -> None:
    assert [d.slug for d in seed_build.built] == SEED_SLUGS
    assert not seed_build.skipped
    graphs = {g.value for g in seed_store.named_graphs()}
    for slug in SEED_SLUGS:
        assert f"https://w3id.org/jeugdgraph/id/document/{slug}" in graphs
    assert str(GRAPH_REFERENCE) in graphs
    assert str(GRAPH_ONTOLOGY) in graphs


def test_seed_store_validates(seed_build) -> None:
    assert seed_build.validation is not None
    assert seed_build.validation.conforms, seed_build.validation.text("en")


def test_rijnmond_has_thirteen_members(seed_store) -> None:
    rows = _select(seed_store, f"SELECT (COUNT(?g) AS ?n) WHERE {{ ?g org:memberOf <{RIJNMOND}> }}")
    assert rows == [{"n": "13"}]


def test_document_text_is_kept_and_quotes_match_it(seed_store) -> None:
    rows = _select(seed_store, """
        SELECT ?r ?citaat ?begin ?eind ?tekst WHERE {
          ?r jg:citaat ?citaat ; jg:begin ?begin ; jg:eind ?eind ; prov:wasDerivedFrom ?doc .
          ?doc jg:tekst ?tekst .
        }
    """)
    assert len(rows) > 50
    for row in rows:
        assert row["tekst"][int(row["begin"]):int(row["eind"])] == row["citaat"], row["r"]


def test_rebuilding_the_same_input_gives_the_same_triples(seed_store_dir: Path, tmp_path: Path) -> None:
    again = build_store([SEEDS_DIR], tmp_path / "again", validate=False)
    first = ox.Store.read_only(str(seed_store_dir))
    second = ox.Store.read_only(str(again.store_dir))
    assert set(first) == set(second)


def test_a_failing_build_leaves_the_previous_store_untouched(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "store"
    build_store([SEEDS_DIR / "000_6433c76c45005ce2.txt"], target, validate=False)
    before = set(ox.Store.read_only(str(target)))

    def explode(store, *args):  # noqa: ANN001, ANN002
        raise RuntimeError("validator crashed halfway")

    monkeypatch.setattr("jeugdgraph.build.validate_build", explode)
    with pytest.raises(RuntimeError):
        build_store([SEEDS_DIR], target)
    assert set(ox.Store.read_only(str(target))) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_unreadable_files_are_skipped_with_a_reason_and_the_rest_is_built(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    shutil.copy(SEEDS_DIR / "000_6433c76c45005ce2.txt", corpus)
    (corpus / "leeg.txt").write_text("   \n")
    (corpus / "binair.txt").write_bytes(bytes(range(256)) * 8)
    report = build_store([corpus], tmp_path / "store", validate=False)
    assert [d.slug for d in report.built] == ["000_6433c76c45005ce2"]
    reasons = {d.slug: d.reason for d in report.skipped}
    assert set(reasons) == {"leeg", "binair"}
    assert all(reasons.values())


def test_a_fault_in_the_extractor_skips_that_document_only(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    corpus = tmp_path / "docs"
    corpus.mkdir()
    for name in ("000_6433c76c45005ce2.txt", "004_33a8688e64a59d40.txt"):
        shutil.copy(SEEDS_DIR / name, corpus)
    from jeugdgraph import build

    real = build.extract_document

    def fails_on_one(source, **kwargs):  # noqa: ANN001, ANN003, ANN202 - a bug that only this document meets
        if source.path.name.startswith("004"):
            raise ValueError("invalid literal for int() with base 10: 'juli\u0307'")
        return real(source, **kwargs)

    monkeypatch.setattr(build, "extract_document", fails_on_one)
    report = build_store([corpus], tmp_path / "store", validate=False)
    assert [d.slug for d in report.built] == ["000_6433c76c45005ce2"]
    [skipped] = report.skipped
    assert skipped.slug == "004_33a8688e64a59d40" and "fout in jeugdgraph (ValueError" in skipped.reason


def test_a_latin1_file_is_built_and_the_report_says_how_it_was_read(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    text = (SEEDS_DIR / "000_6433c76c45005ce2.txt").read_text(encoding="utf-8")
    (corpus / "motie-latin1.txt").write_bytes(text.replace("geindiceerde", "geïndiceerde").encode("cp1252"))
    report = build_store([corpus], tmp_path / "store", validate=False)
    [outcome] = report.built
    assert outcome.facts["opdrachten"] == 3
    assert outcome.notes and "1252" in " ".join(outcome.notes)


def test_cli_build_then_query_answers_thirteen(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "5 documenten gebouwd" in result.output
    assert "CPU-tijd per fase (s): " in result.output and "extractie" in result.output
    result = runner.invoke(app, [
        "query", "--store", str(store), "--format", "csv",
        f"SELECT (COUNT(?g) AS ?n) WHERE {{ ?g org:memberOf <{RIJNMOND}> }}",
    ])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "13"]


def test_cli_reports_a_bad_query_in_one_sentence_without_traceback(seed_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "--store", str(seed_store_dir), "SELEC ?x WHERE {"])
    assert result.exit_code == 1
    assert "De query is ongeldig" in result.output
    assert "Traceback" not in result.output


def test_cli_reports_a_missing_store(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "--store", str(tmp_path / "nergens"), "ASK {}"])
    assert result.exit_code == 1
    assert "Er staat geen store" in result.output


@pytest.mark.parametrize("fmt", ["trig", "nq", "ttl"])
def test_export_round_trips(seed_store_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(app, ["export", "--store", str(seed_store_dir), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    parsed = ox.Store()
    parsed.load(path=str(out))
    original = ox.Store.read_only(str(seed_store_dir))
    if fmt == "ttl":
        assert len(parsed) == len(set((q.subject, q.predicate, q.object) for q in original))
    else:
        assert set(parsed) == set(original)


def test_cli_table_query_and_ask(seed_store_dir: Path) -> None:
    result = runner.invoke(app, ["query", "--store", str(seed_store_dir),
                                 "ASK { <https://w3id.org/jeugdgraph/id/gemeente/gm0622> a jg:Gemeente }"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "ja"
