"""A SPARQL tokenizer, enough to read a query the way the query parser does.

It is not a parser: it splits the text into IRIs, prefixed names, variables, strings, comments,
keywords and punctuation, so that a check for ``SERVICE`` or ``FROM`` is never fooled by a word
inside a string, an IRI or a comment. Its rules follow Oxigraph's: a comment runs to the next
line feed or carriage return, ``\\u`` escapes count inside strings and IRIs only, and a string
escape is one of the grammar's (``ECHAR``, ``UCHAR``): any other backslash ends the string token
early, so the words after it are read as code (the safe side).

``without_comments`` blanks every comment out (same length, line ends kept): the server runs
that text, so the engine never reads a comment whose end it might place elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"

_ESCAPE = r"\\[tbnrf\"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"  # ECHAR and UCHAR of the grammar

_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<comment>#[^\r\n]*)"
    rf"|(?P<string>'''(?:[^'\\]|{_ESCAPE}|'(?!''))*'''"
    rf'|"""(?:[^"\\]|{_ESCAPE}|"(?!""))*"""'
    rf"|'(?:[^'\\\n\r]|{_ESCAPE})*'"
    rf'|"(?:[^"\\\n\r]|{_ESCAPE})*")'
    r'|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)'
    rf"|(?P<var>[?$][{_PN_CHARS}]+)"
    rf"|(?P<bnode>_:[{_PN_CHARS}][{_PN_CHARS}.]*)"
    rf"|(?P<pname>(?:[{_PN_CHARS_BASE}][{_PN_CHARS}.]*)?:"
    rf"(?:[{_PN_CHARS}.:]|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?#@%])*)"
    r"|(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<punct>.)",
    re.DOTALL,
)

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Token(NamedTuple):  # a tuple: a query has hundreds of tokens, read on every request
    kind: str  # string, iri, var, bnode, pname, langtag, word, number, punct
    text: str
    start: int

    @property
    def keyword(self) -> str:
        """The upper-cased word for keyword tokens, '' for anything else."""
        return self.text.upper() if self.kind == "word" else ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def tokens(query: str) -> Iterator[Token]:
    """The significant tokens of ``query`` (whitespace and comments dropped)."""
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        assert match is not None  # the last alternative matches any character
        kind = match.lastgroup or "punct"
        text = match.group()
        if kind == "pname" and text.endswith(".") and len(text) > 1:
            # a prefixed name never ends with '.': that dot ends the triple
            text = text.rstrip(".") or text
        pos = match.start() + len(text)
        if kind not in ("ws", "comment"):
            yield Token(kind, text, match.start())


def without_comments(query: str) -> str:
    """``query`` with every comment replaced by spaces (line ends kept, so positions stay)."""
    if "#" not in query:  # every comment starts with '#': without one the text stays as it is
        return query
    parts: list[str] = []
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        assert match is not None
        text = match.group()
        if match.lastgroup == "pname" and text.endswith(".") and len(text) > 1:
            text = text.rstrip(".") or text
        parts.append(" " * len(text) if match.lastgroup == "comment" else text)
        pos = match.start() + len(text)
    return "".join(parts)


def iri_value(token: Token) -> str:
    """The IRI an ``iri`` token writes, with ``\\u`` escapes decoded."""
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token.text[1:-1])
