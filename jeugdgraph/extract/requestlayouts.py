"""Layouts in which a motion gives its requests that are no numbered list: dashes on one flattened line,
unmarked paragraphs after the dictum, and motions a party announces each under a heading of its own.
Used by ``assignments``."""

from __future__ import annotations

import re

from ..facts import Span
from .structure import ITEM_MARKER, ListItem, paragraphs

#: The motion's closing formula, which ends its last request.
ORDER_OF_THE_DAY = re.compile(
    r",?\s*en\s+ga(?:at|an)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag.*$", re.IGNORECASE | re.DOTALL
)


# a party's page that introduces its motions and gives each under a heading of its own, with what it asks
# in the paragraph below it ("De fractie dient de volgende moties in:" / "Meer schoolmaatschappelijk werk")
_MOTIONS_FOLLOW = re.compile(
    r"(?im)\b(?:de\s+volgende|onderstaande|deze|twee|drie|vier|vijf)\s+(?:moties|amendementen)\b"
    r"[^.\n]{0,20}:[ \t]*$")


def headed_motions(text: str) -> list[Span]:
    """Each motion under its heading after a line that announces them: the heading with its paragraph's
    first line (the motion's name and what it asks)."""
    announced = _MOTIONS_FOLLOW.search(text)
    if announced is None:
        return []
    found: list[Span] = []
    for paragraph in paragraphs(text):
        if paragraph.span.begin < announced.end():
            continue
        heading = paragraph.lines[0].text.strip()
        # a motion's name: a short capitalised line without a sentence's end
        if len(paragraph.lines) < 2 or not heading[:1].isupper() or heading[-1] in ".;:,?!" or not (
                1 <= len(heading.split()) <= 12):
            break
        found.append(Span.trimmed_of(text, paragraph.lines[0].begin, paragraph.lines[1].end))
    return found


# a flattened PDF's dashes: "verzoekt het college - X aan te stellen; - de raad te informeren, en gaat over"
_FIRST_DASH = re.compile(r"[-\u2013\u2022][ \t]+")
_INLINE_DASH = re.compile(r"(?<=[;,])[ \t]*[-\u2013\u2022][ \t]+")
_DASHES_END = re.compile(r"[.!?](?=[ \t]+[A-Z])|\n[ \t]*\n|,?[ \t]+en[ \t]+ga(?:at|an)[ \t]+over\b")


def inline_dashes(text: str, offset: int) -> list[ListItem]:
    """Requests each after a dash on one line, from ``offset`` up to the sentence's or the dictum's end."""
    first = _FIRST_DASH.match(text, offset)
    if first is None:
        return []
    stop = _DASHES_END.search(text, offset)
    end = stop.start() + (1 if stop and text[stop.start()] in ".!?" else 0) if stop else len(text)
    marks = [first, *_INLINE_DASH.finditer(text, first.end(), end)]
    if len(marks) < 2:
        return []
    ends = [m.start() for m in marks[1:]] + [end]
    return [ListItem(n, Span.of(text, m.start(), m.end()), Span.trimmed_of(text, m.end(), e))
            for n, (m, e) in enumerate(zip(marks, ends, strict=True), start=1)]


# requests written as unmarked paragraphs, each an infinitive clause ("Een coördinator aan te stellen;")
_REQUEST_CLAUSE = re.compile(r"\bte[ \t]+[a-z]{3,}\w*[ \t]*[;.,]?[ \t]*$")
# or with its object after the infinitive, closed by its punctuation: "Een onderzoek te doen naar de
# wachtlijsten;"
_REQUEST_WITH_OBJECT = re.compile(r"\bte[ \t]+[a-z]{3,}\w*\b[^;\n]*(?:[;,][ \t]*|\.)$")


def request_paragraphs(text: str, offset: int) -> list[ListItem]:
    """Unmarked paragraphs after the dictum, each a request ending in its infinitive, up to the closing
    formula or the first paragraph that is none."""
    found: list[ListItem] = []
    for paragraph in paragraphs(text):
        if paragraph.span.begin < offset:
            continue
        body = paragraph.span.text
        if len(paragraph.lines) > 3 or ORDER_OF_THE_DAY.match(body) or not (
                _REQUEST_CLAUSE.search(body) or _REQUEST_WITH_OBJECT.search(body)):
            break
        found.append(ListItem(len(found) + 1, Span.of(text, paragraph.span.begin, paragraph.span.begin),
                              paragraph.span))
        if body.endswith("."):
            break
    return found if len(found) >= 2 else []


def skip_space_and_colon(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t:\n,":
        offset += 1
    return offset


_REPORTED_OUTCOME = re.compile(
    r"\s+(?:(?:werd|wordt|is|werden|zijn)\s+(?:[^.\n]{0,40}?\s+)?|(?:(?:bijna|vrijwel)\s+)?unaniem\s+)"
    r"(?:aangenomen|verworpen|ingetrokken|aangehouden)\b.*$"
    # "... af te schaffen haalde geen meerderheid", "... kreeg onvoldoende steun", "... sneuvelde"
    r"|\s+(?:(?:haalde|haalden|kreeg|kregen)\s+(?:\w+\s+){0,2}?(?:meerderheid|steun)"
    r"|sneuvelde|strandde)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
#: Where a sentence ends inside a paragraph: a full stop before a capital ("... te komen. Wethouder").
SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-Z]|[ \t]*\n)")


def is_headline(text: str, trigger: int, request: Span) -> bool:
    """Whether the request stands in a line of its own without a sentence's end, a paragraph alone: a
    headline (a motion's own dictum opens a list or ends in punctuation)."""
    line_begin = text.rfind("\n", 0, trigger) + 1
    alone_before = line_begin == 0 or text[max(0, line_begin - 2):line_begin] == "\n\n"
    after = text[request.end:request.end + 2]
    return alone_before and after in {"\n\n", "\n", ""} and request.text[-1:] not in ".;:!?,"


# the next item of the list the request stands in, on a line of its own
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-\u2013\u2022])[ \t]+\S")


def single_assignment(text: str, offset: int) -> Span | None:
    """The request that follows the trigger in the same sentence, up to its end."""
    begin = skip_space_and_colon(text, offset)
    paragraph_end = text.find("\n\n", begin)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence_end = SENTENCE_END.search(text, begin, paragraph_end)
    body = text[begin:sentence_end.end() if sentence_end else paragraph_end]
    if not body.strip() or ITEM_MARKER.match(body):
        return None
    if (next_item := _NEXT_ITEM.search(body)) is not None:  # "1. het college op te dragen X;\n2. ..."
        body = body[: next_item.start()]
    body = ORDER_OF_THE_DAY.sub("", body)
    body = _REPORTED_OUTCOME.sub("", body)  # "... te houden werd met algemene stemmen aangenomen."
    end = begin + len(body.rstrip().rstrip(","))  # "...,\n\nen gaat over tot de orde van de dag"
    span = Span.trimmed_of(text, begin, end)
    return span if len(span.text.split()) >= 3 else None


__all__ = [
    "ORDER_OF_THE_DAY", "SENTENCE_END", "headed_motions", "inline_dashes", "is_headline",
    "request_paragraphs", "single_assignment", "skip_space_and_colon",
]
