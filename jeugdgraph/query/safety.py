"""What the endpoint refuses before a query runs.

The query engine would follow ``SERVICE <url>`` over the network, so every ``SERVICE`` target
must be on ``settings.service_allowlist`` (empty by default); ``SERVICE ?variable`` cannot be
checked and is refused. ``FROM`` and ``FROM NAMED`` only name graphs of this store (they are never
fetched), so they may name the project's own graphs (``jgi:``) or allowlisted IRIs. A ``file:``
IRI is never allowed. Updates and ``LOAD`` are refused: this endpoint only answers questions.

The check reads the tokens of the query (``lexer``), so comments, strings and IRIs cannot hide or
fake a keyword. Comments are blanked out first and the server runs that blanked text
(``QueryInfo.text``), so the engine and the check never disagree about where a comment ends.
When the text could hold SERVICE, LOAD, FROM or USING (their letters occur outside the local
part of a prefixed name), rdflib's SPARQL parser reads it as well (``parsed_query``) and both
readings must pass; a text rdflib cannot parse that holds
those letters as a word is refused. Worker processes cannot open network connections either
(``jeugdgraph.network_wall``), so this check is not the only wall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from ..errors import QueryError, QueryRefused
from ..namespaces import JGI_IRI
from .formats import GRAPH, RESULTS
from .lexer import RawToken, blanked_tokens, iri_value
from .parsed_query import Reading, needs_second_reading, read

QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY", "WITH"}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")

UPDATE_REFUSED = (
    "Dit endpoint beantwoordt alleen vragen (SELECT, ASK, CONSTRUCT, DESCRIBE); "
    "wijzigingen met SPARQL Update zijn hier niet toegestaan."
)


@dataclass(frozen=True)
class QueryInfo:
    """What the tokens say about a query before it runs."""

    form: str | None  # select, ask, construct, describe; None when the text does not say
    from_graphs: tuple[str, ...] = ()
    from_named_graphs: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    text: str = ""  # the text to run: the query with its comments blanked out

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named_graphs)

    @property
    def answer_kind(self) -> str | None:
        if self.form in ("select", "ask"):
            return RESULTS
        if self.form in ("construct", "describe"):
            return GRAPH
        return None


def is_allowlisted(iri: str, allowlist: Iterable[str]) -> bool:
    """``iri`` equals an allowlist entry or lies under it (``entry/...``); ``file:`` never."""
    if iri.lower().startswith("file:"):
        return False
    for entry in allowlist:
        entry = entry.strip()
        if entry and not entry.lower().startswith("file:") and (
            iri == entry or iri.startswith(entry.rstrip("/") + "/")
        ):
            return True
    return False


def check_graph_name(iri: str, allowlist: Iterable[str], *, clause: str, names_only: bool = False) -> None:
    """A graph named by FROM, FROM NAMED, default-graph-uri or named-graph-uri. ``names_only``: the
    store never fetches a graph (the embedded store), so any graph name of the store is allowed."""
    if iri.lower().startswith("file:"):
        raise QueryRefused(f"{clause} <{iri}> is niet toegestaan: bestanden (file:) worden nooit gelezen.")
    if not _SCHEME.match(iri):
        raise QueryRefused(f"{clause} <{iri}> is geen absolute IRI.")
    if names_only or iri.startswith(JGI_IRI) or is_allowlisted(iri, allowlist):
        return
    raise QueryRefused(
        f"{clause} <{iri}> is niet toegestaan: alleen grafen van deze store ({JGI_IRI}…) "
        "of doelen op de allowlist (service_allowlist) mogen genoemd worden."
    )


_PrefixItems = tuple[tuple[str, str], ...]
CACHED_QUERY_CHARS = 4096  # longer queries are rarely sent twice; the cache stays small


def inspect_query(
    query: str, *, allowlist: Iterable[str] = (), prefixes: Mapping[str, str] | None = None,
    graph_names_only: bool = False,
) -> QueryInfo:
    """Read the query's form, dataset clauses and SERVICE targets; raise ``QueryRefused`` if any
    of them is not allowed."""
    allowlist = tuple(allowlist)
    prefix_items = tuple((prefixes or {}).items())
    if len(query) <= CACHED_QUERY_CHARS:  # dashboards send the same queries again and again
        return _inspect_cached(query, allowlist, prefix_items, graph_names_only)
    return _inspect(query, allowlist, prefix_items, graph_names_only)


@lru_cache(maxsize=1024)
def _inspect_cached(
    query: str, allowlist: tuple[str, ...], prefix_items: _PrefixItems, names_only: bool
) -> QueryInfo:
    return _inspect(query, allowlist, prefix_items, names_only)


def _inspect(
    query: str, allowlist: tuple[str, ...], prefix_items: _PrefixItems, names_only: bool = False
) -> QueryInfo:
    text, toks = blanked_tokens(query)
    info = _inspect_tokens(text, toks, allowlist, prefix_items, names_only)
    if needs_second_reading(text):
        _check_reading(read(text, update=False, prefixes=dict(prefix_items)), text, allowlist, names_only)
    return info


# the words acted on once the form is known
_WATCHED_WORDS = frozenset({"BASE", "PREFIX", "LOAD", "SERVICE", "FROM"})


def _inspect_tokens(
    text: str, toks: list[RawToken], allowlist: tuple[str, ...], prefix_items: _PrefixItems,
    names_only: bool = False,
) -> QueryInfo:
    known = dict(prefix_items)
    base: str | None = None
    form: str | None = None
    from_graphs: list[str] = []
    from_named: list[str] = []
    services: list[str] = []

    _refuse_glued(text, toks, ("SERVICE",))
    after = 0  # tokens before this index belong to a clause read already
    for i, (kind, raw, _) in enumerate(toks):
        if kind != "word" or i < after:
            continue  # only a keyword can start a clause or name the form
        word = raw.upper()
        if form is not None and word not in _WATCHED_WORDS:
            continue
        if word == "BASE" and _kind(toks, i + 1) == "iri":
            base = _absolute(iri_value(toks[i + 1]), base)
            after = i + 2
            continue
        if word == "PREFIX" and _kind(toks, i + 1) == "pname" and _kind(toks, i + 2) == "iri":
            known[toks[i + 1][1][:-1]] = _absolute(iri_value(toks[i + 2]), base)
            after = i + 3
            continue
        if form is None:
            if word in UPDATE_KEYWORDS:
                raise QueryRefused(UPDATE_REFUSED)
            form = QUERY_FORMS.get(word)
        if word == "LOAD":
            raise QueryRefused("LOAD is op dit endpoint niet toegestaan.")
        if word == "SERVICE":
            j = i + 1
            if _keyword(toks, j) == "SILENT":
                j += 1
            services.append(_check_service(_target(toks, j, known, base), allowlist))
            after = j + 1
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
            after = j + 1
    return QueryInfo(form, tuple(from_graphs), tuple(from_named), tuple(services), text)


_SUSPECT_WORD = re.compile(r"(?<![A-Za-z0-9_:])(?:SERVICE|LOAD)(?![A-Za-z0-9_:])", re.IGNORECASE)
UNREADABLE = (
    "De query bevat SERVICE of LOAD op een manier die niet eenduidig te lezen is; "
    "zo'n query wordt niet uitgevoerd."
)


GLUED = (
    "Direct na SERVICE of LOAD moet een spatie staan; de query leest anders als SERVICE of LOAD "
    "naar een ander doel en wordt niet uitgevoerd."
)


def _refuse_glued(text: str, toks: list[RawToken], keywords: tuple[str, ...]) -> None:
    """The engine reads a keyword without a boundary after it (``servicec:x`` is ``SERVICE c:x``):
    a name that starts with SERVICE or LOAD but is not that keyword is refused."""
    upper_text = text.upper()  # per character, so a token's upper case lies within the text's
    keywords = tuple(k for k in keywords if k in upper_text)
    if not keywords:
        return
    for kind, raw, _ in toks:
        if kind in ("word", "pname"):
            upper = raw.upper()
            word = upper if kind == "word" else ""  # the token's keyword, without reading it again
            for k in keywords:
                if upper.startswith(k) and word != k:
                    raise QueryRefused(GLUED)


def _check_reading(
    reading: Reading, text: str, allowlist: tuple[str, ...], names_only: bool = False
) -> None:
    """The second reading (rdflib's parser) must pass the same rules as the tokens."""
    if not reading.parsed:
        # the engine will most likely refuse this text too; if it holds the words, refuse it here
        if _SUSPECT_WORD.search(text) or _SUSPECT_WORD.search(_decode_escapes(text)):
            raise QueryRefused(UNREADABLE)
        return
    if reading.loads:
        raise QueryRefused("LOAD is op dit endpoint niet toegestaan.")
    for target in reading.services:
        _check_service(target, allowlist)
    for clause, graph in reading.graphs:
        if graph is None:
            raise QueryRefused(f"{clause} moet een IRI noemen.")
        check_graph_name(graph, allowlist, clause=clause, names_only=names_only)


def _check_service(target: str | None, allowlist: Iterable[str]) -> str:
    """The SERVICE target when the allowlist holds it; ``QueryRefused`` otherwise."""
    if target is None:
        raise QueryRefused(
            "SERVICE is alleen toegestaan met een vaste IRI op de allowlist (service_allowlist); "
            "een variabele of onleesbaar doel wordt geweigerd."
        )
    if not is_allowlisted(target, allowlist):
        raise QueryRefused(
            f"SERVICE <{_shown(target)}> is niet toegestaan: het doel staat niet op de allowlist "
            "(service_allowlist)."
        )
    return target


def _shown(iri: str) -> str:
    return iri if len(iri) <= 200 else iri[:200] + "…"


def _decode_escapes(text: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), text)


MAX_NESTING = 200  # brackets deep; the SPARQL parser recurses and would overflow its stack


def inspect_update(update: str, allowlist: Iterable[str] = ()) -> str:
    """Check a SPARQL Update before it runs and return the text to run (comments blanked out).

    Refused: ``LOAD`` and ``SERVICE`` to targets not on the allowlist (the engine would fetch them
    over the network), and nesting so deep that parsing would overflow the parser's stack. Read
    by the tokens and, when the letters of those keywords occur, by rdflib's parser too."""
    allowlist = tuple(allowlist)
    text, toks = blanked_tokens(update)
    _refuse_glued(text, toks, ("SERVICE", "LOAD"))
    depth = deepest = 0
    for kind, raw, _ in toks:
        if kind == "punct" and raw in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "punct" and raw in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(
            f"De update is {deepest} niveaus diep genest; meer dan {MAX_NESTING} wordt niet verwerkt."
        )
    for i, (kind, raw, _) in enumerate(toks):
        keyword = raw.upper() if kind == "word" else ""
        if keyword not in {"LOAD", "SERVICE"}:
            continue
        j = i + 1
        if _keyword(toks, j) == "SILENT":
            j += 1
        target = iri_value(toks[j]) if _kind(toks, j) == "iri" else None
        if target is None or not is_allowlisted(target, allowlist):
            raise QueryRefused(
                f"{keyword} is in een update alleen toegestaan naar een vaste IRI op de allowlist "
                "(service_allowlist)."
            )
    if needs_second_reading(text):
        reading = read(text, update=True, prefixes={})
        if not reading.parsed and (_SUSPECT_WORD.search(text) or _SUSPECT_WORD.search(_decode_escapes(text))):
            raise QueryRefused(UNREADABLE)
        for target in (*reading.loads, *reading.services):
            if target is None or not is_allowlisted(target, allowlist):
                raise QueryRefused(
                    "LOAD en SERVICE zijn in een update alleen toegestaan naar een vaste IRI op de "
                    "allowlist (service_allowlist)."
                )
    return text


def _kind(toks: list[RawToken], i: int) -> str:
    return toks[i][0] if i < len(toks) else ""


def _keyword(toks: list[RawToken], i: int) -> str:
    return toks[i][1].upper() if i < len(toks) and toks[i][0] == "word" else ""


def _absolute(iri: str, base: str | None) -> str:
    if base is None or _SCHEME.match(iri):  # without a BASE (the usual case) nothing to resolve
        return iri
    try:
        return urljoin(base, iri)
    except ValueError:  # urllib refuses some bases (a stray '[' reads as a broken IPv6 host)
        message = f"De IRI <{_shown(iri)}> is tegen BASE <{_shown(base)}> niet op te lossen."
        raise QueryError(message) from None


def _target(toks: list[RawToken], i: int, known: Mapping[str, str], base: str | None) -> str | None:
    """The IRI a SERVICE or FROM clause names, or None when it is not a fixed, readable IRI."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok[0] == "iri":
        iri = _absolute(iri_value(tok), base)
        return iri if _SCHEME.match(iri) else None
    if tok[0] == "pname":
        prefix, _, local = tok[1].partition(":")
        if prefix not in known:
            return None
        return known[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None
