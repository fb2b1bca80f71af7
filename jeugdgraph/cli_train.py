"""The train command: refit a packaged linear model (``extract/models/NAME.json``) on gold annotations."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Annotated

import typer

from .cli_common import console, friendly_errors
from .errors import InputError


def trainable_models() -> list[str]:
    """The packaged models (``extract/models/NAME.json``) that have a training module ``learn/NAME.py``."""
    from . import learn
    from .extract.linear import model_path

    return sorted(m.name for m in pkgutil.iter_modules(learn.__path__) if model_path(m.name).is_file())


@friendly_errors
def train_command(
    model: Annotated[str, typer.Argument(help="Het model (bijvoorbeeld measures of kind).")],
    evaluation: Annotated[Path | None, typer.Option(
        help="Map van het evaluatiecorpus (corpus/dev, gold/dev); standaard tests/evaluation.")] = None,
    names: Annotated[Path | None, typer.Option(
        help="Alleen de documenten in dit bestand (één naam per regel, zonder .txt).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Schrijf het model hierheen, niet over het meegeleverde.")] = None,
) -> None:
    """Train een model opnieuw op de gouden annotaties van de dev-helft (vraagt de extra 'train')."""
    from .evaluation_report import EVALUATION_DIR
    from .extract.linear import model_path
    from .learn.fit import write_model

    known = trainable_models()
    if model not in known:
        raise InputError(f"onbekend model {model!r}; kies een van: {', '.join(known) or '(geen)'}")
    chosen = None
    if names is not None:
        chosen = [n.strip() for n in names.read_text(encoding="utf-8").split() if n.strip()]
    trainer = importlib.import_module(f".learn.{model}", __package__)
    data = trainer.train(evaluation or EVALUATION_DIR, chosen)
    target = output or model_path(model)
    fitted = write_model(data, target)
    console.print(
        f"Model {model}: {len(fitted.weights)} kenmerken, klassen {', '.join(fitted.classes)}; "
        f"geschreven naar {target}.", markup=False, highlight=False, soft_wrap=True)
