"""Where a headed name begins and ends when small words join more words to it.

A name found by its head noun stops before "en", which mostly joins two bodies ("GGD Twente en Veilig
Thuis Twente"). Two cases are one name: a field after "en" that is an ordinary noun capitalised as the
name's own word (``Adviesraad Zorg en Samenleving``, ``Vereniging van Pedagogen en Onderwijskundigen``),
and a suspended compound before the head (``Advies- en Meldpunt OGGZ``: "Advies-" shares the head).
"""

from __future__ import annotations

import re

from .domains import POLICY_DOMAIN

# "en" and one capitalised word that ends the name (no capitalised word after it)
_JOINED = re.compile(r"[ \t]+en[ \t]+(?P<word>[A-Z][a-z\u00e0-\u00ff]+)(?![\w-]|[ \t]+[A-Z\d])")
# the endings of Dutch abstract and plural nouns, which a body's own name does not have
_NOUN_ENDING = re.compile(r"(?:ing|heid|schap|igen|ingen|isme|iteit)$")
# a body's own head noun after "en" opens another body's name: "Veilig Thuis Noord en Jeugdbescherming"
_BODY_WORD = re.compile(r"(?i)(?:bescherming|stichting|vereniging|reclassering)$")
_SUSPENDED = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]+)-[ \t]+en[ \t]+$")


def widened(text: str, begin: int, end: int) -> tuple[int, int]:
    """``(begin, end)`` of the name at ``begin:end`` with a suspended compound before it and a field
    after "en" that belongs to it."""
    joined = _JOINED.match(text, end)
    word = joined.group("word") if joined is not None else ""
    if joined is not None and not _BODY_WORD.search(word) and (
            POLICY_DOMAIN.fullmatch(word) or _NOUN_ENDING.search(word)):
        end = joined.end()
    suspended = _SUSPENDED.search(text, max(0, begin - 40), begin)
    if suspended is not None:
        begin = suspended.start()
    return begin, end


__all__ = ["widened"]
