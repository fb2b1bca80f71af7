"""Evaluation: the one place queries meet pyoxigraph, answering a ``QueryRequest`` on a store.

This module imports pyoxigraph and the standard library only: the worker processes import it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from ..errors import NotAcceptable, QueryError, StoreError
from .formats import FORMATS_BY_KEY, Format, serialise_boolean, serialise_solutions, serialise_triples
from .types import QueryRequest, QueryResult, syntax_message


def evaluate(store: ox.Store, request: QueryRequest, prefixes: Mapping[str, str]) -> QueryResult:
    """Run ``request`` on ``store`` and serialise the answer; the one place queries meet pyoxigraph."""
    started = time.perf_counter()
    options: dict[str, Any] = {"prefixes": dict(prefixes)}
    if request.base_iri:
        options["base_iri"] = request.base_iri
    if request.default_graph is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in request.default_graph]
    elif request.union_default_graph:
        options["use_default_graph_as_union"] = True
    if request.named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
    if request.substitutions:
        options["substitutions"] = {ox.Variable(k): v for k, v in request.substitutions.items()}
    try:
        answer = store.query(request.query, **options)
        if isinstance(answer, ox.QueryTriples):
            fmt = _format(request.graph_format, "CONSTRUCT/DESCRIBE")
            out = serialise_triples(answer, fmt, request.row_limit, prefixes)
            kind, boolean = fmt.kind, False
        else:
            fmt = _format(request.results_format, "SELECT/ASK")
            if isinstance(answer, ox.QueryBoolean):
                out, boolean = serialise_boolean(answer, fmt), bool(answer)
            else:
                out, boolean = serialise_solutions(answer, fmt, request.row_limit), False
            kind = fmt.kind
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc)) from None
    except RuntimeError as exc:  # e.g. a substitution of a variable that is not projected
        raise QueryError(f"De query kan zo niet worden uitgevoerd: {exc}") from None
    except OSError:  # the text may be an upstream's answer: never shown to the client
        raise StoreError("De store kon de query niet beantwoorden; probeer het opnieuw.") from None
    except (ValueError, TypeError) as exc:
        raise QueryError(f"De query kan niet worden uitgevoerd: {exc}") from None
    return QueryResult(kind, fmt.key, out.body, out.rows, out.truncated,
                       time.perf_counter() - started, boolean)


def _format(key: str | None, form: str) -> Format:
    if key is None:
        raise NotAcceptable(f"Geen van de gevraagde formaten past bij het antwoord van deze {form}-query.")
    return FORMATS_BY_KEY[key]
