"""Where a query's parts are, from rdflib's SPARQL grammar: the projected variables and the offset of
the top-level WHERE group, so a ``VALUES`` block lands in that group and never inside a nested one
(an ``EXISTS { }`` in the projection, a CONSTRUCT template, a sub-select)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyparsing import (
    Keyword,
    Literal,
    Located,
    OneOrMore,
    Optional,
    ParseBaseException,
    StringEnd,
    ZeroOrMore,
)
from rdflib.plugins.sparql import parser as grammar
from rdflib.plugins.sparql.parserutils import ParamValue

from ..errors import QueryError

# rdflib's own grammar pieces, recombined only to learn where the top-level group starts
_GROUP = Located(grammar.GroupGraphPattern)
_DATASETS = ZeroOrMore(grammar.DatasetClause)
_WHERE = Optional(Keyword("WHERE")) + _GROUP
_TAIL = grammar.SolutionModifier + grammar.ValuesClause
_SHORT_CONSTRUCT = Located(Literal("{") + Optional(grammar.TriplesTemplate) + Literal("}"))
_FORMS = (
    grammar.SelectClause + _DATASETS + _WHERE + _TAIL
    | Keyword("CONSTRUCT") + (
        grammar.ConstructTemplate + _DATASETS + _WHERE + _TAIL
        | _DATASETS + Keyword("WHERE") + _SHORT_CONSTRUCT + _TAIL
    )
    | Keyword("DESCRIBE") + (OneOrMore(grammar.VarOrIri) | "*") + _DATASETS + Optional(_WHERE) + _TAIL
    | Keyword("ASK") + _DATASETS + _WHERE + _TAIL
)
_QUERY = grammar.Prologue + _FORMS + StringEnd()
for _comment in grammar.QueryUnit.ignoreExprs:  # the same comment rule object: not added twice
    _QUERY.ignore(_comment)


@dataclass(frozen=True)
class QueryShape:
    where_open: int | None  # offset just after the top-level WHERE group's "{" (None: no WHERE)
    projected: frozenset[str] | None  # the outer SELECT's variables (None: SELECT * or not a SELECT)

    def insert(self, text: str, block: str) -> str:
        """``text`` with ``block`` at the start of its top-level WHERE group."""
        if self.where_open is None:
            raise QueryError("Deze query heeft geen WHERE-deel om waarden in te zetten.")
        return f"{text[: self.where_open]}{block}{text[self.where_open:]}"


@lru_cache(maxsize=256)  # the named queries are read by every app made in a process: parse each text once
def query_shape(text: str) -> QueryShape:
    """The shape of a SPARQL query; ``QueryError`` when it does not parse."""
    try:
        located = _QUERY.parse_string(text, parse_all=True)
    except ParseBaseException as exc:
        raise QueryError(f"De query is ongeldig op regel {exc.lineno}, kolom {exc.col}: {exc.msg}") from None
    start = located.get("locn_start")  # set by the one Located around the top-level group
    where_open = None if start is None else text.index("{", start) + 1
    # the outer SELECT's projection: its items sit at the top of the results, nested ones inside groups
    items: list[Any] = [
        item.tokenList for item in located if isinstance(item, ParamValue) and item.name == "projection"
    ]
    projected = frozenset(str(i["var"] if "var" in i else i["evar"]) for i in items) if items else None
    return QueryShape(where_open, projected)
