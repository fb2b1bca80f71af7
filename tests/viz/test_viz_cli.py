"""``jeugdgraph viz``: files from the seed store, and one clear sentence for bad input."""

from __future__ import annotations

import networkx as nx
from typer.testing import CliRunner
from vizdata import RIJNMOND

from jeugdgraph.cli import app

runner = CliRunner()


def test_viz_writes_graphml_for_a_region(seed_store_dir, tmp_path):
    out = tmp_path / "rijnmond.graphml"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_dir), "--format", "graphml",
                                 "--output", str(out), "--regio", "rijnmond"])
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert sum(1 for s, t in graph.in_edges(RIJNMOND) if graph.nodes[s]["kind"] == "gemeente") == 13
    assert "geschreven naar" in result.output


def test_viz_writes_an_offline_html_page_by_default(seed_store_dir, tmp_path):
    out = tmp_path / "vlaardingen.html"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_dir), "--output", str(out),
                                 "--gemeente", "GM0622", "--link-base", "http://127.0.0.1:8000"])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "Netwerk: Gemeente Vlaardingen" in html
    assert "http://127.0.0.1:8000/id/gemeente/gm0622" in html


def test_viz_png(seed_store_dir, tmp_path):
    out = tmp_path / "zhz.png"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_dir), "--format", "png",
                                 "--output", str(out), "--regio", "zuid-holland-zuid"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_viz_unknown_region_is_one_sentence_and_exit_1(seed_store_dir, tmp_path):
    out = tmp_path / "x.html"
    result = runner.invoke(app, ["viz", "--store", str(seed_store_dir), "--output", str(out),
                                 "--regio", "atlantis"])
    assert result.exit_code == 1
    assert "De jeugdregio 'atlantis' komt niet voor in de graaf." in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert not out.exists()
