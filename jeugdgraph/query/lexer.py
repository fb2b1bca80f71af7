"""A SPARQL tokenizer, enough to read a query the way the query parser does.

It is not a parser: it splits the text into IRIs, prefixed names, variables, strings, comments,
keywords and punctuation, so that a check for ``SERVICE`` or ``FROM`` is never fooled by a word
inside a string, an IRI or a comment. Its rules follow Oxigraph's: a comment runs to the next
line feed or carriage return, ``\\u`` escapes count inside strings and IRIs only, and a string
escape is one of the grammar's (``ECHAR``, ``UCHAR``): any other backslash ends the string token
early, so the words after it are read as code (the safe side).

``without_comments`` blanks every comment out (same length, line ends kept): the server runs
that text, so the engine never reads a comment whose end it might place elsewhere.
``blanked_tokens`` gives that text and its tokens together (see there for when one reading of
the text is enough).

One compiled pattern reads a whole token with the whitespace before it, walked by ``finditer``:
a match always starts where the previous one ended, as a token-by-token ``match`` would. The one
place where the next token does not start at the end of a match is a prefixed name that ends in
dots: the dots end the triple, not the name, so reading starts again right after the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"

_ESCAPE = r"\\[tbnrf\"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"  # ECHAR and UCHAR of the grammar

# One token with the whitespace before it. The alternatives start with different characters, except
# a blank node, a prefixed name and a word (tried in that order) and punctuation (any other
# non-space character, last); at the end of the text only whitespace is left. Runs are read
# possessively (``*+``, ``++``): the character after a run can never be taken by giving one back,
# so the result is the same as with plain repeats, without the backtracking.
_TOKEN = re.compile(
    r"\s*+(?:"
    rf"(?P<bnode>_:[{_PN_CHARS}][{_PN_CHARS}.]*+)"
    rf"|(?P<pname>(?:[{_PN_CHARS_BASE}][{_PN_CHARS}.]*+)?:"
    rf"(?:[{_PN_CHARS}.:]++|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?#@%])*+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*+)"
    rf"|(?P<var>[?$][{_PN_CHARS}]++)"
    r'|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]++|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>)'
    r"|(?P<comment>#[^\r\n]*+)"
    rf"|(?P<string>'''(?:[^'\\]++|{_ESCAPE}|'(?!''))*+'''"
    rf'|"""(?:[^"\\]++|{_ESCAPE}|"(?!""))*+"""'
    rf"|'(?:[^'\\\n\r]++|{_ESCAPE})*+'"
    rf'|"(?:[^"\\\n\r]++|{_ESCAPE})*+")'
    r"|(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<punct>\S)"
    r"|(?P<end>\Z))",
    re.DOTALL,
)

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

RawToken = tuple[str, str, int]  # kind, text, start: what the checks read, without a class per token


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


_KIND_OF = {index: name for name, index in _TOKEN.groupindex.items()}  # each alternative is one group
_KINDS = tuple(_KIND_OF.get(i, "") for i in range(_TOKEN.groups + 1))
_END = _TOKEN.groupindex["end"]
_PNAME = _TOKEN.groupindex["pname"]
_COMMENT = _TOKEN.groupindex["comment"]


def _read(query: str) -> tuple[list[RawToken], list[RawToken]]:
    """The significant tokens of ``query`` and its comments, each in text order."""
    toks: list[RawToken] = []
    comments: list[RawToken] = []
    pos = 0
    while True:
        for match in _TOKEN.finditer(query, pos):
            group = match.lastindex  # the alternative that matched (numbers are cheaper than names)
            assert group is not None
            if group == _END:
                return toks, comments
            text = match[group]
            if group == _PNAME and text[-1] == ".":
                # a prefixed name never ends with '.': that dot ends the triple; read on from it
                text = text.rstrip(".")
                start = match.start(group)
                toks.append(("pname", text, start))
                pos = start + len(text)
                break
            (comments if group == _COMMENT else toks).append((_KINDS[group], text, match.start(group)))
        else:
            raise AssertionError("the end of the text is always read")  # pragma: no cover


def raw_tokens(query: str) -> list[RawToken]:
    """The significant tokens of ``query`` (comments dropped) as plain tuples."""
    return _read(query)[0]


def tokens(query: str) -> Iterator[Token]:
    """The significant tokens of ``query`` (whitespace and comments dropped)."""
    for kind, text, start in _read(query)[0]:
        yield Token(kind, text, start)


def _blank(query: str, comments: list[RawToken]) -> str:
    parts: list[str] = []
    pos = 0
    for _, text, start in comments:
        parts.append(query[pos:start])
        parts.append(" " * len(text))
        pos = start + len(text)
    parts.append(query[pos:])
    return "".join(parts)


def without_comments(query: str) -> str:
    """``query`` with every comment replaced by spaces (line ends kept, so positions stay)."""
    if "#" not in query:  # every comment starts with '#': without one the text stays as it is
        return query
    return _blank(query, _read(query)[1])


def blanked_tokens(query: str) -> tuple[str, list[RawToken]]:
    """``without_comments(query)`` and that text's significant tokens, i.e. ``raw_tokens`` of it.

    The blanked text is read a second time only when blanking could change how it reads. Blanking
    turns a comment into spaces; a token that starts before a comment reads the same over those
    spaces as over the comment, except a long string (three quotes): it may run on over many
    lines and fail on a backslash inside a later comment, and once that comment is blanked it can
    close (``''' a # \\z`` + line end + ``'''``). Any other token stops at the ``#`` or within its
    line: a short string, an IRI and a comment cannot hold a line end and the comment reaches the
    end of its line, and names, numbers and variables hold neither ``#`` (but ``\\#``, which is
    then no comment) nor spaces. Tokens after a comment start where they started before, at its
    end. So without three quotes in a row the first reading is the reading of the blanked text."""
    toks, comments = _read(query)
    if not comments:
        return query, toks
    text = _blank(query, comments)
    if "'''" in query or '"""' in query:
        return text, _read(text)[0]
    return text, toks


def iri_value(token: Token | RawToken) -> str:
    """The IRI an ``iri`` token writes, with ``\\u`` escapes decoded."""
    if "\\" not in token[1]:  # every escape starts with a backslash
        return token[1][1:-1]
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token[1][1:-1])
