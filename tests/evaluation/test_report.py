"""RESULTS.md: measuring one half keeps the committed table of the other as it is."""

from __future__ import annotations

from jeugdgraph.corpus_eval import HalfResult, committed_table
from jeugdgraph.evaluation_report import committed_sections, render

OLD = """# Evaluatie van de extractie

## dev (2 documenten)

| soort | goud | gevonden | precisie | recall |
|---|---:|---:|---:|---:|
| titel | 2 | 2 | 0.50 | 0.50 |

## test (3 documenten)

| soort | goud | gevonden | precisie | recall |
|---|---:|---:|---:|---:|
| titel | 3 | 3 | 0.67 | 0.67 |

## regressie: seeds (tests/gold)

| soort | goud | gevonden | precisie | recall |
"""


def test_a_half_not_measured_keeps_its_committed_section() -> None:
    sections = committed_sections(OLD)
    assert set(sections) == {"dev", "test"}
    text = render([HalfResult("dev", [])], [], "abc1234", {"test": sections["test"]})
    assert committed_table(text, "test") == {"titel": (0.67, 0.67)}
    assert "titel | 2 | 2 | 0.50" not in text  # the dev half is the new measurement
    assert text.index("## dev") < text.index("## test")
    assert "Niet opnieuw gemeten" in text


def test_without_kept_sections_only_the_measured_halves_are_written() -> None:
    text = render([HalfResult("dev", [])], [], "abc1234")
    assert committed_table(text, "test") is None
    assert "Niet opnieuw gemeten" not in text


def test_evaluate_refuses_an_unknown_half() -> None:
    from typer.testing import CliRunner

    from jeugdgraph.cli import app

    result = CliRunner().invoke(app, ["evaluate", "--half", "alles"])
    assert result.exit_code != 0
    assert "dev" in result.output and "test" in result.output


def test_a_former_municipality_the_gold_lists_apart_is_not_scored() -> None:
    import pyoxigraph as ox

    from jeugdgraph.corpus_eval import _Entities, compare

    store = ox.Store()
    cbs = ox.NamedNode("https://w3id.org/jeugdgraph/def#cbsCode")
    for code in ("GM0505", "GM0588"):
        store.add(ox.Quad(ox.NamedNode(f"https://w3id.org/jeugdgraph/id/gemeente/{code.lower()}"), cbs,
                          ox.Literal(code)))
    found = {kind: [] for kind in ("regions", "joint_bodies", "organisations", "laws", "dates", "vote",
                                   "amounts", "decisions", "assignments", "measures")}
    found.update({k: None for k in ("kind", "title", "date", "publisher", "identifier", "outcome")})
    found["municipalities"] = [f"https://w3id.org/jeugdgraph/id/gemeente/{c}" for c in ("gm0505", "gm0588")]
    gold = {"document": "x", "municipalities": ["GM0505"], "former_municipalities": ["gm0588"]}
    score = compare(gold, found, _Entities(store), "dev").scores["municipalities"]
    assert (score.found, score.found_matched) == (1, 1)
    gold_without = {"document": "x", "municipalities": ["GM0505"]}
    assert compare(gold_without, found, _Entities(store), "dev").scores["municipalities"].found == 2
