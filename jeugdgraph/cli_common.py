"""What every command of the command line shares: the consoles, the store options and the
error reporting that turns a ``JeugdgraphError`` into one sentence."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from .errors import JeugdgraphError

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., object])
StoreOption = Annotated[Path, typer.Option("--store", help="Map van de store.")]
StoreTarget = Annotated[str, typer.Option(
    "--store", help="Map van de store, of http(s)://HOST:PORT van een SPARQL 1.1-store (zie README).")]


def friendly_errors(func: F) -> F:
    """Report library errors as one sentence and exit non-zero."""

    @functools.wraps(func)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return func(*args, **kwargs)
        except JeugdgraphError as exc:
            err_console.print(f"[bold red]Fout:[/] {escape(str(exc))}")  # a message's own brackets are text
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("JEUGDGRAPH_DEBUG"):
                raise
            err_console.print(
                f"[bold red]Onverwachte fout:[/] {type(exc).__name__}: {escape(str(exc))} "
                "(zet JEUGDGRAPH_DEBUG=1 voor de details)"
            )
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]
