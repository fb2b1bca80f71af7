"""Reading a published list from disk, with a Dutch sentence for each way that can fail."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def read_list_file(path: Path, expected: str) -> bytes:
    """The bytes of ``path``; ``InputError`` when it is missing, unreadable or empty.

    ``expected`` completes the message for an empty file ("…; {expected}.")."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Het bestand {path} bestaat niet.") from None
    except OSError as exc:
        raise InputError(f"{path} kan niet gelezen worden: {exc.strerror}.") from exc
    if not raw.strip():
        raise InputError(f"{path.name} is leeg; {expected}.")
    return raw
