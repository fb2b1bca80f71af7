"""The CLI against a running server: jeugdgraph add-document, delete-document and hash-token."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from liveserver import LiveServer
from typer.testing import CliRunner
from writefixtures import DOC, MOTIE, TOKEN, close_writes, copy_store, write_settings

from jeugdgraph.cli import app as cli
from jeugdgraph.server import create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def server(
    seed_build, seed_store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("cli-writes")
    store_dir = copy_store(seed_store_dir, folder / "store")
    app = create_app(write_settings(folder), store_dir, validation=seed_build.validation)
    live = LiveServer(app, name="uvicorn-writes-test")
    yield live
    live.stop()
    close_writes(app)


def has_graph(server: LiveServer, slug: str) -> bool:
    response = httpx.get(
        f"{server.url}/sparql",
        params={"query": f"ASK {{ GRAPH <{DOC}{slug}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": "application/sparql-results+json"},
    )
    return response.json()["boolean"]


def test_hash_token_prints_the_digest_the_server_expects() -> None:
    result = runner.invoke(cli, ["hash-token", TOKEN])
    assert result.exit_code == 0
    assert result.stdout.strip() == hashlib.sha256(TOKEN.encode()).hexdigest()
    from_stdin = runner.invoke(cli, ["hash-token", "-"], input=TOKEN + "\n")
    assert from_stdin.stdout.strip() == result.stdout.strip()


def test_add_and_delete_a_document_from_the_command_line(server: LiveServer, tmp_path: Path) -> None:
    motie = tmp_path / "motie-cli.txt"
    motie.write_bytes(MOTIE)
    added = runner.invoke(
        cli,
        [
            "add-document",
            str(motie),
            "--server",
            server.url,
            "--token",
            TOKEN,
            "--title",
            "Motie via de CLI",
            "--type",
            "motie",
        ],
    )
    assert added.exit_code == 0, added.output
    assert "motie-cli toegevoegd" in added.stdout
    assert has_graph(server, "motie-cli")

    deleted = runner.invoke(
        cli, ["delete-document", "motie-cli", "--server", server.url], env={"JEUGDGRAPH_TOKEN": TOKEN}
    )
    assert deleted.exit_code == 0, deleted.output
    assert not has_graph(server, "motie-cli")


def test_refusals_are_one_sentence_and_a_non_zero_exit(server: LiveServer, tmp_path: Path) -> None:
    motie = tmp_path / "motie-cli.txt"
    motie.write_bytes(MOTIE)
    wrong_token = runner.invoke(cli, ["add-document", str(motie), "--server", server.url, "--token", "fout"])
    assert wrong_token.exit_code == 1
    assert "token is ongeldig" in wrong_token.output
    missing = runner.invoke(
        cli, ["delete-document", "bestaat-niet", "--server", server.url, "--token", TOKEN]
    )
    assert missing.exit_code == 1 and "bestaat-niet" in missing.output
    unreachable = runner.invoke(
        cli, ["add-document", str(motie), "--server", "http://127.0.0.1:9", "--token", TOKEN]
    )
    assert unreachable.exit_code == 1 and "niet bereikbaar" in unreachable.output
    assert "Traceback" not in wrong_token.output + missing.output + unreachable.output
