"""The title of a presentation: its first block of text that is no agenda or bullet list."""

from __future__ import annotations

from ..facts import Span
from .layout import _AGENDA_WORDS, _ITEM, Line


def presentation_heading(text: str, lines: list[Line]) -> tuple[str, Span] | None:
    """The first block of a presentation that is not the agenda, a bullet list or an agenda entry repeated,
    as written (the caller cleans it)."""
    blocks: list[list[Line]] = []
    for line in lines:
        if line.blank:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(line)
    agenda = {line.stripped.lstrip("\u2022- ").lower() for line in lines[:40]
              if line.stripped.startswith(("\u2022", "-"))}
    for block in blocks[:12]:
        if not block:
            continue
        joined = " ".join(line.stripped for line in block)
        first = block[0].stripped
        if first.lower() in _AGENDA_WORDS or first.startswith(("\u2022", "-")) or joined.lower() in agenda:
            continue
        if 2 <= len(joined.split()) <= 12 and joined[-1] not in ".,;:?!" and not _ITEM.match(first + " "):
            return joined, Span.trimmed_of(text, block[0].begin, block[-1].end)
    return None


__all__ = ["presentation_heading"]
