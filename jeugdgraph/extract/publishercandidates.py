"""The municipalities a document's head and foot name, each with the features the ``publisher`` model reads.

A municipality named in the first lines (a cover's "Gemeente X", a title "Nota jeugdbeleid X", a sign-off
"burgemeester en wethouders van X") or the last lines is a candidate for the document's publisher. A
candidate's features say where it is named (line, first line, foot), how (after "gemeente", "college",
"raad", "te", alone on its line, inside a longer sentence), how often against the other municipalities
named, and the document's kind. Pure functions of the lines and a name lookup, so training sees what
the build sees.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .structure import Line

HEAD_LINES = 40
FOOT_LINES = 10
MAX_NAME_WORDS = 4
LINE_CHARS = 1500  # of a line (a flattened PDF is one long line): beyond its start, its body speaks
_NAME = re.compile(
    r"(?<![\w-])[A-Z\u00c0-\u00dd'][\w'\u2019.-]*"
    r"(?:[ -](?:[A-Z\u00c0-\u00dd'][\w'\u2019.-]*|aan|den|de|op|en|in|an|der|ter|bij|van)){0,3}"
)
_WORD = re.compile(r"[^\W\d_]+")
_BODY_WORDS = frozenset({"gemeente", "college", "raad", "gemeenteraad", "burgemeester", "wethouders"})


@dataclass(frozen=True)
class PublisherCandidate:
    """One municipality the document names, with the features of all the places it names it."""

    iri: str
    features: frozenset[str]


@dataclass(frozen=True)
class _Named:
    iri: str
    line: Line
    position: int
    foot: bool
    begin: int
    end: int


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _named(lines: list[Line], municipality: Callable[[str], str | None]) -> list[_Named]:
    filled = [line for line in lines if not line.blank]
    head, foot = filled[:HEAD_LINES], filled[HEAD_LINES:][-FOOT_LINES:]
    found = []
    for position, line in enumerate(head + foot):
        for m in _NAME.finditer(line.text, 0, LINE_CHARS):
            words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
            start = 0
            while start < len(words):  # the longest municipality's name at each capitalised word, in turn
                size = _longest_name(words[start:start + MAX_NAME_WORDS], municipality)
                if size:
                    iri = municipality(_joined(words[start:start + size]))
                    assert iri is not None
                    last_begin, last = words[start + size - 1]
                    found.append(_Named(iri, line, position, position >= len(head), words[start][0],
                                        last_begin + len(last)))
                start += size or 1
    return found


def _joined(words: list[tuple[int, str]]) -> str:
    return " ".join(word for _, word in words).rstrip(".,")


def _longest_name(words: list[tuple[int, str]], municipality: Callable[[str], str | None]) -> int:
    if not words or not words[0][1][:1].isupper():
        return 0
    return next((size for size in range(len(words), 0, -1) if municipality(_joined(words[:size]))), 0)


def publisher_candidates(
    lines: list[Line], kind: str, municipality: Callable[[str], str | None]
) -> list[PublisherCandidate]:
    """The municipalities named in the head and foot, in the order first named, with their features."""
    named = _named(lines, cache(municipality))  # a head repeats its capitalised words: each looked up once
    if not named:
        return []
    counts = Counter(n.iri for n in named)
    top = max(counts.values())
    order = list(dict.fromkeys(n.iri for n in named))
    candidates = []
    for rank, iri in enumerate(order):
        features = {f"kind:{kind}", f"n:{_bucket(len(order), (1, 2, 4))}",
                    f"count:{_bucket(counts[iri], (1, 2, 4, 8))}",
                    "rank:first" if rank == 0 else ("rank:2" if rank == 1 else "rank:3+")}
        if counts[iri] == top:
            features.add("most" if list(counts.values()).count(top) == 1 else "most:tied")
        for mention in (n for n in named if n.iri == iri):
            features.update(_mention(mention))
        crossed = [f for f in features if f.startswith(("w-1:", "alone", "line:0"))]
        features.update(f"kind:{kind}|{f}" for f in crossed)
        candidates.append(PublisherCandidate(iri, frozenset(features)))
    return candidates


def _mention(named: _Named) -> set[str]:
    text = named.line.text
    before, after = text[:named.begin], text[named.end:]
    words_before = [w.lower() for w in _WORD.findall(before)]
    words_after = [w.lower() for w in _WORD.findall(after)]
    features = {f"line:{_bucket(named.position, (0, 2, 5, 10, 20))}"}
    if named.foot:
        features.add("foot")
    if not before.strip(" \t:-\u2013|") and not after.strip(" \t.,:-\u2013|"):
        features.add("alone")
    if len(words_before) <= 1 and len(words_after) <= 1:
        features.add("short-line")
    if len(text.split()) >= 15:
        features.add("in-prose")
    if words_before:
        features.add(f"w-1:{words_before[-1]}")
    if len(words_before) >= 2:
        features.add(f"w-2:{words_before[-2]}")
        features.add(f"ww:{words_before[-2]}_{words_before[-1]}")
    if words_after:
        features.add(f"w+1:{words_after[0]}")
    if _BODY_WORDS & set(words_before[-4:]):
        features.add("body-before")
    if after.lstrip()[:1] in {"-", "\u2013", "\u2014"} and named.begin < 3:
        features.add("dateline")
    return features


__all__ = ["PublisherCandidate", "publisher_candidates"]
