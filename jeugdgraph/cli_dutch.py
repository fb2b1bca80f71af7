"""The command line's own words in Dutch: the help screens and usage errors that typer and click
write (``Usage:``, the panel titles, ``[default: …]``, the help option, ``Missing argument``,
``No such option``, ``Try … for help``).

What it uses: typer's rich help reads its panel titles and labels from module constants of
``typer.rich_utils`` (set once here); the command classes (``cls=``) write the usage line with a
Dutch prefix and give the help option a Dutch text; the group class rewrites click's usage errors
(raised while the command line is parsed) as Dutch sentences before typer prints them. Messages
of the commands themselves are Dutch already (``cli_common.friendly_errors``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import typer
import typer.rich_utils as rich_utils
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.24 carries its own copy of click
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - older typer uses click itself
    from click.exceptions import UsageError  # type: ignore[assignment]

USAGE_PREFIX = "Gebruik: "
HELP_OPTION_TEXT = "Toon deze hulp en stop."
OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."

RICH_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "RICH_HELP": "Zie [blue]'{command_path} {help_option}'[/] voor hulp.",
    "DEFAULT_STRING": "[standaard: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "DEPRECATED_STRING": "(verouderd) ",
}

_KINDS = {"argument": "Het argument", "option": "De optie", "parameter": "De parameter"}
_PATHS = {"File": "Het bestand", "Directory": "De map", "Path": "Het pad"}
_PATH_PROBLEMS = {"does not exist": "bestaat niet", "is a file": "is een bestand",
                  "is a directory": "is een map", "is not readable": "is niet leesbaar",
                  "is not writable": "is niet schrijfbaar"}


def _suggestion(names: str | None) -> str:
    return f" Bedoelt u {names}?" if names else ""


# click's and typer's usage errors, as they format them, and their Dutch wording
_ERRORS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^Missing (argument|option|parameter) (.+?)\.(?: (.*))?$", re.S),
     lambda m: f"{_KINDS[m[1]]} {m[2]} ontbreekt." + (f" {m[3]}" if m[3] else "")),
    (re.compile(r"^Missing parameter: (.+)$"), lambda m: f"De parameter {m[1]} ontbreekt."),
    (re.compile(r"^No such option: (\S+)(?: \(Possible options: (.+)\))?$"),
     lambda m: f"Onbekende optie: {m[1]}." + _suggestion(m[2])),
    (re.compile(r"^No such command (.+?)\.(?: Did you mean (.+)\?)?$"),
     lambda m: f"Onbekende opdracht {m[1]}." + _suggestion(m[2])),
    (re.compile(r"^Missing command\.$"), lambda m: "Er ontbreekt een opdracht."),
    (re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$", re.S),
     lambda m: f"Onverwachte extra argumenten: {m[1]}."),
    (re.compile(r"^Option (.+) requires an argument\.$"), lambda m: f"De optie {m[1]} vraagt een waarde."),
    (re.compile(r"^Option (.+) requires (\d+) arguments\.$"),
     lambda m: f"De optie {m[1]} vraagt {m[2]} waarden."),
    (re.compile(r"^Option (.+) does not take a value\.$"), lambda m: f"De optie {m[1]} neemt geen waarde."),
    (re.compile(r"^Argument (.+) takes (\d+) values\.$"),
     lambda m: f"Het argument {m[1]} vraagt {m[2]} waarden."),
    (re.compile(r"^Invalid value for (.+?): (.*)$", re.S),
     lambda m: f"Ongeldige waarde voor {m[1]}: {dutch_value_error(m[2])}"),
    (re.compile(r"^Invalid value: (.*)$", re.S), lambda m: f"Ongeldige waarde: {dutch_value_error(m[1])}"),
]

# why a value was refused (the part after "Invalid value for …:")
_NUMBER_WORDS = {"integer": "geheel getal", "float": "getal", "boolean": "true of false"}
_VALUE_ERRORS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^(?:Value error, )?(.+) is not one of (.+)\.$", re.S),
     lambda m: f"{m[1]} kan niet; kies uit {m[2]}."),
    (re.compile(r"^(?:Value error, )?(.+) is not a valid (integer|float|boolean)\.?$"),
     lambda m: f"{m[1]} is geen {_NUMBER_WORDS[m[2]]}."),
    (re.compile(r"^Input should be a valid integer.*$", re.S), lambda m: "dit moet een geheel getal zijn."),
    (re.compile(r"^Input should be a valid number.*$", re.S), lambda m: "dit moet een getal zijn."),
    (re.compile(r"^Input should be a valid boolean.*$", re.S), lambda m: "dit moet true of false zijn."),
    (re.compile(r"^(File|Directory|Path) (.+) (does not exist|is a file|is a directory|is not readable"
                r"|is not writable)\.$", re.S),
     lambda m: f"{_PATHS[m[1]]} {m[2]} {_PATH_PROBLEMS[m[3]]}."),
]


def _rewrite(text: str, table: Sequence[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]) -> str:
    for pattern, words in table:
        match = pattern.match(text)
        if match:
            return words(match)
    return text


def dutch_value_error(text: str) -> str:
    """Why a value was refused, in Dutch where the reason is one of click's or typer's own."""
    return _rewrite(text, _VALUE_ERRORS)


def dutch_usage_error(text: str) -> str:
    """A usage error as click or typer formats it, in Dutch (an unknown text stays as it is)."""
    return _rewrite(text, _ERRORS)


def _in_dutch(error: Exception) -> Exception:
    if not isinstance(error, UsageError) or type(error).__name__ == "NoArgsIsHelpError":
        return error  # typer prints the help for "no arguments" itself
    translated = UsageError(dutch_usage_error(error.format_message()), error.ctx)
    translated.exit_code = error.exit_code
    return translated


class _DutchUsage:
    """The usage line and the help option of a command, in Dutch (mixed into typer's classes)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class DutchCommand(_DutchUsage, TyperCommand):
    """A command whose usage line and help option are Dutch."""


class DutchGroup(_DutchUsage, TyperGroup):
    """The command group: Dutch usage and help option, and click's usage errors in Dutch."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except UsageError as exc:
            raise _in_dutch(exc) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:  # a subcommand's own arguments
            raise _in_dutch(exc) from None


class DutchTyper(typer.Typer):
    """``typer.Typer`` whose group and commands speak Dutch (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        use_dutch_words()
        kwargs.setdefault("cls", DutchGroup)
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", DutchCommand)
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        return super().command(*args, **kwargs)


def use_dutch_words() -> None:
    """typer's rich help and error panels in Dutch (module constants read at every use)."""
    for name, words in RICH_WORDS.items():
        setattr(rich_utils, name, words)
