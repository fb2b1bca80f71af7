"""The title of a document: a subject field, a kind-specific heading or the first title-like line."""

from __future__ import annotations

import re

from ..facts import DocumentKind, Span
from .docdates import _is_date_line, _place_date
from .kinds import heading_kind
from .layout import (
    _AGENDA_WORDS,
    _BREADCRUMB,
    _FIELD,
    _ITEM,
    _LETTERHEAD,
    _SKIP_LINK,
    Line,
    _fields,
    _head,
)


def _title(
    text: str, lines: list[Line], kind: DocumentKind, part_heading: Line | None
) -> tuple[str | None, Span | None]:
    head = _head(lines)
    # a subject field: "Betreft: X", "Onderwerp X" (also as a tab-separated field)
    for position, line in enumerate(head):
        for name, value, offset in _fields(line):
            if name not in {"betreft", "onderwerp"}:
                continue
            if value:
                return _clean(value), Span.of(text, offset, offset + len(value))
            following = head[position + 1] if position + 1 < len(head) else None
            if following is not None and len(following.stripped) < 150 and not _fields(following):
                return _clean(following.stripped), following.span(text)
    if kind == "raadsvoorstel":
        for line in head[:20]:
            if re.match(r"^\s*Raadsvoorstel\s+\S", line.text):
                return _clean(line.stripped), line.span(text)
    if kind == "motie":
        for line in head[:5]:
            m = re.match(r"^\s*Motie\s*[:\-\u2013]\s*(?P<title>\S.*)$", line.text)
            if m:
                span = Span.trimmed_of(text, line.begin + m.start("title"), line.end)
                return _clean(m.group("title")), span
    if kind == "regiovisie" and part_heading is not None:
        heading = part_heading
        if heading.stripped.lower() == "regiovisie":
            following = [line for line in lines if line.index > heading.index and not line.blank][:1]
            if following and _title_like(following[0].stripped):
                subtitle = following[0]
                title = f"Regiovisie {subtitle.stripped}"
                return _clean(title), Span.trimmed_of(text, heading.begin, subtitle.end)
    if kind == "presentatie":
        found = _presentation_title(text, lines)
        if found is not None:
            return found
    if kind == "raadsbesluit":
        for line in head[:10]:
            if re.match(r"^\s*Besluit van de\b", line.text, re.IGNORECASE):
                return _clean(line.stripped.rstrip(",;")), line.span(text)
        return None, None
    if kind in {"raadsinformatiebrief", "brief", "advies"}:
        return None, None
    for line in head[:6]:
        if (_SKIP_LINK.match(line.text) or heading_kind(line) or _LETTERHEAD.match(line.text)
                or _BREADCRUMB.search(line.text) or _fields(line)):
            continue
        if _title_like(line.stripped):
            return _clean(line.stripped), line.span(text)
        break
    return None, None


def _title_like(text: str) -> bool:
    """A line that can be a title: short, no sentence end, not a list item, field or date."""
    return (
        0 < len(text.split()) <= 15
        and len(text) <= 150
        and text[-1] not in ".,;:?!"
        and not _ITEM.match(text + " ")
        and not _FIELD.match(text)
        and any(c.isalpha() for c in text)
        and not _is_date_line(text)
        and _place_date(text) is None
    )


def _presentation_title(text: str, lines: list[Line]) -> tuple[str, Span] | None:
    """The first block that is not the agenda, a bullet list or an agenda entry repeated."""
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
            return _clean(joined), Span.trimmed_of(text, block[0].begin, block[-1].end)
    return None


def _clean(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip()
    return value[:1].upper() + value[1:].lower() if value.isupper() and len(value.split()) == 1 else value

