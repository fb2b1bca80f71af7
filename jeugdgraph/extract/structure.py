"""The layout of a normalised document text: lines, paragraphs, sentences and lists.

Council documents reach us as text extracted from PDF, Word or web pages, so layout is all that
is left of their structure: a numbered list is ``1.``, ``2)`` or ``- 1)`` at the start of a line,
a paragraph is broken by blank lines, and PDF text often puts a blank line after *every* printed
line. Sentences therefore run on across a blank line when the text before it does not end a
sentence and is not a heading. Every unit here carries original offsets, so what the extractors
quote is verbatim text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..facts import Span

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset({
    "bv", "bijv", "o.a", "d.d", "jl", "e.d", "ca", "nr", "dhr", "mevr", "mw", "drs", "dr", "mr", "ir",
    "ing", "prof", "t.a.v", "i.v.m", "m.b.t", "e.a", "z.s.m", "incl", "excl", "art", "blz", "vs", "resp",
    "evt", "m.i.v", "t/m", "i.s.m", "o.b.v", "a.s", "st", "sept", "okt", "jan", "feb", "mrt", "apr",
    "aug", "nov", "dec", "p", "pag", "vgl", "zgn", "etc", "n.a.v", "i.p.v", "ivm", "tel",
})

# (with the symbols a word processor's lists leave in extracted text: \uf0b7, \uf0a7, \uf0d8, ➢, ►, ○, ■, ✓)
_BULLET = (
    r"[-\u2013\u2022\u25aa\u25cf\u00b7*\u2219\u25e6\u2043\uf0b7\uf0a7\uf0d8\u27a2\u25ba\u25cb\u25a0\u2713\u2714]"
)
ITEM_MARKER = re.compile(
    rf"^[ \t]*(?:(?:{_BULLET})[ \t]*)?(?P<num>\d{{1,2}})[.)](?=\s|$)[ \t]*"
    rf"|^[ \t]*(?P<letter>[a-z])[.)][ \t]+"
    rf"|^[ \t]*(?P<bullet>{_BULLET})[ \t]+"
    # the points of a raadsbesluit in Roman numerals: "I. vast te stellen ...", "II. in te trekken ..."
    r"|^[ \t]*(?P<roman>I{1,3}|IV|VI{0,3}|IX|X)[.)][ \t]+"
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_TERMINAL = ".!?:;"


@dataclass(frozen=True)
class Line:
    """One line of a text (the one line splitter of extraction: metadata uses it too)."""

    begin: int
    end: int  # exclusive, before the newline
    text: str
    index: int = 0  # the line's number in the text, from 0
    # a document's lines are kept and shared by the extractors, which ask these hundreds of times:
    # set once when the line is made (a cached_property's first reading takes a lock)
    stripped: str = field(init=False, repr=False, compare=False)
    blank: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        stripped = self.text.strip()
        object.__setattr__(self, "stripped", stripped)
        object.__setattr__(self, "blank", not stripped)

    def span(self, source: str) -> Span:
        return Span.trimmed_of(source, self.begin, self.end)


# The extractors of one document each ask for its lines, paragraphs and sentences: the last few
# texts' are kept (as tuples; every caller gets its own list).


def lines(text: str) -> list[Line]:
    return list(_lines(text))


@lru_cache(maxsize=32)
def _lines(text: str) -> tuple[Line, ...]:
    result, begin = [], 0
    for index, raw in enumerate(text.split("\n")):
        result.append(Line(begin, begin + len(raw), raw, index))
        begin += len(raw) + 1
    return tuple(result)


@dataclass(frozen=True)
class Paragraph:
    """Consecutive non-blank lines."""

    span: Span
    lines: tuple[Line, ...]


def paragraphs(text: str) -> list[Paragraph]:
    return list(_paragraphs(text))


@lru_cache(maxsize=32)
def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    result: list[Paragraph] = []
    current: list[Line] = []
    for line in lines(text) + [Line(len(text), len(text), "")]:
        if line.blank:
            if current:
                span = Span.trimmed_of(text, current[0].begin, current[-1].end)
                result.append(Paragraph(span, tuple(current)))
                current = []
        else:
            current.append(line)
    return tuple(result)


#: Words a title never ends with: a line that does was cut in the middle of a sentence.
_FUNCTION_WORDS = frozenset({
    "de", "het", "een", "van", "en", "in", "op", "voor", "met", "aan", "te", "tot", "om", "bij", "door",
    "naar", "dat", "die", "of", "als", "zijn", "is", "wordt", "worden", "er", "ook", "niet", "we", "wij",
})


def is_heading(text: str) -> bool:
    """A short line without sentence punctuation: a section title or slide title."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".;,":
        return False
    words = stripped.split()
    return len(stripped) <= 60 and len(words) <= 8 and words[-1].lower() not in _FUNCTION_WORDS


@dataclass(frozen=True)
class ListItem:
    number: int  # its number as written, or its position for bullets and letters
    marker: Span
    content: Span  # the item's own text, trimmed, without the marker


#: A number that opens an item inside a line: at the start, or after ":" or ";" ("verzoekt het
#: college: 1. ...; 2. ...;"), as a flattened PDF writes a numbered list.
_INLINE_MARKER = re.compile(r"(?:^|(?<=[:;])|(?<=[:;][ \t])|(?<=\bom[ \t]))[ \t]*(?P<n>\d{1,2})[.)][ \t]+")
_INLINE_END = re.compile(r"[.!?](?=[ \t]+[A-Z])|\n[ \t]*\n")


def in_turn(markers: Iterable[re.Match[str]], *, first_at: int | None = None) -> list[re.Match[str]]:
    """The markers whose number (group ``n``) counts 1, 2, 3 ... in turn, skipping a number out of turn (a
    year or a section's number inside a point is no point); with ``first_at``, point 1 starts there."""
    chosen: list[re.Match[str]] = []
    for m in markers:
        if int(m.group("n")) == len(chosen) + 1 and (chosen or first_at is None or m.start() == first_at):
            chosen.append(m)
    return chosen


def inline_list_at(text: str, offset: int) -> list[ListItem]:
    """A numbered list written on one line from ``offset`` (``1. ...; 2. ...;``): items numbered
    1, 2, 3 in turn, the last one ending with its sentence (or the paragraph)."""
    markers = []
    position = offset
    expected = 1
    while (m := _INLINE_MARKER.match(text, position) if expected == 1 else None) or (
        expected > 1 and (m := _next_marker(text, position, expected))
    ):
        markers.append(m)
        position = m.end()
        expected += 1
    if len(markers) < 2:
        return []
    items = []
    for index, m in enumerate(markers):
        if index + 1 < len(markers):
            end = markers[index + 1].start()
        else:
            stop = _INLINE_END.search(text, m.end())
            end = stop.start() + (1 if stop and text[stop.start()] in ".!?" else 0) if stop else len(text)
        content = Span.trimmed_of(text, m.end(), end)
        items.append(ListItem(int(m.group("n")), Span.of(text, m.start("n"), m.end()), content))
    return items


#: A number that opens the next item after the full stop of the item before ("1. De verordening vast te
#: stellen. 2. De raad te informeren."), close to it: further on it is a section's number.
_MARKER_AFTER_STOP = re.compile(r"(?<=\.)[ \t]+(?P<n>\d{1,2})[.)][ \t]+(?=[A-Z])")
_ITEM_REACH = 400


def _next_marker(text: str, position: int, expected: int) -> re.Match[str] | None:
    """The marker numbered ``expected`` after ``position`` within the same paragraph."""
    paragraph_end = text.find("\n\n", position)
    limit = len(text) if paragraph_end < 0 else paragraph_end
    for m in _INLINE_MARKER.finditer(text, position, limit):
        if m.start() > position and int(m.group("n")) == expected:
            return m
    for m in _MARKER_AFTER_STOP.finditer(text, position, min(limit, position + _ITEM_REACH)):
        if int(m.group("n")) == expected:
            return m
    return None


def list_at(text: str, offset: int) -> list[ListItem]:
    """The list that starts at the first non-blank line at or after ``offset`` (or ``[]``).

    An item runs until the next item marker of the same kind; the list ends at a blank line
    followed by a line that neither is an item nor continues the sentence of the last item. A
    marker alone on its line (``• 1.`` in published regulations) takes the next line as its text.
    """
    all_lines = [ln for ln in lines(text) if ln.begin >= offset]
    index = 0
    while index < len(all_lines) and all_lines[index].blank:
        index += 1
    if index >= len(all_lines):
        return []
    first = ITEM_MARKER.match(all_lines[index].text)
    if not first:
        return []
    kind = _kind(first)
    items: list[tuple[int, Span, int, int]] = []  # number, marker, content begin, content end
    expected = _number_of(first) if kind in {"num", "roman"} else 1
    blank_before = False
    for line in all_lines[index:]:
        if line.blank:
            blank_before = True
            continue
        marker = ITEM_MARKER.match(line.text)
        counted = kind in {"num", "roman"}
        if marker and _kind(marker) == kind and (not counted or _number_of(marker) == expected):
            number = expected
            marker_span = Span.trimmed_of(text, line.begin + marker.start(), line.begin + marker.end())
            items.append((number, marker_span, line.begin + marker.end(), line.end))
            expected += 1
        elif items and (
            not text[items[-1][2] : items[-1][3]].strip()  # "• 1." alone: its text is on the next line
            or (not blank_before and not _ends_and_restarts(text[items[-1][2] : items[-1][3]], line.text))
            or _continues(text[items[-1][2] : items[-1][3]], line.text)
            or (kind in {"num", "roman"} and marker and _kind(marker) != kind)  # a sub-list (a., b., -)
        ):
            number, marker_span, begin, _ = items[-1]
            items[-1] = (number, marker_span, begin, line.end)
        else:
            break
        blank_before = False
    return [
        ListItem(number, marker, Span.trimmed_of(text, begin, end))
        for number, marker, begin, end in items
    ]


def _kind(marker: re.Match[str]) -> str:
    if marker.group("roman"):
        return "roman"
    return "num" if marker.group("num") else "letter" if marker.group("letter") else "bullet"


def _number_of(marker: re.Match[str]) -> int:
    roman = marker.group("roman")
    return _ROMAN[roman] if roman else int(marker.group("num"))


def _ends_and_restarts(previous: str, line: str) -> bool:
    """Does the item end with a full sentence and ``line`` start a new one (PDF text without
    paragraph gaps: ``3. ... Haarlem.`` followed by ``Gedaan in de vergadering van ...``)?"""
    return previous.rstrip()[-1:] in ".!?" and line.lstrip()[:1].isupper()


def _continues(previous: str, line: str) -> bool:
    """Does ``line`` (after a blank line) continue the sentence of ``previous``?"""
    stripped = previous.rstrip()
    if not stripped or stripped[-1] in _TERMINAL:
        return False
    first = line.lstrip()[:1]
    return first.islower()


# --------------------------------------------------------------------------- sentences

def _blocks(text: str) -> list[Span]:
    """Paragraphs, with PDF-style line breaks healed: a paragraph that does not end a sentence
    (and is no heading) runs on into the next one."""
    merged: list[Span] = []
    ends_sentence = True  # the text before the current block ended a sentence
    for paragraph in paragraphs(text):
        body = paragraph.span.text
        starts_item = bool(ITEM_MARKER.match(paragraph.lines[0].text))
        heading = _is_heading_block(merged[-1], text) or (
            _is_headline(merged[-1], text) and body[:1].isupper()) if merged else False
        if merged and not ends_sentence and not starts_item and not heading:
            merged[-1] = Span.of(text, merged[-1].begin, paragraph.span.end)
        else:
            merged.append(paragraph.span)
        # a headline that quotes someone ends with the closing quote ("... een fooitje’")
        ends_sentence = body.rstrip()[-1:] in _TERMINAL or body.rstrip().endswith((",=", "\u2019", "\u201d"))
    return merged


def _is_heading_block(span: Span, text: str) -> bool:
    if "\n" in span.text:
        return False
    if not is_heading(span.text):
        return False
    before = text[: span.begin].rstrip()
    return not before or before[-1] in _TERMINAL or is_heading(before.rsplit("\n", 1)[-1])


def _is_headline(span: Span, text: str) -> bool:
    """A news headline: one line of a few words without a sentence's end, after a heading or a sentence
    ("Gemeente X gaat aan de slag met de wachtlijsten in de jeugdhulp"); a capitalised paragraph after it
    opens a sentence of its own rather than continuing it."""
    body = span.text
    if "\n" in body or not body[:1].isupper() or len(body) > 120:
        return False
    words = body.split()
    if not 4 <= len(words) <= 16 or words[-1].lower() in _FUNCTION_WORDS or body[-1] in ",;:(-":
        return False
    before = text[: span.begin].rstrip()
    return not before or before[-1] in _TERMINAL or is_heading(before.rsplit("\n", 1)[-1])


_SENTENCE_BREAK = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u2018\u201c(]?[A-ZÀ-Þ0-9\u2022\u20ac-])")
_LINE_ITEM = re.compile(rf"\n[ \t]*(?={_BULLET}[ \t]|\d{{1,2}}[.)][ \t])")


def sentences(text: str) -> list[Span]:
    """Sentences of the text in order (list items and headings are sentences of their own)."""
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Span, ...]:
    result: list[Span] = []
    for block in _blocks(text):
        for piece in _split_items(block, text):
            result.extend(_split_sentences(piece, text))
    return tuple(result)


def alone_on_line(sentence: Span, text: str) -> bool:
    """A heading or headline alone on its line without a sentence's end: it announces what the text below
    it tells ("Gemeente X gaat aan de slag met de wachtlijsten"), it states nothing of its own."""
    body = sentence.text
    if body[-1:] in ".!\"'\u201d\u2019)" or "\n" in body or ITEM_MARKER.match(body):
        return False
    line_begin = text.rfind("\n", 0, sentence.begin) + 1
    line_end = text.find("\n", sentence.end)
    return not text[line_begin:sentence.begin].strip() and not text[sentence.end:(
        len(text) if line_end < 0 else line_end)].strip()


def _split_items(block: Span, text: str) -> Iterator[Span]:
    begin = block.begin
    for m in _LINE_ITEM.finditer(text, block.begin, block.end):
        if m.start() > begin:
            yield Span.trimmed_of(text, begin, m.start())
        begin = m.end()
    if block.end > begin:
        yield Span.trimmed_of(text, begin, block.end)


def _split_sentences(piece: Span, text: str) -> Iterator[Span]:
    begin = piece.begin
    for m in _SENTENCE_BREAK.finditer(text, piece.begin, piece.end):
        if _is_abbreviation(text, m.start()):
            continue
        end = m.end()
        if end > begin:
            span = Span.trimmed_of(text, begin, end)
            if span.text:
                yield span
        begin = end
    if piece.end > begin:
        span = Span.trimmed_of(text, begin, piece.end)
        if span.text:
            yield span


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or initials (``E.F.A.``, ``bijv.``)?"""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "./"):
        start -= 1
    word = text[start:dot].lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # initials: single capitals with full stops, "E.F.A." or "J."
    return bool(_INITIALS.fullmatch(text[start:dot]))


_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def sentence_at(sentence_spans: list[Span], offset: int) -> Span | None:
    for span in sentence_spans:
        if span.begin <= offset < span.end:
            return span
    return None
