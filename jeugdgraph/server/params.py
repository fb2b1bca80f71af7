"""Reading the parameters of the SPARQL 1.1 Protocol the same way at ``/sparql`` and at
``/sparql/update``: repeated values kept, a single-valued parameter given twice refused, bodies
only in UTF-8."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from ..errors import InputError, UnsupportedMediaType

ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")  # an absolute IRI starts with a scheme


def parse_form(text: str) -> list[tuple[str, str]]:
    """``urllib.parse.parse_qsl(text, keep_blank_values=True)``, the same pairs, but a long query
    text's hundreds of ``%XX`` escapes are decoded by a codec in one call, not one by one."""
    pairs: list[tuple[str, str]] = []
    for field in text.split("&"):
        if field:
            name, _, value = field.partition("=")
            pairs.append((_unquote_plus(name), _unquote_plus(value)))
    return pairs


def _unquote_plus(text: str) -> str:
    """``unquote(text.replace("+", " "))``: UTF-8, an invalid byte sequence replaced."""
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if text.isascii():
        # every '%' becomes the codec's '\x' escape, every backslash stays one ('\\'); a '%' without
        # two hex digits makes the codec fail, and unquote keeps such a '%' as it is
        escaped = text.encode("ascii").replace(b"\\", b"\\\\").replace(b"%", b"\\x")
        try:
            raw = escaped.decode("unicode_escape").encode("latin-1")
        except UnicodeDecodeError:
            return unquote(text)
        return raw.decode("utf-8", "replace")
    return unquote(text)


def multi(items: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Parameters with every value each was given, in order."""
    params: dict[str, list[str]] = {}
    for key, value in items:
        params.setdefault(key, []).append(value)
    return params


def single(params: dict[str, list[str]], name: str) -> str | None:
    """The one value of a parameter that may be given once; two values are an error, not a choice."""
    values = params.get(name, [])
    if len(values) > 1:
        raise InputError(f"De parameter '{name}' is {len(values)} keer meegegeven; geef hem één keer.")
    return values[0] if values else None


def require_utf8(content_type: str) -> None:
    """The protocol's bodies are UTF-8; another declared charset is refused, not guessed."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise UnsupportedMediaType(
                f"De tekenset '{value.strip()}' wordt niet ondersteund; stuur de tekst als UTF-8."
            )
