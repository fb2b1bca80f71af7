"""Article references: ``artikel 2.3 Jeugdwet``, ``artikel 2.9, eerste lid, van de Jeugdwet``,
``de artikelen 2.9, 2.10 en 8.1.1 van de Jeugdwet``.

A reference counts only where the law it names is a law the gazetteer knows and follows the
article numbers closely (a paragraph, point or ``van de`` may stand between): ``artikel 3`` on
its own says nothing about which law, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts import ArticleReference, Mention, SourceText, Span
from . import prefilter
from .matching import lowered_for_search

_NUMBER = r"\d+(?:[.:]\d+)*[a-z]?"
_ARTICLES = re.compile(
    rf"\b(?:artikel(?:en)?|art\.)\s+(?P<numbers>{_NUMBER}(?:\s*(?:,|en|t/m)\s*{_NUMBER})*)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"(?:\s*,?\s*(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid"
    r"|lid\s+\d+|onder(?:deel)?\s+[a-z0-9]+|sub\s+[a-z0-9]+)\s*,?)*"
    r"\s*(?:(?:van|uit)\s+(?:de|het)\s+|van\s+)?",
    re.IGNORECASE,
)
_MAX_GAP = 60  # characters between the last article number and the law's name


def find_article_references(source: SourceText, mentions: Sequence[Mention]) -> list[ArticleReference]:
    """Every article of a known law that ``source`` refers to, in text order."""
    text = source.text
    laws = sorted((m for m in mentions if m.kind == "wet"), key=lambda m: m.span.begin)
    found: list[ArticleReference] = []
    for match in prefilter.finditer(_ARTICLES, text, lowered_for_search(text)):
        law = next((m for m in laws if match.end() <= m.span.begin <= match.end() + _MAX_GAP), None)
        if law is None or _BETWEEN.fullmatch(text, match.end(), law.span.begin) is None:
            continue
        span = Span.of(text, match.start(), law.span.end)
        for number in re.findall(_NUMBER, match["numbers"]):
            found.append(ArticleReference(law.iri, number, span))
    return sorted(set(found), key=lambda a: (a.span.begin, a.span.end, a.law, a.article))
