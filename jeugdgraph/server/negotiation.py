"""Content negotiation: which answer format fits a request.

A ``format=`` parameter (a short name such as ``csv`` or a media type, or several separated by
commas) overrides the Accept header when it names a format offered; a format that does not fit
the query is 406, a value the server does not know gives way to the Accept header. Otherwise
each format the server offers gets the quality of the most specific Accept range that matches
one of its media types (RFC 9110 section 12.5.1); the best quality wins and ties go to the
server's order of preference. ``NotAcceptable`` (406) when nothing fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..errors import NotAcceptable
from ..query.formats import GRAPH_FORMATS, RESULT_FORMATS, Format

ALL_FORMATS = (*RESULT_FORMATS, *GRAPH_FORMATS)


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")

    def matches(self, media_type: str) -> bool:
        main, _, sub = media_type.partition("/")
        return self.type in ("*", main) and self.subtype in ("*", sub)


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are skipped, not fatal."""
    ranges: list[MediaRange] = []
    for item in (header or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if "/" not in media:
            continue
        main, _, sub = media.partition("/")
        if not main or not sub or (main == "*" and sub != "*"):
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q))
    return ranges


def quality_of_media_type(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The quality of the most specific range that matches ``media_type`` (0 when none does)."""
    matching = [r for r in ranges if r.matches(media_type)]
    if not matching:
        return 0.0
    most_specific = max(r.specificity for r in matching)
    return max(r.q for r in matching if r.specificity == most_specific)


def quality(ranges: Sequence[MediaRange], fmt: Format) -> float:
    """How much the client wants ``fmt``: the best of its media types' qualities."""
    return max(quality_of_media_type(ranges, media_type) for media_type in fmt.media_types)


def by_name(offered: Sequence[Format], name: str) -> Format | None:
    wanted = name.strip().lower().split(";")[0].strip()
    for fmt in offered:
        if wanted in fmt.names or wanted in fmt.media_types:
            return fmt
    return None


def choose(offered: Sequence[Format], accept: str | None, override: str | None = None) -> Format:
    """The format to answer in, from the ``format=`` override or the Accept header."""
    chosen = _choice(tuple(offered), accept, override)
    if isinstance(chosen, str):
        raise NotAcceptable(chosen)
    return chosen


@lru_cache(maxsize=512)
def _choice(offered: tuple[Format, ...], accept: str | None, override: str | None) -> Format | str:
    """The chosen format, or why none fits. Cached: clients send the same few Accept headers
    again and again, and weighing every range against every format costs more than the rest of
    a small query's handling."""
    names = [name for name in (override or "").split(",") if name.strip()]  # SPARQLWrapper sends two
    for name in names:  # the first value that names an offered format wins
        fmt = by_name(offered, name)
        if fmt is not None:
            return fmt
    for name in names:  # a format of the other kind (CSV for a CONSTRUCT) does not fit
        if by_name(ALL_FORMATS, name) is not None:
            return f"Het formaat '{name}' past niet bij deze query; kies uit: {_names(offered)}."
    # a value the server does not know at all gives way to the Accept header
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]
    scored = [(quality(ranges, fmt), -index, fmt) for index, fmt in enumerate(offered)]
    q, _, fmt = max(scored, key=lambda item: (item[0], item[1]))
    if q <= 0:
        return (
            f"Geen van de gevraagde formaten ({accept}) is beschikbaar voor deze query; "
            f"beschikbaar: {_names(offered)}."
        )
    return fmt


def try_choose(offered: Sequence[Format], accept: str | None, override: str | None = None) -> Format | None:
    chosen = _choice(tuple(offered), accept, override)
    return None if isinstance(chosen, str) else chosen


def _names(offered: Sequence[Format]) -> str:
    return ", ".join(f"{f.names[0]} ({f.media_type})" for f in offered)
