"""Document metadata (kind, title, date, registration number, publisher) and the documents inside
one file.

A council file often holds several documents: a raadsvoorstel with its raadsbesluit, the
regiovisie it adopts, an advice and a letter. Each starts either with a kind heading on a line
of its own (``RAADSBESLUIT``, ``REGIOVISIE``, ``Raadsinformatiebrief``), possibly under a
``Gemeente X`` letterhead, or as a letter: an address block, a place and date, a subject and a
salutation (``Geacht College,``). Every part gets its own metadata from its own text.

What a document does not state stays empty: a news item dated ``20 januari`` gets no date (its
``date_text`` keeps what is written), a raadsbesluit whose meeting date is left blank gets none,
and the publisher is only taken from a letterhead, a sign-off or a decision formula, never from
a municipality the text merely mentions. Values from a sidecar file win over inferred ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .. import iris
from ..facts import DocumentKind, DocumentMetadata, DocumentPart, GazetteerEntry, SourceText, Span
from . import prefilter
from .bodyvoice import enacting_board, joint_body_issuer
from .compiled import for_gazetteer
from .dates import find_dates
from .docdates import _date, _place_date
from .issuers import page_issuer
from .kinds import HEADING_KINDS, classify, heading_kind, number_in_heading
from .layout import (
    _ADDRESSEE,
    _ATTACHMENT,
    _FIELD,
    _LETTERHEAD,
    _PHONE,
    _POSTBUS,
    _POSTCODE,
    _SALUTATION,
    _STREET,
    _URL_OR_MAIL,
    Line,
    split_lines,
)
from .learneddates import checked_date
from .learnedpublishers import model_publisher
from .names import (
    JOINT_BODY_KINDS,
    MUNICIPALITY_KINDS,
    _apply_sidecar,
    _identifier,
    _Names,
    _publisher,
    governing_municipality,
    number_in_title,
)
from .officercolumns import officer_column
from .titles import _title

MIN_PART_LINES = 3  # a kind heading with less text under it is a page header, not a document

# --- entry point ------------------------------------------------------------------------------


def extract_metadata(
    source: SourceText,
    sidecar: dict[str, Any] | None = None,
    *,
    gazetteer: Sequence[GazetteerEntry] = (),
    region: str | None = None,
) -> tuple[DocumentMetadata, list[DocumentPart]]:
    """The file's metadata and, when it holds several documents, each of them as a part.

    ``gazetteer`` resolves a municipality or body named in a letterhead or sign-off (and in the
    sidecar) to its IRI; ``region`` is the IRI of the youth-care region a regiovisie belongs to
    when its title does not name one the gazetteer knows. A file with one document has no parts.
    """
    text = source.text
    lines = split_lines(text)
    names = for_gazetteer(_Names, gazetteer)
    ranges = _part_ranges(text, lines)
    parts: list[DocumentPart] = []
    if len(ranges) > 1:
        counters: dict[str, int] = {}
        for part_range in ranges:
            metadata, heading = _infer(text, lines, part_range, names, region)
            counters[metadata.kind] = counters.get(metadata.kind, 0) + 1
            span = Span.trimmed_of(text, part_range.begin, part_range.end)
            parts.append(DocumentPart(counters[metadata.kind], metadata, span, heading))
        _identifiers_from_attachment_lists(text, lines, ranges, parts)
        metadata = _with_reproduced(parts)
    else:
        whole = _PartRange(0, len(text), ranges[0].heading_kind if ranges else None, None)
        metadata, _ = _infer(text, lines, whole, names, region)
    if sidecar:
        metadata = _apply_sidecar(metadata, sidecar, names, source)
    return metadata, parts


def issued_part(text: str) -> tuple[list[Line], DocumentKind]:
    """The lines (after a viewer's chrome) and kind of the document the file's metadata comes from:
    what the ``publisher`` model reads, in training as in the build."""
    own, kind = dated_part(text)
    return _after_viewer(own), kind


def dated_part(text: str) -> tuple[list[Line], DocumentKind]:
    """The lines and kind of the document the file's metadata comes from (its first part): what the
    ``docdate`` model reads, in training as in the build."""
    lines = split_lines(text)
    ranges = _part_ranges(text, lines)
    whole = _PartRange(0, len(text), ranges[0].heading_kind if ranges else None, None)
    part = ranges[0] if len(ranges) > 1 else whole
    own = lines[bisect_left(lines, part.begin, key=_begin):bisect_left(lines, part.end, key=_begin)]
    return own, part.heading_kind or classify(text[part.begin:part.end])


# --- parts ------------------------------------------------------------------------------------


def _with_reproduced(parts: list[DocumentPart]) -> DocumentMetadata:
    """The file's metadata: its first part's; when that part is only a page's introduction (no kind of
    its own) to a document the page reproduces (a party's motion, its written questions), the kind of
    that document, and what the introduction does not state taken from it too."""
    metadata = replace(parts[0].metadata)
    if metadata.kind != "document":
        return metadata
    reproduced = next((part.metadata for part in parts[1:] if part.metadata.kind != "document"), None)
    if reproduced is None:
        return metadata
    changes: dict[str, Any] = {"kind": reproduced.kind}
    for field in ("title", "date", "date_text", "identifier", "publisher", "publisher_name"):
        if getattr(metadata, field) is None and getattr(reproduced, field) is not None:
            changes[field] = getattr(reproduced, field)
    return replace(metadata, **changes)


@dataclass(frozen=True)
class _PartRange:
    begin: int
    end: int
    heading_kind: DocumentKind | None
    heading: Line | None  # the kind heading line, when the part has one


@dataclass(frozen=True)
class _Start:
    line: int  # index of the first line of the part
    heading: Line | None
    kind: DocumentKind | None
    letter: bool



def _part_ranges(text: str, lines: list[Line]) -> list[_PartRange]:
    starts: list[_Start] = []
    salutes = prefilter.may_match(_SALUTATION, text, None)  # one look at the text instead of one per line
    for line in lines:
        kind = heading_kind(line)
        if kind is not None:
            starts.append(_Start(_with_letterhead(lines, line.index), line, kind, letter=False))
        elif salutes and _SALUTATION.match(line.text):
            starts.append(_Start(_letter_head_start(lines, line.index), None, None, letter=True))
    starts.sort(key=lambda s: s.line)

    kept: list[_Start] = []
    for start in starts:
        one_is_letter = kept and (kept[-1].letter or start.letter)
        if one_is_letter and _no_prose_between(lines, kept[-1].line, start.line):
            previous = kept[-1]
            if previous.heading is None and start.heading is not None:
                # a letter head followed by a kind heading: one document, the heading names it
                kept[-1] = _Start(previous.line, start.heading, start.kind, letter=False)
            continue
        if start.heading is not None and not _has_substance(lines, start):
            continue  # a lone "Raadsinformatiebrief" at the end of a page is no document
        kept.append(start)
    if not kept:
        return []
    first = kept[0]
    if first.line > 0 and not _no_prose_between(lines, 0, first.line):
        kept.insert(0, _Start(0, None, None, letter=False))
    else:
        kept[0] = _Start(0, first.heading, first.kind, first.letter)
    ranges = []
    for index, start in enumerate(kept):
        end = lines[kept[index + 1].line].begin if index + 1 < len(kept) else len(text)
        ranges.append(_PartRange(lines[start.line].begin, end, start.kind, start.heading))
    return ranges


def _with_letterhead(lines: list[Line], index: int) -> int:
    """The heading's line, or the ``Gemeente X`` letterhead line just above it."""
    j = index - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    return j if j >= 0 and _LETTERHEAD.match(lines[j].text) else index


def _is_head_line(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if (_POSTBUS.match(text) or _POSTCODE.match(text) or _STREET.match(text) or _URL_OR_MAIL.match(text)
            or _PHONE.match(text) or _ADDRESSEE.match(text) or _LETTERHEAD.match(text)):
        return True
    if _FIELD.match(text.split("\t")[0]) or _place_date(text) is not None:
        return True
    previous = index - 1
    while previous >= 0 and lines[previous].blank:
        previous -= 1
    if previous >= 0:  # the subject under an empty "Betreft:" or "Onderwerp:" field
        field = _FIELD.match(lines[previous].text)
        if field and field.group("name").lower() in {"betreft", "onderwerp"} and not field.group("value"):
            return len(text.strip()) < 150
    return _is_name_above_address(lines, index, depth=0)


def _is_name_above_address(lines: list[Line], index: int, depth: int) -> bool:
    """A short name line directly above an address (``GRJR`` over ``Postbus 70013``)."""
    text = lines[index].stripped
    if not text or len(text) > 60 or len(text.split()) > 8 or text[-1] in ".;:!?" or depth > 3:
        return False
    if index + 1 >= len(lines) or lines[index + 1].blank:
        return False
    below = lines[index + 1].text
    if _POSTBUS.match(below) or _STREET.match(below) or _POSTCODE.match(below):
        return True
    return _is_name_above_address(lines, index + 1, depth + 1)


def _letter_head_start(lines: list[Line], salutation: int) -> int:
    start = salutation
    j = salutation - 1
    while j >= 0:
        if lines[j].blank:
            j -= 1
            continue
        if not _is_head_line(lines, j):
            break
        start = j
        j -= 1
    return start


def _is_prose(line: Line) -> bool:
    text = line.stripped
    if _FIELD.match(text.split("\t")[0]):
        return False
    words = len(text.split())
    if words < 15 and text[-1:] not in ".;:!?,":  # a heading ("Schriftelijke vragen X over Y"), not prose
        return False
    return len(text) >= 70 or words >= 10


def _no_prose_between(lines: list[Line], first: int, last: int) -> bool:
    return not any(_is_prose(line) for line in lines[first:last])


def _has_substance(lines: list[Line], start: _Start) -> bool:
    assert start.heading is not None
    following = [line for line in lines[start.heading.index + 1:start.heading.index + 40] if not line.blank]
    return len(following) >= MIN_PART_LINES


# --- inference for one document ---------------------------------------------------------------


def _begin(line: Line) -> int:
    return line.begin


def _infer(
    text: str, lines: list[Line], part: _PartRange, names: _Names, region: str | None
) -> tuple[DocumentMetadata, Span | None]:
    # the lines are in text order: the part's are one run of them
    own = lines[bisect_left(lines, part.begin, key=_begin):bisect_left(lines, part.end, key=_begin)]
    body = text[part.begin:part.end]
    kind = part.heading_kind or classify(body)
    title, title_span = _title(text, own, kind, part.heading)
    when, date_text = _date(own, kind)
    when = checked_date(own, kind, when, date_text)  # the docdate model's check of the rules' date
    metadata = DocumentMetadata(
        kind=kind,
        title=title,
        date=when,
        date_text=date_text,
        identifier=_identifier(own) or number_in_title(title, kind) or number_in_heading(own),
        publisher=_publisher(issued := _after_viewer(own), kind, names, title),
    )
    if metadata.publisher is None and (issuer := page_issuer(issued, kind, names.is_municipality)):
        metadata.publisher, metadata.publisher_name = str(iris.organisatie(issuer)), issuer
    if metadata.publisher is None and kind == "regeling" and (board := enacting_board(issued)):
        known = names.exact(board, JOINT_BODY_KINDS) if names else None
        metadata.publisher = known or str(iris.organisatie(board))
        metadata.publisher_name = None if known else board
    if metadata.publisher is None and names:
        metadata.publisher = joint_body_issuer(issued, kind, lambda name: names.exact(name, JOINT_BODY_KINDS))
    if metadata.publisher is None:
        metadata.publisher = governing_municipality(body, names, kind)
    if metadata.publisher is None and names:
        metadata.publisher = officer_column(own, kind, lambda name: names.exact(name, MUNICIPALITY_KINDS))
    if metadata.publisher is None and names:  # no rule names it: the publisher model's choice, if probable
        metadata.publisher = model_publisher(issued, kind, lambda name: names.exact(name, MUNICIPALITY_KINDS))
    if kind == "regiovisie":
        metadata.period = _period(title, own)
        metadata.region = names.region_in(title or "") or region
    heading = part.heading.span(text) if part.heading is not None else title_span
    if heading is None:
        first = next((line for line in own if not line.blank), None)
        heading = first.span(text) if first is not None else None
    return metadata, heading



_VIEWER_END = re.compile(r"^\s*(?:Hele tekst|Volledige tekst)\s*$")
_FIRST_PAGE = re.compile(r"^\s*\(1\)\s*$")


def _after_viewer(lines: list[Line]) -> list[Line]:
    """The document's own lines after a document-sharing site's viewer chrome ("Share", "Copied!", "Hele
    tekst" over the first page's mark "(1)"): the chrome repeats the title and names no issuer, and it would
    push the document's letterhead out of its head."""
    head = [line for line in lines if not line.blank][:40]
    for above, below in zip(head, head[1:], strict=False):
        if _VIEWER_END.match(above.text) and _FIRST_PAGE.match(below.text):
            return lines[below.index - lines[0].index + 1:]
    return lines


def _period(title: str | None, lines: list[Line]) -> tuple[int, int] | None:
    for match in find_dates(title or ""):
        if match.period:
            return match.period
    for line in lines:
        for match in find_dates(line.text):
            if match.period and re.search(r"(?i)visie", line.text[:match.span.begin]):
                return match.period
    return None


# --- attachment lists: registration numbers of the documents attached -------------------------


def _identifiers_from_attachment_lists(
    text: str, lines: list[Line], ranges: list[_PartRange], parts: list[DocumentPart]
) -> None:
    """``1. Regiovisie Jeugdhulp Rijnmond 2026-2030<TAB>2051059`` names the registration number of
    an attached document; a later part of that kind whose title shares the words gets it."""
    for index, part_range in enumerate(ranges):
        for line in lines:
            if not part_range.begin <= line.begin < part_range.end:
                continue
            m = _ATTACHMENT.match(line.text)
            if not m:
                continue
            words = _significant_words(m.group("title"))
            kind = HEADING_KINDS.get(words[0]) if words else None
            kind = kind or _ATTACHMENT_KINDS.get(words[0] if words else "")
            if kind is None:
                continue
            candidates = [
                part for part in parts[index + 1:]
                if part.metadata.kind == kind and set(words) <= set(_significant_words(
                    f"{part.metadata.kind} {part.metadata.title or ''}"))
            ]
            if len(candidates) == 1 and candidates[0].metadata.identifier is None:
                candidates[0].metadata.identifier = m.group("number")


_ATTACHMENT_KINDS: dict[str, DocumentKind] = {"advies": "advies", "brief": "brief", "besluit": "raadsbesluit"}
_FILLER_WORDS = frozenset({"aan", "van", "de", "het", "en", "tot"})


def _significant_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _FILLER_WORDS]


__all__ = ["HEADING_KINDS", "classify", "extract_metadata"]
