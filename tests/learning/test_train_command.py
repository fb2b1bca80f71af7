"""``jeugdgraph train``: refit a packaged model on (part of) the dev gold, and refuse what it cannot."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jeugdgraph.cli import app
from jeugdgraph.cli_train import trainable_models
from jeugdgraph.evaluation_report import EVALUATION_DIR
from jeugdgraph.extract.linear import model_from_dict

_WIDE = {"COLUMNS": "400", "TERMINAL_WIDTH": "400", "NO_COLOR": "1"}


def test_every_packaged_model_can_be_trained() -> None:
    assert set(trainable_models()) >= {"kind", "measures", "docdate", "publisher"}


def test_an_unknown_model_is_refused_in_dutch() -> None:
    result = CliRunner().invoke(app, ["train", "geenmodel"], env=_WIDE)
    assert result.exit_code == 1
    assert "onbekend model 'geenmodel'" in result.output
    assert "kind" in result.output


def test_a_model_trained_on_a_few_documents_is_written_where_asked(tmp_path: Path) -> None:
    names = sorted(p.stem for p in (EVALUATION_DIR / "gold" / "dev").glob("*.yaml"))[:40]
    listing = tmp_path / "names.txt"
    listing.write_text("\n".join(names), encoding="utf-8")
    target = tmp_path / "kind.json"
    result = CliRunner().invoke(
        app, ["train", "kind", "--names", str(listing), "--output", str(target)], env=_WIDE)
    assert result.exit_code == 0, result.output
    model = model_from_dict(json.loads(target.read_text(encoding="utf-8")))
    assert len(model.classes) >= 2 and model.weights
    assert json.loads(target.read_text(encoding="utf-8"))["trained_on"]["samples"] == 40
