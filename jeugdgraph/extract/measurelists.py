"""The lists of measures a document gives: a line that names them before its colon (``Maatregelen:``,
``De volgende stappen:``), and such a list flattened into one line (``... via vijf programmalijnen: 1.
Herstel ... 2. Basis op orde ...``). Used by ``measures``.
"""

from __future__ import annotations

import re

from ..facts import Span
from .structure import Line, in_turn

#: A heading word of a list of measures, before the colon that opens it.
MEASURE_LIST_HEADER = re.compile(
    r"\b(?:maatregel\w*|stappen|acties|actiepunten|deelprojecten|verbeteracties|speerpunten|actielijnen)\b",
    re.IGNORECASE,
)
_INLINE_LIST_HEADER = re.compile(
    r"(?i)\b(?:maatregel\w*|stappen|acties|actiepunten|verbeteracties|speerpunten|actielijnen|programmalijnen)"
    r"\s*:(?=[ \t]*1[.)][ \t])"
)
# a point's number inside a line, after a sentence or at the start: "... nodig heeft. 2. Basis op orde"
_POINT_IN_LINE = re.compile(r"(?:^|(?<=[.;:!?])[ \t]+)(?P<n>\d{1,2})[.)][ \t]+(?=[A-Z])")


def flattened_list(text: str, line: Line) -> list[Span]:
    """The points of a list of measures flattened into ``line`` after its heading word and colon, or none."""
    if ": 1" not in line.text or not (inline := _INLINE_LIST_HEADER.search(line.text)):
        return []
    return _numbered_in_line(text, line.begin + inline.end(), line.end)


def _numbered_in_line(text: str, begin: int, end: int) -> list[Span]:
    """The points 1, 2, 3 ... of a list flattened into one line, each up to the next."""
    starts = in_turn(_POINT_IN_LINE.finditer(text, begin, end), first_at=begin)
    if len(starts) < 2:
        return []
    ends = [m.start() for m in starts[1:]] + [end]
    return [Span.trimmed_of(text, m.end(), stop) for m, stop in zip(starts, ends, strict=True)]


__all__ = ["MEASURE_LIST_HEADER", "flattened_list"]
