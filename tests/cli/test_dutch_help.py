"""The command line's help and usage errors are Dutch: none of typer's or click's English words
remain on any help screen or in the errors made while a command line is read."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from jeugdgraph.cli import app

ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this message", "default:", "required",
           "Missing", "No such", "Try ", "for help", "Error", "Invalid value", "Got unexpected",
           "requires", "Did you mean", "Possible options", "is not one of", "Aborted", "does not exist",
           "Input should")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
WIDE = {"COLUMNS": "400", "TERMINAL_WIDTH": "400", "NO_COLOR": "1"}  # no words broken over lines


def plain(text: str) -> str:
    """The words of a rich screen, without its boxes and line breaks."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


def english_in(text: str) -> list[str]:
    words = plain(text)
    return [word for word in ENGLISH if word in words]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=WIDE)
    return result.exit_code, result.output


def test_the_commands_are_found() -> None:
    assert {"build", "query", "serve", "validate", "export"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_screen_is_dutch(command: str | None) -> None:
    code, output = run(*([command] if command else []), "--help")
    assert code == 0
    words = plain(output)
    assert "Gebruik: jeugdgraph" in words
    assert "Toon deze hulp en stop." in words
    assert "Opties" in words
    assert not english_in(output), (command, english_in(output), output)


@pytest.mark.parametrize(("args", "dutch"), [
    (["query"], "Het argument 'sparql' ontbreekt."),
    (["query", "ASK {}", "--bogus"], "Onbekende optie: --bogus."),
    (["bogus"], "Onbekende opdracht 'bogus'."),
    (["buidl"], "Onbekende opdracht 'buidl'. Bedoelt u 'build'?"),
    (["query", "ASK {}", "--format", "zz"], "Ongeldige waarde voor '--format': 'zz' kan niet; kies uit"),
    (["query", "ASK {}", "extra", "argumenten"], "Onverwachte extra argumenten: extra argumenten."),
    (["query", "ASK {}", "--store"], "De optie '--store' vraagt een waarde."),
    (["build", "--workers", "twee"], "Ongeldige waarde voor '--workers': dit moet een geheel getal zijn."),
])
def test_usage_errors_are_dutch(args: list[str], dutch: str) -> None:
    code, output = run(*args)
    assert code == 2
    assert dutch in plain(output)
    assert "Fout" in plain(output)
    assert not english_in(output), (english_in(output), output)


def test_the_installed_command_speaks_dutch_too() -> None:
    done = subprocess.run([sys.executable, "-m", "jeugdgraph.cli", "query"], capture_output=True, text=True,
                          env={"COLUMNS": "400", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}, timeout=120,
                          check=False)
    assert done.returncode == 2
    assert "Het argument 'sparql' ontbreekt." in plain(done.stderr)
    assert "voor hulp." in plain(done.stderr)
    assert not english_in(done.stdout + done.stderr), done.stderr


def test_no_arguments_shows_the_dutch_help() -> None:
    _code, output = run()
    assert "Gebruik: jeugdgraph [OPTIES] OPDRACHT [ARGUMENTEN]..." in plain(output)
    assert "Opdrachten" in plain(output)
    assert not english_in(output), output
