"""Limits on RDF that comes from outside (the Graph Store Protocol, SPARQL Update).

- **No XML entities.** An RDF/XML body with a document type declaration or an entity
  declaration is refused before any parser reads it: a few hundred bytes of nested entities
  ("billion laughs") would otherwise expand to gigabytes. RDF/XML never needs them.
- **Literal and graph size.** After a write is staged, no literal in a changed graph may be longer
  than ``max_literal_chars`` and no changed graph may hold more than ``max_graph_triples``
  triples, so one oversized graph can never get into the store (where every later write, also to
  other graphs, would have to carry it through its staging copy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

from .errors import InputError, PayloadTooLarge

_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
XML_MEDIA_TYPES = {"application/rdf+xml", "application/xml", "text/xml"}


def refuse_xml_declarations(data: bytes, media_type: str) -> None:
    """``InputError`` for RDF/XML with a DOCTYPE or ENTITY declaration (any encoding of the tag)."""
    if media_type not in XML_MEDIA_TYPES:
        return
    if _DECLARATION.search(data) or _DECLARATION.search(_without_nuls(data)):
        raise InputError(
            "RDF/XML met een DOCTYPE- of ENTITY-declaratie wordt niet aangenomen: zulke declaraties "
            "kunnen tot gigabytes uitdijen en RDF/XML heeft ze niet nodig. Laat ze weg."
        )


def _without_nuls(data: bytes) -> bytes:
    """UTF-16 text read as bytes: the NUL halves removed, so its tags can be seen."""
    return data.replace(b"\x00", b"") if b"\x00" in data[:200] else b""


def check_graph_limits(
    store: ox.Store, graphs: Iterable[str], *, max_literal_chars: int, max_graph_triples: int
) -> None:
    """``PayloadTooLarge`` when a graph in ``graphs`` holds a literal or a number of triples past
    its limit (0 switches a limit off)."""
    for graph in graphs:
        for count, quad in enumerate(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), start=1):
            if max_graph_triples and count > max_graph_triples:
                raise PayloadTooLarge(
                    f"De graaf <{graph}> zou meer dan {max_graph_triples} triples krijgen; dat is de grens."
                )
            value = quad.object
            if max_literal_chars and isinstance(value, ox.Literal) and len(value.value) > max_literal_chars:
                raise PayloadTooLarge(
                    f"De graaf <{graph}> zou een tekst van {len(value.value)} tekens krijgen; de grens is "
                    f"{max_literal_chars} tekens per literal."
                )
