"""IRIs from outside (an upload, a request, a data file) as terms in SPARQL text.

Where a query must name a term and cannot bind it (a ``VALUES`` block of many IRIs, a graph in a
SPARQL Update), the IRI is first parsed by pyoxigraph as an IRI and written as that term: an IRI
cannot hold ``>``, a space, quotes or braces, so it can never end the term and add text of its
own. Everything else binds values with ``substitutions``.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .errors import InputError


def named_node(iri: object) -> ox.NamedNode:
    """``iri`` as a pyoxigraph term; ``InputError`` when it is not a valid IRI."""
    try:
        return ox.NamedNode(str(iri))
    except ValueError:
        raise InputError(f"{str(iri)[:100]!r} is geen geldige IRI.") from None


def iri_term(iri: object) -> str:
    """``<iri>`` for SPARQL text, after checking that ``iri`` is an IRI."""
    return str(named_node(iri))


def values_block(variable: str, iris: Iterable[object]) -> str:
    """``VALUES ?variable { <a> <b> … }`` built from checked terms."""
    return f"VALUES ?{variable} {{ " + " ".join(iri_term(i) for i in iris) + " }"
