"""Evaluation: the one place queries meet pyoxigraph, answering a ``QueryRequest`` on a store.

This module imports pyoxigraph and the standard library only: the worker processes import it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import IO, Any, cast

import pyoxigraph as ox

from ..errors import NotAcceptable, QueryError, StoreError
from .formats import (
    FORMATS_BY_KEY,
    Format,
    Prepared,
    count_solutions,
    prepare_boolean,
    prepare_solutions,
    prepare_triples,
)
from .streaming import ChunkedOutput, Head, Send
from .types import QueryRequest, QueryResult, syntax_message


def evaluate(store: ox.Store, request: QueryRequest, prefixes: Mapping[str, str]) -> QueryResult:
    """Run ``request`` on ``store`` and serialise the whole answer."""
    result = evaluate_in_chunks(store, request, prefixes, None)
    assert result is not None  # nothing to send chunks to: the answer stays whole
    return result


def evaluate_in_chunks(
    store: ox.Store, request: QueryRequest, prefixes: Mapping[str, str], send: Send | None,
) -> QueryResult | None:
    """Run ``request`` on ``store`` and serialise the answer; when the request asks to stream, an
    answer larger than ``STREAM_AFTER`` goes to ``send`` in chunks as it is written and None is
    returned (see ``streaming`` for the messages)."""
    started = time.perf_counter()
    try:
        answer = store.query(request.query, **_options(request, prefixes))
        prepared, fmt = _prepare(answer, request, prefixes)
        out = ChunkedOutput(send if request.stream else None,
                            Head(fmt.kind, fmt.key, prepared.rows, prepared.truncated),
                            started, clock=time.perf_counter)
        counted = prepared.write(cast(IO[bytes], out))  # pyoxigraph calls only write()
        body = out.finish()
    except SyntaxError as exc:
        raise QueryError(syntax_message(exc)) from None
    except RuntimeError as exc:  # e.g. a substitution of a variable that is not projected
        raise QueryError(f"De query kan zo niet worden uitgevoerd: {exc}") from None
    except OSError:  # the text may be an upstream's answer: never shown to the client
        raise StoreError("De store kon de query niet beantwoorden; probeer het opnieuw.") from None
    except (ValueError, TypeError) as exc:
        raise QueryError(f"De query kan niet worden uitgevoerd: {exc}") from None
    if body is None:
        return None
    rows = prepared.rows if prepared.rows is not None else counted
    if rows is None:  # solutions written straight from the evaluation: read the small answer back
        rows = count_solutions(body, fmt)
    return QueryResult(fmt.kind, fmt.key, body, rows, prepared.truncated, time.perf_counter() - started,
                       isinstance(answer, ox.QueryBoolean) and bool(answer))


def _options(request: QueryRequest, prefixes: Mapping[str, str]) -> dict[str, Any]:
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
    return options


def _prepare(
    answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, request: QueryRequest,
    prefixes: Mapping[str, str],
) -> tuple[Prepared, Format]:
    if isinstance(answer, ox.QueryTriples):
        fmt = _format(request.graph_format, "CONSTRUCT/DESCRIBE")
        return prepare_triples(answer, fmt, request.row_limit, prefixes), fmt
    fmt = _format(request.results_format, "SELECT/ASK")
    if isinstance(answer, ox.QueryBoolean):
        return prepare_boolean(answer, fmt), fmt
    return prepare_solutions(answer, fmt, request.row_limit), fmt


def _format(key: str | None, form: str) -> Format:
    if key is None:
        raise NotAcceptable(f"Geen van de gevraagde formaten past bij het antwoord van deze {form}-query.")
    return FORMATS_BY_KEY[key]
