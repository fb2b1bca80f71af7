"""A second reading of a query or update, by rdflib's SPARQL parser (a real grammar, not tokens).

``safety`` reads every query with its tokenizer; when the text could hold a keyword that reaches
outside the store (the letters of ``SERVICE``, ``LOAD``, ``FROM`` or ``USING`` occur in it,
``\\u`` escapes decoded, any case), rdflib parses the same text too and both readings must pass.
A keyword cannot be written without its letters, so a text without them needs no second reading.

``needs_second_reading`` leaves out one place where the letters cannot be a keyword: inside the
local part of a prefixed name, i.e. letters preceded by a colon and nothing but ASCII letters,
digits and ``_`` (``prov:wasDerivedFrom``). Why that holds for any reader: the only SPARQL tokens
that hold a colon outside strings, IRIs and comments are prefixed names and blank nodes, and both
run on greedily over letters, digits and ``_`` (Oxigraph's PEG and rdflib's regular expressions
never give characters back once a name has taken them); a string, IRI or comment that holds the
colon cannot end before the letters either, since quotes, ``>`` and line ends are not among
those characters. A dot, ``-``, ``%``, a backslash or any other character between the colon and
the letters keeps the occurrence watched: Oxigraph ends a local name at its second dot
(``c:a.b.SERVICE`` is ``c:a.b`` ``.`` ``SERVICE``). Tested against pyoxigraph itself
(``tests/security/test_second_reading_trigger.py``).

``read`` answers what the parse tree holds: the targets of ``SERVICE``, ``LOAD`` and the dataset
clauses (``FROM``, ``FROM NAMED``, ``USING``, ``USING NAMED``), each resolved against the
prologue's ``BASE`` and ``PREFIX`` declarations and the server's predeclared prefixes; ``None``
stands for a target that is a variable or cannot be resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

WATCHED = re.compile(r"service|load|from|using", re.IGNORECASE)
SERVICE = re.compile(r"service", re.IGNORECASE)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def _decoded(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else ""

    return _UCHAR.sub(one, text)


KEYWORDS = ("service", "load", "from", "using")
_WATCHED_AT = re.compile(r"(?=service|load|from|using)", re.IGNORECASE)  # every start, overlapping too
_LOCAL_NAME_RUN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def mentions_remote_keyword(text: str, watched: re.Pattern[str] = WATCHED) -> bool:
    """Whether the letters of SERVICE, LOAD, FROM or USING (or ``watched``) occur anywhere in ``text``."""
    if watched.search(text) is not None:
        return True
    return ("\\u" in text or "\\U" in text) and watched.search(_decoded(text)) is not None


def needs_second_reading(text: str) -> bool:
    """Whether the letters of SERVICE, LOAD, FROM or USING occur in ``text`` (or in it with its
    ``\\u`` escapes decoded), in any case, anywhere but inside the local part of a prefixed name
    (see the module's docstring)."""
    if _watched_outside_local_names(text):
        return True
    return ("\\u" in text or "\\U" in text) and _watched_outside_local_names(_decoded(text))


def _watched_outside_local_names(text: str) -> bool:
    if text.isascii():  # ASCII letters only: lower() and find() see exactly what IGNORECASE sees
        lowered = text.lower()
        for word in KEYWORDS:
            start = lowered.find(word)
            while start != -1:
                if not _in_local_name(lowered, start):
                    return True
                start = lowered.find(word, start + 1)
        return False
    return any(not _in_local_name(text, match.start()) for match in _WATCHED_AT.finditer(text))


def _in_local_name(text: str, start: int) -> bool:
    """Whether ``start`` follows a colon and then only ASCII letters, digits and ``_``."""
    i = start
    while i > 0 and text[i - 1] in _LOCAL_NAME_RUN:
        i -= 1
    return i > 0 and text[i - 1] == ":"


@dataclass(frozen=True)
class Reading:
    """What rdflib's parse tree says; ``parsed`` is False when rdflib could not parse the text."""

    parsed: bool
    services: tuple[str | None, ...] = ()
    loads: tuple[str | None, ...] = ()
    graphs: tuple[tuple[str, str | None], ...] = ()  # (clause, target) for FROM/USING (NAMED)


def read(text: str, *, update: bool, prefixes: Mapping[str, str]) -> Reading:
    """Parse ``text`` as a query (or an update) and list its outward-looking clauses."""
    # rdflib loads only when a text needs the second reading: most queries never do
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseUpdate(text) if update else parseQuery(text)
    except Exception:  # noqa: BLE001 - pyparsing raises several kinds; any of them means "not read"
        return Reading(parsed=False)
    known = dict(prefixes)
    base: list[str | None] = [None]
    services: list[str | None] = []
    loads: list[str | None] = []
    graphs: list[tuple[str, str | None]] = []
    for node in _nodes(tree):
        name = getattr(node, "name", "")
        if name == "Base":
            base[0] = _resolve(node.get("iri"), known, base[0])
        elif name == "PrefixDecl":
            target = _resolve(node.get("iri"), known, base[0])
            if target is not None:
                known[str(node.get("prefix") or "")] = target
        elif name == "ServiceGraphPattern":
            services.append(_resolve(node.get("term"), known, base[0]))
        elif name == "Load":
            loads.append(_resolve(node.get("iri"), known, base[0]))
        elif name in ("DatasetClause", "UsingClause"):
            clause = "FROM" if name == "DatasetClause" else "USING"
            if "named" in node:
                graphs.append((clause + " NAMED", _resolve(node.get("named"), known, base[0])))
            else:
                graphs.append((clause, _resolve(node.get("default"), known, base[0])))
    return Reading(True, tuple(services), tuple(loads), tuple(graphs))


def _nodes(tree: object) -> Iterator[Any]:
    """Every node of a pyparsing/rdflib parse tree, depth first, in text order."""
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            children = list(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            children = list(node)  # type: ignore[call-overload]
        else:
            continue
        stack.extend(reversed(children))


def _resolve(term: object, known: Mapping[str, str], base: str | None) -> str | None:
    """The absolute IRI ``term`` names, or None for a variable or an unknown prefix."""
    # as in ``read``: rdflib loads with the second reading only
    from rdflib.term import URIRef, Variable

    if term is None or isinstance(term, Variable):
        return None
    if isinstance(term, URIRef):
        iri = str(term)
        if not _SCHEME.match(iri) and base is not None:
            try:
                iri = urljoin(base, iri)
            except ValueError:  # a base urllib cannot read: the target is unreadable, refused as such
                return None
        return iri if _SCHEME.match(iri) else None
    if getattr(term, "name", "") == "pname":
        prefix = str(term.get("prefix") or "")  # type: ignore[attr-defined]
        local = str(term.get("localname") or "")  # type: ignore[attr-defined]
        if prefix not in known:
            return None
        return known[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None
