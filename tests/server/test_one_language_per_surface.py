"""One language per surface: English flag names on the command line (old Dutch ones kept as
aliases), and docs/server.md naming the keys the API really returns."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from jeugdgraph.cli import app

DOCS = Path(__file__).resolve().parents[2] / "docs" / "server.md"
DUTCH_FLAGS = {"--regio", "--gemeente", "--van", "--tot", "--titel", "--datum", "--soort", "--uitvoer"}


def test_every_primary_flag_is_english() -> None:
    command = typer.main.get_command(app)
    for name, sub in command.commands.items():
        for param in sub.params:
            if getattr(param, "param_type_name", "") == "option":
                primary = param.opts[0]
                assert primary not in DUTCH_FLAGS, f"jeugdgraph {name} {primary}"


def test_the_old_dutch_flags_still_work(tmp_path: Path) -> None:
    runner = CliRunner()
    for flags in (["--regio", "x", "--van", "2026-01-01"], ["--region", "x", "--from", "2026-01-01"]):
        result = runner.invoke(
            app, ["viz", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "o.html"), *flags]
        )
        assert "Onbekende optie" not in result.output  # click's usage error, in Dutch (cli_dutch)


def test_docs_name_the_keys_the_api_returns(seed_client: TestClient) -> None:
    documented = set(re.findall(r"`([a-z_]+)`", DOCS.read_text()))
    entry = seed_client.get("/api/queries").json()["vragen"][0]
    assert set(entry) - {"voorbeeld_fout"} <= documented
    parameter_keys = {
        key for q in seed_client.get("/api/queries").json()["vragen"] for p in q["parameters"] for key in p
    }
    assert parameter_keys <= documented
