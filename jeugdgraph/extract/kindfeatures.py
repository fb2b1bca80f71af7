"""The features the learned kind model reads: what a text and its positions show, and the rules' verdict.

Pure functions from a text (and the rule verdict ``kinds.rule_verdict`` gives it) to feature strings, so
training (``jeugdgraph.learn.kind``) sees exactly what the build sees:

- ``o:`` words and ``ob:`` word bigrams of the opening (its first lines, where a heading says what the
  document is), ``t:`` the words of its first line, ``hw:`` the first word of each opening line;
- ``w:`` the words anywhere in the text (formula words such as "constaterende", "hoogachtend");
- counts, in buckets: first-person voice (``we``, ``ik``), the reader addressed (``u``), reported speech,
  numbered articles, list items, lines, and whether a date stands near the top;
- ``r:`` the rules' kind, ``rs:`` each kind's points in buckets, ``sig:`` each rule signal that matched,
  ``hd:`` the kinds the opening's heading names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..facts import DocumentKind

OPENING_LINES = 10  # the opening's lines, where a heading says what the document is
OPENING_CHARS = 600  # a flattened PDF runs its opening on in one line: no more of it than this
TEXT_CHARS = 30000  # words further on add nothing a kind needs, and reading them costs time

_WORD = re.compile(r"[a-z\u00e0-\u00ff]{2,20}")
_FIRST_PLURAL = re.compile(r"\b(?:we|wij|ons|onze)\b")
_FIRST_SINGULAR = re.compile(r"\b(?:ik|mijn)\b")
_ADDRESSED = re.compile(r"\b(?:u|uw)\b")
# a quotation followed by who said it: "..." , zegt X
_REPORTED = re.compile(
    r"[\"\u201c\u201d\u201e']\s*,?\s*(?:zegt|zei|aldus|vertelt|vertelde|stelt|benadrukt|reageert|legt)\b"
)
_ARTICLE_LINE = re.compile(r"(?im)^[ \t]*artikel[ \t]+\d")
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-\u2022\u25aa\u25cf*]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")
_DATE = re.compile(
    r"(?i)\b\d{1,2}[ \t]+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?[ \t]+(?:19|20)\d\d\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
)


@dataclass(frozen=True)
class RuleVerdict:
    """What the weighted rule signals say about a text."""

    kind: DocumentKind
    scores: dict[DocumentKind, int]
    signals: tuple[str, ...]  # the signals that matched, named by kind and place ("motie3")
    headed: tuple[DocumentKind, ...]  # the kinds the opening's heading names
    lines: list[str]  # the text's non-blank lines, stripped, below any viewer chrome
    structural: bool = False  # the kind follows from the text's structure (a meeting page), not from points


def bucket(count: int) -> str:
    """A count as one of a few sizes, so a feature says "a few" or "many" rather than the number."""
    if count <= 2:
        return str(count)
    if count <= 4:
        return "3-4"
    if count <= 9:
        return "5-9"
    return "10+"


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def opening(lines: list[str]) -> list[str]:
    """The opening's lines, cut at ``OPENING_CHARS`` characters in all."""
    kept: list[str] = []
    room = OPENING_CHARS
    for line in lines[:OPENING_LINES]:
        if room <= 0:
            break
        kept.append(line[:room])
        room -= len(line)
    return kept


def opening_features(lines: list[str]) -> Iterator[str]:
    head = opening(lines)
    if head:
        yield from (f"t:{word}" for word in _words(head[0])[:12])
        if head[0].isupper():
            yield "t:upper"
    for line in head:
        words = _words(line)
        if words:
            yield f"hw:{words[0]}"
        yield from (f"o:{word}" for word in words)
        yield from (f"ob:{a}_{b}" for a, b in zip(words, words[1:], strict=False))


def text_features(text: str, lines: list[str]) -> Iterator[str]:
    body = text[:TEXT_CHARS]
    lowered = body.lower()
    yield from (f"w:{word}" for word in _WORD.findall(lowered))
    yield f"we:{bucket(len(_FIRST_PLURAL.findall(lowered)))}"
    yield f"ik:{bucket(len(_FIRST_SINGULAR.findall(lowered)))}"
    yield f"u:{bucket(len(_ADDRESSED.findall(lowered)))}"
    yield f"quote:{bucket(len(_REPORTED.findall(body)))}"
    yield f"art:{bucket(len(_ARTICLE_LINE.findall(body)))}"
    yield f"list:{bucket(len(_LIST_ITEM.findall(body)))}"
    yield f"lines:{bucket(len(lines) // 10)}"
    if _DATE.search("\n".join(opening(lines))):
        yield "date:top"


def rule_features(verdict: RuleVerdict) -> Iterator[str]:
    yield f"r:{verdict.kind}"
    if verdict.structural:
        yield "r:structural"
    for kind, score in verdict.scores.items():
        if score:
            yield f"rs:{kind}:{bucket(score)}"
    yield from (f"sig:{name}" for name in verdict.signals)
    yield from (f"hd:{kind}" for kind in verdict.headed)


def kind_features(text: str, verdict: RuleVerdict) -> frozenset[str]:
    """Every feature of one text for the kind model."""
    return frozenset((
        *opening_features(verdict.lines), *text_features(text, verdict.lines), *rule_features(verdict)
    ))


__all__ = ["RuleVerdict", "bucket", "kind_features", "opening"]
