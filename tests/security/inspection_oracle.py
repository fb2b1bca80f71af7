"""The first wall as it was before its tokenizer was made faster (commit 794e88d), kept as a test
oracle: the old lexer (one token per ``match``, comments blanked by a separate pass, the blanked
text read again) and the old token checks. The second reading (``parsed_query``) and the helpers
that did not change are shared with ``safety``; only what the faster code replaced is here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from jeugdgraph.errors import QueryError, QueryRefused
from jeugdgraph.query import safety
from jeugdgraph.query.parsed_query import needs_second_reading, read
from jeugdgraph.query.safety import (
    GLUED,
    MAX_NESTING,
    QUERY_FORMS,
    UNREADABLE,
    UPDATE_KEYWORDS,
    UPDATE_REFUSED,
    QueryInfo,
    check_graph_name,
    is_allowlisted,
)

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS = _PN_CHARS_BASE + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_ESCAPE = r"\\[tbnrf\"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
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


class Token(NamedTuple):
    kind: str
    text: str
    start: int

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokens(query: str) -> Iterator[Token]:
    pos = 0
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        assert match is not None
        kind = match.lastgroup or "punct"
        text = match.group()
        if kind == "pname" and text.endswith(".") and len(text) > 1:
            text = text.rstrip(".") or text
        pos = match.start() + len(text)
        if kind not in ("ws", "comment"):
            yield Token(kind, text, match.start())


def without_comments(query: str) -> str:
    if "#" not in query:
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


def _iri_value(token: Token) -> str:
    return _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), token.text[1:-1])


def inspect(query: str, allowlist: tuple[str, ...], prefixes: Mapping[str, str],
            names_only: bool = False) -> QueryInfo:
    """The old ``safety._inspect``."""
    text = without_comments(query)
    info = _inspect_tokens(text, allowlist, tuple(prefixes.items()), names_only)
    if needs_second_reading(text):
        safety._check_reading(read(text, update=False, prefixes=dict(prefixes)), text, allowlist, names_only)
    return info


def _inspect_tokens(text: str, allowlist: tuple[str, ...], prefix_items: tuple[tuple[str, str], ...],
                    names_only: bool) -> QueryInfo:
    known = dict(prefix_items)
    base: str | None = None
    form: str | None = None
    from_graphs: list[str] = []
    from_named: list[str] = []
    services: list[str] = []
    toks = list(tokens(text))
    _refuse_glued(toks, ("SERVICE",))
    i = 0
    while i < len(toks):
        word = toks[i].keyword
        if word == "BASE" and _kind(toks, i + 1) == "iri":
            base = safety._absolute(_iri_value(toks[i + 1]), base)
            i += 2
            continue
        if word == "PREFIX" and _kind(toks, i + 1) == "pname" and _kind(toks, i + 2) == "iri":
            known[toks[i + 1].text[:-1]] = safety._absolute(_iri_value(toks[i + 2]), base)
            i += 3
            continue
        if form is None and word:
            if word in UPDATE_KEYWORDS:
                raise QueryRefused(UPDATE_REFUSED)
            form = QUERY_FORMS.get(word)
        if word == "LOAD":
            raise QueryRefused("LOAD is op dit endpoint niet toegestaan.")
        if word == "SERVICE":
            j = i + 1
            if _keyword(toks, j) == "SILENT":
                j += 1
            services.append(safety._check_service(_target(toks, j, known, base), allowlist))
            i = j + 1
            continue
        if word == "FROM":
            j = i + 1
            named = _keyword(toks, j) == "NAMED"
            if named:
                j += 1
            clause = "FROM NAMED" if named else "FROM"
            target = _target(toks, j, known, base)
            if target is None:
                raise QueryRefused(f"{clause} moet een IRI noemen.")
            check_graph_name(target, allowlist, clause=clause, names_only=names_only)
            (from_named if named else from_graphs).append(target)
            i = j + 1
            continue
        i += 1
    return QueryInfo(form, tuple(from_graphs), tuple(from_named), tuple(services), text)


def _refuse_glued(toks: list[Token], keywords: tuple[str, ...]) -> None:
    for tok in toks:
        if tok.kind in ("word", "pname"):
            upper = tok.text.upper()
            word = upper if tok.kind == "word" else ""
            for k in keywords:
                if upper.startswith(k) and word != k:
                    raise QueryRefused(GLUED)


def inspect_update(update: str, allowlist: Iterable[str] = ()) -> str:
    """The old ``safety.inspect_update``."""
    allowlist = tuple(allowlist)
    text = without_comments(update)
    toks = list(tokens(text))
    _refuse_glued(toks, ("SERVICE", "LOAD"))
    depth = deepest = 0
    for tok in toks:
        if tok.kind == "punct" and tok.text in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif tok.kind == "punct" and tok.text in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(
            f"De update is {deepest} niveaus diep genest; meer dan {MAX_NESTING} wordt niet verwerkt."
        )
    for i, tok in enumerate(toks):
        if tok.keyword not in {"LOAD", "SERVICE"}:
            continue
        j = i + 1
        if j < len(toks) and toks[j].keyword == "SILENT":
            j += 1
        target = _iri_value(toks[j]) if j < len(toks) and toks[j].kind == "iri" else None
        if target is None or not is_allowlisted(target, allowlist):
            raise QueryRefused(
                f"{tok.keyword} is in een update alleen toegestaan naar een vaste IRI op de allowlist "
                "(service_allowlist)."
            )
    if needs_second_reading(text):
        reading = read(text, update=True, prefixes={})
        if not reading.parsed and (safety._SUSPECT_WORD.search(text)
                                   or safety._SUSPECT_WORD.search(safety._decode_escapes(text))):
            raise QueryRefused(UNREADABLE)
        for target in (*reading.loads, *reading.services):
            if target is None or not is_allowlisted(target, allowlist):
                raise QueryRefused(
                    "LOAD en SERVICE zijn in een update alleen toegestaan naar een vaste IRI op de "
                    "allowlist (service_allowlist)."
                )
    return text


def _kind(toks: list[Token], i: int) -> str:
    return toks[i].kind if i < len(toks) else ""


def _keyword(toks: list[Token], i: int) -> str:
    return toks[i].keyword if i < len(toks) else ""


def _target(toks: list[Token], i: int, known: Mapping[str, str], base: str | None) -> str | None:
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.kind == "iri":
        iri = safety._absolute(_iri_value(tok), base)
        return iri if safety._SCHEME.match(iri) else None
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix not in known:
            return None
        return known[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None
