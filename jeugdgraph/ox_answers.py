"""pyoxigraph's answers narrowed to what the caller asked for: ``Store.query`` is typed for every
query form and ``serialize``/``dump`` for writing to an output. pyoxigraph and the standard library
only: the query worker processes import it."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox


def select(store: ox.Store, query: str, **options: Any) -> ox.QuerySolutions:
    """The solutions of a SELECT query (``Store.query`` is typed for every query form)."""
    return solutions(store.query(query, **options))


def solutions(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> ox.QuerySolutions:
    """``answer`` as solutions; a boolean or triples here is a programming error."""
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError(f"expected solutions, got {type(answer).__name__}")
    return answer


def returned(data: bytes | None) -> bytes:
    """The bytes a pyoxigraph ``dump`` or ``serialize`` returns when it is given no output."""
    if data is None:
        raise TypeError("pyoxigraph wrote to an output instead of returning the bytes")
    return data
