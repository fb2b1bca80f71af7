"""The command line's one-sentence errors show the message as written, brackets and all."""

from __future__ import annotations

import pytest
import typer

from jeugdgraph.cli_common import friendly_errors
from jeugdgraph.errors import InputError


def test_square_brackets_in_a_message_are_text_not_markup(capsys: pytest.CaptureFixture[str]) -> None:
    @friendly_errors
    def command() -> None:
        raise InputError("installeer eerst: pip install -e '.[train]'")

    with pytest.raises(typer.Exit):
        command()
    assert "pip install -e '.[train]'" in capsys.readouterr().err
